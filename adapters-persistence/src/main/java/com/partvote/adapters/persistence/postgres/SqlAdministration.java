package com.partvote.adapters.persistence.postgres;

import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.application.port.out.MemberAccessPort;
import com.partvote.domain.audit.Actor;
import com.partvote.domain.audit.AuditEntry;
import com.partvote.domain.audit.AuditEvent;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.MemberName;
import com.partvote.domain.member.Role;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Members' roles and the audit trail in PostgreSQL. The trail's table refuses UPDATE, DELETE and
 * TRUNCATE by trigger (migration 5), whoever asks; this adapter only inserts and selects.
 */
class SqlAdministration implements MemberAccessPort, AuditTrailPort {

    private static final String ACCESS_COLUMNS = "m.id, m.name, m.email, m.role, m.disabled_at";

    private final JdbcTemplate jdbc;

    SqlAdministration(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<MemberAccess> findAccess(MemberId member) {
        return jdbc.query("SELECT " + ACCESS_COLUMNS + " FROM member m WHERE m.id = ?", (rs, n) -> access(rs),
                member.value()).stream().findFirst();
    }

    @Override
    public List<MemberAccess> allMembers() {
        return jdbc.query("SELECT " + ACCESS_COLUMNS + " FROM member m ORDER BY m.id", (rs, n) -> access(rs));
    }

    private static MemberAccess access(ResultSet rs) throws SQLException {
        Timestamp disabled = rs.getTimestamp("disabled_at");
        return new MemberAccess(new MemberId(rs.getLong("id")), new MemberName(rs.getString("name")),
                new Email(rs.getString("email")), Role.valueOf(rs.getString("role")), false,
                disabled == null ? null : disabled.toInstant());
    }

    @Override
    public boolean grantAdmin(MemberId member) {
        return jdbc.update("UPDATE member SET role = 'ADMIN' WHERE id = ?", member.value()) == 1;
    }

    @Override
    public RoleChange revokeAdmin(MemberId member, Set<Email> configuredAdmins) {
        if (findAccess(member).isEmpty()) {
            return RoleChange.NO_SUCH_MEMBER;
        }
        String[] configured = configuredAdmins.stream().map(Email::value).toArray(String[]::new);
        // the admins' rows, locked in id order: a concurrent revocation waits here and then
        // counts again, so two admins revoking each other cannot both succeed
        List<Long> admins = jdbc.queryForList("""
                SELECT id FROM member WHERE (role = 'ADMIN' OR email = ANY (?)) AND disabled_at IS NULL
                ORDER BY id FOR UPDATE
                """, Long.class, (Object) configured);
        if (admins.stream().noneMatch(id -> id != member.value())) {
            return RoleChange.LAST_ADMIN;
        }
        jdbc.update("UPDATE member SET role = 'MEMBER' WHERE id = ?", member.value());
        return RoleChange.CHANGED;
    }

    @Override
    public boolean setDisabled(MemberId member, Instant at) {
        return jdbc.update("UPDATE member SET disabled_at = ? WHERE id = ?", at == null ? null : Timestamp.from(at),
                member.value()) == 1;
    }

    @Override
    public void append(AuditEvent event) {
        insert(event, "");
    }

    /**
     * The clock asks again every few seconds about every past transition: NOT EXISTS answers the
     * repeats without producing a row, so they take no sequence number (ON CONFLICT alone would
     * burn one each time, leaving gaps in {@code seq} that look like removed entries); ON CONFLICT
     * settles two instances racing on the first write.
     */
    @Override
    public boolean appendOnce(AuditEvent event) {
        return insert(event, "WHERE NOT EXISTS (SELECT 1 FROM audit_entry WHERE election_id = ? AND action = ? AND subject = ?) "
                + "ON CONFLICT (election_id, action, subject) WHERE action IN ('ELECTION_OPENED', 'ELECTION_CLOSED') "
                + "DO NOTHING", event.electionIfAny().map(ElectionId::value).orElse(null), event.action(),
                event.subject()) == 1;
    }

    private int insert(AuditEvent e, String tail, Object... tailArgs) {
        Object[] args = {Timestamp.from(e.at()), e.actor().memberIfAny().map(MemberId::value).orElse(null),
                e.actor().name(), e.action(), e.electionIfAny().map(ElectionId::value).orElse(null), e.subject(),
                pairs(e.before()), pairs(e.after())};
        Object[] all = java.util.Arrays.copyOf(args, args.length + tailArgs.length);
        System.arraycopy(tailArgs, 0, all, args.length, tailArgs.length);
        return jdbc.update("INSERT INTO audit_entry (at, actor_id, actor, action, election_id, subject, before, after) "
                + "SELECT ?, ?, ?, ?, ?, ?, jsonb_object(?::text[]), jsonb_object(?::text[]) " + tail, all);
    }

    private static String[] pairs(Map<String, String> facts) {
        List<String> flat = new ArrayList<>();
        facts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(f -> {
            flat.add(f.getKey());
            flat.add(f.getValue());
        });
        return flat.toArray(String[]::new);
    }

    @Override
    public List<AuditEntry> page(Optional<ElectionId> election, OptionalLong beforeSeq, int limit) {
        return jdbc.query("""
                SELECT seq, at, actor_id, actor, action, election_id, subject,
                       ARRAY(SELECT k || chr(31) || v FROM jsonb_each_text(before) AS b(k, v) ORDER BY k) AS before_facts,
                       ARRAY(SELECT k || chr(31) || v FROM jsonb_each_text(after) AS a(k, v) ORDER BY k) AS after_facts
                FROM audit_entry
                WHERE (?::bigint IS NULL OR election_id = ?) AND (?::bigint IS NULL OR seq < ?)
                ORDER BY seq DESC LIMIT ?
                """, (rs, n) -> entry(rs), election.map(ElectionId::value).orElse(null),
                election.map(ElectionId::value).orElse(null), beforeSeq.isPresent() ? beforeSeq.getAsLong() : null,
                beforeSeq.isPresent() ? beforeSeq.getAsLong() : null, limit);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        long actorId = rs.getLong("actor_id");
        Actor actor = rs.wasNull() ? new Actor(null, rs.getString("actor"))
                : Actor.member(new MemberId(actorId), rs.getString("actor"));
        long electionId = rs.getLong("election_id");
        ElectionId election = rs.wasNull() ? null : new ElectionId(electionId);
        return new AuditEntry(rs.getLong("seq"), new AuditEvent(rs.getTimestamp("at").toInstant(), actor,
                rs.getString("action"), election, rs.getString("subject"), facts(rs.getArray("before_facts")),
                facts(rs.getArray("after_facts"))));
    }

    private static Map<String, String> facts(Array array) throws SQLException {
        Map<String, String> facts = new LinkedHashMap<>();
        for (Object pair : (Object[]) array.getArray()) {
            String[] kv = ((String) pair).split("\u001F", 2);
            facts.put(kv[0], kv[1]);
        }
        return facts;
    }
}
