package com.partvote.application.service;

import com.partvote.application.port.in.WatchStandingsUseCase.Watcher;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One watcher's frames on their way. Only the newest frame waits (events carry the whole state, so
 * a newer one makes an older one pointless), and at most one task per watcher is on the executor:
 * a slow client holds back its own frames, never the others', and never piles them up in memory.
 */
final class Outbox {

    private final Watcher watcher;
    private final Executor executor;
    private final Consumer<Outbox> gone;
    private final AtomicReference<String> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean closed;

    Outbox(Watcher watcher, Executor executor, Consumer<Outbox> gone) {
        this.watcher = watcher;
        this.executor = executor;
        this.gone = gone;
    }

    /** Queues the frame, replacing one not sent yet. */
    void post(String frame) {
        if (!closed) {
            pending.set(frame);
            schedule();
        }
    }

    /** Queues the frame only if nothing waits already (a heartbeat: any frame keeps the connection alive). */
    void postIfIdle(String frame) {
        if (!closed && pending.compareAndSet(null, frame)) {
            schedule();
        }
    }

    /** Stops sending, without telling the watcher (it is the one leaving). */
    void close() {
        closed = true;
        pending.set(null);
    }

    /** Stops sending and tells the watcher that the server stops watching for it. */
    void end() {
        close();
        try {
            watcher.end();
        } catch (RuntimeException alreadyGone) {
            // its connection is broken already: there is nobody left to tell
        }
    }

    boolean isClosed() {
        return closed;
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException full) {
                scheduled.set(false);
                fail();
            }
        }
    }

    private void drain() {
        try {
            for (String frame = pending.getAndSet(null); frame != null && !closed; frame = pending.getAndSet(null)) {
                watcher.send(frame);
            }
        } catch (IOException | RuntimeException e) {
            fail();
        } finally {
            scheduled.set(false);
        }
        if (!closed && pending.get() != null) {
            schedule(); // posted after the last getAndSet, before scheduled was cleared
        }
    }

    /** The watcher cannot be reached: it leaves the registry and its stream is ended. */
    private void fail() {
        if (!closed) {
            end();
            gone.accept(this);
        }
    }
}
