package com.partvote.bootstrap;

import com.partvote.application.port.out.StandingsSignalPort;
import com.partvote.application.service.LiveStandings;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the live standings while the application runs: a tick every {@code partvote.live.tick}
 * and a heartbeat every {@code partvote.live.heartbeat}, on one scheduler thread, and the frames
 * written by a small pool ({@code partvote.live.fan-out-threads}) whose queue is bounded (each
 * watcher has at most one task in it; past {@value #MAX_QUEUED} a watcher is dropped and its
 * client reconnects). Stopping ends every stream first (the default phase stops before the web
 * server's graceful shutdown), so open streams do not hold the shutdown up; a stopped context
 * may be started again (the test framework pauses the contexts it caches).
 */
final class LiveResults implements SmartLifecycle, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveResults.class);
    private static final int MAX_QUEUED = 10_000;

    private final LiveStandings standings;
    private final PartvoteProperties.Live settings;
    private final ThreadPoolExecutor fanOut;
    private ScheduledExecutorService scheduler;
    private boolean failing; // the scheduler thread's alone

    LiveResults(Function<Executor, LiveStandings> standings, StandingsSignalPort signal, PartvoteProperties.Live settings) {
        this.settings = settings;
        AtomicInteger threads = new AtomicInteger();
        this.fanOut = new ThreadPoolExecutor(settings.fanOutThreads(), settings.fanOutThreads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(MAX_QUEUED), r -> daemon(r, "live-fan-out-" + threads.incrementAndGet()));
        this.standings = standings.apply(fanOut);
        signal.subscribe(this.standings);
    }

    LiveStandings standings() {
        return standings;
    }

    @Override
    public synchronized void start() {
        standings.start();
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "live-results"));
        long tick = settings.tick().toMillis();
        long heartbeat = settings.heartbeat().toMillis();
        scheduler.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        standings.stop();
        scheduler.shutdownNow();
        scheduler = null;
    }

    /** When the context closes (after {@link #stop()}): the writers' threads end too. */
    public void close() {
        fanOut.shutdown();
        try {
            fanOut.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    private void tick() {
        try {
            standings.tick();
            if (failing) {
                log.info("live results: reading the standings again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("live results: could not read the standings, retrying every tick: {}", e.getMessage());
                failing = true;
            }
        }
    }

    private void heartbeat() {
        try {
            standings.heartbeat();
        } catch (RuntimeException e) {
            log.warn("live results: heartbeat failed, will try again: {}", e.getMessage());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
