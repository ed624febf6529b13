package com.partvote.adapters.persistence.postgres;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/** Runs {@link SqlTokenDenyList#sync()} on a fixed delay while the application runs. */
class DenyListSync implements SmartLifecycle {

    private final SqlTokenDenyList denyList;
    private final Duration interval;
    private ScheduledExecutorService executor;

    DenyListSync(SqlTokenDenyList denyList, Duration interval) {
        this.denyList = denyList;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        denyList.sync();
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "deny-list-sync");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(denyList::sync, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
