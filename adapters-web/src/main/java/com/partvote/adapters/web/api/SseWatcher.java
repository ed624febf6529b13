package com.partvote.adapters.web.api;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.port.in.AuthenticateUseCase;
import com.partvote.application.port.in.WatchStandingsUseCase.Watcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One client's stream. Frames arrive ready-made ({@link SseFrames}) and are written as they are,
 * the first with the {@code retry:} hint (how long a browser waits before reconnecting). A
 * stream opened with a token ends at the first frame after that token stops working (a logout,
 * the session ended), so that nothing is shown to a token that no request could use any more.
 */
final class SseWatcher implements Watcher {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final SseEmitter emitter;
    private final Optional<AccessClaims> caller;
    private final AuthenticateUseCase authenticate;
    private final String retry;
    private boolean started; // guarded by this

    SseWatcher(SseEmitter emitter, Optional<AccessClaims> caller, AuthenticateUseCase authenticate, Duration retry) {
        this.emitter = emitter;
        this.caller = caller;
        this.authenticate = authenticate;
        this.retry = "retry: " + retry.toMillis() + "\n";
    }

    @Override
    public synchronized void send(String frame) throws IOException {
        caller.ifPresent(authenticate::confirm); // TOKEN_REVOKED: the stream ends here
        write(started ? frame : retry + frame);
    }

    /** Nothing to send yet (a resumed stream): the hint alone, which also sends the response's headers. */
    synchronized void open() throws IOException {
        if (!started) {
            write(retry + "\n");
        }
    }

    @Override
    public void end() {
        emitter.complete();
    }

    private void write(String text) throws IOException {
        emitter.send(Set.of(new DataWithMediaType(text, TEXT)));
        started = true;
    }
}
