package com.partvote.adapters.persistence.postgres;

import com.partvote.application.port.out.StandingsSignalPort;
import com.partvote.domain.election.ElectionId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Announcements between instances through PostgreSQL's LISTEN/NOTIFY, on channel
 * {@value #CHANNEL}, the payload a comma-separated list of election ids.
 *
 * <p>Not a NOTIFY in each vote's transaction: PostgreSQL serialises the commits of notifying
 * transactions on one global lock, which would put every vote in a queue. Instead an announcement
 * (made after the vote committed) is heard by this instance's listeners at once and collected; at
 * most every {@code interval} one {@code pg_notify} carries the ids collected meanwhile, on a
 * connection of its own. Every instance LISTENs on another connection of its own and passes the
 * ids it hears to its listeners (skipping its own notifications, heard already). Both connections
 * are opened with the pool's URL and credentials, not taken from the pool: the listener holds its
 * connection for as long as the application runs, which the pool would report as a leak and which
 * would leave it one connection short for requests.
 *
 * <p>When the listening connection breaks, it is opened again (backing off up to
 * {@link #MAX_BACKOFF_MILLIS}), and the listeners are told that announcements may have been lost.
 */
class PgStandingsSignal implements StandingsSignalPort, SmartLifecycle {

    static final String CHANNEL = "partvote_standings";
    static final String LISTENER_NAME = "partvote-standings-listen";
    private static final String NOTIFIER_NAME = "partvote-standings-notify";
    /** PostgreSQL refuses payloads of 8000 bytes or more; ids are ASCII digits. */
    private static final int MAX_PAYLOAD = 7_000;
    private static final long MIN_BACKOFF_MILLIS = 100;
    private static final long MAX_BACKOFF_MILLIS = 5_000;
    /** How long one wait for notifications lasts: also how quickly {@link #stop()} is noticed. */
    private static final int WAIT_MILLIS = 500;
    /** After this much silence the listening connection is checked, so that a dead one is noticed. */
    private static final long IDLE_CHECK_MILLIS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(PgStandingsSignal.class);

    private final String url;
    private final Properties credentials;
    private final long intervalNanos;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private volatile long lastFlushNanos;
    private volatile boolean running;
    private volatile int notifierPid = -1;
    private volatile int listenerPid = -1;
    private volatile Connection listening;
    private Connection notifying; // the notifier thread's alone
    private boolean notifyFailing; // the notifier thread's alone
    private ScheduledExecutorService notifier;
    private Thread listener;
    private CountDownLatch firstListen;

    PgStandingsSignal(String url, String username, String password, Duration interval) {
        this.url = url;
        this.credentials = new Properties();
        if (username != null) {
            credentials.setProperty("user", username);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        this.intervalNanos = interval.toNanos();
        this.lastFlushNanos = System.nanoTime() - intervalNanos; // the first announcement goes out at once
    }

    @Override
    public void announce(ElectionId election) {
        listeners.forEach(l -> l.changed(election));
        if (running) {
            pending.add(election.value());
            scheduleFlush();
        }
    }

    @Override
    public void subscribe(Listener listener) {
        listeners.add(listener);
    }

    // ---- lifecycle -------------------------------------------------------------------------

    /** Starts both connections' threads; returns once this instance listens (or after 5 s, with a warning). */
    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        firstListen = new CountDownLatch(1);
        notifier = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "standings-notify"));
        listener = daemon(this::listen, "standings-listen");
        listener.start();
        try {
            if (!firstListen.await(5, TimeUnit.SECONDS)) {
                log.warn("standings channel: not listening yet after 5 s; live results from other instances "
                        + "arrive once it is (and through the periodic re-read meanwhile)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends what is still collected, then closes both connections. */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        notifier.shutdown(); // a flush already scheduled still runs
        try {
            notifier.awaitTermination(2, TimeUnit.SECONDS);
            closeQuietly(listening);
            listener.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(notifying);
        notifying = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    /** The backend of the listening connection, or -1 while there is none (for tests that cut it). */
    int listenerPid() {
        return listenerPid;
    }

    // ---- notifying -------------------------------------------------------------------------

    private void scheduleFlush() {
        if (flushScheduled.compareAndSet(false, true)) {
            long wait = Math.max(0, lastFlushNanos + intervalNanos - System.nanoTime());
            try {
                notifier.schedule(this::flush, wait, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException stopping) {
                flushScheduled.set(false);
            }
        }
    }

    private void flush() {
        flushScheduled.set(false);
        lastFlushNanos = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        for (Iterator<Long> it = pending.iterator(); it.hasNext(); ) {
            ids.add(it.next());
            it.remove();
        }
        if (ids.isEmpty()) {
            return;
        }
        try {
            notifyIds(ids);
            if (notifyFailing) {
                log.info("standings channel: notifying the other instances again");
                notifyFailing = false;
            }
        } catch (SQLException e) {
            if (!notifyFailing) {
                log.warn("standings channel: could not notify the other instances, will retry: {}", e.getMessage());
                notifyFailing = true;
            }
            closeQuietly(notifying);
            notifying = null;
            pending.addAll(ids);
            if (running) {
                scheduleFlush();
            }
        }
    }

    private void notifyIds(List<Long> ids) throws SQLException {
        if (notifying == null || notifying.isClosed()) {
            notifying = open(NOTIFIER_NAME);
            notifierPid = backendPid(notifying);
        }
        try (PreparedStatement notify = notifying.prepareStatement("SELECT pg_notify(?, ?)")) {
            StringBuilder payload = new StringBuilder();
            for (Long id : ids) {
                if (payload.length() + 21 > MAX_PAYLOAD) {
                    send(notify, payload);
                    payload.setLength(0);
                }
                payload.append(payload.isEmpty() ? "" : ",").append(id);
            }
            send(notify, payload);
        }
    }

    private static void send(PreparedStatement notify, CharSequence payload) throws SQLException {
        notify.setString(1, CHANNEL);
        notify.setString(2, payload.toString());
        notify.execute();
    }

    // ---- listening -------------------------------------------------------------------------

    private void listen() {
        long backoff = MIN_BACKOFF_MILLIS;
        boolean missed = false;
        while (running) {
            try (Connection c = open(LISTENER_NAME)) {
                listening = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                listenerPid = backendPid(c);
                PGConnection pg = c.unwrap(PGConnection.class);
                if (missed) {
                    log.info("standings channel: listening again");
                    listeners.forEach(Listener::lost);
                    missed = false;
                }
                firstListen.countDown();
                backoff = MIN_BACKOFF_MILLIS;
                receive(c, pg);
            } catch (SQLException | RuntimeException e) {
                listenerPid = -1;
                if (!running) {
                    return;
                }
                missed = true;
                log.warn("standings channel: listening connection lost, again in {} ms: {}", backoff, e.getMessage());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    private void receive(Connection c, PGConnection pg) throws SQLException {
        long heardAt = System.nanoTime();
        while (running) {
            PGNotification[] heard = pg.getNotifications(WAIT_MILLIS);
            if (heard != null && heard.length > 0) {
                heardAt = System.nanoTime();
                for (PGNotification n : heard) {
                    if (n.getPID() != notifierPid) {
                        dispatch(n.getParameter());
                    }
                }
            } else if (System.nanoTime() - heardAt > TimeUnit.MILLISECONDS.toNanos(IDLE_CHECK_MILLIS)) {
                if (!c.isValid(5)) {
                    throw new SQLException("the listening connection does not answer");
                }
                heardAt = System.nanoTime();
            }
        }
    }

    private void dispatch(String payload) {
        for (String id : payload.split(",")) {
            try {
                ElectionId election = new ElectionId(Long.parseLong(id.strip()));
                listeners.forEach(l -> l.changed(election));
            } catch (IllegalArgumentException notAnId) {
                log.debug("standings channel: ignored '{}'", id);
            }
        }
    }

    // ---- connections -----------------------------------------------------------------------

    private Connection open(String applicationName) throws SQLException {
        Properties p = new Properties();
        p.putAll(credentials);
        p.setProperty("ApplicationName", applicationName);
        p.setProperty("tcpKeepAlive", "true");
        Connection c = DriverManager.getConnection(url, p);
        c.setAutoCommit(true);
        return c;
    }

    private static int backendPid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing what is going away anyway
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
