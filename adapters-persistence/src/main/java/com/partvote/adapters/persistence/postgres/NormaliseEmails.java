package com.partvote.adapters.persistence.postgres;

import com.partvote.domain.member.Email;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migration 4: every stored email in the canonical form of {@link Email} (PRECIS local part, IDNA
 * domain), written by the same code that normalises sign-ups and logins, so that an account made
 * from NFD input or with a trailing no-break space can log in as typed.
 *
 * <p>It never merges accounts. When two members' addresses have one canonical form, the member
 * already in that form (else the oldest) takes it; the others keep their stored address, and each
 * is written to {@code member_email_review} with the reason and logged, for an operator to decide.
 * An address that does not survive normalisation at all is left as it is and reported the same way.
 * Candidates' member links are normalised too and re-resolved against the members.
 */
final class NormaliseEmails implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(NormaliseEmails.class);

    /** Why a member's stored address was left as it was. */
    enum Reason { COLLISION, NOT_AN_ADDRESS }

    private record Row(long id, String email) {
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4");
    }

    @Override
    public String getDescription() {
        return "normalise emails";
    }

    @Override
    public Integer getChecksum() {
        return 4_0001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("""
                    CREATE TABLE member_email_review (
                        member_id    bigint       NOT NULL REFERENCES member (id),
                        stored_email varchar(254) NOT NULL,
                        canonical    varchar(254),
                        reason       varchar(20)  NOT NULL,
                        taken_by     bigint       REFERENCES member (id),
                        noted_at     timestamptz  NOT NULL DEFAULT now(),
                        PRIMARY KEY (member_id)
                    )""");
            ddl.execute("COMMENT ON TABLE member_email_review IS "
                    + "'Members whose stored email migration 4 could not make canonical; resolve by hand, then delete the row'");
        }
        List<Row> members = read(db, "SELECT id, email FROM member ORDER BY id");
        Map<String, List<Row>> byCanonical = new LinkedHashMap<>();
        int changed = 0;
        int reported = 0;
        for (Row m : members) {
            Optional<Email> canonical = Email.tryParse(m.email());
            if (canonical.isEmpty()) {
                report(db, m, null, Reason.NOT_AN_ADDRESS, null);
                reported++;
            } else {
                byCanonical.computeIfAbsent(canonical.get().value(), k -> new ArrayList<>()).add(m);
            }
        }
        for (Map.Entry<String, List<Row>> e : byCanonical.entrySet()) {
            String canonical = e.getKey();
            List<Row> holders = e.getValue();
            Row keeper = holders.stream().filter(r -> r.email().equals(canonical)).findFirst().orElse(holders.get(0));
            for (Row other : holders) {
                if (other != keeper) {
                    report(db, other, canonical, Reason.COLLISION, keeper.id());
                    reported++;
                }
            }
            if (!keeper.email().equals(canonical)) {
                update(db, "UPDATE member SET email = ? WHERE id = ?", canonical, keeper.id());
                changed++;
            }
        }
        int links = normaliseCandidateLinks(db);
        log.info("migration 4: {} of {} member emails normalised, {} reported in member_email_review, {} candidate links",
                changed, members.size(), reported, links);
    }

    private static int normaliseCandidateLinks(Connection db) throws SQLException {
        int links = 0;
        for (Row c : read(db, "SELECT id, member_email FROM choice WHERE member_email IS NOT NULL ORDER BY id")) {
            String canonical = Email.tryParse(c.email()).map(Email::value).orElse(c.email());
            if (!canonical.equals(c.email())) {
                update(db, "UPDATE choice SET member_email = ? WHERE id = ?", canonical, c.id());
                links++;
            }
        }
        try (Statement relink = db.createStatement()) {
            relink.executeUpdate("""
                    UPDATE choice c SET member_id = m.id
                    FROM member m WHERE m.email = c.member_email AND c.member_id IS DISTINCT FROM m.id""");
        }
        return links;
    }

    private static void report(Connection db, Row member, String canonical, Reason reason, Long takenBy) throws SQLException {
        log.warn("migration 4: member {} keeps a non-canonical email ({}{}); see member_email_review", member.id(), reason,
                takenBy == null ? "" : ", the canonical form belongs to member " + takenBy);
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO member_email_review (member_id, stored_email, canonical, reason, taken_by) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, member.id());
            insert.setString(2, member.email());
            insert.setString(3, canonical);
            insert.setString(4, reason.name());
            insert.setObject(5, takenBy);
            insert.executeUpdate();
        }
    }

    private static List<Row> read(Connection db, String sql) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement query = db.createStatement(); ResultSet rs = query.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getString(2)));
            }
        }
        return rows;
    }

    private static void update(Connection db, String sql, String value, long id) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(sql)) {
            update.setString(1, value);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }
}
