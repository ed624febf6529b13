package com.partvote.adapters.web.api;

import com.partvote.adapters.web.api.ElectionController.StandingItem;
import com.partvote.adapters.web.api.ElectionController.StandingsDetail;
import com.partvote.adapters.web.api.VotingController.CandidateItem;
import com.partvote.application.port.in.ViewStandingsUseCase.ElectionStandings;
import com.partvote.domain.tally.Standing;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * Domain standings to their wire shapes: the old client's ({@code user_name}, {@code vote_count}...)
 * and an election's, which the results route and the live stream share.
 */
@Mapper(componentModel = "default", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface StandingMapper {

    @Mapping(target = "id", source = "choice.id.value")
    @Mapping(target = "userName", source = "choice.profile.name")
    @Mapping(target = "part", source = "choice.profile.part")
    @Mapping(target = "team", source = "choice.profile.team")
    @Mapping(target = "age", source = "choice.profile.age")
    @Mapping(target = "voteCount", source = "votes")
    @Mapping(target = "rank", source = "rank")
    @Mapping(target = "createdAt", source = "choice.createdAt")
    @Mapping(target = "updatedAt", source = "choice.updatedAt")
    CandidateItem toItem(Standing standing);

    List<CandidateItem> toItems(List<Standing> standings);

    @Mapping(target = "id", source = "choice.id.value")
    @Mapping(target = "name", source = "choice.profile.name")
    @Mapping(target = "voteCount", source = "votes")
    @Mapping(target = "rank", source = "rank")
    StandingItem toStandingItem(Standing standing);

    List<StandingItem> toStandingItems(List<Standing> standings);

    @Mapping(target = "election", source = "election.id.value")
    @Mapping(target = "state", source = "state")
    @Mapping(target = "standings", source = "standings")
    @Mapping(target = "ballots", source = "ballots")
    @Mapping(target = "voters", source = "voters")
    @Mapping(target = "generatedAt", source = "at")
    StandingsDetail toDetail(ElectionStandings standings);
}
