package com.partvote.adapters.web.page;

import com.partvote.adapters.web.api.Messages;
import com.partvote.application.port.in.BallotLogUseCases.Receipt;
import com.partvote.application.port.in.BallotLogUseCases.ViewReceiptUseCase;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ElectionView;
import com.partvote.application.port.in.ListElectionsUseCase;
import com.partvote.application.port.in.ReplaceBallotUseCase;
import com.partvote.application.port.in.ReplaceBallotUseCase.ReplaceBallotCommand;
import com.partvote.application.port.in.ViewElectionUseCase;
import com.partvote.application.port.in.ViewStandingsUseCase;
import com.partvote.application.port.in.ViewStandingsUseCase.ElectionStandings;
import com.partvote.application.port.in.WithdrawBallotUseCase;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionState;
import com.partvote.domain.election.ResultsEmbargoedException;
import com.partvote.domain.election.ResultsVisibility;
import com.partvote.domain.election.rule.Rejection;
import com.partvote.domain.log.LogExceptions.TrackerNotFoundException;
import com.partvote.domain.log.SignedTreeHead;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Team;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a member sees of the elections: the list, one election's ballot, its results. The ballot
 * page lays out the election's rules before anyone tries them: a choice a rule keeps from the
 * member is shown disabled with that rule's reason, and the sheet is saved whole (add, change and
 * withdraw are one form), so the page never disagrees with the last sheet the server holds.
 */
@Controller
public class ElectionPages {

    private final ListElectionsUseCase listElections;
    private final ViewElectionUseCase viewElection;
    private final ViewStandingsUseCase standings;
    private final ReplaceBallotUseCase replaceBallot;
    private final WithdrawBallotUseCase withdrawBallot;
    private final ViewReceiptUseCase receipts;
    private final Messages messages;

    public ElectionPages(ListElectionsUseCase listElections, ViewElectionUseCase viewElection,
                         ViewStandingsUseCase standings, ReplaceBallotUseCase replaceBallot,
                         WithdrawBallotUseCase withdrawBallot, ViewReceiptUseCase receipts, Messages messages) {
        this.listElections = listElections;
        this.viewElection = viewElection;
        this.standings = standings;
        this.replaceBallot = replaceBallot;
        this.withdrawBallot = withdrawBallot;
        this.receipts = receipts;
        this.messages = messages;
    }

    /** One election on a page: the facts every page shows about it, in the page's language. */
    public record ElectionCard(long id, String slug, String title, String state, Instant opensAt, Instant closesAt,
                               List<String> rules, Boolean eligible, int myChoices, Integer maxChoices,
                               boolean liveResults, boolean open) {
    }

    /** One choice on the ballot: whether the sheet holds it, and the rule that keeps it off, if one does. */
    public record BallotChoice(long id, String name, String part, String team, boolean selected,
                               String refusedBy, String refusal) {
        public boolean disabled() {
            return refusedBy != null;
        }
    }

    /**
     * The member's receipt: the tracker their ballot has in the public log, its entry once
     * sequenced and the head that covers it; the page's script checks the entry's proof itself.
     */
    public record ReceiptCard(String tracker, Long leafIndex, Long headSize, Instant headTime) {
    }

    @GetMapping({"/", "/elections", "/elections/"})
    String elections(HttpServletRequest request, Model model) {
        Optional<MemberId> viewer = PageSession.viewer(request).map(Viewer::id);
        // the members' list, for admins too: their drafts are on the admin's page
        model.addAttribute("elections", listElections.listElections(viewer).stream()
                .filter(v -> v.state() != ElectionState.DRAFT).map(this::card).toList());
        return "elections";
    }

