package com.partvote.adapters.web.api;

import static com.partvote.adapters.web.api.ErrorCatalog.CHOICE_NOT_FOUND;
import static com.partvote.adapters.web.api.ErrorCatalog.DUPLICATE_VOTE;
import static com.partvote.adapters.web.api.ErrorCatalog.ELECTION_NOT_FOUND;
import static com.partvote.adapters.web.api.ErrorCatalog.ELECTION_NOT_OPEN;
import static com.partvote.adapters.web.api.ErrorCatalog.NOT_ELIGIBLE;
import static com.partvote.adapters.web.api.ErrorCatalog.OWN_TEAM;
import static com.partvote.adapters.web.api.ErrorCatalog.RESULTS_EMBARGOED;
import static com.partvote.adapters.web.api.ErrorCatalog.SELF_VOTE;
import static com.partvote.adapters.web.api.ErrorCatalog.TOO_MANY_CHOICES;
import static com.partvote.adapters.web.api.ErrorCatalog.VALIDATION_FAILED;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.partvote.adapters.web.security.Caller;
import com.partvote.adapters.web.security.OptionalCaller;
import com.partvote.application.auth.AccessClaims;
import com.partvote.application.port.in.BallotLogUseCases.ViewReceiptUseCase;
import com.partvote.application.port.in.CastVoteUseCase;
import com.partvote.application.port.in.CastVoteUseCase.CastVoteCommand;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ElectionView;
import com.partvote.application.port.in.ListElectionsUseCase;
import com.partvote.application.port.in.ReplaceBallotUseCase;
import com.partvote.application.port.in.ReplaceBallotUseCase.ReplaceBallotCommand;
import com.partvote.application.port.in.ViewBallotUseCase;
import com.partvote.application.port.in.ViewElectionUseCase;
import com.partvote.application.port.in.ViewStandingsUseCase;
import com.partvote.application.port.in.ViewStandingsUseCase.ElectionStandings;
import com.partvote.application.port.in.WithdrawBallotUseCase;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionState;
import com.partvote.domain.election.VotingWindow;
import com.partvote.domain.election.rule.BallotRule;
import com.partvote.domain.election.rule.MaxChoices;
import com.partvote.domain.log.BallotTracker;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Team;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Elections: what is on, their choices and standings, and each member's own ballot sheet. */
@RestController
@Tag(name = "elections")
public class ElectionController {

    private final ListElectionsUseCase listElections;
    private final ViewElectionUseCase viewElection;
    private final ViewStandingsUseCase standings;
    private final CastVoteUseCase castVote;
    private final ReplaceBallotUseCase replaceBallot;
    private final WithdrawBallotUseCase withdrawBallot;
    private final ViewBallotUseCase viewBallot;
    private final ViewReceiptUseCase receipts;
    private final StandingMapper mapper;
    private final Messages messages;

    public ElectionController(ListElectionsUseCase listElections, ViewElectionUseCase viewElection,
                              ViewStandingsUseCase standings, CastVoteUseCase castVote,
                              ReplaceBallotUseCase replaceBallot, WithdrawBallotUseCase withdrawBallot,
                              ViewBallotUseCase viewBallot, ViewReceiptUseCase receipts, StandingMapper mapper,
                              Messages messages) {
        this.listElections = listElections;
        this.viewElection = viewElection;
        this.standings = standings;
        this.castVote = castVote;
        this.replaceBallot = replaceBallot;
        this.withdrawBallot = withdrawBallot;
        this.viewBallot = viewBallot;
        this.receipts = receipts;
        this.mapper = mapper;
        this.messages = messages;
    }

    // ---- the wire shapes -----------------------------------------------------------------------

    public record RuleItem(@Schema(description = "The rule's name, e.g. MAX_CHOICES.") String code,
                           @Schema(description = "As written in the club file, e.g. MAX_CHOICES(1).") String spec,
                           @Schema(description = "The rule in a sentence, in the request's language.") String description) {
    }

    public record ChoiceItem(long id, String name,
                             @Schema(nullable = true, allowableValues = {"FE", "BE"}) String part,
                             @Schema(nullable = true) String team) {
    }

    public record ElectionItem(long id, String slug, String title,
                               @Schema(allowableValues = {"CANDIDATES", "TEAMS"}) String kind,
                               @Schema(allowableValues = {"DRAFT", "SCHEDULED", "OPEN", "CLOSED", "PUBLISHED"}) String state,
                               @JsonProperty("opens_at") @Schema(nullable = true) Instant opensAt,
                               @JsonProperty("closes_at") @Schema(nullable = true) Instant closesAt,
                               @Schema(allowableValues = {"LIVE", "AFTER_CLOSE"}) String results,
                               @JsonProperty("max_choices") @Schema(nullable = true) Integer maxChoices,
                               List<RuleItem> rules,
                               @Schema(nullable = true, description = "Whether the caller may vote here; null without a token.")
                               Boolean eligible,
                               @JsonProperty("my_choices")
                               @Schema(nullable = true, description = "The caller's current choices; null without a token.")
                               List<Long> myChoices,
                               @Schema(nullable = true, description = "Only on a single election.") List<ChoiceItem> choices) {
    }

