package com.partvote.verifier;

import com.partvote.domain.election.ElectionId;
import com.partvote.domain.log.LogAudit;
import com.partvote.domain.log.LogKey;
import com.partvote.domain.log.LogMismatch;
import com.partvote.domain.log.LogTally;
import com.partvote.domain.log.PublishedEntry;
import com.partvote.domain.log.SignedTreeHead;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks: the key (the one given, if one was), every entry re-hashed and in its place, every
 * head's root recomputed from the entries, every head's signature, the consistency proof between
 * each two heads in a row, and the tally recounted from the entries against the published results.
 * The first failure ends it, naming the entry or head; the entries go first so that a changed,
 * moved or deleted entry is named by its index rather than by the heads it breaks.
 */
final class Verification {

    /** A check failed: what, naming the entry index or head size. */
    static final class Failed extends Exception {
        Failed(String message) {
            super(message);
        }

        Failed(LogMismatch mismatch) {
            super(mismatch.toString());
        }
    }

    private final LogServer server;
    private final Optional<LogKey> expected;

    Verification(LogServer server, Optional<LogKey> expected) {
        this.server = server;
        this.expected = expected;
    }

    /** The line to print when everything checked. */
    String run() throws Failed, LogServer.Unreadable, LogServer.Refused {
        LogServer.Election election = server.election();
        ElectionId id = election.id();
        LogKey key = server.key();
        if (expected.isPresent() && !expected.get().id().equals(key.id())) {
            throw new Failed("the server publishes key " + key.id() + ", not the key given with --key ("
                    + expected.get().id() + ")");
        }
        List<SignedTreeHead> heads = server.heads();
        if (heads.isEmpty()) {
            throw new Failed("the log of election " + id + " has no signed head");
        }
        SignedTreeHead latest = heads.get(heads.size() - 1);
        List<PublishedEntry> entries;
        try {
            entries = entriesUpTo(id, latest.size());
        } catch (LogServer.Refused refused) {
            if (!"RESULTS_EMBARGOED".equals(refused.code())) {
                throw refused;
            }
            signedAndConsistent(id, heads, key);
            return "verified: " + heads.size() + " heads and the consistency between them; the entries are not "
                    + "public until the results are published";
        }
        // the entries first, so that a change to one is named by its index rather than by the heads it breaks
        fail(LogAudit.entries(id, entries));
        fail(LogAudit.roots(entries.stream().map(PublishedEntry::leafHash).toList(), heads));
        signedAndConsistent(id, heads, key);

        String tally = tally(election, latest, entries);
        return "verified: " + entries.size() + " entries, " + heads.size() + " heads, " + tally;
    }

    /** Every head signed with the log's key, and each one consistent with the one before (RFC 9162 proofs from the server). */
    private void signedAndConsistent(ElectionId id, List<SignedTreeHead> heads, LogKey key)
            throws Failed, LogServer.Unreadable, LogServer.Refused {
        fail(LogAudit.heads(id, heads, key));
        for (int i = 1; i < heads.size(); i++) {
            SignedTreeHead older = heads.get(i - 1);
            SignedTreeHead newer = heads.get(i);
            fail(LogAudit.consistency(older, newer, server.consistency(older.size(), newer.size())));
        }
    }

    /** The entries the latest head covers (later ones may be sequenced meanwhile: not this run's). */
    private List<PublishedEntry> entriesUpTo(ElectionId id, long size) throws LogServer.Unreadable, LogServer.Refused {
        List<PublishedEntry> entries = new ArrayList<>();
        long from = 0;
        while (from < size) {
            List<PublishedEntry> page = server.entries(id, from);
            for (PublishedEntry e : page) {
                if (e.index() < size) {
                    entries.add(e);
                }
            }
            if (page.size() < LogServer.PAGE) {
                break;
            }
            from = page.get(page.size() - 1).index() + 1;
        }
        return entries;
    }

    /** Compared once the election is over and a head signed since its close covers it; said otherwise. */
    private String tally(LogServer.Election election, SignedTreeHead latest, List<PublishedEntry> entries)
            throws Failed, LogServer.Unreadable, LogServer.Refused {
        if (!election.state().equals("CLOSED") && !election.state().equals("PUBLISHED")) {
            return "tally not compared (the election is " + election.state() + ")";
        }
        if (election.closesAt().isPresent()
                && latest.head().at().isBefore(election.closesAt().get().truncatedTo(ChronoUnit.MILLIS))) {
            return "tally not compared (no head signed since the close yet)";
        }
        try {
            fail(LogTally.of(entries.stream().map(PublishedEntry::entry).toList()).compareWith(server.results()));
        } catch (LogServer.Refused refused) {
            if ("RESULTS_EMBARGOED".equals(refused.code())) {
                return "tally not compared (the results are not published)";
            }
            throw refused;
        }
        return "tally equal";
    }

    private static void fail(Optional<LogMismatch> mismatch) throws Failed {
        if (mismatch.isPresent()) {
            throw new Failed(mismatch.get());
        }
    }
}
