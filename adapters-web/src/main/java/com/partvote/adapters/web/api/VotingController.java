package com.partvote.adapters.web.api;

import static com.partvote.adapters.web.api.ErrorCatalog.CANDIDATE_NOT_FOUND;
import static com.partvote.adapters.web.api.ErrorCatalog.DUPLICATE_VOTE;
import static com.partvote.adapters.web.api.ErrorCatalog.ELECTION_NOT_OPEN;
import static com.partvote.adapters.web.api.ErrorCatalog.INVALID_PART;
import static com.partvote.adapters.web.api.ErrorCatalog.NOT_ELIGIBLE;
import static com.partvote.adapters.web.api.ErrorCatalog.OWN_TEAM;
import static com.partvote.adapters.web.api.ErrorCatalog.TOO_MANY_CHOICES;
import static com.partvote.adapters.web.api.ErrorCatalog.SELF_VOTE;
import static com.partvote.adapters.web.api.ErrorCatalog.VALIDATION_FAILED;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.partvote.adapters.web.security.Caller;
import com.partvote.application.auth.AccessClaims;
import com.partvote.application.port.in.CastVoteUseCase;
import com.partvote.application.port.in.CastVoteUseCase.CastVoteCommand;
import com.partvote.application.port.in.ViewResultsUseCase;
import com.partvote.domain.DomainException;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.choice.ChoiceNotFoundException;
import com.partvote.domain.member.Part;
import com.partvote.domain.tally.Standing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seed API, unchanged on the wire: candidates and results per part (the part elections,
 * fe-leader and be-leader), and a vote for a candidate (a choice added in its own election).
 */
@RestController
@Tag(name = "voting")
public class VotingController {

    private final CastVoteUseCase castVote;
    private final ViewResultsUseCase results;
    private final StandingMapper mapper;
    private final Messages messages;

    public VotingController(CastVoteUseCase castVote, ViewResultsUseCase results, StandingMapper mapper,
                            Messages messages) {
        this.castVote = castVote;
        this.results = results;
        this.mapper = mapper;
        this.messages = messages;
    }

    public record VoteRequest(@Schema(requiredMode = REQUIRED, minimum = "1", description = "The candidate's id.")
                              Long candidate) {
    }

    public record VoteDetail(@Schema(description = "The voter's member id.") long user, long candidate) {
    }

    /** One candidate in the standings. No voter identity, ever. */
    public record CandidateItem(long id,
                                @JsonProperty("user_name") String userName,
                                @Schema(allowableValues = {"FE", "BE"}) String part,
                                @Schema(nullable = true) String team,
                                @Schema(nullable = true) Integer age,
                                @JsonProperty("vote_count") long voteCount,
                                @Schema(description = "Competition rank in the part: equal votes share a rank (1, 1, 3...).")
                                int rank,
                                @JsonProperty("created_at") Instant createdAt,
                                @JsonProperty("updated_at") Instant updatedAt) {
    }

    public record ResultsDetail(@JsonProperty("FE") List<CandidateItem> fe,
                                @JsonProperty("BE") List<CandidateItem> be,
                                @JsonProperty("total_ballots") long totalBallots,
                                @JsonProperty("total_voters") long totalVoters) {
    }

    @Operation(summary = "Candidates of a part, with their standings", description = "Public. Ordered by votes "
            + "(descending), then name, then id; candidates with equal votes share a rank. No voter identity is ever "
            + "exposed.")
    @RouteErrors(INVALID_PART)
    @GetMapping({"/api/candidates/", "/api/candidates"})
    public Envelope<List<CandidateItem>> candidates(
            @Parameter(required = true, description = "The part: FE or BE (exactly, upper case).",
                    schema = @Schema(allowableValues = {"FE", "BE"}))
            @RequestParam(name = "part", required = false) String part) {
        List<Standing> standings = results.standings(Part.parse(part));
        return Envelope.ok(200, messages.get("ok.candidates"), mapper.toItems(standings));
    }

    @Operation(summary = "Results of both parts", description = "Public. The standings of each part, the number "
            + "of ballots and the number of members who voted at least once.")
    @RouteErrors
    @GetMapping({"/api/results/", "/api/results"})
    public Envelope<ResultsDetail> results() {
        ViewResultsUseCase.Results r = results.results();
        return Envelope.ok(200, messages.get("ok.results"), new ResultsDetail(
                mapper.toItems(r.standings().get(Part.FE)), mapper.toItems(r.standings().get(Part.BE)),
                r.ballots(), r.voters()));
    }

    @Operation(summary = "Vote for a candidate", description = "Adds the candidate to the caller's ballot in the "
            + "candidate's own election (for the part elections: own part only, never oneself, once each).")
    @RouteErrors({VALIDATION_FAILED, DUPLICATE_VOTE, SELF_VOTE, CANDIDATE_NOT_FOUND, NOT_ELIGIBLE, OWN_TEAM,
            TOO_MANY_CHOICES, ELECTION_NOT_OPEN})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping({"/api/votes/", "/api/votes"})
    public Envelope<VoteDetail> vote(@Caller AccessClaims caller, @RequestBody(required = false) VoteRequest sent) {
        // a JSON null or an empty body is a request without the field
        VoteRequest body = sent != null ? sent : new VoteRequest(null);
        Fields fields = new Fields();
        ChoiceId candidate = fields.value("candidate", body.candidate(), () -> new ChoiceId(body.candidate()));
        fields.check();
        BallotSheet sheet;
        try {
            sheet = castVote.castVote(CastVoteCommand.forChoice(caller.member(), candidate));
        } catch (ChoiceNotFoundException e) {
            throw new CandidateNotFoundException(candidate);
        }
        return Envelope.ok(201, messages.get("ok.vote"), new VoteDetail(sheet.voter().value(), candidate.value()));
    }

    /** The seed API's name for a choice that does not exist. */
    static final class CandidateNotFoundException extends DomainException {
        CandidateNotFoundException(ChoiceId id) {
            super("CANDIDATE_NOT_FOUND", "no candidate with id " + id);
        }
    }
}