    public record StandingItem(long id, String name, @JsonProperty("vote_count") long voteCount,
                               @Schema(description = "Competition rank: equal votes share a rank (1, 1, 3...).") int rank) {
    }

    public record StandingsDetail(long election, String state, List<StandingItem> standings, long ballots, long voters,
                                  @JsonProperty("generated_at") Instant generatedAt) {
    }

    public record SheetDetail(long election, List<Long> choices, @JsonProperty("updated_at") Instant updatedAt,
                              @Schema(nullable = true, description = "The tracker under which the ballot log shows "
                                      + "this sheet (see GET .../ballot/receipt); null before the first change.")
                              String tracker) {
    }

    public record AddChoiceRequest(@Schema(requiredMode = REQUIRED, minimum = "1", description = "The choice's id.")
                                   Long choice) {
    }

    public record ReplaceSheetRequest(@Schema(requiredMode = REQUIRED, description = "Every choice of the new sheet, "
            + "each once; an empty list withdraws the sheet.") List<Long> choices) {
    }

    // ---- routes --------------------------------------------------------------------------------

    @Operation(summary = "Every election", description = "Public; with a token, also whether the caller may vote "
            + "in each and what their sheet holds. Drafts are not listed.")
    @RouteErrors
    @GetMapping({"/api/elections/", "/api/elections"})
    public Envelope<List<ElectionItem>> elections(@OptionalCaller Optional<AccessClaims> caller) {
        // an admin's list holds the drafts too; the API's list never did (the admin pages show them)
        List<ElectionItem> items = listElections.listElections(caller.map(AccessClaims::member)).stream()
                .filter(v -> v.state() != ElectionState.DRAFT).map(v -> item(v, false)).toList();
        return Envelope.ok(200, messages.get("ok.elections"), items);
    }

    @Operation(summary = "One election with its choices", description = "By id or slug (fe-leader).")
    @RouteErrors(ELECTION_NOT_FOUND)
    @GetMapping({"/api/elections/{election}/", "/api/elections/{election}"})
    public Envelope<ElectionItem> election(@PathVariable("election") @Parameter(description = "Id or slug.") String election,
                                           @OptionalCaller Optional<AccessClaims> caller) {
        ElectionView view = viewElection.viewElection(ElectionRef.parse(election), caller.map(AccessClaims::member));
        return Envelope.ok(200, messages.get("ok.election"), item(view, true));
    }

    @Operation(summary = "The standings of an election", description = "Public. Most votes first, ties by name; "
            + "refused while an AFTER_CLOSE election has not published its results. No voter identity, ever.")
    @RouteErrors({ELECTION_NOT_FOUND, RESULTS_EMBARGOED})
    @GetMapping({"/api/elections/{election}/results/", "/api/elections/{election}/results"})
    public Envelope<StandingsDetail> standings(@PathVariable("election") String election,
                                             @OptionalCaller Optional<AccessClaims> caller) {
        ElectionStandings s = standings.standings(ElectionRef.parse(election), caller.map(AccessClaims::member));
        return Envelope.ok(200, messages.get("ok.standings"), mapper.toDetail(s));
    }

    @Operation(summary = "Add one choice to my ballot", description = "While the election is open: once per "
            + "choice, within the election's rules. Answers with the whole sheet.")
    @RouteErrors({VALIDATION_FAILED, ELECTION_NOT_FOUND, ELECTION_NOT_OPEN, CHOICE_NOT_FOUND, NOT_ELIGIBLE, OWN_TEAM,
            SELF_VOTE, DUPLICATE_VOTE, TOO_MANY_CHOICES})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping({"/api/elections/{election}/votes/", "/api/elections/{election}/votes"})
    public Envelope<SheetDetail> addChoice(@PathVariable("election") String election, @Caller AccessClaims caller,
                                           @RequestBody(required = false) AddChoiceRequest sent) {
        AddChoiceRequest body = sent != null ? sent : new AddChoiceRequest(null);
        Fields fields = new Fields();
        ChoiceId choice = fields.value("choice", body.choice(), () -> new ChoiceId(body.choice()));
        fields.check();
        ElectionRef ref = ElectionRef.parse(election);
        BallotSheet sheet = castVote.castVote(CastVoteCommand.in(ref, caller.member(), choice));
        return Envelope.ok(201, messages.get("ok.ballot.added"), tracked(ref, sheet));
    }