    @GetMapping({"/elections/{election}", "/elections/{election}/"})
    String ballot(@PathVariable("election") String election, HttpServletRequest request, Model model) {
        Optional<Viewer> viewer = PageSession.viewer(request);
        ElectionView view = viewElection.viewElection(ElectionRef.parse(election), viewer.map(Viewer::id));
        Set<ChoiceId> mine = view.viewerChoices().orElse(Set.of());
        Map<ChoiceId, Rejection> refused = view.viewerRefusals().orElse(Map.of());
        List<BallotChoice> choices = view.choices().stream().map(c -> choice(c, mine, refused.get(c.id()))).toList();
        model.addAttribute("election", card(view));
        model.addAttribute("choices", choices);
        model.addAttribute("single", view.election().maxChoices().orElse(Integer.MAX_VALUE) == 1);
        model.addAttribute("receipt", viewer.flatMap(v -> receipt(ElectionRef.of(view.election().id()), v)).orElse(null));
        return "ballot";
    }

    @PostMapping({"/elections/{election}/ballot", "/elections/{election}/ballot/"})
    String saveBallot(@PathVariable("election") String election,
                      @RequestParam(name = "choice", required = false) List<Long> chosen,
                      @RequestParam(name = "action", defaultValue = "save") String action,
                      HttpServletRequest request) {
        Viewer viewer = Pages.member(request);
        ElectionRef ref = ElectionRef.parse(election);
        String page = "/elections/" + election;
        if ("withdraw".equals(action) || chosen == null || chosen.isEmpty()) {
            withdrawBallot.withdrawBallot(ref, viewer.id());
            return Pages.redirect(page, "withdrawn");
        }
        List<ChoiceId> ids = chosen.stream().map(ElectionPages::choiceId).toList();
        replaceBallot.replaceBallot(ReplaceBallotCommand.of(ref, viewer.id(), ids));
        return Pages.redirect(page, "saved");
    }

    @GetMapping({"/elections/{election}/results", "/elections/{election}/results/"})
    String results(@PathVariable("election") String election, HttpServletRequest request, Model model) {
        Optional<MemberId> viewer = PageSession.viewer(request).map(Viewer::id);
        ElectionRef ref = ElectionRef.parse(election);
        ElectionView view = viewElection.viewElection(ref, viewer);
        model.addAttribute("election", card(view));
        try {
            ElectionStandings s = standings.standings(ref, viewer);
            model.addAttribute("standings", s);
        } catch (ResultsEmbargoedException hidden) {
            model.addAttribute("embargoed", true);
        }
        return "results";
    }

    private Optional<ReceiptCard> receipt(ElectionRef election, Viewer viewer) {
        try {
            Receipt r = receipts.receipt(election, viewer.id());
            return Optional.of(new ReceiptCard(r.tracker().value(),
                    r.latest().index().isPresent() ? r.latest().index().getAsLong() : null,
                    r.head().map(SignedTreeHead::size).orElse(null), r.head().map(h -> h.head().at()).orElse(null)));
        } catch (TrackerNotFoundException none) {
            return Optional.empty();
        }
    }

    private static ChoiceId choiceId(Long raw) {
        if (raw == null || raw <= 0) {
            throw new InvalidValueException("choice", "format", "a choice is a positive id");
        }
        return new ChoiceId(raw);
    }

    private BallotChoice choice(Choice c, Set<ChoiceId> mine, Rejection refusal) {
        return new BallotChoice(c.id().value(), c.name(), c.part().map(Part::name).orElse(null),
                c.team().map(Team::name).orElse(null), mine.contains(c.id()),
                refusal == null ? null : refusal.rule(),
                refusal == null ? null : messages.get("page.refusal." + refusal.rule()));
    }

    ElectionCard card(ElectionView v) {
        Election e = v.election();
        List<String> rules = e.rules().rules().stream().map(messages::rule).toList();
        return new ElectionCard(e.id().value(), e.slug().value(), e.title(), v.state().name(),
                e.windowIfSet().map(w -> w.opensAt()).orElse(null), e.windowIfSet().map(w -> w.closesAt()).orElse(null),
                rules, v.viewerEligible().orElse(null), v.viewerChoices().map(Set::size).orElse(0),
                e.maxChoices().isPresent() ? e.maxChoices().getAsInt() : null,
                e.results() == ResultsVisibility.LIVE || v.state() == ElectionState.PUBLISHED, v.state() == ElectionState.OPEN);
    }
}
