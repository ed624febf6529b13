package com.partvote.application.service;

import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.port.in.SignUpUseCase;
import com.partvote.application.port.in.ViewMemberUseCase;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.PasswordHasher;
import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.NewMember;

/** Registration and the member's own account. */
public class AccountService implements SignUpUseCase, ViewMemberUseCase {

    private final SaveMemberPort saveMember;
    private final LoadMemberPort loadMember;
    private final SaveElectionPort choices;
    private final ClubTeamsPort teams;
    private final PasswordHasher hasher;

    public AccountService(SaveMemberPort saveMember, LoadMemberPort loadMember, SaveElectionPort choices,
                          ClubTeamsPort teams, PasswordHasher hasher) {
        this.saveMember = saveMember;
        this.loadMember = loadMember;
        this.choices = choices;
        this.teams = teams;
        this.hasher = hasher;
    }

    @Override
    public Member signUp(SignUpCommand command) {
        if (command.team() != null && !teams.teams().contains(command.team())) {
            throw new InvalidValueException("team", "unknown", "not one of the club's teams: " + command.team());
        }
        NewMember registration = new NewMember(command.name(), command.email(), command.part(), command.team(),
                hasher.hash(command.password()));
        Member member = saveMember.saveNewMember(registration);
        // A candidate declared with this email before the member existed is the member.
        choices.linkChoicesTo(member.email(), member.id());
        return member;
    }

    @Override
    public Member viewMember(MemberId member) {
        // A valid token for a member that no longer exists is a token that must not work.
        return loadMember.findMember(member)
                .orElseThrow(() -> new AuthenticationFailedException(Reason.TOKEN_INVALID));
    }
}
