package com.partvote.verifier;

import com.partvote.domain.log.LogKey;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Checks an election's ballot log from the outside, as anyone can:
 * <pre>
 *   java -jar partvote.jar verify --election fe-leader --url https://vote.example.org [--key BASE64-SPKI]
 * </pre>
 * It reads only public routes, needs no account and no database, and trusts nothing the server
 * says without checking it: the heads' signatures (against the key given with {@code --key}, kept
 * from earlier, or else the one the server publishes), the consistency of each head with the one
 * before, every entry's leaf hash, every head's root, and the tally recounted from the entries
 * against the published results. Prints {@code verified: N entries, M heads, tally equal} and
 * exits 0, or prints what failed, naming the entry index or head size, and exits 1.
 */
public final class Verify {

    static final String USAGE = "usage: verify --election <id or slug> --url <base URL> [--key <Base64 SubjectPublicKeyInfo>]";

    private Verify() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the check and answers the exit status: 0 verified, 1 not verified, 2 wrong arguments. */
    public static int run(String[] args, PrintStream out) {
        String election = null;
        String url = null;
        String key = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--election" -> election = value;
                case "--url" -> url = value;
                case "--key" -> key = value;
                default -> {
                    out.println("unknown argument " + args[i] + "\n" + USAGE);
                    return 2;
                }
            }
            i++;
        }
        if (election == null || url == null) {
            out.println(USAGE);
            return 2;
        }
        Optional<LogKey> expected;
        try {
            expected = key == null ? Optional.empty() : Optional.of(LogKey.ofBase64(key));
        } catch (RuntimeException e) {
            out.println("--key is not an Ed25519 public key (Base64 of its SubjectPublicKeyInfo)");
            return 2;
        }
        try {
            out.println(new Verification(new LogServer(url, election), expected).run());
            return 0;
        } catch (Verification.Failed failed) {
            out.println("FAILED: " + failed.getMessage());
        } catch (LogServer.Unreadable | LogServer.Refused unreadable) {
            out.println("FAILED: the log could not be read: " + unreadable.getMessage());
        }
        return 1;
    }
}
