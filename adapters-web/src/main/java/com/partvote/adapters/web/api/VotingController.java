package com.partvote.adapters.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.partvote.adapters.web.security.Caller;
import com.partvote.application.auth.AccessClaims;
import com.partvote.application.port.in.CastVoteUseCase;
import com.partvote.application.port.in.CastVoteUseCase.CastVoteCommand;
import com.partvote.application.port.in.ViewResultsUseCase;
import com.partvote.domain.ballot.Ballot;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.member.Part;
import com.partvote.domain.tally.Standing;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Candidates with their standings, results of both parts, and casting a vote. */
@RestController
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

    public record VoteRequest(Long candidate) {
    }

    public record VoteDetail(long user, long candidate) {
    }

    /** One candidate in the standings. No voter identity, ever. */
    public record CandidateItem(long id,
                                @JsonProperty("user_name") String userName,
                                String part,
                                String team,
                                Integer age,
                                @JsonProperty("vote_count") long voteCount,
                                int rank,
                                @JsonProperty("created_at") Instant createdAt,
                                @JsonProperty("updated_at") Instant updatedAt) {
    }

    public record ResultsDetail(@JsonProperty("FE") List<CandidateItem> fe,
                                @JsonProperty("BE") List<CandidateItem> be,
                                @JsonProperty("total_ballots") long totalBallots,
                                @JsonProperty("total_voters") long totalVoters) {
    }

    @GetMapping({"/api/candidates/", "/api/candidates"})
    public ApiResponse candidates(@RequestParam(name = "part", required = false) String part) {
        List<Standing> standings = results.standings(Part.parse(part));
        return ApiResponse.ok(200, messages.get("ok.candidates"), mapper.toItems(standings));
    }

    @GetMapping({"/api/results/", "/api/results"})
    public ApiResponse results() {
        ViewResultsUseCase.Results r = results.results();
        return ApiResponse.ok(200, messages.get("ok.results"), new ResultsDetail(
                mapper.toItems(r.standings().get(Part.FE)), mapper.toItems(r.standings().get(Part.BE)),
                r.ballots(), r.voters()));
    }

    @PostMapping({"/api/votes/", "/api/votes"})
    public ResponseEntity<ApiResponse> vote(@Caller AccessClaims caller, @RequestBody(required = false) VoteRequest sent) {
        // a JSON null or an empty body is a request without the field
        VoteRequest body = sent != null ? sent : new VoteRequest(null);
        Fields fields = new Fields();
        ChoiceId candidate = fields.value("candidate", body.candidate(), () -> new ChoiceId(body.candidate()));
        fields.check();
        Ballot ballot = castVote.castVote(new CastVoteCommand(caller.member(), candidate));
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiResponse.ok(201, messages.get("ok.vote"),
                new VoteDetail(ballot.voter().value(), ballot.candidate().value())));
    }
}
