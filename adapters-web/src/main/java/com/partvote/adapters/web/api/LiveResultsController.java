package com.partvote.adapters.web.api;

import static com.partvote.adapters.web.api.ErrorCatalog.ELECTION_NOT_FOUND;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.partvote.adapters.web.security.OptionalCaller;
import com.partvote.application.auth.AccessClaims;
import com.partvote.application.port.in.AuthenticateUseCase;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.WatchStandingsUseCase;
import com.partvote.application.port.in.WatchStandingsUseCase.Subscription;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * An election's standings as a stream of server-sent events. The request holds no thread while
 * it waits (Spring MVC's asynchronous {@link SseEmitter}); the events come from the core's live
 * standings, which send one frame per change to every watcher.
 */
@RestController
@Tag(name = "elections")
public class LiveResultsController {

    private final WatchStandingsUseCase live;
    private final AuthenticateUseCase authenticate;
    private final Clock clock;
    private final Duration streamTimeout;
    private final Duration retry;

    public LiveResultsController(WatchStandingsUseCase live, AuthenticateUseCase authenticate,
                                 Clock clock, @Value("${partvote.live.stream-timeout:30m}") Duration streamTimeout,
                                 @Value("${partvote.live.retry:2s}") Duration retry) {
        this.live = live;
        this.authenticate = authenticate;
        this.clock = clock;
        this.streamTimeout = streamTimeout;
        this.retry = retry;
    }

    /** The data of an {@code embargoed} event: the results are hidden from this viewer for now. */
    public record EmbargoedDetail(long election,
                                  @Schema(allowableValues = {"SCHEDULED", "OPEN", "CLOSED"}) String state,
                                  @JsonProperty("closes_at") @Schema(nullable = true) Instant closesAt) {
    }

    @Operation(summary = "The standings of an election, live", description = """
            Server-sent events (text/event-stream). At once, and whenever they change (at most four \
            times a second, the latest state, never a delta; votes on any instance arrive within a second): \
            event `standings`, data one line of JSON shaped as the detail of GET .../results/ \
            (election, state, standings [{id, name, vote_count, rank}], ballots, voters, generated_at). \
            While the election hides its results from the caller (AFTER_CLOSE, not published; admins always \
            see them): event `embargoed`, data {election, state, closes_at}, again on every change of state, \
            then `standings` from the moment they are published. Each event's id is the version of its \
            content; a client reconnecting with Last-Event-ID equal to the current version is not sent it \
            again. The first event carries a `retry:` hint (2000 ms by default); a `: heartbeat` comment \
            (every 15 s by default) keeps proxies from closing an idle stream. The stream ends after 30 \
            minutes by default (EventSource reconnects by itself, with Last-Event-ID), and a stream opened \
            with a token ends when the token expires or its session is logged out.""")
    @ApiResponse(responseCode = "200", description = "The stream of events",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
    @RouteErrors(ELECTION_NOT_FOUND)
    @GetMapping(value = {"/api/elections/{election}/results/stream/", "/api/elections/{election}/results/stream"},
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public ResponseEntity<SseEmitter> liveStandings(
            @PathVariable("election") @Parameter(description = "Id or slug.") String election,
            @OptionalCaller Optional<AccessClaims> caller,
            @RequestHeader(name = "Last-Event-ID", required = false)
            @Parameter(description = "The id of the last event received (EventSource sends it when it reconnects).")
            String lastEventId) throws IOException {
        ElectionRef ref = ElectionRef.parse(election);
        SseEmitter emitter = new SseEmitter(lifetime(caller).toMillis());
        SseWatcher watcher = new SseWatcher(emitter, caller, authenticate, retry);
        Subscription subscription = live.watch(ref, caller.map(AccessClaims::member),
                Optional.ofNullable(lastEventId).map(String::strip).filter(id -> !id.isEmpty()), watcher);
        emitter.onCompletion(subscription::close);
        emitter.onError(failure -> subscription.close());
        emitter.onTimeout(() -> {
            subscription.close();
            emitter.complete(); // a clean end: the client reconnects with its Last-Event-ID
        });
        if (subscription.resumed()) {
            watcher.open();
        }
        // a logout need not wait for the stream to end: SessionGate lets an asynchronous request
        // out as soon as it goes asynchronous, and the stream ends at its next frame instead
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("X-Accel-Buffering", "no") // a buffering proxy (nginx) would hold the events back
                .body(emitter);
    }

    /** How long the stream may last: no longer than the token it was opened with. */
    private Duration lifetime(Optional<AccessClaims> caller) {
        Duration lifetime = streamTimeout;
        if (caller.isPresent()) {
            Duration left = Duration.between(clock.instant(), caller.get().expiresAt());
            lifetime = left.compareTo(lifetime) < 0 ? left : lifetime;
        }
        return lifetime.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : lifetime;
    }
}
