package com.partvote.application.auth;

import com.partvote.application.port.out.LoginThrottlePort;
import com.partvote.domain.member.Email;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keys an attempt is counted under: its client, and its account when the text names one.
 * Only a valid, normalised email is a key (at most 254 characters, one key for every spelling of
 * the address); anything else is throttled by its client alone, so garbage cannot grow the
 * throttle. IPv6 clients count per /64, the block one subscriber usually holds: rotating
 * addresses inside it does not buy fresh allowances.
 */
public record ThrottleKeys(Optional<String> account, String client) {

    private static final Pattern IPV6_LITERAL = Pattern.compile("^\\[?[0-9A-Fa-f:.]+(%[\\w.-]+)?]?$");

    public static ThrottleKeys of(Optional<Email> email, String clientAddress) {
        return new ThrottleKeys(email.map(e -> "email:" + e.value()), "client:" + clientGroup(clientAddress));
    }

    /** The address itself for IPv4 (and anything unparsable, cut short); the /64 prefix for IPv6. */
    public static String clientGroup(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String a = address.strip();
        if (a.indexOf(':') < 0 || !IPV6_LITERAL.matcher(a).matches()) {
            return a.length() > 64 ? a.substring(0, 64) : a;
        }
        int[] groups = ipv6Groups(a.replace("[", "").replace("]", "").replaceAll("%.*$", ""));
        if (groups == null) {
            return a.length() > 64 ? a.substring(0, 64) : a;
        }
        if (groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0
                && (groups[5] == 0xffff || groups[5] == 0)) {
            return a.toLowerCase(Locale.ROOT); // ::1, IPv4-mapped: one host, no subnet to group
        }
        return String.format("%x:%x:%x:%x::/64", groups[0], groups[1], groups[2], groups[3]);
    }

    /** Eight 16-bit groups of an IPv6 literal (with "::" and a trailing dotted IPv4), or null. */
    private static int[] ipv6Groups(String s) {
        String[] halves = s.split("::", -1);
        if (halves.length > 2) {
            return null;
        }
        java.util.List<Integer> head = parseGroups(halves[0]);
        java.util.List<Integer> tail = halves.length == 2 ? parseGroups(halves[1]) : java.util.List.of();
        if (head == null || tail == null) {
            return null;
        }
        int missing = 8 - head.size() - tail.size();
        if ((halves.length == 1 && missing != 0) || missing < 0) {
            return null;
        }
        int[] groups = new int[8];
        for (int i = 0; i < head.size(); i++) {
            groups[i] = head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            groups[8 - tail.size() + i] = tail.get(i);
        }
        return groups;
    }

    private static java.util.List<Integer> parseGroups(String part) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        if (part.isEmpty()) {
            return out;
        }
        String[] fields = part.split(":", -1);
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            if (i == fields.length - 1 && f.contains(".")) {
                String[] octets = f.split("\\.", -1);
                if (octets.length != 4) {
                    return null;
                }
                int[] o = new int[4];
                for (int k = 0; k < 4; k++) {
                    if (!octets[k].matches("\\d{1,3}") || Integer.parseInt(octets[k]) > 255) {
                        return null;
                    }
                    o[k] = Integer.parseInt(octets[k]);
                }
                out.add(o[0] << 8 | o[1]);
                out.add(o[2] << 8 | o[3]);
            } else {
                if (!f.matches("[0-9A-Fa-f]{1,4}")) {
                    return null;
                }
                out.add(Integer.parseInt(f, 16));
            }
        }
        return out;
    }

    /** The longer wait of the two keys, if either is blocked. */
    public Optional<Duration> blockedFor(LoginThrottlePort throttle, Instant now) {
        Optional<Duration> byClient = throttle.blockedFor(client, now);
        Optional<Duration> byAccount = account.flatMap(k -> throttle.blockedFor(k, now));
        if (byClient.isPresent() && byAccount.isPresent()) {
            return Optional.of(byClient.get().compareTo(byAccount.get()) >= 0 ? byClient.get() : byAccount.get());
        }
        return byClient.or(() -> byAccount);
    }

    public void recordFailure(LoginThrottlePort throttle, Instant now) {
        account.ifPresent(k -> throttle.recordFailure(k, now));
        throttle.recordFailure(client, now);
    }

    public void resetAccount(LoginThrottlePort throttle) {
        account.ifPresent(throttle::reset);
    }
}
