package com.partvote.application.service;

import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.port.in.RollExceptions.LineError;
import com.partvote.application.port.in.RollExceptions.RollInvalidException;
import com.partvote.application.port.in.VoterRollUseCases.RollLine;
import com.partvote.application.port.in.VoterRollUseCases.UploadRollUseCase;
import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.VoterRollPort.RollCounts;
import com.partvote.application.port.out.VoterRollPort;
import com.partvote.domain.DomainException;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.audit.AuditEvent;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.MemberName;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.RollEntry;
import com.partvote.domain.member.Team;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An admin uploads the voter roll: every line is checked by the domain's rules (email, name,
 * part, a club team) and against the others (one line per person); one bad line and nothing
 * changes, with every bad line named. Uploading the same file again changes nothing.
 */
public class UploadRollService implements UploadRollUseCase {

    private final AccessPolicy access;
    private final VoterRollPort roll;
    private final ClubTeamsPort teams;
    private final AuditTrailPort trail;
    private final Clock clock;

    public UploadRollService(AccessPolicy access, VoterRollPort roll, ClubTeamsPort teams, AuditTrailPort trail,
                             Clock clock) {
        this.access = access;
        this.roll = roll;
        this.teams = teams;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public RollCounts upload(MemberId actor, List<RollLine> lines) {
        MemberAccess admin = access.requireAdmin(actor);
        Set<Team> clubTeams = Set.copyOf(teams.teams());
        List<LineError> errors = new ArrayList<>();
        List<RollEntry> entries = new ArrayList<>();
        Map<Email, Integer> seen = new HashMap<>();
        for (RollLine line : lines) {
            int before = errors.size();
            Email email = field(errors, line, "email", () -> new Email(line.email()));
            MemberName name = field(errors, line, "name", () -> new MemberName(line.name()));
            Part part = field(errors, line, "part", () -> Part.parse(line.part()));
            Team team = line.team() == null || line.team().isBlank() ? null
                    : field(errors, line, "team", () -> known(Team.orNone(line.team()), clubTeams));
            if (email != null && seen.putIfAbsent(email, line.line()) != null) {
                errors.add(new LineError(line.line(), "email", "duplicate of line " + seen.get(email)));
            }
            if (errors.size() == before) {
                entries.add(new RollEntry(email, name, part, team));
            }
        }
        if (lines.isEmpty()) {
            errors.add(new LineError(1, "file", "no entries"));
        }
        if (!errors.isEmpty()) {
            throw new RollInvalidException(errors);
        }
        Instant now = clock.instant();
        RollCounts counts = roll.upsert(entries, now);
        trail.append(new AuditEvent(now, ElectionAudit.actor(admin), "ROLL_UPLOADED", null, "voter roll", Map.of(),
                Map.of("lines", Integer.toString(lines.size()), "added", Integer.toString(counts.added()),
                        "updated", Integer.toString(counts.updated()), "unchanged", Integer.toString(counts.unchanged()))));
        return counts;
    }

    private static Team known(Team team, Set<Team> clubTeams) {
        if (!clubTeams.contains(team)) {
            throw new InvalidValueException("team", "unknown", "not one of the club's teams");
        }
        return team;
    }

    private static <T> T field(List<LineError> errors, RollLine line, String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            errors.add(new LineError(line.line(), field, e.reason()));
        } catch (DomainException | IllegalArgumentException | NullPointerException e) {
            errors.add(new LineError(line.line(), field, "format"));
        }
        return null;
    }
}
