package com.partvote.application.service;

import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.port.in.ViewMemberUseCase;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;

/** The member's own account. */
public class ViewMemberService implements ViewMemberUseCase {

    private final LoadMemberPort loadMember;

    public ViewMemberService(LoadMemberPort loadMember) {
        this.loadMember = loadMember;
    }

    @Override
    public Member viewMember(MemberId member) {
        // A valid token for a member that no longer exists is a token that must not work.
        return loadMember.findMember(member)
                .orElseThrow(() -> new AuthenticationFailedException(Reason.TOKEN_INVALID));
    }
}
