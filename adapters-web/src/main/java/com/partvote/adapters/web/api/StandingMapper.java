package com.partvote.adapters.web.api;

import com.partvote.adapters.web.api.VotingController.CandidateItem;
import com.partvote.domain.tally.Standing;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** Domain standings to the wire shape the old client reads ({@code user_name}, {@code vote_count}...). */
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
}
