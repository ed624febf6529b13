package com.partvote.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.partvote.application.port.out.MemberAccessPort;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.MemberName;
import com.partvote.domain.member.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every access decision: member, stored admin, configured admin, disabled admin, unknown member. */
class AccessPolicyTest {

    private static final Email CONFIGURED = new Email("chief@example.com");

    private final MemberAccessPort members = mock(MemberAccessPort.class);
    private final AccessPolicy policy = new AccessPolicy(members, Set.of(CONFIGURED));

    private MemberId stored(long id, String email, Role role, Instant disabledAt) {
        MemberId member = new MemberId(id);
        when(members.findAccess(member)).thenReturn(Optional.of(
                new MemberAccess(member, new MemberName("회원" + id), new Email(email), role, false, disabledAt)));
        return member;
    }

    @Test
    void aMemberIsRefusedWithAdminRequired() {
        MemberId member = stored(1, "kim@example.com", Role.MEMBER, null);
        assertThatThrownBy(() -> policy.requireAdmin(member)).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.code()).isEqualTo("ADMIN_REQUIRED"));
        assertThat(policy.isOrganiser(Optional.of(member))).isFalse();
    }

    @Test
    void aStoredAdminMayAct() {
        MemberId admin = stored(2, "lee@example.com", Role.ADMIN, null);
        assertThat(policy.requireAdmin(admin).role()).isEqualTo(Role.ADMIN);
        assertThat(policy.isOrganiser(Optional.of(admin))).isTrue();
    }

    @Test
    void aMemberWhoseEmailTheConfigurationNamesIsAnAdminWhateverIsStored() {
        MemberId chief = stored(3, "chief@example.com", Role.MEMBER, null);
        MemberAccess access = policy.requireAdmin(chief);
        assertThat(access.configuredAdmin()).isTrue();
        assertThat(access.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void aDisabledAdminIsRefusedWithAccountDisabled() {
        MemberId disabled = stored(4, "chief@example.com", Role.ADMIN, Instant.parse("2026-03-01T00:00:00Z"));
        assertThatThrownBy(() -> policy.requireAdmin(disabled)).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.code()).isEqualTo("ACCOUNT_DISABLED"));
        assertThat(policy.isOrganiser(Optional.of(disabled))).isFalse();
    }

    @Test
    void aTokenNamingNobodyDoesNotWorkAndNobodyIsNoOrganiser() {
        MemberId ghost = new MemberId(99);
        when(members.findAccess(ghost)).thenReturn(Optional.empty());
        assertThatThrownBy(() -> policy.requireAdmin(ghost)).isInstanceOfSatisfying(AuthenticationFailedException.class,
                e -> assertThat(e.code()).isEqualTo("TOKEN_INVALID"));
        assertThat(policy.isOrganiser(Optional.empty())).isFalse();
        assertThat(policy.isOrganiser(Optional.of(ghost))).isFalse();
    }
}
