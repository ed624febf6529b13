package com.partvote.adapters.persistence.memory;

import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.LoadVoterPort;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.domain.election.rule.Voter;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.EmailTakenException;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.NewMember;
import com.partvote.domain.member.PasswordHash;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Members in memory. The email index is the unique constraint: {@code putIfAbsent} on the
 * normalized email decides atomically which of two concurrent registrations was first. An id
 * drawn by the loser is not reused, as a database sequence would not reuse it either.
 */
class MemoryMemberAdapter implements LoadMemberPort, LoadVoterPort, SaveMemberPort {

    private final AtomicLong lastId = new AtomicLong();
    private final ConcurrentMap<Email, Member> byEmail = new ConcurrentHashMap<>();
    private final ConcurrentMap<MemberId, Member> byId = new ConcurrentHashMap<>();

    @Override
    public Optional<Member> findMember(MemberId id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<Member> allMembers() {
        return List.copyOf(byId.values());
    }

    @Override
    public List<Voter> allVoters() {
        return allMembers().stream().sorted(java.util.Comparator.comparingLong(m -> m.id().value())).map(Voter::of).toList();
    }

    @Override
    public Optional<Voter> findVoter(MemberId id) {
        return findMember(id).map(Voter::of);
    }

    @Override
    public Optional<Member> findMemberByEmail(Email email) {
        return Optional.ofNullable(byEmail.get(email));
    }

    @Override
    public Member saveNewMember(NewMember member) {
        Member saved = member.withId(new MemberId(lastId.incrementAndGet()));
        if (byEmail.putIfAbsent(saved.email(), saved) != null) {
            throw new EmailTakenException();
        }
        byId.put(saved.id(), saved);
        return saved;
    }

    /**
     * The email index decides, as it does for sign-ups: {@code replace} swaps in the changed
     * member only if the stored one still has the expected hash, so one of two changes wins.
     */
    @Override
    public boolean changePasswordHash(MemberId member, PasswordHash expected, PasswordHash replacement) {
        Member current = byId.get(member);
        if (current == null || !current.passwordHash().equals(expected)) {
            return false;
        }
        Member changed = new Member(current.id(), current.name(), current.email(), current.part(), current.team(),
                replacement);
        if (!byEmail.replace(current.email(), current, changed)) {
            return false;
        }
        byId.put(member, changed);
        return true;
    }
}
