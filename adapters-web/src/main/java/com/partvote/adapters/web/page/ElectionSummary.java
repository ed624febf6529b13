package com.partvote.adapters.web.page;

import com.partvote.adapters.web.api.Messages;
import com.partvote.application.port.in.ElectionView;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionState;
import com.partvote.domain.election.VotingWindow;
import com.partvote.domain.member.Part;
import java.time.Instant;
import java.util.List;

/**
 * An election as the admin's pages show it, drafts included: the facts an operator checks at a
 * glance, and which lifecycle steps its state allows now, so that a page offers only those (the
 * election decides again when a step is asked for).
 */
public record ElectionSummary(long id, String slug, String title, String kind, String state, Instant opensAt,
                              Instant closesAt, String results, List<String> rules, String part, int choices) {

    static ElectionSummary of(ElectionView v, Messages messages) {
        Election e = v.election();
        return new ElectionSummary(e.id().value(), e.slug().value(), e.title(), e.kind().name(), v.state().name(),
                e.windowIfSet().map(VotingWindow::opensAt).orElse(null),
                e.windowIfSet().flatMap(VotingWindow::closes).orElse(null), e.results().name(),
                e.rules().rules().stream().map(messages::rule).toList(), e.forPart().map(Part::name).orElse(null),
                v.choices().size());
    }

    public boolean draft() {
        return is(ElectionState.DRAFT);
    }

    /** DRAFT -> SCHEDULED needs a window (the election also refuses one that has ended). */
    public boolean schedulable() {
        return draft() && opensAt != null;
    }

    public boolean openable() {
        return draft() || is(ElectionState.SCHEDULED);
    }

    public boolean closable() {
        return is(ElectionState.OPEN);
    }

    public boolean publishable() {
        return is(ElectionState.CLOSED);
    }

    /**
     * A later close: the one change a scheduled or open election takes. One without a close
     * stays open until closed, and no close is later than that.
     */
    public boolean extendable() {
        return (is(ElectionState.SCHEDULED) || is(ElectionState.OPEN)) && closesAt != null;
    }

    private boolean is(ElectionState s) {
        return s.name().equals(state);
    }
}
