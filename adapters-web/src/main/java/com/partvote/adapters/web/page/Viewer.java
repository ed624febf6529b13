package com.partvote.adapters.web.page;

import com.partvote.application.auth.AccessClaims;
import com.partvote.domain.member.MemberId;

/**
 * Who is looking at a page: a member with a live page session, and whether they run elections.
 * Templates read it as {@code viewer} (absent for a visitor).
 */
public record Viewer(AccessClaims claims, String name, boolean admin) {

    public MemberId id() {
        return claims.member();
    }

    public long memberId() {
        return claims.member().value();
    }
}
