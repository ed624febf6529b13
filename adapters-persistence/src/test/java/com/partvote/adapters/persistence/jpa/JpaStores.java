package com.partvote.adapters.persistence.jpa;

import com.partvote.application.port.out.LoadCandidatePort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.application.port.out.ResultsQueryPort;
import com.partvote.application.port.out.SaveCandidatesPort;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.application.port.out.contract.PersistencePorts;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contract suite's factory for the PostgreSQL adapter. A fresh store is the test database
 * with every table emptied (identities keep counting, so ids do not start at 1) and a new
 * deny-list mirror; every port call runs in its own transaction.
 */
class JpaStores {

    private static final String EVERY_TABLE = "ballot, candidate_tally, voter_turnout, turnout_tally, "
            + "refresh_token, auth_session, denied_token, candidate, member";

    private final JpaMemberAdapter members;
    private final SqlCandidateAdapter candidates;
    private final SqlSessionAdapter sessions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    JpaStores(JpaMemberAdapter members, SqlCandidateAdapter candidates, SqlSessionAdapter sessions,
              JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.members = members;
        this.candidates = candidates;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    PersistencePorts fresh() {
        jdbc.execute("TRUNCATE TABLE " + EVERY_TABLE);
        return new PersistencePorts(
                tx(LoadMemberPort.class, members),
                tx(SaveMemberPort.class, members),
                tx(SessionPort.class, sessions),
                tx(TokenDenyListPort.class, new SqlTokenDenyList(jdbc)),
                // no snapshot age: the contract checks what the SQL returns at each moment
                tx(LoadCandidatePort.class, new CandidateCache(candidates, Duration.ZERO)),
                tx(SaveCandidatesPort.class, candidates),
                tx(RecordBallotPort.class, candidates),
                tx(ResultsQueryPort.class, candidates));
    }

    private <T> T tx(Class<T> port, T target) {
        return TransactionPerCall.wrap(port, target, transactions);
    }
}
