package com.partvote.application.port.in;

import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;

/** The caller's own account. */
public interface ViewMemberUseCase {

    Member viewMember(MemberId member);
}
