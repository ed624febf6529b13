package com.partvote.adapters.web.api;

import static com.partvote.adapters.web.api.ErrorCatalog.ACCOUNT_DISABLED;
import static com.partvote.adapters.web.api.ErrorCatalog.ADMIN_BY_CONFIGURATION;
import static com.partvote.adapters.web.api.ErrorCatalog.ADMIN_REQUIRED;
import static com.partvote.adapters.web.api.ErrorCatalog.ELECTION_NOT_FOUND;
import static com.partvote.adapters.web.api.ErrorCatalog.ILLEGAL_TRANSITION;
import static com.partvote.adapters.web.api.ErrorCatalog.LAST_ADMIN;
import static com.partvote.adapters.web.api.ErrorCatalog.LOG_MISMATCH;
import static com.partvote.adapters.web.api.ErrorCatalog.MEMBER_IS_ADMIN;
import static com.partvote.adapters.web.api.ErrorCatalog.MEMBER_NOT_FOUND;
import static com.partvote.adapters.web.api.ErrorCatalog.SLUG_TAKEN;
import static com.partvote.adapters.web.api.ErrorCatalog.VALIDATION_FAILED;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.partvote.adapters.web.security.Caller;
import com.partvote.application.auth.AccessClaims;
import com.partvote.application.port.in.AdministrationUseCases.ChangeRoleUseCase;
import com.partvote.application.port.in.AdministrationUseCases.DisableMemberUseCase;
import com.partvote.application.port.in.AdministrationUseCases.ListMembersUseCase;
import com.partvote.application.port.in.AdministrationUseCases.ViewAuditTrailUseCase;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ManageElectionUseCases.CreateElectionUseCase;
import com.partvote.application.port.in.ManageElectionUseCases.EditElectionUseCase;
import com.partvote.application.port.in.ManageElectionUseCases.ElectionEdit;
import com.partvote.application.port.in.ManageElectionUseCases.Step;
import com.partvote.application.port.in.ManageElectionUseCases.StepElectionUseCase;
import com.partvote.domain.audit.AuditEntry;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.ChoiceKind;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionSpec;
import com.partvote.domain.election.ResultsVisibility;
import com.partvote.domain.election.Slug;
import com.partvote.domain.election.Stage;
import com.partvote.domain.election.VotingWindow;
import com.partvote.domain.election.rule.BallotRules;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The admin API: elections set up and run without a restart, members' roles, the audit trail.
 * Every route needs an admin's token; the application decides (ADMIN_REQUIRED otherwise).
 */
@RestController
@Tag(name = "admin")
public class AdminController {

    private final CreateElectionUseCase create;
    private final EditElectionUseCase edit;
    private final StepElectionUseCase step;
    private final ViewAuditTrailUseCase audit;
    private final ListMembersUseCase members;
    private final ChangeRoleUseCase roles;
    private final DisableMemberUseCase disable;
    private final Messages messages;
    private final Clock clock;

