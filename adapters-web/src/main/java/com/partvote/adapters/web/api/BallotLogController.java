package com.partvote.adapters.web.api;

import static com.partvote.adapters.web.api.ErrorCatalog.ELECTION_NOT_FOUND;
import static com.partvote.adapters.web.api.ErrorCatalog.LOG_ENTRY_PENDING;
import static com.partvote.adapters.web.api.ErrorCatalog.LOG_NOT_STARTED;
import static com.partvote.adapters.web.api.ErrorCatalog.RESULTS_EMBARGOED;
import static com.partvote.adapters.web.api.ErrorCatalog.TRACKER_NOT_FOUND;
import static com.partvote.adapters.web.api.ErrorCatalog.VALIDATION_FAILED;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.partvote.adapters.web.security.Caller;
import com.partvote.application.auth.AccessClaims;
import com.partvote.application.port.in.BallotLogUseCases.ConsistencyProof;
import com.partvote.application.port.in.BallotLogUseCases.EntriesPage;
import com.partvote.application.port.in.BallotLogUseCases.InclusionProof;
import com.partvote.application.port.in.BallotLogUseCases.Receipt;
import com.partvote.application.port.in.BallotLogUseCases.ViewBallotLogUseCase;
import com.partvote.application.port.in.BallotLogUseCases.ViewReceiptUseCase;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.log.BallotTracker;
import com.partvote.domain.log.Hash;
import com.partvote.domain.log.LogKey;
import com.partvote.domain.log.PublishedEntry;
import com.partvote.domain.log.SignedTreeHead;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ballot log, for anyone: the entries (tracker and sheet, never a member), the signed tree
 * heads, inclusion and consistency proofs (RFC 9162) and the key the heads verify with; and each
 * member's receipt. docs/ballot-log.md says how an entry is hashed and a head signed, which is all
 * a client needs to check these answers itself.
 */
@RestController
@Tag(name = "ballot log")
public class BallotLogController {

    private final ViewBallotLogUseCase log;
    private final ViewReceiptUseCase receipts;
    private final Messages messages;

    public BallotLogController(ViewBallotLogUseCase log, ViewReceiptUseCase receipts, Messages messages) {
        this.log = log;
        this.receipts = receipts;
        this.messages = messages;
    }

    // ---- the wire shapes -----------------------------------------------------------------------

    public record EntryItem(@Schema(description = "The leaf index, from 0.") long index,
                            @Schema(description = "When the sheet changed, to the millisecond the leaf hash covers.")
                            Instant time,
                            @Schema(description = "The ballot's tracker: 22 characters of URL-safe Base64.") String tracker,
                            @Schema(description = "The sheet after the change, ids ascending; empty: withdrawn.")
                            List<Long> choices,
                            @JsonProperty("leaf_hash")
                            @Schema(description = "SHA-256(0x00 || election|index|epochMillis|tracker|choices), hex.")
                            String leafHash) {
    }

    public record EntriesDetail(long election, long from, List<EntryItem> entries,
                                @Schema(nullable = true, description = "The `from` of the next page; null on the last.")
                                Long next) {
    }

    public record HeadItem(long election, @Schema(description = "How many entries the head covers.") long size,
                           @JsonProperty("root_hash") @Schema(description = "The Merkle root (RFC 9162), hex.") String rootHash,
                           Instant timestamp,
                           @JsonProperty("key_id") @Schema(description = "SHA-256 of the signing key's SubjectPublicKeyInfo, hex.")
                           String keyId,
                           @Schema(description = "Ed25519 over partvote-tree-head-v1|election|size|root|epochMillis, Base64.")
                           String signature) {
    }

    public record ProofDetail(EntryItem entry, HeadItem head,
                              @Schema(description = "The inclusion proof of the entry in the head, nearest sibling first, hex.")
                              List<String> proof) {
    }

    public record ConsistencyDetail(long election, long from, long to,
                                    @Schema(description = "The consistency proof from the tree of `from` entries to that of `to`, hex.")
                                    List<String> proof) {
    }

    public record KeyDetail(@Schema(allowableValues = "Ed25519") String algorithm,
                            @JsonProperty("public_key") @Schema(description = "X.509 SubjectPublicKeyInfo, Base64.")
                            String publicKey,
                            @JsonProperty("key_id") String keyId) {
    }

    public record ReceiptDetail(long election, String tracker,
                                @JsonProperty("leaf_index") @Schema(nullable = true, description = "Null while pending.")
                                Long leafIndex,
                                @Schema(description = "The sheet as the log records it; empty: withdrawn.") List<Long> choices,
                                @JsonProperty("recorded_at") Instant recordedAt,
                                @Schema(nullable = true, description = "The latest head, once it covers the entry.") HeadItem head) {
    }

    // ---- routes --------------------------------------------------------------------------------

    @Operation(summary = "The key the ballot logs' heads are signed with", description = "Public. Ed25519; keep it to "
            + "check heads later, whoever serves them.")
    @RouteErrors
    @GetMapping({"/api/log/key/", "/api/log/key"})
    public Envelope<KeyDetail> key() {
        LogKey key = log.key();
        return Envelope.ok(200, messages.get("ok.log.key"), new KeyDetail(LogKey.ALGORITHM, key.base64(), key.id()));
    }

