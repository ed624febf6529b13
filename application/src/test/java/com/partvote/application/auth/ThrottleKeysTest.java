package com.partvote.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.domain.member.Email;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottleKeysTest {

    @Test
    void ipv6ClientsCountPerSlash64() {
        assertThat(ThrottleKeys.clientGroup("2001:db8:1:2:aaaa::1"))
                .isEqualTo(ThrottleKeys.clientGroup("2001:0db8:0001:0002:ffff:ffff:ffff:fffe"))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(ThrottleKeys.clientGroup("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3::/64");
    }

    @Test
    void ipv4AndLoopbackStayOneHostEach() {
        assertThat(ThrottleKeys.clientGroup("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ThrottleKeys.clientGroup("::1")).isEqualTo("::1");
        assertThat(ThrottleKeys.clientGroup("::ffff:203.0.113.7")).isEqualTo("::ffff:203.0.113.7");
    }

    @Test
    void onlyAValidEmailIsAnAccountKeyAndAnyKeyIsShort() {
        assertThat(ThrottleKeys.of(Email.tryParse(" Kim@Example.com"), "10.0.0.1").account())
                .contains("email:kim@example.com");
        assertThat(ThrottleKeys.of(Email.tryParse("x".repeat(16_000)), "10.0.0.1").account()).isEmpty();
        assertThat(ThrottleKeys.of(Optional.empty(), "y".repeat(16_000)).client()).hasSizeLessThanOrEqualTo(64 + 7);
    }
}
