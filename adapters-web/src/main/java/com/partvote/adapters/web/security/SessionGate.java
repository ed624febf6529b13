package com.partvote.adapters.web.security;

import com.partvote.domain.session.SessionId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.AsyncHandlerInterceptor;

/**
 * Makes a logout's answer final on this instance: once {@code POST /api/users/logouts/} has
 * answered 200, no request authenticated with that session succeeds afterwards.
 *
 * <p>Every authenticated request enters the gate of its session before its token is checked
 * against the deny list, and leaves it when its answer has been written and flushed. A logout
 * first denies the session, then waits until no request of that session is inside. A request
 * that entered before the denial finishes (and answers) before the logout does; one that enters
 * after it sees the denial and is refused. The wait is bounded ({@code partvote.auth.logout-drain-timeout}):
 * a request still running after it (a stalled upload) no longer delays the logout.
 *
 * <p>Other instances learn of the logout through the shared deny list, within
 * {@code partvote.deny-list.sync-interval}; this gate does not span instances.
 */
public final class SessionGate implements AsyncHandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(SessionGate.class);
    private static final String ENTERED = SessionGate.class.getName() + ".session";

    private final ConcurrentMap<SessionId, InFlight> inFlight = new ConcurrentHashMap<>();
    private final long drainTimeoutNanos;

    public SessionGate(Duration drainTimeout) {
        this.drainTimeoutNanos = drainTimeout.toNanos();
    }

    /** The requests of one session now inside; its monitor is what a logout waits on. */
    private static final class InFlight {
        private int count;
    }

    /** The request enters its session's gate; {@link #afterCompletion} lets it out. */
    public void enter(HttpServletRequest request, SessionId session) {
        if (request.getAttribute(ENTERED) != null) {
            return;
        }
        inFlight.compute(session, (id, f) -> {
            InFlight entry = f == null ? new InFlight() : f;
            synchronized (entry) {
                entry.count++;
            }
            return entry;
        });
        request.setAttribute(ENTERED, session);
    }

    /** Lets the request out early (a logout leaves before it waits for the others). */
    public void leave(HttpServletRequest request) {
        Object session = request.getAttribute(ENTERED);
        if (session != null) {
            request.removeAttribute(ENTERED);
            leave((SessionId) session);
        }
    }

    private void leave(SessionId session) {
        inFlight.computeIfPresent(session, (id, entry) -> {
            synchronized (entry) {
                entry.count--;
                if (entry.count > 0) {
                    return entry;
                }
                entry.notifyAll();
                return null;
            }
        });
    }

    /**
     * Waits until no request of the session is inside, at most the drain timeout.
     *
     * @return whether the session drained in time
     */
    public boolean awaitDrained(SessionId session) throws InterruptedException {
        InFlight entry = inFlight.get(session);
        if (entry == null) {
            return true;
        }
        long deadline = System.nanoTime() + drainTimeoutNanos;
        synchronized (entry) {
            while (entry.count > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    log.warn("logout: {} request(s) of the session still running after {} ms; answering anyway",
                            entry.count, Duration.ofNanos(drainTimeoutNanos).toMillis());
                    return false;
                }
                entry.wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }

    /**
     * A request that goes asynchronous (a results stream) lets go of the gate at once: it holds
     * no write a logout must wait for, and would otherwise hold every logout of its session for
     * the whole drain timeout.
     */
    @Override
    public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response, Object handler) {
        leave(request);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (request.getAttribute(ENTERED) == null) {
            return;
        }
        try {
            response.flushBuffer(); // the answer is on its way before a logout can answer
        } catch (IOException gone) {
            // the client left; nothing to deliver
        } finally {
            leave(request);
        }
    }
}
