package com.partvote.application.service;

import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ViewMemberServiceTest {

    @Mock LoadMemberPort loadMember;

    @Test
    void answersTheStoredMember() {
        Member member = aMember().build();
        when(loadMember.findMember(member.id())).thenReturn(Optional.of(member));
        assertThat(new ViewMemberService(loadMember).viewMember(member.id())).isEqualTo(member);
    }

    @Test
    void aTokenForAVanishedMemberIsInvalid() {
        when(loadMember.findMember(new MemberId(404))).thenReturn(Optional.empty());
        assertThatThrownBy(() -> new ViewMemberService(loadMember).viewMember(new MemberId(404)))
                .isInstanceOf(AuthenticationFailedException.class);
    }
}
