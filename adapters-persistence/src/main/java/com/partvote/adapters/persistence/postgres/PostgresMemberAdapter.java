package com.partvote.adapters.persistence.postgres;

import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.EmailTakenException;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.NewMember;
import com.partvote.domain.member.PasswordHash;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Members in PostgreSQL; the unique constraint on the normalized email decides who was first. Reads go through JPA. */
class PostgresMemberAdapter implements LoadMemberPort, SaveMemberPort {

    private final MemberJpaRepository repository;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PostgresMemberAdapter(MemberJpaRepository repository, JdbcTemplate jdbc, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
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
        Long id;
        try {
            // ON CONFLICT rather than catching the unique violation: a violation is written to
            // PostgreSQL's own log with the key, and a taken address is logged nowhere.
            id = jdbc.query("""
                    INSERT INTO member (name, email, part, team, password_hash, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT ON CONSTRAINT uq_member_email DO NOTHING
                    RETURNING id
                    """, rs -> rs.next() ? rs.getLong(1) : null,
                    member.name().value(), member.email().value(), member.part().name(),
                    member.team() == null ? null : member.team().name(), member.passwordHash().value(),
                    Timestamp.from(clock.instant()));
        } catch (DataIntegrityViolationException e) {
            if (Constraints.violated(e, Constraints.FOREIGN_KEY_VIOLATION, "member_team_fkey")) {
                throw new InvalidValueException("team", "unknown", "not one of the club's teams");
            }
            throw e;
        }
        if (id == null) {
            throw new EmailTakenException();
        }
        return member.withId(new MemberId(id));
    }

    @Override
    public boolean changePasswordHash(MemberId member, PasswordHash expected, PasswordHash replacement) {
        // one conditional UPDATE: of two concurrent changes, the second finds the hash changed
        return jdbc.update("UPDATE member SET password_hash = ? WHERE id = ? AND password_hash = ?",
                replacement.value(), member.value(), expected.value()) == 1;
    }
}
