package com.partvote.adapters.persistence.postgres;

import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.application.port.out.BallotLogPort;
import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.LoadBallotSheetPort;
import com.partvote.application.port.out.LoadChoicePort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.LoadVoterPort;
import com.partvote.application.port.out.MemberAccessPort;
import com.partvote.application.port.out.RecordBallotPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.application.port.out.SaveMemberPort;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.application.port.out.VoterRollPort;
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
class PostgresStores {

    private static final String EVERY_TABLE = "ballot_log, ballot_log_head, ballot_tracker, ballot, ballot_sheet, choice_tally, election_turnout, "
            + "refresh_token, auth_session, denied_token, choice, election, member_email_review, member, voter_roll, team";

    private final PostgresMemberAdapter members;
    private final SqlElectionAdapter elections;
    private final SqlBallotAdapter ballots;
    private final SqlBallotLog log;
    private final SqlSessionAdapter sessions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    PostgresStores(PostgresMemberAdapter members, SqlElectionAdapter elections, SqlBallotAdapter ballots, SqlBallotLog log,
              SqlSessionAdapter sessions, JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.members = members;
        this.elections = elections;
        this.ballots = ballots;
        this.log = log;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    PersistencePorts fresh() {
        jdbc.execute("TRUNCATE TABLE " + EVERY_TABLE);
        ElectionSnapshot snapshot = new ElectionSnapshot(elections, Duration.ZERO);
        return new PersistencePorts(
                tx(LoadMemberPort.class, members),
                // no copy kept: the contract checks what the SQL returns at each moment
                tx(LoadVoterPort.class, new CachedVoters(jdbc, Duration.ZERO)),
                tx(SaveMemberPort.class, members),
                tx(SessionPort.class, sessions),
                tx(TokenDenyListPort.class, new SqlTokenDenyList(jdbc)),
                tx(ClubTeamsPort.class, elections),
                // no snapshot age: the contract checks what the SQL returns at each moment
                tx(LoadElectionPort.class, snapshot),
                tx(SaveElectionPort.class, elections),
                tx(LoadChoicePort.class, snapshot),
                tx(RecordBallotPort.class, ballots),
                tx(LoadBallotSheetPort.class, ballots),
                tx(StandingsQueryPort.class, ballots),
                tx(MemberAccessPort.class, new SqlAdministration(jdbc)),
                tx(AuditTrailPort.class, new SqlAdministration(jdbc)),
                tx(VoterRollPort.class, new SqlVoterRoll(jdbc)),
                tx(BallotLogPort.class, log));
    }

    private <T> T tx(Class<T> port, T target) {
        return TransactionPerCall.wrap(port, target, transactions);
    }
}
