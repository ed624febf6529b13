package com.partvote.domain.election.rule;

import java.util.Map;
import java.util.Objects;

/**
 * A ballot rule's refusal, as a value: a stable {@code code} that clients branch on, the
 * {@code rule} that refused, a reason for logs, and the facts a message may quote (the limit, the
 * state...). Adapters turn it into an answer; nothing here is a stack trace.
 */
public record Rejection(String code, String rule, String reason, Map<String, Object> facts) {

    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        facts = Map.copyOf(facts);
    }

    public Rejection(String code, String rule, String reason) {
        this(code, rule, reason, Map.of());
    }
}
