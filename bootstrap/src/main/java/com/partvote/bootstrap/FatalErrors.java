package com.partvote.bootstrap;

import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the process on an {@link OutOfMemoryError} instead of leaving it up with dead threads
 * (Tomcat's acceptor, say) that answer nothing, liveness included: the supervisor then restarts
 * it. The launch flag {@code -XX:+ExitOnOutOfMemoryError} does the same inside the JVM and is
 * the first line of defence (docs/operations.md); this catches the runs started without it,
 * since a jar's manifest cannot carry JVM flags.
 */
final class FatalErrors implements Thread.UncaughtExceptionHandler {

    static final int EXIT_CODE = 3;
    private static final Logger log = LoggerFactory.getLogger(FatalErrors.class);

    private final Thread.UncaughtExceptionHandler previous;
    private final IntConsumer halt;

    FatalErrors(Thread.UncaughtExceptionHandler previous, IntConsumer halt) {
        this.previous = previous;
        this.halt = halt;
    }

    /** Installs the handler for every thread that has none of its own. */
    static void install() {
        Thread.setDefaultUncaughtExceptionHandler(
                new FatalErrors(Thread.getDefaultUncaughtExceptionHandler(), code -> Runtime.getRuntime().halt(code)));
    }

    /** True when {@code failure} or one of its causes is an {@link OutOfMemoryError}. */
    static boolean isOutOfMemory(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        if (isOutOfMemory(failure)) {
            haltNow(thread.getName());
            return;
        }
        if (previous != null) {
            previous.uncaughtException(thread, failure);
        } else {
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            failure.printStackTrace();
        }
    }

    void haltNow(String where) {
        try {
            // halt, not exit: shutdown hooks could need the memory that ran out, and hang
            System.err.println("partvote: OutOfMemoryError in " + where + "; halting (exit " + EXIT_CODE + ")");
            log.error("OutOfMemoryError in {}; halting", where);
        } catch (Throwable ignored) {
            // nothing more can be said
        } finally {
            halt.accept(EXIT_CODE);
        }
    }
}
