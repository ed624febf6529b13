package com.partvote.application.service;

import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.port.in.SignUpUseCase.SignUpCommand;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.PasswordHasher;
import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.application.port.out.SaveMemberPort;
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
import com.partvote.domain.InvalidValueException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class AccountServiceTest {

    @Mock SaveMemberPort saveMember;
    @Mock LoadMemberPort loadMember;
    @Mock SaveElectionPort candidates;
    @Mock ClubTeamsPort teams;
    @Mock PasswordHasher hasher;

    private AccountService service() {
        return new AccountService(saveMember, loadMember, candidates, teams, hasher);
    }

    private static SignUpCommand command() {
        return new SignUpCommand(new MemberName("김채림"), new Email("kim@example.com"), Password.chosen("password123"), Part.FE);
    }

    @Test
    void storesOnlyTheHashAndLinksACandidateDeclaredForTheEmail() {
        when(hasher.hash(any())).thenReturn(new PasswordHash("hashed"));
        when(saveMember.saveNewMember(any())).thenAnswer(inv -> ((NewMember) inv.getArgument(0)).withId(new MemberId(7)));

        Member member = service().signUp(command());

        ArgumentCaptor<NewMember> saved = ArgumentCaptor.forClass(NewMember.class);
        verify(saveMember).saveNewMember(saved.capture());
        assertThat(saved.getValue().passwordHash()).isEqualTo(new PasswordHash("hashed"));
        assertThat(member.id()).isEqualTo(new MemberId(7));
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
    void aTokenForAVanishedMemberIsInvalid() {
        Member member = aMember().build();
        when(loadMember.findMember(member.id())).thenReturn(Optional.of(member));
        assertThat(service().viewMember(member.id())).isEqualTo(member);
        when(loadMember.findMember(new MemberId(404))).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service().viewMember(new MemberId(404))).isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void aTeamMustBeOneOfTheClubsAndIsKept() {
        when(teams.teams()).thenReturn(List.of(new Team("포켓돈")));
        SignUpCommand unknown = new SignUpCommand(new MemberName("김채림"), new Email("kim@example.com"),
                Password.chosen("password123"), Part.FE, new Team("없는팀"));
        assertThatThrownBy(() -> service().signUp(unknown)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("team"));
        verify(saveMember, never()).saveNewMember(any());

        when(hasher.hash(any())).thenReturn(new PasswordHash("hashed"));
        when(saveMember.saveNewMember(any())).thenAnswer(inv -> ((NewMember) inv.getArgument(0)).withId(new MemberId(8)));
        Member member = service().signUp(new SignUpCommand(new MemberName("김채림"), new Email("kim@example.com"),
                Password.chosen("password123"), Part.FE, new Team("포켓돈")));
        assertThat(member.teamIfAny()).contains(new Team("포켓돈"));
    }
}
