package com.partvote.application.port.out;

import com.partvote.domain.member.EmailTakenException;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.NewMember;

/** Registers members. The store, not a prior lookup, guarantees that an email is used once. */
public interface SaveMemberPort {

    /**
     * Stores the member and assigns its id.
     *
     * @throws EmailTakenException when a member with the same normalized email exists, even
     *                             one registered by a concurrent call a moment earlier
     */
    Member saveNewMember(NewMember member);
}
