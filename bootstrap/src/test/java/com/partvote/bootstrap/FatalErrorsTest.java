package com.partvote.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FatalErrorsTest {

    private final List<Integer> halted = new ArrayList<>();
    private final List<Throwable> passedOn = new ArrayList<>();
    private final FatalErrors handler = new FatalErrors((t, e) -> passedOn.add(e), halted::add);

    @Test
    void anOutOfMemoryErrorInAnyThreadHaltsTheProcess() throws InterruptedException {
        Thread worker = new Thread(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, "http-nio-acceptor");
        worker.setUncaughtExceptionHandler(handler);
        worker.start();
        worker.join();

        assertThat(halted).containsExactly(FatalErrors.EXIT_CODE);
        assertThat(passedOn).isEmpty();
    }

    @Test
    void anOutOfMemoryErrorWrappedByTheFrameworkStillCounts() {
        assertThat(FatalErrors.isOutOfMemory(new RuntimeException("Handler dispatch failed",
                new OutOfMemoryError("Java heap space")))).isTrue();
        assertThat(FatalErrors.isOutOfMemory(new IllegalStateException("other"))).isFalse();
    }

    @Test
    void anyOtherUncaughtFailureGoesToThePreviousHandler() {
        IllegalStateException failure = new IllegalStateException("boom");
        handler.uncaughtException(Thread.currentThread(), failure);

        assertThat(halted).isEmpty();
        assertThat(passedOn).containsExactly(failure);
    }
}
