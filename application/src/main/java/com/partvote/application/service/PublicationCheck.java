package com.partvote.application.service;

import com.partvote.application.port.out.BallotLogPort.Sequencing;
import com.partvote.application.port.out.BallotLogPort;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.application.port.out.TreeHeadSigner;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.log.Hash;
import com.partvote.domain.log.LogAudit;
import com.partvote.domain.log.LogEntry;
import com.partvote.domain.log.LogMismatch;
import com.partvote.domain.log.LogMismatchException;
import com.partvote.domain.log.LogTally;
import com.partvote.domain.log.PublishedEntry;
import com.partvote.domain.log.SignedTreeHead;
import com.partvote.domain.tally.ChoiceVotes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Before results are published, the service runs on its own log the checks a stranger's verifier
 * runs ({@link LogAudit}) and recounts the log ({@link LogTally}) against the standings the results
 * will show. Any difference refuses the publication with LOG_MISMATCH, naming the first entry, head
 * or choice that differs, and nothing is published: results the log cannot reproduce are not results.
 */
public class PublicationCheck implements ElectionLogSteps {

    private static final int PAGE = 1000;

    private final BallotLogPort log;
    private final StandingsQueryPort standings;
    private final TreeHeadSigner signer;

    public PublicationCheck(BallotLogPort log, StandingsQueryPort standings, TreeHeadSigner signer) {
        this.log = log;
        this.standings = standings;
        this.signer = signer;
    }

    @Override
    public void closed(Election election) {
        log.sequence(election.id(), Sequencing.CLOSING, signer);
    }

    @Override
    public void beforePublishing(Election election) {
        ElectionId id = election.id();
        log.sequence(id, Sequencing.NOW, signer);
        List<PublishedEntry> entries = allEntries(id);
        List<SignedTreeHead> heads = log.heads(id);
        List<Hash> leaves = entries.stream().map(PublishedEntry::leafHash).toList();
        Map<ChoiceId, Long> shown = new HashMap<>();
        for (ChoiceVotes cv : standings.countVotes(id)) {
            shown.put(cv.choice().id(), cv.votes());
        }
        List<LogEntry> logged = entries.stream().map(PublishedEntry::entry).toList();
        Optional<LogMismatch> mismatch = LogAudit.entries(id, entries)
                .or(() -> LogAudit.heads(id, heads, signer.key()))
                .or(() -> LogAudit.roots(leaves, heads))
                .or(() -> LogTally.of(logged).compareWith(shown));
        if (mismatch.isPresent()) {
            throw new LogMismatchException(mismatch.get());
        }
    }

    private List<PublishedEntry> allEntries(ElectionId election) {
        List<PublishedEntry> all = new ArrayList<>();
        long from = 0;
        while (true) {
            List<PublishedEntry> page = log.entries(election, from, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            from = page.get(page.size() - 1).index() + 1;
        }
    }
}
