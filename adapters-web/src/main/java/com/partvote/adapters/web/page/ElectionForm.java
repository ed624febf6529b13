package com.partvote.adapters.web.page;

import com.partvote.application.port.in.ManageElectionUseCases.ElectionEdit;
import com.partvote.domain.DomainException;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.ChoiceKind;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionSpec;
import com.partvote.domain.election.ResultsVisibility;
import com.partvote.domain.election.Slug;
import com.partvote.domain.election.Stage;
import com.partvote.domain.election.VotingWindow;
import com.partvote.domain.election.rule.BallotRule;
import com.partvote.domain.election.rule.BallotRules;
import com.partvote.domain.election.rule.MaxChoices;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Part;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The admin's election form as typed, and what it means: an {@link ElectionSpec} with its
 * choices for a new election, an {@link ElectionEdit} for a draft. Times are the club's wall
 * clock ({@code <input type="datetime-local">} in the club's zone); choices are one a line,
 * {@code name[, part[, team[, email]]]} (the email links the candidate to the member who is
 * them, which NOT_SELF needs). The first field the domain refuses is the form's error, named as
 * the domain names it; a choice's refusal also names its line.
 */
public record ElectionForm(String slug, String title, String kind, String results, List<String> rules,
                           String maxChoices, String part, String opensAt, String closesAt, String choices) {

    /** The rules the form offers, in the order they are checked; MAX_CHOICES takes its number. */
    static final List<String> RULES = List.of("OWN_PART_ONLY", "NOT_SELF", "NOT_OWN_TEAM", MaxChoices.CODE);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public ElectionForm {
        slug = slug == null ? "" : slug.strip();
        title = title == null ? "" : title;
        kind = kind == null ? ChoiceKind.CANDIDATES.name() : kind;
        results = results == null ? ResultsVisibility.LIVE.name() : results;
        rules = rules == null ? List.of() : List.copyOf(rules);
        maxChoices = maxChoices == null ? "" : maxChoices.strip();
        part = part == null ? "" : part;
        opensAt = opensAt == null ? "" : opensAt.strip();
        closesAt = closesAt == null ? "" : closesAt.strip();
        choices = choices == null ? "" : choices;
    }

    static ElectionForm empty() {
        return new ElectionForm(null, null, null, null, null, null, null, null, null, null);
    }

    /** A stored election as its edit form shows it. */
    static ElectionForm of(Election e, List<Choice> choices, ZoneId zone) {
        List<String> codes = new ArrayList<>();
        for (BallotRule rule : e.rules().rules()) {
            codes.add(rule.code());
        }
        Optional<VotingWindow> window = e.windowIfSet();
        List<String> lines = e.kind() == ChoiceKind.TEAMS ? List.of() : choices.stream().map(ElectionForm::line).toList();
        return new ElectionForm(e.slug().value(), e.title(), e.kind().name(), e.results().name(), codes,
                e.maxChoices().isPresent() ? Integer.toString(e.maxChoices().getAsInt()) : "",
                e.forPart().map(Part::name).orElse(""),
                window.map(w -> local(w.opensAt(), zone)).orElse(""),
                window.flatMap(VotingWindow::closes).map(c -> local(c, zone)).orElse(""), String.join("\n", lines));
    }

    /** The form of an edit, with what an edit cannot change (slug, kind, part) taken from the election. */
    ElectionForm fixedBy(Election e) {
        return new ElectionForm(e.slug().value(), title, e.kind().name(), results, rules, maxChoices,
                e.forPart().map(Part::name).orElse(""), opensAt, closesAt, choices);
    }

    /** The rules the form offers, as boxes to tick. */
    public List<String> offeredRules() {
        return RULES;
    }

    /** Whether the form holds this rule (a ticked box). */
    public boolean has(String rule) {
        return rules.contains(rule);
    }

    public boolean teams() {
        return ChoiceKind.TEAMS.name().equals(kind);
    }

    /** A new election, in DRAFT. */
    ElectionSpec spec(ZoneId zone) {
        Slug s = new Slug(slug);
        String t = Election.validTitle(title);
        ChoiceKind k = parsed("kind", () -> ChoiceKind.valueOf(kind));
        ResultsVisibility r = parsed("results", () -> ResultsVisibility.valueOf(results));
        BallotRules b = ballotRules();
        Part p = part.isBlank() ? null : parsed("part", () -> Part.parse(part));
        Instant opens = instant("opens_at", opensAt, zone);
        Instant closes = instant("closes_at", closesAt, zone);
        if (opens == null && closes != null) {
            throw new InvalidValueException("opens_at", "required", "a closing time needs an opening time");
        }
        VotingWindow window = opens == null ? null : new VotingWindow(opens, closes);
        return new ElectionSpec(s, t, k, Stage.DRAFT, window, r, b, p);
    }

    /**
     * A draft's new declaration: every field but the slug, the kind and the part (fixed at
     * creation). A window once set can be moved but not removed (leave the closing time empty for
     * an election that stays open until closed).
     */
    ElectionEdit edit(Election current, ZoneId zone) {
        String t = Election.validTitle(title);
        ResultsVisibility r = parsed("results", () -> ResultsVisibility.valueOf(results));
        BallotRules b = ballotRules();
        Instant opens = instant("opens_at", opensAt, zone);
        Instant closes = instant("closes_at", closesAt, zone);
        if (opens == null && (closes != null || current.window() != null)) {
            throw new InvalidValueException("opens_at", "required", "the window needs an opening time");
        }
        if (opens != null) {
            new VotingWindow(opens, closes); // refused here, by field, rather than by the service
        }
        Optional<Map<String, ChoiceProfile>> choiceProfiles = current.kind() == ChoiceKind.TEAMS
                ? Optional.empty() : Optional.of(choiceProfiles());
        return new ElectionEdit(Optional.of(t), Optional.ofNullable(opens), Optional.ofNullable(closes),
                opens != null && closes == null, Optional.of(r), Optional.of(b), choiceProfiles);
    }

    /** The choices by key (the name: two choices of one election never share it); none for TEAMS. */
    Map<String, ChoiceProfile> choiceProfiles() {
        Map<String, ChoiceProfile> byName = new LinkedHashMap<>();
        if (teams()) {
            return byName; // the club's teams, whatever the box holds
        }
        String[] lines = choices.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int number = i + 1;
            String line = lines[i];
            ChoiceProfile profile = onLine(number, () -> choice(line));
            if (byName.putIfAbsent(profile.name(), profile) != null) {
                throw new ChoiceLineException(number, "duplicate");
            }
        }
        return byName;
    }

    private static ChoiceProfile choice(String line) {
        String[] f = line.split(",", -1);
        if (f.length > 4) {
            throw new InvalidValueException("choices", "format", "at most four fields: name, part, team, email");
        }
        String part = field(f, 1);
        String email = field(f, 3);
        return new ChoiceProfile(f[0], part == null ? null : Part.parse(part), field(f, 2), null,
                email == null ? null : new Email(email));
    }

    private static String field(String[] fields, int at) {
        return at < fields.length && !fields[at].isBlank() ? fields[at].strip() : null;
    }

    private static <T> T onLine(int line, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException invalid) {
            throw new ChoiceLineException(line, invalid.reason());
        } catch (DomainException invalid) {
            throw new ChoiceLineException(line, "format"); // a part other than FE or BE
        }
    }

    private BallotRules ballotRules() {
        List<String> specs = new ArrayList<>();
        for (String rule : rules) {
            if (!MaxChoices.CODE.equals(rule)) {
                specs.add(rule);
                continue;
            }
            if (!maxChoices.matches("\\d{1,4}")) {
                throw new InvalidValueException("max_choices", maxChoices.isEmpty() ? "required" : "format",
                        "MAX_CHOICES needs a number");
            }
            int limit = Integer.parseInt(maxChoices);
            if (limit < 1 || limit > MaxChoices.MAX_LIMIT) {
                throw new InvalidValueException("max_choices", "range", "MAX_CHOICES needs 1 to " + MaxChoices.MAX_LIMIT);
            }
            specs.add(MaxChoices.CODE + "(" + limit + ")");
        }
        return BallotRules.parse(specs);
    }

    private static <T> T parsed(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | DomainException unknown) {
            throw new InvalidValueException(field, "format", field + " is not one of the offered values");
        }
    }

    /** A wall-clock time of the form in the club's zone; empty is none. */
    static Instant instant(String field, String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "format", field + " is not a date and time");
        }
    }

    /** An instant as a {@code datetime-local} input shows it. */
    static String local(Instant at, ZoneId zone) {
        return LOCAL.format(at.atZone(zone));
    }

    private static String line(Choice c) {
        List<String> fields = new ArrayList<>(List.of(c.name(), c.part().map(Part::name).orElse(""),
                c.profile().team() == null ? "" : c.profile().team(),
                c.profile().declaredMemberEmail().map(Email::value).orElse("")));
        while (fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        return String.join(", ", fields);
    }

    /** A choice's line the domain refuses: the form names the line as well as the reason. */
    static final class ChoiceLineException extends InvalidValueException {

        private final int line;

        ChoiceLineException(int line, String reason) {
            super("choices", reason, "choice on line " + line + " is refused: " + reason);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
