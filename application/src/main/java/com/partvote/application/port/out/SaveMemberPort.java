package com.partvote.application.port.out;

import com.partvote.domain.member.EmailTakenException;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.NewMember;
import com.partvote.domain.member.PasswordHash;

/**
 * Registers members and changes their passwords. The store, not a prior lookup, guarantees that
 * an email is used once.
 */
public interface SaveMemberPort {

    /**
     * Stores the member and assigns its id.
     *
     * @throws EmailTakenException when a member with the same normalized email exists, even
     *                             one registered by a concurrent call a moment earlier
     */
    Member saveNewMember(NewMember member);

    /**
     * Replaces the member's password hash with {@code replacement}, if it still is {@code expected}
     * (compare and set: of two changes from the same old password, exactly one wins). Returns
     * false, changing nothing, when the member is unknown or its hash is no longer {@code expected}.
     */
    boolean changePasswordHash(MemberId member, PasswordHash expected, PasswordHash replacement);
}
