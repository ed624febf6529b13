package com.partvote.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.partvote.application.port.in.SignUpUseCase.SignUpCommand;
import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.PasswordHasher;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.EmailTakenException;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.MemberName;
import com.partvote.domain.member.NewMember;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Password;
import com.partvote.domain.member.PasswordHash;
import com.partvote.domain.member.Team;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class SignUpServiceTest {

    @Mock SaveMemberPort saveMember;
    @Mock SaveElectionPort candidates;
    @Mock ClubTeamsPort teams;
    @Mock PasswordHasher hasher;

    private SignUpService service() {
        return new SignUpService(saveMember, candidates, teams, hasher);
    }

    private static SignUpCommand command() {
        return command(null);
    }

    private static SignUpCommand command(Team team) {
        return new SignUpCommand(new MemberName("김채림"), new Email("kim@example.com"), Password.chosen("password123"),
                Part.FE, team);
    }

    private void savesWithId(long id) {
        when(hasher.hash(any())).thenReturn(new PasswordHash("hashed"));
        when(saveMember.saveNewMember(any())).thenAnswer(inv -> ((NewMember) inv.getArgument(0)).withId(new MemberId(id)));
    }

    @Test
    void storesOnlyTheHash() {
        savesWithId(7);
        service().signUp(command());
        ArgumentCaptor<NewMember> saved = ArgumentCaptor.forClass(NewMember.class);
        verify(saveMember).saveNewMember(saved.capture());
        assertThat(saved.getValue().passwordHash()).isEqualTo(new PasswordHash("hashed"));
    }

    @Test
    void answersTheMemberWithTheIdItWasStoredUnder() {
        savesWithId(7);
        assertThat(service().signUp(command()).id()).isEqualTo(new MemberId(7));
    }

    @Test
    void linksACandidateDeclaredForTheEmail() {
        savesWithId(7);
        service().signUp(command());
        verify(candidates).linkChoicesTo(new Email("kim@example.com"), new MemberId(7));
    }

    @Test
    void aTakenEmailLinksNothing() {
        when(hasher.hash(any())).thenReturn(new PasswordHash("hashed"));
        when(saveMember.saveNewMember(any())).thenThrow(new EmailTakenException());
        assertThatThrownBy(() -> service().signUp(command())).isInstanceOf(EmailTakenException.class);
        verify(candidates, never()).linkChoicesTo(any(), any());
    }

    @Test
    void aTeamThatIsNotOneOfTheClubsIsRefusedAndNothingIsStored() {
        when(teams.teams()).thenReturn(List.of(new Team("포켓돈")));
        assertThatThrownBy(() -> service().signUp(command(new Team("없는팀")))).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("team"));
        verify(saveMember, never()).saveNewMember(any());
    }

    @Test
    void aTeamOfTheClubIsKept() {
        when(teams.teams()).thenReturn(List.of(new Team("포켓돈")));
        savesWithId(8);
        Member member = service().signUp(command(new Team("포켓돈")));
        assertThat(member.teamIfAny()).contains(new Team("포켓돈"));
    }
}
