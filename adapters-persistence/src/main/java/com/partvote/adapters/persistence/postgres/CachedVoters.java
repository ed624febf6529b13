package com.partvote.adapters.persistence.postgres;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.partvote.application.port.out.LoadVoterPort;
import com.partvote.domain.election.rule.Voter;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Team;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Voters (part, team) read with one autocommit statement and kept at most {@code maxAge}, so that a
 * member casting several votes costs the database one lookup, not one per vote. Only members
 * are kept (an id that names nobody is asked again), at most {@value #MAX_ENTRIES} of them. The
 * staleness is harmless by construction: part and team are fixed at sign-up.
 */
class CachedVoters implements LoadVoterPort {

    static final int MAX_ENTRIES = 100_000;

    private final JdbcTemplate jdbc;
    private final Cache<MemberId, Voter> cache;

    CachedVoters(JdbcTemplate jdbc, Duration maxAge) {
        this.jdbc = jdbc;
        this.cache = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(maxAge).build();
    }

    @Override
    public List<Voter> allVoters() {
        return jdbc.query("SELECT id, part, team FROM member ORDER BY id", (rs, i) -> new Voter(new MemberId(rs.getLong("id")),
                Part.valueOf(rs.getString("part")), Team.orNone(rs.getString("team"))));
    }

    @Override
    public Optional<Voter> findVoter(MemberId member) {
        Voter cached = cache.getIfPresent(member);
        if (cached != null) {
            return Optional.of(cached);
        }
        List<Voter> found = jdbc.query("SELECT part, team FROM member WHERE id = ?",
                (rs, i) -> new Voter(member, Part.valueOf(rs.getString("part")), Team.orNone(rs.getString("team"))),
                member.value());
        found.forEach(v -> cache.put(member, v));
        return found.stream().findFirst();
    }
}
