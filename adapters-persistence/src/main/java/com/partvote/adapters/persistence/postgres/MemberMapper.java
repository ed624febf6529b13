package com.partvote.adapters.persistence.postgres;

import com.partvote.domain.member.Email;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.MemberName;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.PasswordHash;
import com.partvote.domain.member.Team;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/** Entity to domain: each column becomes its value object, which re-checks its own rules. */
@Mapper(componentModel = "default", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface MemberMapper {

    MemberMapper INSTANCE = Mappers.getMapper(MemberMapper.class);

    Member toDomain(MemberEntity entity);

    default MemberId memberId(Long id) {
        return new MemberId(id);
    }

    default MemberName memberName(String name) {
        return new MemberName(name);
    }

    default Email email(String email) {
        return new Email(email);
    }

    default Part part(String part) {
        return Part.valueOf(part);
    }

    default Team team(String team) {
        return Team.orNone(team);
    }

    default PasswordHash passwordHash(String hash) {
        return new PasswordHash(hash);
    }
}
