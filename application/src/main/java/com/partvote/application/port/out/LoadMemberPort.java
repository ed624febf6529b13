package com.partvote.application.port.out;

import com.partvote.domain.member.Email;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import java.util.Optional;

/** Finds members. Emails are compared in their normalized form. */
public interface LoadMemberPort {

    Optional<Member> findMember(MemberId id);

    Optional<Member> findMemberByEmail(Email email);
}
