package com.partvote.application.service;

import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.port.in.AdministrationUseCases.ListMembersUseCase;
import com.partvote.application.port.out.MemberAccessPort;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;
import java.util.List;

/** Every member with the role in effect, for an admin. */
public class ListMembersService implements ListMembersUseCase {

    private final AccessPolicy access;
    private final MemberAccessPort members;

    public ListMembersService(AccessPolicy access, MemberAccessPort members) {
        this.access = access;
        this.members = members;
    }

    @Override
    public List<MemberAccess> members(MemberId actor) {
        access.requireAdmin(actor);
        return members.allMembers().stream().map(access::withConfiguration).toList();
    }
}
