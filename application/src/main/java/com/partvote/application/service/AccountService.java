package com.partvote.application.service;

import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.port.in.SignUpUseCase;
import com.partvote.application.port.in.ViewMemberUseCase;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.PasswordHasher;
import com.partvote.application.port.out.SaveCandidatesPort;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.NewMember;

/** Registration and the member's own account. */
public class AccountService implements SignUpUseCase, ViewMemberUseCase {

    private final SaveMemberPort saveMember;
    private final LoadMemberPort loadMember;
    private final SaveCandidatesPort candidates;
    private final PasswordHasher hasher;

    public AccountService(SaveMemberPort saveMember, LoadMemberPort loadMember,
                          SaveCandidatesPort candidates, PasswordHasher hasher) {
        this.saveMember = saveMember;
        this.loadMember = loadMember;
        this.candidates = candidates;
        this.hasher = hasher;
    }

    @Override
    public Member signUp(SignUpCommand command) {
        NewMember registration = new NewMember(command.name(), command.email(), command.part(),
                hasher.hash(command.password()));
        Member member = saveMember.saveNewMember(registration);
        // A candidate declared with this email before the member existed is the member.
        candidates.linkCandidatesTo(member.email(), member.id());
        return member;
    }

    @Override
    public Member viewMember(MemberId member) {
        // A valid token for a member that no longer exists is a token that must not work.
        return loadMember.findMember(member)
                .orElseThrow(() -> new AuthenticationFailedException(Reason.TOKEN_INVALID));
    }
}
