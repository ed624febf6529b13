package com.partvote.domain.election;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.Text;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.choice.ChoiceNotFoundException;
import com.partvote.domain.election.rule.BallotRules;
import com.partvote.domain.election.rule.Rejection;
import com.partvote.domain.election.rule.Voter;
import com.partvote.domain.member.Part;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An election: what it chooses, its rules, its window and where it is in its life. The state
 * follows the clock between the operator's steps: a scheduled election is SCHEDULED before its
 * window, OPEN inside it and CLOSED after it; publishing the results is an explicit step.
 *
 * @param part the part whose leader the election chooses, if it is such an election: the seed
 *             API's per-part routes show it
 */
public record Election(ElectionId id, Slug slug, String title, ChoiceKind kind, Stage stage,
                       VotingWindow window, ResultsVisibility results, BallotRules rules, Part part) {

    public static final int MAX_TITLE = 100;
    public static final String NOT_OPEN = "ELECTION_NOT_OPEN";

    public Election {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(rules, "rules");
        title = validTitle(title);
        if (window == null && stage != Stage.DRAFT) {
            throw new InvalidValueException("opens_at", "required", "a scheduled election needs a window");
        }
    }

    public static String validTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidValueException("title", "required", "title is required");
        }
        String t = title.strip();
        if (Text.length(t) > MAX_TITLE || Text.hasControlOrBrokenChars(t) || Text.hasFormatChars(t)) {
            throw new InvalidValueException("title", "size", "title must be 1 to " + MAX_TITLE + " visible characters");
        }
        return t;
    }

    public Optional<VotingWindow> windowIfSet() {
        return Optional.ofNullable(window);
    }

    public Optional<Part> forPart() {
        return Optional.ofNullable(part);
    }

    public ElectionState state(Instant now) {
        return switch (stage) {
            case DRAFT -> ElectionState.DRAFT;
            case PUBLISHED -> ElectionState.PUBLISHED;
            case SCHEDULED -> !window.hasOpened(now) ? ElectionState.SCHEDULED
                    : window.hasClosed(now) ? ElectionState.CLOSED : ElectionState.OPEN;
        };
    }

    public boolean isOpen(Instant now) {
        return state(now) == ElectionState.OPEN;
    }

    /** Ballots are accepted, changed and withdrawn only while the election is OPEN. */
    public Optional<Rejection> checkOpen(Instant now) {
        ElectionState state = state(now);
        if (state == ElectionState.OPEN) {
            return Optional.empty();
        }
        return Optional.of(notOpen(state));
    }

    public static Rejection notOpen(ElectionState state) {
        return new Rejection(NOT_OPEN, "WINDOW", "the election is " + state + ", not OPEN", Map.of("state", state.name()));
    }

    /**
     * Whether members may see the standings now: LIVE results once the election is past its
     * draft, AFTER_CLOSE results only once published. Organisers always may.
     */
    public boolean standingsVisible(Instant now, boolean organiser) {
        if (organiser) {
            return true;
        }
        ElectionState state = state(now);
        return switch (results) {
            case LIVE -> state != ElectionState.DRAFT;
            case AFTER_CLOSE -> state == ElectionState.PUBLISHED;
        };
    }

    /** Whether this voter may add this choice now: the window, the choice's election, then every rule. */
    public Optional<Rejection> admit(Voter voter, Choice choice, Instant now) {
        Optional<Rejection> closed = checkOpen(now);
        if (closed.isPresent()) {
            return closed;
        }
        requireOwn(choice);
        return rules.admit(voter, choice);
    }

    /** Whether this voter may hold exactly this sheet now. */
    public Optional<Rejection> admitSheet(Voter voter, Collection<Choice> sheet, Instant now) {
        Optional<Rejection> closed = checkOpen(now);
        if (closed.isPresent()) {
            return closed;
        }
        sheet.forEach(this::requireOwn);
        return rules.admitSheet(voter, sheet);
    }

    /** Whether this voter can pick anything at all in this election (regardless of the window). */
    public boolean eligible(Voter voter, Collection<Choice> choices) {
        return choices.stream().anyMatch(c -> rules.admit(voter, c).isEmpty());
    }

    /** Whether this voter can pick anything, given the {@link #refusals} of these choices. */
    public static boolean eligible(Collection<Choice> choices, Map<ChoiceId, Rejection> refusals) {
        return choices.stream().anyMatch(c -> !refusals.containsKey(c.id()));
    }

    /** Each choice a rule keeps from this voter, with the rule's refusal (regardless of the window). */
    public Map<ChoiceId, Rejection> refusals(Voter voter, Collection<Choice> choices) {
        Map<ChoiceId, Rejection> refused = new HashMap<>();
        for (Choice choice : choices) {
            rules.admit(voter, choice).ifPresent(r -> refused.put(choice.id(), r));
        }
        return refused;
    }

    public OptionalInt maxChoices() {
        return rules.maxChoices();
    }

    /** The explicit last step: a CLOSED election's results become public. */
    public Election publish(Instant now) {
        ElectionState state = state(now);
        if (state != ElectionState.CLOSED) {
            throw new IllegalTransitionException(state, "publish");
        }
        return withStage(Stage.PUBLISHED, window);
    }

    /** A draft is scheduled: it will open and close with its window (which must not have ended already). */
    public Election schedule(Instant now) {
        ElectionState state = state(now);
        if (state != ElectionState.DRAFT) {
            throw new IllegalTransitionException(state, "schedule");
        }
        if (window == null) {
            throw new InvalidValueException("opens_at", "required", "a scheduled election needs a window");
        }
        if (window.hasClosed(now)) {
            throw new InvalidValueException("closes_at", "range", "the window has already closed");
        }
        return withStage(Stage.SCHEDULED, window);
    }

    /** Opens now a draft or a scheduled election that has not opened yet; its closing time stays. */
    public Election openNow(Instant now) {
        ElectionState state = state(now);
        if (state != ElectionState.DRAFT && state != ElectionState.SCHEDULED) {
            throw new IllegalTransitionException(state, "open");
        }
        Instant closes = window == null ? null : window.closesAt();
        if (closes != null && !closes.isAfter(now)) {
            throw new InvalidValueException("closes_at", "range", "the window must close after it opens");
        }
        return withStage(Stage.SCHEDULED, new VotingWindow(now, closes));
    }

    /** Closes an open election now: ballots arriving from this instant on are refused. */
    public Election closeNow(Instant now) {
        ElectionState state = state(now);
        if (state != ElectionState.OPEN) {
            throw new IllegalTransitionException(state, "close");
        }
        return withStage(Stage.SCHEDULED, new VotingWindow(window.opensAt(), now));
    }

    /**
     * The one change allowed once an election is scheduled or open: a later closing time (or none).
     * Shortening would take back a promise made to voters; closing early is {@link #closeNow}.
     */
    public Election extendClose(Instant closesAt, Instant now) {
        ElectionState state = state(now);
        if (state != ElectionState.SCHEDULED && state != ElectionState.OPEN) {
            throw new IllegalTransitionException(state, "extend");
        }
        Instant current = window.closesAt();
        if (current == null && closesAt != null || current != null && closesAt != null && !closesAt.isAfter(current)) {
            throw new InvalidValueException("closes_at", "range", "closes_at can only move later");
        }
        return withStage(stage, new VotingWindow(window.opensAt(), closesAt));
    }

    /** Whether its declaration (title, rules, window, choices) may still change: only as a draft. */
    public void requireDraft(Instant now, String step) {
        ElectionState state = state(now);
        if (state != ElectionState.DRAFT) {
            throw new IllegalTransitionException(state, step);
        }
    }

    private Election withStage(Stage newStage, VotingWindow newWindow) {
        return new Election(id, slug, title, kind, newStage, newWindow, results, rules, part);
    }

    private void requireOwn(Choice choice) {
        if (!choice.election().equals(id)) {
            throw new ChoiceNotFoundException(choice.id());
        }
    }
}