    @Operation(summary = "The entries of an election's ballot log", description = "Public, by leaf index: `from` "
            + "(default 0), at most `limit` (1 to 1000, default 1000) entries. Refused while the election hides its "
            + "results, since the entries add up to them.")
    @RouteErrors({VALIDATION_FAILED, ELECTION_NOT_FOUND, RESULTS_EMBARGOED})
    @GetMapping({"/api/elections/{election}/log/", "/api/elections/{election}/log"})
    public Envelope<EntriesDetail> entries(@PathVariable("election") String election,
                                           @Parameter(description = "The first leaf index.") @RequestParam(name = "from", defaultValue = "0") long from,
                                           @Parameter(description = "At most this many, 1 to 1000.")
                                           @RequestParam(name = "limit", defaultValue = "1000") int limit) {
        EntriesPage page = log.entries(ElectionRef.parse(election), from, limit);
        List<PublishedEntry> entries = page.entries();
        Long next = entries.size() == limit ? entries.get(entries.size() - 1).index() + 1 : null;
        return Envelope.ok(200, messages.get("ok.log.entries"), new EntriesDetail(page.election().value(), from,
                entries.stream().map(BallotLogController::entry).toList(), next));
    }

    @Operation(summary = "The latest signed head of an election's ballot log", description = "Public.")
    @RouteErrors({ELECTION_NOT_FOUND, LOG_NOT_STARTED})
    @GetMapping({"/api/elections/{election}/log/head/", "/api/elections/{election}/log/head"})
    public Envelope<HeadItem> head(@PathVariable("election") String election) {
        return Envelope.ok(200, messages.get("ok.log.head"), head(log.latestHead(ElectionRef.parse(election))));
    }

    @Operation(summary = "Every signed head of an election's ballot log", description = "Public, smallest first: "
            + "a verifier checks the consistency proof between each two in a row.")
    @RouteErrors(ELECTION_NOT_FOUND)
    @GetMapping({"/api/elections/{election}/log/heads/", "/api/elections/{election}/log/heads"})
    public Envelope<List<HeadItem>> heads(@PathVariable("election") String election) {
        return Envelope.ok(200, messages.get("ok.log.heads"),
                log.heads(ElectionRef.parse(election)).stream().map(BallotLogController::head).toList());
    }

    @Operation(summary = "Proof that a ballot is in the log", description = "Public: the latest entry under the "
            + "tracker and its inclusion proof against the latest head. 409 LOG_ENTRY_PENDING for a second or two "
            + "after a change, until the sequencer has signed a head over it.")
    @RouteErrors({VALIDATION_FAILED, ELECTION_NOT_FOUND, TRACKER_NOT_FOUND, LOG_ENTRY_PENDING})
    @GetMapping({"/api/elections/{election}/log/proof/", "/api/elections/{election}/log/proof"})
    public Envelope<ProofDetail> proof(@PathVariable("election") String election,
                                       @Parameter(required = true, description = "The ballot's tracker.")
                                       @RequestParam(name = "tracker", required = false) String tracker) {
        Fields fields = new Fields();
        BallotTracker named = fields.value("tracker", tracker, () -> new BallotTracker(tracker));
        fields.check();
        InclusionProof p = log.proof(ElectionRef.parse(election), named);
        return Envelope.ok(200, messages.get("ok.log.proof"),
                new ProofDetail(entry(p.entry()), head(p.head()), p.path().stream().map(Hash::hex).toList()));
    }

    @Operation(summary = "Proof that the log only grew between two sizes", description = "Public: the RFC 9162 "
            + "consistency proof from the tree of `from` entries to that of `to` (both at most the latest head's size).")
    @RouteErrors({VALIDATION_FAILED, ELECTION_NOT_FOUND})
    @GetMapping({"/api/elections/{election}/log/consistency/", "/api/elections/{election}/log/consistency"})
    public Envelope<ConsistencyDetail> consistency(@PathVariable("election") String election,
                                                   @Parameter(required = true) @RequestParam(name = "from", required = false) Long from,
                                                   @Parameter(required = true) @RequestParam(name = "to", required = false) Long to) {
        Fields fields = new Fields();
        fields.value("from", from, () -> from);
        fields.value("to", to, () -> to);
        fields.check();
        ConsistencyProof p = log.consistency(ElectionRef.parse(election), from, to);
        return Envelope.ok(200, messages.get("ok.log.consistency"), new ConsistencyDetail(p.election().value(), p.from(),
                p.to(), p.path().stream().map(Hash::hex).toList()));
    }

    @Operation(summary = "My ballot's receipt", description = "The caller's tracker in the election, their latest "
            + "entry in its log (its leaf index once sequenced) and the signed head that covers it. Anyone shown the "
            + "tracker can see the ballot in the public log.")
    @RouteErrors({ELECTION_NOT_FOUND, TRACKER_NOT_FOUND})
    @GetMapping({"/api/elections/{election}/ballot/receipt/", "/api/elections/{election}/ballot/receipt"})
    public Envelope<ReceiptDetail> receipt(@PathVariable("election") String election, @Caller AccessClaims caller) {
        Receipt r = receipts.receipt(ElectionRef.parse(election), caller.member());
        return Envelope.ok(200, messages.get("ok.log.receipt"), new ReceiptDetail(r.election().value(), r.tracker().value(),
                r.latest().index().isPresent() ? r.latest().index().getAsLong() : null,
                r.latest().choices().stream().map(ChoiceId::value).toList(), r.latest().at(),
                r.head().map(BallotLogController::head).orElse(null)));
    }

    // ---- mapping -------------------------------------------------------------------------------

    static EntryItem entry(PublishedEntry p) {
        return new EntryItem(p.index(), p.entry().at(), p.entry().tracker().value(),
                p.entry().choices().stream().map(ChoiceId::value).toList(), p.leafHash().hex());
    }

    static HeadItem head(SignedTreeHead h) {
        return new HeadItem(h.head().election().value(), h.size(), h.head().root().hex(), h.head().at(), h.keyId(),
                h.signature());
    }
}
