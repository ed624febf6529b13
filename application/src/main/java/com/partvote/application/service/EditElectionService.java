package com.partvote.application.service;

import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ManageElectionUseCases.EditElectionUseCase;
import com.partvote.application.port.in.ManageElectionUseCases.ElectionEdit;
import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.Stage;
import com.partvote.domain.election.VotingWindow;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * An admin edits an election: a DRAFT in every respect; a SCHEDULED or OPEN one only by moving
 * its close later; anything else is ILLEGAL_TRANSITION. Decided on the locked, latest row.
 */
public class EditElectionService implements EditElectionUseCase {

    private final AccessPolicy access;
    private final AdminElections lookup;
    private final SaveElectionPort elections;
    private final LoadMemberPort members;
    private final ClubTeamsPort teams;
    private final ElectionAudit audit;
    private final Clock clock;

    public EditElectionService(AccessPolicy access, AdminElections lookup, SaveElectionPort elections,
                               LoadMemberPort members, ClubTeamsPort teams, AuditTrailPort trail, Clock clock) {
        this.access = access;
        this.lookup = lookup;
        this.elections = elections;
        this.members = members;
        this.teams = teams;
        this.audit = new ElectionAudit(trail);
        this.clock = clock;
    }

    @Override
    public Election edit(MemberId actor, ElectionRef ref, ElectionEdit edit) {
        MemberAccess admin = access.requireAdmin(actor);
        Instant now = clock.instant();
        Election before = lookup.locked(ref);
        Election after;
        if (before.stage() != Stage.DRAFT && edit.onlyCloses()) {
            after = before.extendClose(edit.clearClose() ? null : edit.closesAt().orElse(before.window().closesAt()), now);
        } else {
            before.requireDraft(now, "edit");
            after = edited(before, edit);
            edit.choicesByKey().ifPresent(given -> {
                Map<String, ChoiceProfile> choices = CreateElectionService.choicesFor(before.kind(), given, teams);
                elections.replaceChoices(before.id(), choices, now);
                CandidateLinks.linkDeclared(choices.values(), members, elections);
            });
        }
        Election stored = elections.updateElection(after, now);
        audit.record(now, admin, "ELECTION_EDITED", before, stored);
        return stored;
    }

    private static Election edited(Election e, ElectionEdit edit) {
        VotingWindow window = e.window();
        if (edit.opensAt().isPresent() || edit.closesAt().isPresent() || edit.clearClose()) {
            Instant opens = edit.opensAt().orElse(window == null ? null : window.opensAt());
            Instant closes = edit.clearClose() ? null : edit.closesAt().orElse(window == null ? null : window.closesAt());
            window = opens == null ? null : new VotingWindow(opens, closes);
        }
        return new Election(e.id(), e.slug(), edit.title().orElse(e.title()), e.kind(), e.stage(), window,
                edit.results().orElse(e.results()), edit.rules().orElse(e.rules()), e.part());
    }
}
