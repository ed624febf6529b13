package com.partvote.application.port.in;

import com.partvote.application.auth.IssuedTokens;

/**
 * Trades a refresh token for a new access token and a new refresh token (rotation). A replayed
 * token is an outcome, not an exception: the use case revoked the session, and that write must
 * commit like any other.
 */
public interface RefreshSessionUseCase {

    /** @throws com.partvote.application.auth.AuthenticationFailedException missing, unknown, expired or revoked */
    Outcome refresh(String refreshToken);

    sealed interface Outcome {
    }

    /** New tokens, in the same session. */
    record Refreshed(IssuedTokens tokens) implements Outcome {
    }

    /** The token was used before, outside the reuse interval: a copy. Its session is now revoked. */
    record ReplayRevoked() implements Outcome {
    }
}
