package com.partvote.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line; the checks themselves run against a real server in bootstrap's BallotLogTamperPostgresTest. */
class VerifyTest {

    private static String run(int expected, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Verify.run(args, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(expected);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void wrongArgumentsPrintTheUsage() {
        assertThat(run(2)).contains(Verify.USAGE);
        assertThat(run(2, "--election", "fe-leader")).contains(Verify.USAGE);
        assertThat(run(2, "--election", "fe-leader", "--url", "http://localhost:1", "--frobnicate", "x")).contains("unknown argument");
        assertThat(run(2, "--election", "fe-leader", "--url", "http://localhost:1", "--key", "nope")).contains("--key");
    }

    @Test
    void aServerThatCannotBeReachedIsNotVerified() {
        assertThat(run(1, "--election", "fe-leader", "--url", "http://127.0.0.1:9")).startsWith("FAILED: the log could not be read");
    }
}
