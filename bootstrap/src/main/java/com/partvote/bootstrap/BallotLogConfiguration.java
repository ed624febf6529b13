package com.partvote.bootstrap;

import com.partvote.application.port.in.BallotLogUseCases.SequenceLogUseCase;
import com.partvote.application.port.in.BallotLogUseCases.ViewBallotLogUseCase;
import com.partvote.application.port.in.BallotLogUseCases.ViewReceiptUseCase;
import com.partvote.application.port.out.BallotLogPort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadVoterPort;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.application.port.out.TreeHeadSigner;
import com.partvote.application.service.ElectionLogSteps;
import com.partvote.application.service.ElectionLookup;
import com.partvote.application.service.PublicationCheck;
import com.partvote.application.service.SequenceLogService;
import com.partvote.application.service.ViewBallotLogService;
import com.partvote.application.service.ViewReceiptService;
import com.partvote.bootstrap.UseCaseConfiguration.Transactions;
import com.partvote.domain.election.ElectionId;
import java.time.Clock;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The ballot log: the signer (its key from {@code partvote.log.signing-key}), the public and the
 * member's use cases, the sequencer's clock, and what the log asks of a close and a publication.
 * {@code partvote.log.enabled=false} (for measuring what the log costs) leaves the routes answering
 * an empty log: nothing is recorded, sequenced or checked.
 */
@Configuration(proxyBeanMethods = false)
class BallotLogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BallotLogConfiguration.class);

    @Bean
    TreeHeadSigner treeHeadSigner(@Value("${partvote.log.signing-key:}") String key, Environment environment) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        return new Ed25519TreeHeadSigner(LogSigningKeys.resolve(key, production));
    }

    @Bean
    ViewBallotLogUseCase viewBallotLogUseCase(LoadElectionPort elections, LoadVoterPort voters, BallotLogPort ballotLog,
                                              TreeHeadSigner signer, Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(ViewBallotLogUseCase.class,
                new ViewBallotLogService(new ElectionLookup(elections, voters), ballotLog, signer, clock), tx.readOnly());
    }

    @Bean
    ViewReceiptUseCase viewReceiptUseCase(ElectionLookup lookup, BallotLogPort ballotLog, Transactions tx) {
        return TransactionalUseCase.wrap(ViewReceiptUseCase.class, new ViewReceiptService(lookup, ballotLog), tx.readOnly());
    }

    @Bean
    SequenceLogUseCase sequenceLogUseCase(BallotLogPort ballotLog, LoadElectionPort elections, TreeHeadSigner signer,
                                          Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(SequenceLogUseCase.class,
                new SequenceLogService(ballotLog, elections, signer, clock), tx.readWrite());
    }

    /** A head at the close, and the log checked against the standings before publishing; nothing with the log off. */
    @Bean
    ElectionLogSteps electionLogSteps(@Value("${partvote.log.enabled:true}") boolean enabled, BallotLogPort ballotLog,
                                      StandingsQueryPort standings, TreeHeadSigner signer) {
        return enabled ? new PublicationCheck(ballotLog, standings, signer) : ElectionLogSteps.none();
    }

    @Bean
    LogSequencer logSequencer(SequenceLogUseCase sequence, @Value("${partvote.log.enabled:true}") boolean enabled) {
        return new LogSequencer(sequence, enabled);
    }

    /**
     * Every second (partvote.log.sequence-interval), the elections with recorded changes get them
     * sequenced and a new signed head, each in its own transaction (an instance that finds another
     * one sequencing an election skips it until the next tick); an election closed by the clock
     * gets its closing head.
     */
    static final class LogSequencer {
        private final SequenceLogUseCase sequence;
        private final boolean enabled;

        LogSequencer(SequenceLogUseCase sequence, boolean enabled) {
            this.sequence = sequence;
            this.enabled = enabled;
        }

        @Scheduled(initialDelayString = "${partvote.log.sequence-interval:1s}",
                fixedDelayString = "${partvote.log.sequence-interval:1s}")
        void tick() {
            if (!enabled) {
                return;
            }
            try {
                for (ElectionId election : sequence.due()) {
                    sequence.sequence(election);
                }
            } catch (RuntimeException e) {
                log.warn("sequencing the ballot log failed, will retry: {}", e.getMessage());
            }
        }
    }
}