    public AdminController(CreateElectionUseCase create, EditElectionUseCase edit, StepElectionUseCase step,
                           ViewAuditTrailUseCase audit, ListMembersUseCase members, ChangeRoleUseCase roles,
                           DisableMemberUseCase disable, Messages messages, Clock clock) {
        this.disable = disable;
        this.create = create;
        this.edit = edit;
        this.step = step;
        this.audit = audit;
        this.members = members;
        this.roles = roles;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- the wire shapes -----------------------------------------------------------------------

    public record ChoiceRequest(@Schema(description = "Stable key of the choice within the election.") String key,
                                String name, @Schema(nullable = true, allowableValues = {"FE", "BE"}) String part,
                                @Schema(nullable = true) String team, @Schema(nullable = true) Integer age,
                                @Schema(nullable = true, description = "The member account that is this candidate.")
                                String email) {
    }

    public record CreateElectionRequest(String slug, String title,
                                        @Schema(allowableValues = {"CANDIDATES", "TEAMS"}) String kind,
                                        @JsonProperty("opens_at") @Schema(nullable = true) Instant opensAt,
                                        @JsonProperty("closes_at") @Schema(nullable = true) Instant closesAt,
                                        @Schema(allowableValues = {"LIVE", "AFTER_CLOSE"}) String results,
                                        @Schema(description = "Rule specs, e.g. [\"NOT_SELF\", \"MAX_CHOICES(1)\"].")
                                        List<String> rules,
                                        @Schema(nullable = true, description = "For CANDIDATES; a TEAMS election's "
                                                + "choices are the club's teams.") List<ChoiceRequest> choices) {
    }

    public record AdminElectionItem(long id, String slug, String title, String kind,
                                    @Schema(allowableValues = {"DRAFT", "SCHEDULED", "OPEN", "CLOSED", "PUBLISHED"})
                                    String state,
                                    @JsonProperty("opens_at") @Schema(nullable = true) Instant opensAt,
                                    @JsonProperty("closes_at") @Schema(nullable = true) Instant closesAt,
                                    String results, List<String> rules) {
    }

    public record AuditItem(long seq, Instant at, @Schema(nullable = true) @JsonProperty("actor_id") Long actorId,
                            String actor, String action, @Schema(nullable = true) Long election,
                            @Schema(nullable = true) String subject, Map<String, String> before,
                            Map<String, String> after) {
    }

    public record MemberItem(long id, String name, String email, @Schema(allowableValues = {"MEMBER", "ADMIN"}) String role,
                             @JsonProperty("admin_by_configuration") boolean adminByConfiguration,
                             @JsonProperty("disabled_at") @Schema(nullable = true) Instant disabledAt) {
    }

    public record RoleRequest(@Schema(allowableValues = {"MEMBER", "ADMIN"}) String role) {
    }

    // ---- elections -----------------------------------------------------------------------------

    @Operation(summary = "Create an election (DRAFT)", description = "Admins only. The election is managed "
            + "through the API from now on: the club file never overwrites it.")
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED, VALIDATION_FAILED, SLUG_TAKEN})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping({"/api/admin/elections/", "/api/admin/elections"})
    public Envelope<AdminElectionItem> createElection(@Caller AccessClaims caller, @RequestBody(required = false) CreateElectionRequest sent) {
        CreateElectionRequest body = sent != null ? sent : new CreateElectionRequest(null, null, null, null, null, null, null, null);
        Fields fields = new Fields();
        Slug slug = fields.value("slug", body.slug(), () -> new Slug(body.slug()));
        String title = fields.value("title", body.title(), () -> Election.validTitle(body.title()));
        ChoiceKind kind = fields.value("kind", body.kind(), () -> ChoiceKind.valueOf(body.kind()));
        ResultsVisibility results = body.results() == null ? ResultsVisibility.LIVE
                : fields.value("results", body.results(), () -> ResultsVisibility.valueOf(body.results()));
        BallotRules rules = fields.value("rules", body.rules() == null ? List.of() : body.rules(),
                () -> BallotRules.parse(body.rules() == null ? List.of() : body.rules()));
        VotingWindow window = body.opensAt() == null ? null
                : fields.value("closes_at", body.opensAt(), () -> new VotingWindow(body.opensAt(), body.closesAt()));
        Map<String, ChoiceProfile> choices = choices(fields, body.choices());
        fields.check();
        ElectionSpec spec = new ElectionSpec(slug, title, kind, Stage.DRAFT, window, results, rules, null);
        return Envelope.ok(201, messages.get("ok.admin.election"), item(create.create(caller.member(), spec, choices)));
    }

    @Operation(summary = "Edit an election", description = "Admins only. A DRAFT: any field sent (title, opens_at, "
            + "closes_at, results, rules, choices). SCHEDULED or OPEN: only a later closes_at (or null: no close). "
            + "Otherwise 409 ILLEGAL_TRANSITION with the current state.")
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED, VALIDATION_FAILED, ELECTION_NOT_FOUND, ILLEGAL_TRANSITION})
    @PatchMapping({"/api/admin/elections/{election}/", "/api/admin/elections/{election}"})
    public Envelope<AdminElectionItem> editElection(@PathVariable("election") @Parameter(description = "Id or slug.") String election,
                                            @Caller AccessClaims caller, @RequestBody(required = false) JsonNode sent) {
        JsonNode body = sent == null || !sent.isObject() ? null : sent;
        Fields fields = new Fields();
        if (body == null) {
            fields.reject("body", "required");
            fields.check();
        }
        Optional<String> title = text(body, "title").map(t -> fields.value("title", t, () -> Election.validTitle(t)));
        Optional<Instant> opens = text(body, "opens_at").map(t -> fields.value("opens_at", t, () -> Instant.parse(t)));
        boolean clearClose = body.has("closes_at") && body.get("closes_at").isNull();
        Optional<Instant> closes = text(body, "closes_at").map(t -> fields.value("closes_at", t, () -> Instant.parse(t)));
        Optional<ResultsVisibility> results = text(body, "results")
                .map(t -> fields.value("results", t, () -> ResultsVisibility.valueOf(t)));
        Optional<BallotRules> rules = Optional.ofNullable(body.get("rules")).filter(JsonNode::isArray).map(r -> {
            List<String> specs = new java.util.ArrayList<>();
            r.forEach(n -> specs.add(n.asString()));
            return fields.value("rules", specs, () -> BallotRules.parse(specs));
        });
        Optional<Map<String, ChoiceProfile>> choices = Optional.ofNullable(body.get("choices")).filter(JsonNode::isArray)
                .map(c -> choices(fields, choiceRequests(c)));
        fields.check();
        ElectionEdit change = new ElectionEdit(title, opens, closes, clearClose, results, rules, choices);
        return Envelope.ok(200, messages.get("ok.admin.election"),
                item(edit.edit(caller.member(), ElectionRef.parse(election), change)));
    }

    private static final String STEP = "Admins only; a step the election's state does not allow is 409 "
            + "ILLEGAL_TRANSITION with the state as the detail.";

    @Operation(summary = "Schedule a draft", description = "DRAFT -> SCHEDULED: it opens and closes with its window. " + STEP)
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED, ELECTION_NOT_FOUND, ILLEGAL_TRANSITION, VALIDATION_FAILED})
    @PostMapping({"/api/admin/elections/{election}/schedule/", "/api/admin/elections/{election}/schedule"})
    public Envelope<AdminElectionItem> scheduleElection(@PathVariable("election") String election, @Caller AccessClaims caller) {
        return stepped(election, caller, Step.SCHEDULE);
    }

    @Operation(summary = "Open now", description = "A DRAFT or SCHEDULED election opens at once; its close stays. " + STEP)
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED, ELECTION_NOT_FOUND, ILLEGAL_TRANSITION, VALIDATION_FAILED})
    @PostMapping({"/api/admin/elections/{election}/open/", "/api/admin/elections/{election}/open"})
    public Envelope<AdminElectionItem> openElection(@PathVariable("election") String election, @Caller AccessClaims caller) {
        return stepped(election, caller, Step.OPEN);
    }

    @Operation(summary = "Close now", description = "An OPEN election closes at once: votes under way finish, "
            + "later ones are refused. " + STEP)
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED, ELECTION_NOT_FOUND, ILLEGAL_TRANSITION})
    @PostMapping({"/api/admin/elections/{election}/close/", "/api/admin/elections/{election}/close"})
    public Envelope<AdminElectionItem> closeElection(@PathVariable("election") String election, @Caller AccessClaims caller) {
        return stepped(election, caller, Step.CLOSE);
    }

    @Operation(summary = "Publish the results", description = "CLOSED -> PUBLISHED: members see the standings. "
            + "First the ballot log is sequenced, checked as a stranger's verifier checks it and recounted; if it does "
            + "not reproduce the standings, 409 LOG_MISMATCH names the first entry, head or choice that differs, and "
            + "nothing is published. " + STEP)
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED, ELECTION_NOT_FOUND, ILLEGAL_TRANSITION, LOG_MISMATCH})
    @PostMapping({"/api/admin/elections/{election}/publish/", "/api/admin/elections/{election}/publish"})
    public Envelope<AdminElectionItem> publishElection(@PathVariable("election") String election, @Caller AccessClaims caller) {
        return stepped(election, caller, Step.PUBLISH);
    }

    private Envelope<AdminElectionItem> stepped(String election, AccessClaims caller, Step step) {
        return Envelope.ok(200, messages.get("ok.admin.election"),
                item(this.step.step(caller.member(), ElectionRef.parse(election), step)));
    }

    // ---- audit and members ---------------------------------------------------------------------

    @Operation(summary = "The audit trail", description = "Admins only. Newest first; `before` pages back (the "
            + "`seq` of the last entry seen), `election` filters (id or slug).")
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED, ELECTION_NOT_FOUND, VALIDATION_FAILED})
    @GetMapping({"/api/admin/audit/", "/api/admin/audit"})
    public Envelope<List<AuditItem>> auditTrail(@Caller AccessClaims caller,
                                           @RequestParam(name = "election", required = false) String election,
                                           @RequestParam(name = "before", required = false) Long before,
                                           @RequestParam(name = "limit", required = false, defaultValue = "50") int limit) {
        List<AuditEntry> entries = audit.audit(caller.member(), Optional.ofNullable(election).map(ElectionRef::parse),
                before == null ? OptionalLong.empty() : OptionalLong.of(before), limit);
        return Envelope.ok(200, messages.get("ok.admin.audit"), entries.stream().map(AdminController::auditItem).toList());
    }

    @Operation(summary = "Every member with their role", description = "Admins only.")
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED})
    @GetMapping({"/api/admin/members/", "/api/admin/members"})
    public Envelope<List<MemberItem>> listMembers(@Caller AccessClaims caller) {
        return Envelope.ok(200, messages.get("ok.admin.members"),
                members.members(caller.member()).stream().map(AdminController::memberItem).toList());
    }

    @Operation(summary = "Grant or revoke the admin role", description = "Admins only. Takes effect on the "
            + "member's next request. The last admin cannot lose it (409 LAST_ADMIN), nor an admin named by the "
            + "configuration (409 ADMIN_BY_CONFIGURATION).")
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED, VALIDATION_FAILED, MEMBER_NOT_FOUND, LAST_ADMIN, ADMIN_BY_CONFIGURATION})
    @PutMapping({"/api/admin/members/{id}/role/", "/api/admin/members/{id}/role"})
    public Envelope<MemberItem> changeRole(@PathVariable("id") long id, @Caller AccessClaims caller,
                                     @RequestBody(required = false) RoleRequest sent) {
        Fields fields = new Fields();
        String raw = sent == null ? null : sent.role();
        Role role = fields.value("role", raw, () -> Role.valueOf(raw));
        fields.check();
        return Envelope.ok(200, messages.get("ok.admin.role"),
                memberItem(roles.changeRole(caller.member(), new MemberId(id), role)));
    }

    @Operation(summary = "Disable a member", description = "Admins only. Every session of the member ends at once "
            + "(their tokens answer TOKEN_REVOKED), they cannot log in (ACCOUNT_DISABLED), their ballots stay counted; "
            + "the audit trail records who did it. An admin is not disabled (409 MEMBER_IS_ADMIN): revoke the role first.")
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED, MEMBER_NOT_FOUND, MEMBER_IS_ADMIN})
    @PostMapping({"/api/admin/members/{id}/disable/", "/api/admin/members/{id}/disable"})
    public Envelope<MemberItem> disableMember(@PathVariable("id") long id, @Caller AccessClaims caller) {
        MemberItem item = memberItem(disable.setDisabled(caller.member(), new MemberId(id), true));
        return Envelope.ok(200, messages.get("ok.admin.disabled"), item);
    }

    @Operation(summary = "Enable a disabled member", description = "Admins only. They may log in again.")
    @RouteErrors({ADMIN_REQUIRED, ACCOUNT_DISABLED, MEMBER_NOT_FOUND})
    @PostMapping({"/api/admin/members/{id}/enable/", "/api/admin/members/{id}/enable"})
    public Envelope<MemberItem> enableMember(@PathVariable("id") long id, @Caller AccessClaims caller) {
        return Envelope.ok(200, messages.get("ok.admin.disabled"),
                memberItem(disable.setDisabled(caller.member(), new MemberId(id), false)));
    }

    // ---- mapping -------------------------------------------------------------------------------

    private static Optional<String> text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n.isString() ? n.asString() : n.toString());
    }

    private static List<ChoiceRequest> choiceRequests(JsonNode array) {
        List<ChoiceRequest> list = new java.util.ArrayList<>();
        array.forEach(n -> list.add(new ChoiceRequest(str(n, "key"), str(n, "name"), str(n, "part"), str(n, "team"),
                n.has("age") && n.get("age").isInt() ? n.get("age").asInt() : null, str(n, "email"))));
        return list;
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Map<String, ChoiceProfile> choices(Fields fields, List<ChoiceRequest> requests) {
        Map<String, ChoiceProfile> choices = new LinkedHashMap<>();
        if (requests == null) {
            return choices;
        }
        for (int i = 0; i < requests.size(); i++) {
            ChoiceRequest c = requests.get(i);
            String at = "choices[" + i + "]";
            if (c == null || c.key() == null || c.key().isBlank() || choices.containsKey(c.key())) {
                fields.reject(at + ".key", c == null || c.key() == null || c.key().isBlank() ? "required" : "duplicate");
                continue;
            }
            ChoiceProfile profile = fields.value(at, c.name(), () -> new ChoiceProfile(c.name(),
                    c.part() == null ? null : Part.parse(c.part()), c.team(), c.age(),
                    c.email() == null ? null : new Email(c.email())));
            if (profile != null) {
                choices.put(c.key().strip(), profile);
            }
        }
        return choices;
    }

    private AdminElectionItem item(Election e) {
        Optional<VotingWindow> window = e.windowIfSet();
        return new AdminElectionItem(e.id().value(), e.slug().value(), e.title(), e.kind().name(),
                e.state(clock.instant()).name(), window.map(VotingWindow::opensAt).orElse(null),
                window.flatMap(VotingWindow::closes).orElse(null), e.results().name(),
                e.rules().rules().stream().map(r -> r.spec()).toList());
    }

    private static AuditItem auditItem(AuditEntry entry) {
        var e = entry.event();
        return new AuditItem(entry.seq(), e.at(), e.actor().memberIfAny().map(MemberId::value).orElse(null),
                e.actor().name(), e.action(), e.electionIfAny().map(id -> id.value()).orElse(null), e.subject(),
                e.before(), e.after());
    }

    private static MemberItem memberItem(MemberAccess m) {
        return new MemberItem(m.id().value(), m.name().value(), m.email().value(), m.role().name(), m.configuredAdmin(),
                m.disabledAt());
    }
}
