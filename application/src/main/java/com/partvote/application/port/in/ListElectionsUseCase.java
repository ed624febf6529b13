package com.partvote.application.port.in;

import com.partvote.domain.member.MemberId;
import java.util.List;
import java.util.Optional;

/** Every election the caller may see (drafts are for their organisers only), by id. */
public interface ListElectionsUseCase {

    List<ElectionView> listElections(Optional<MemberId> viewer);
}
