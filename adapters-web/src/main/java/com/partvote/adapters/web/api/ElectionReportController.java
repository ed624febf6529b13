package com.partvote.adapters.web.api;

import static com.partvote.adapters.web.api.ErrorCatalog.ACCOUNT_DISABLED;
import static com.partvote.adapters.web.api.ErrorCatalog.ADMIN_REQUIRED;
import static com.partvote.adapters.web.api.ErrorCatalog.ELECTION_NOT_FOUND;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.partvote.adapters.web.security.Caller;
import com.partvote.application.auth.AccessClaims;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ElectionReportUseCases.ExportResultsUseCase;
import com.partvote.application.port.in.ElectionReportUseCases.Turnout;
import com.partvote.application.port.in.ElectionReportUseCases.ViewTurnoutUseCase;
import com.partvote.application.port.in.ViewStandingsUseCase.ElectionStandings;
import com.partvote.domain.election.VotingWindow;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.tally.Standing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What an admin reads about one election: turnout (who voted, never how) and the results, as JSON or CSV. */
@RestController
@Tag(name = "admin")
public class ElectionReportController {

    private final ViewTurnoutUseCase turnout;
    private final ExportResultsUseCase results;
    private final Messages messages;

    public ElectionReportController(ViewTurnoutUseCase turnout, ExportResultsUseCase results, Messages messages) {
        this.turnout = turnout;
        this.results = results;
        this.messages = messages;
    }

    public record VoterItem(long id, String name, String email) {
    }

    public record TurnoutDetail(long election, String state, long eligible, @JsonProperty("voted_count") long votedCount,
                                @Schema(description = "Who has voted: names and emails, never their choices.")
                                List<VoterItem> voted,
                                @JsonProperty("not_voted") @Schema(description = "Eligible members who have not voted yet.")
                                List<VoterItem> notVoted,
                                @JsonProperty("generated_at") Instant generatedAt) {
    }

    public record ResultRow(int rank, @JsonProperty("choice_id") long choiceId, String name, long votes) {
    }

    public record ResultsExport(long election, String slug, String title, String state,
                                @JsonProperty("opens_at") @Schema(nullable = true) Instant opensAt,
                                @JsonProperty("closes_at") @Schema(nullable = true) Instant closesAt,
                                long ballots, long voters, List<ResultRow> standings,
                                @JsonProperty("generated_at") Instant generatedAt) {

        static ResultsExport of(ElectionStandings s) {
            List<ResultRow> rows = new ArrayList<>();
            for (Standing st : s.standings()) {
                rows.add(new ResultRow(st.rank(), st.choice().id().value(), st.choice().name(), st.votes()));
            }
            var window = s.election().windowIfSet();
            return new ResultsExport(s.election().id().value(), s.election().slug().value(), s.election().title(),
                    s.state().name(), window.map(VotingWindow::opensAt).orElse(null),
                    window.flatMap(VotingWindow::closes).orElse(null), s.ballots(), s.voters(), rows, s.at());
        }
    }

    @Operation(summary = "Turnout of an election", description = "Admins only. How many members may vote, who has "
            + "voted and who has not yet (to remind them): names and emails, never a choice.")
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED, ELECTION_NOT_FOUND})
    @GetMapping({"/api/admin/elections/{election}/turnout/", "/api/admin/elections/{election}/turnout"})
    public Envelope<TurnoutDetail> turnout(@PathVariable("election") String election, @Caller AccessClaims caller) {
        Turnout t = turnout.turnout(caller.member(), ElectionRef.parse(election));
        return Envelope.ok(200, messages.get("ok.admin.turnout"), new TurnoutDetail(t.election().id().value(),
                t.state().name(), t.eligible(), t.voted().size(), voters(t.voted()), voters(t.notVoted()), t.at()));
    }

    @Operation(summary = "Results of an election, for the record", description = "Admins only, embargoed or not: "
            + "ranks, names, counts, ballots, voters, window, state, generated-at.")
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED, ELECTION_NOT_FOUND})
    @GetMapping({"/api/admin/elections/{election}/results/", "/api/admin/elections/{election}/results"})
    public Envelope<ResultsExport> resultsJson(@PathVariable("election") String election, @Caller AccessClaims caller) {
        return Envelope.ok(200, messages.get("ok.admin.results"),
                ResultsExport.of(results.export(caller.member(), ElectionRef.parse(election))));
    }

    @Operation(summary = "Results of an election as CSV", description = "Admins only. UTF-8 with a byte-order mark "
            + "(so that spreadsheets read Hangul right), CRLF line ends, a header row, one row per choice with the "
            + "election's facts repeated: " + "election, title, state, opens_at, closes_at, generated_at, ballots, "
            + "voters, rank, choice_id, name, votes.")
    @ApiResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED, ELECTION_NOT_FOUND})
    @GetMapping(value = "/api/admin/elections/{election}/results.csv")
    public ResponseEntity<byte[]> resultsCsv(@PathVariable("election") String election, @Caller AccessClaims caller) {
        return ResultsCsv.attachment(results.export(caller.member(), ElectionRef.parse(election)));
    }

    private static List<VoterItem> voters(List<MemberAccess> members) {
        return members.stream().map(m -> new VoterItem(m.id().value(), m.name().value(), m.email().value())).toList();
    }
}
