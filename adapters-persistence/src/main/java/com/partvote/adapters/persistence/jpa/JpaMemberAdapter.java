package com.partvote.adapters.persistence.jpa;

import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.EmailTakenException;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.NewMember;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;

/** Members in PostgreSQL; the unique constraint on the normalized email decides who was first. */
class JpaMemberAdapter implements LoadMemberPort, SaveMemberPort {

    private final MemberJpaRepository repository;
    private final Clock clock;

    JpaMemberAdapter(MemberJpaRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Optional<Member> findMember(MemberId id) {
        return repository.findById(id.value()).map(MemberMapper.INSTANCE::toDomain);
    }

    @Override
    public Optional<Member> findMemberByEmail(Email email) {
        return repository.findByEmail(email.value()).map(MemberMapper.INSTANCE::toDomain);
    }

    @Override
    public Member saveNewMember(NewMember member) {
        MemberEntity entity = new MemberEntity(member.name().value(), member.email().value(),
                member.part().name(), member.team() == null ? null : member.team().name(), member.passwordHash().value(),
                clock.instant());
        try {
            entity = repository.saveAndFlush(entity);
        } catch (DataIntegrityViolationException e) {
            if (Constraints.violated(e, Constraints.UNIQUE_VIOLATION, "uq_member_email")) {
                throw new EmailTakenException();
            }
            if (Constraints.violated(e, Constraints.FOREIGN_KEY_VIOLATION, "member_team_fkey")) {
                throw new InvalidValueException("team", "unknown", "not one of the club's teams");
            }
            throw e;
        }
        return member.withId(new MemberId(entity.getId()));
    }
}
