package com.partvote.adapters.web.api;

import static com.partvote.adapters.web.api.ErrorCatalog.ACCOUNT_DISABLED;
import static com.partvote.adapters.web.api.ErrorCatalog.ADMIN_REQUIRED;
import static com.partvote.adapters.web.api.ErrorCatalog.ROLL_ENTRY_NOT_FOUND;
import static com.partvote.adapters.web.api.ErrorCatalog.ROLL_INVALID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.partvote.adapters.web.security.Caller;
import com.partvote.application.auth.AccessClaims;
import com.partvote.application.port.in.VoterRollUseCases.ListRollUseCase;
import com.partvote.application.port.in.VoterRollUseCases.RemoveRollEntryUseCase;
import com.partvote.application.port.in.VoterRollUseCases.RollEntryView;
import com.partvote.application.port.in.VoterRollUseCases.UploadRollUseCase;
import com.partvote.application.port.out.VoterRollPort.RollCounts;
import com.partvote.domain.election.Slug;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Team;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The voter roll: uploaded as CSV ({@code email,name,part,team}, UTF-8, a header row; Excel's BOM
 * and CRLF line ends accepted), listed with who registered and voted, pruned one entry at a time.
 */
@RestController
@Tag(name = "admin")
public class RollController {

    private final UploadRollUseCase upload;
    private final ListRollUseCase list;
    private final RemoveRollEntryUseCase remove;
    private final Messages messages;

    public RollController(UploadRollUseCase upload, ListRollUseCase list, RemoveRollEntryUseCase remove, Messages messages) {
        this.upload = upload;
        this.list = list;
        this.remove = remove;
        this.messages = messages;
    }

    public record UploadDetail(int added, int updated, int unchanged) {
    }

    public record RollItem(String email, String name, String part, @Schema(nullable = true) String team,
                           boolean registered, @JsonProperty("member_id") @Schema(nullable = true) Long memberId,
                           @JsonProperty("voted_in") @Schema(description = "Slugs of the elections this member voted in.")
                           List<String> votedIn) {
    }

    @Operation(summary = "Upload the voter roll (CSV)", description = "Admins only. Body: text/csv, UTF-8, header "
            + "`email,name,part,team` (team may be empty; a BOM and CRLF are accepted), at most 2 MB. All or nothing: "
            + "a file with a bad line changes nothing and answers 400 ROLL_INVALID with every bad line's number, field "
            + "and reason. The same file again changes nothing; a changed line updates its entry.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string", example = "email,name,part,team\nkim@example.org,김채림,FE,포켓돈\n")))
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED, ROLL_INVALID})
    @PostMapping(value = {"/api/admin/roll/", "/api/admin/roll"}, consumes = "text/csv")
    public Envelope<UploadDetail> uploadRoll(@Caller AccessClaims caller, @RequestBody(required = false) byte[] body) {
        RollCounts counts = upload.upload(caller.member(), RollCsv.lines(body == null ? new byte[0] : body));
        return Envelope.ok(200, messages.get("ok.admin.roll"), new UploadDetail(counts.added(), counts.updated(),
                counts.unchanged()));
    }

    @Operation(summary = "The voter roll", description = "Admins only. Each entry with whether that person "
            + "registered and the elections they voted in.")
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED})
    @GetMapping({"/api/admin/roll/", "/api/admin/roll"})
    public Envelope<List<RollItem>> roll(@Caller AccessClaims caller) {
        return Envelope.ok(200, messages.get("ok.admin.roll"), list.roll(caller.member()).stream().map(RollController::item).toList());
    }

    @Operation(summary = "Remove an entry from the roll", description = "Admins only. That email can no longer "
            + "register (in roll mode). A member who already registered keeps their account and every ballot; "
            + "disable them to stop them voting.")
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED, ROLL_ENTRY_NOT_FOUND})
    @DeleteMapping({"/api/admin/roll/{email}/", "/api/admin/roll/{email}"})
    public Envelope<Object> removeRollEntry(@PathVariable("email") String email, @Caller AccessClaims caller) {
        remove.remove(caller.member(), email);
        return Envelope.ok(200, messages.get("ok.admin.roll"), java.util.Map.of());
    }

    private static RollItem item(RollEntryView v) {
        return new RollItem(v.entry().email().value(), v.entry().name().value(), v.entry().part().name(),
                v.entry().teamIfAny().map(Team::name).orElse(null), v.registered().isPresent(),
                v.registered().map(MemberId::value).orElse(null), v.votedIn().stream().map(Slug::value).toList());
    }
}
