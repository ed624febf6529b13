package com.partvote.application.service;

import com.partvote.application.port.in.ElectionView;
import com.partvote.application.port.in.ListElectionsUseCase;
import com.partvote.application.port.out.LoadBallotSheetPort;
import com.partvote.application.port.out.LoadChoicePort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionId;
import com.partvote.domain.election.rule.Rejection;
import com.partvote.domain.election.rule.Voter;
import com.partvote.domain.member.MemberId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every election the caller may see, with the member's eligibility and sheet when one asks: an
 * organiser (an admin) sees the drafts too, as {@link ElectionLookup} lets them see each one.
 */
public class ListElectionsService implements ListElectionsUseCase {

    private final LoadElectionPort elections;
    private final ElectionViews views;

    public ListElectionsService(LoadElectionPort elections, ElectionViews views) {
        this.elections = elections;
        this.views = views;
    }

    @Override
    public List<ElectionView> listElections(Optional<MemberId> viewer) {
        Optional<Voter> voter = viewer.map(views::voter);
        Map<ElectionId, BallotSheet> sheets = viewer.map(views::sheetsOf).orElse(Map.of());
        boolean organiser = views.isOrganiser(viewer);
        return elections.allElections().stream().filter(e -> organiser || ElectionLookup.isVisible(e))
                .map(e -> views.view(e, voter, Optional.ofNullable(sheets.get(e.id())))).toList();
    }

    /** Builds views; shared by the list and the single election. */
    public static final class ElectionViews {

        private final ElectionLookup lookup;
        private final LoadChoicePort choices;
        private final LoadBallotSheetPort sheets;
        private final Clock clock;

        public ElectionViews(ElectionLookup lookup, LoadChoicePort choices, LoadBallotSheetPort sheets, Clock clock) {
            this.lookup = lookup;
            this.choices = choices;
            this.sheets = sheets;
            this.clock = clock;
        }

        boolean isOrganiser(Optional<MemberId> viewer) {
            return lookup.isOrganiser(viewer);
        }

        Voter voter(MemberId member) {
            return lookup.voter(member);
        }

        Map<ElectionId, BallotSheet> sheetsOf(MemberId member) {
            return sheets.sheetsOf(member);
        }

        ElectionView view(Election election, Optional<Voter> voter,
                          Optional<BallotSheet> sheet) {
            List<Choice> all = choices.choicesOf(election.id());
            Optional<Map<ChoiceId, Rejection>> refusals = voter.map(v -> election.refusals(v, all));
            return new ElectionView(election, election.state(clock.instant()), all,
                    refusals.map(r -> Election.eligible(all, r)),
                    voter.map(v -> sheet.map(BallotSheet::choices).orElse(Set.of())),
                    refusals);
        }
    }
}
