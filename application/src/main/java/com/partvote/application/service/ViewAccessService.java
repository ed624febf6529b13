package com.partvote.application.service;

import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.port.in.AdministrationUseCases.ViewAccessUseCase;
import com.partvote.domain.member.MemberAccess;
import com.partvote.domain.member.MemberId;

/** The caller's access as {@link AccessPolicy} decides it; no rule of its own. */
public class ViewAccessService implements ViewAccessUseCase {

    private final AccessPolicy access;

    public ViewAccessService(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public MemberAccess access(MemberId member) {
        return access.access(member);
    }
}