    @Operation(summary = "Replace my ballot", description = "While the election is open: the whole new sheet, "
            + "judged by every rule; an empty list withdraws it. The last sheet counts.")
    @RouteErrors({VALIDATION_FAILED, ELECTION_NOT_FOUND, ELECTION_NOT_OPEN, CHOICE_NOT_FOUND, NOT_ELIGIBLE, OWN_TEAM,
            SELF_VOTE, TOO_MANY_CHOICES})
    @PutMapping({"/api/elections/{election}/ballot/", "/api/elections/{election}/ballot"})
    public Envelope<SheetDetail> replaceSheet(@PathVariable("election") String election, @Caller AccessClaims caller,
                                              @RequestBody(required = false) ReplaceSheetRequest sent) {
        Fields fields = new Fields();
        List<Long> raw = sent == null ? null : sent.choices();
        List<ChoiceId> choices = fields.value("choices", raw, () -> {
            if (raw.size() > MaxChoices.MAX_LIMIT) {
                throw new IllegalArgumentException("too many choices listed");
            }
            List<ChoiceId> ids = new ArrayList<>();
            for (Long id : raw) {
                if (id == null) {
                    throw new IllegalArgumentException("a null choice");
                }
                ids.add(new ChoiceId(id));
            }
            return ids;
        });
        fields.check();
        ElectionRef ref = ElectionRef.parse(election);
        BallotSheet sheet = replaceBallot.replaceBallot(ReplaceBallotCommand.of(ref, caller.member(), choices));
        return Envelope.ok(200, messages.get(sheet.isEmpty() ? "ok.ballot.withdrawn" : "ok.ballot.replaced"),
                tracked(ref, sheet));
    }

    @Operation(summary = "My ballot", description = "The caller's current sheet in the election (empty if none).")
    @RouteErrors(ELECTION_NOT_FOUND)
    @GetMapping({"/api/elections/{election}/ballot/", "/api/elections/{election}/ballot"})
    public Envelope<SheetDetail> mySheet(@PathVariable("election") String election, @Caller AccessClaims caller) {
        ElectionRef ref = ElectionRef.parse(election);
        return Envelope.ok(200, messages.get("ok.ballot"), tracked(ref, viewBallot.viewBallot(ref, caller.member())));
    }

    @Operation(summary = "Withdraw my ballot", description = "While the election is open; withdrawing an empty "
            + "sheet is not an error.")
    @RouteErrors({ELECTION_NOT_FOUND, ELECTION_NOT_OPEN})
    @DeleteMapping({"/api/elections/{election}/ballot/", "/api/elections/{election}/ballot"})
    public Envelope<SheetDetail> withdraw(@PathVariable("election") String election, @Caller AccessClaims caller) {
        ElectionRef ref = ElectionRef.parse(election);
        return Envelope.ok(200, messages.get("ok.ballot.withdrawn"),
                tracked(ref, withdrawBallot.withdrawBallot(ref, caller.member())));
    }

    // ---- mapping -------------------------------------------------------------------------------

    private ElectionItem item(ElectionView view, boolean withChoices) {
        Election e = view.election();
        Optional<VotingWindow> window = e.windowIfSet();
        List<RuleItem> rules = e.rules().rules().stream().map(this::rule).toList();
        return new ElectionItem(e.id().value(), e.slug().value(), e.title(), e.kind().name(), view.state().name(),
                window.map(VotingWindow::opensAt).orElse(null), window.flatMap(VotingWindow::closes).orElse(null),
                e.results().name(), e.maxChoices().isPresent() ? e.maxChoices().getAsInt() : null, rules,
                view.viewerEligible().orElse(null),
                view.viewerChoices().map(c -> c.stream().map(ChoiceId::value).sorted().toList()).orElse(null),
                withChoices ? view.choices().stream().map(ElectionController::choice).toList() : null);
    }

    private RuleItem rule(BallotRule rule) {
        return new RuleItem(rule.code(), rule.spec(), messages.rule(rule));
    }

    private static ChoiceItem choice(Choice c) {
        return new ChoiceItem(c.id().value(), c.name(), c.part().map(Part::name).orElse(null),
                c.team().map(Team::name).orElse(null));
    }

    /** The sheet with the voter's tracker: read after the change, which has committed with its log entry. */
    private SheetDetail tracked(ElectionRef ref, BallotSheet sheet) {
        return new SheetDetail(sheet.election().value(), sheet.choices().stream().map(ChoiceId::value).sorted().toList(),
                sheet.updatedAt(), receipts.tracker(ref, sheet.voter()).map(BallotTracker::value).orElse(null));
    }
}
