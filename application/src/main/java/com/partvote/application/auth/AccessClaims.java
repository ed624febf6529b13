package com.partvote.application.auth;

import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import com.partvote.domain.session.SessionId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** What a verified access token says: who, which session, which token, until when. */
public record AccessClaims(MemberId member, SessionId session, UUID tokenId, Instant issuedAt,
                           Instant expiresAt, String name, Part part) {
    public AccessClaims {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
