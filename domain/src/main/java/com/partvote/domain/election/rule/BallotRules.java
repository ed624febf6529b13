package com.partvote.domain.election.rule;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.choice.Choice;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of one election's ballot, in the order they are checked; the first rule that
 * refuses decides the answer. Written as a list of specs such as
 * {@code OWN_PART_ONLY, NOT_SELF, MAX_CHOICES(1)}.
 */
public record BallotRules(List<BallotRule> rules) {

    /** Every rule an election may name: its code and how to build it (from its parameter, if it takes one). */
    static final List<Kind> KNOWN = List.of(
            Kind.plain(OwnPartOnly.CODE, OwnPartOnly::new),
            Kind.plain(NotSelf.CODE, NotSelf::new),
            Kind.plain(NotOwnTeam.CODE, NotOwnTeam::new),
            Kind.withLimit(MaxChoices.CODE, MaxChoices::new));

    private static final Pattern SPEC = Pattern.compile("([A-Z_]+)(?:\\((\\d{1,4})\\))?");

    public BallotRules {
        rules = List.copyOf(rules);
        Map<String, BallotRule> byCode = new LinkedHashMap<>();
        for (BallotRule rule : rules) {
            if (byCode.put(rule.code(), rule) != null) {
                throw new InvalidValueException("rules", "duplicate", "rule " + rule.code() + " is listed twice");
            }
        }
    }

    public static BallotRules none() {
        return new BallotRules(List.of());
    }

    public static BallotRules of(BallotRule... rules) {
        return new BallotRules(List.of(rules));
    }

    /** Parses specs such as {@code ["NOT_SELF", "MAX_CHOICES(1)"]}; an unknown rule is refused by name. */
    public static BallotRules parse(Collection<String> specs) {
        List<BallotRule> parsed = new ArrayList<>();
        for (String raw : specs) {
            parsed.add(parseOne(raw == null ? "" : raw.strip()));
        }
        return new BallotRules(parsed);
    }

    /** Parses the comma-separated form that {@link #toString()} writes. */
    public static BallotRules parse(String specs) {
        if (specs == null || specs.isBlank()) {
            return none();
        }
        return parse(List.of(specs.split(",")));
    }

    private static BallotRule parseOne(String spec) {
        Matcher m = SPEC.matcher(spec);
        if (m.matches()) {
            for (Kind kind : KNOWN) {
                if (kind.code().equals(m.group(1))) {
                    return kind.build(m.group(2));
                }
            }
        }
        throw new InvalidValueException("rules", "unknown", "unknown rule: " + spec);
    }

    /** The first refusal of any rule for this one choice. */
    public Optional<Rejection> admit(Voter voter, Choice choice) {
        for (BallotRule rule : rules) {
            Optional<Rejection> refusal = rule.admit(voter, choice);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** The first refusal for a whole sheet: each choice on its own, then the sheet as a whole. */
    public Optional<Rejection> admitSheet(Voter voter, Collection<Choice> sheet) {
        for (Choice choice : sheet) {
            Optional<Rejection> refusal = admit(voter, choice);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        for (BallotRule rule : rules) {
            Optional<Rejection> refusal = rule.admitSheet(voter, sheet);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** The most choices a sheet may hold, when a rule limits it. */
    public OptionalInt maxChoices() {
        return rules.stream().filter(MaxChoices.class::isInstance).mapToInt(r -> ((MaxChoices) r).limit()).findFirst();
    }

    public List<String> specs() {
        return rules.stream().map(BallotRule::spec).toList();
    }

    @Override
    public String toString() {
        return String.join(",", specs());
    }

    /** A rule that may be named: its code and its factory. */
    record Kind(String code, IntFunction<BallotRule> withParameter, Supplier<BallotRule> plain) {

        static Kind plain(String code, Supplier<BallotRule> factory) {
            return new Kind(code, null, factory);
        }

        static Kind withLimit(String code, IntFunction<BallotRule> factory) {
            return new Kind(code, factory, null);
        }

        BallotRule build(String parameter) {
            if (withParameter != null && parameter != null) {
                return withParameter.apply(Integer.parseInt(parameter));
            }
            if (plain != null && parameter == null) {
                return plain.get();
            }
            throw new InvalidValueException("rules", "format", code + (plain != null ? " takes no parameter"
                    : " needs a parameter, as in " + code + "(1)"));
        }
    }
}
