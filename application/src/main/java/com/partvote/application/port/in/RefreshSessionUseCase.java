package com.partvote.application.port.in;

import com.partvote.application.auth.IssuedTokens;

/** Trades a refresh token for a new access token and a new refresh token (rotation). */
public interface RefreshSessionUseCase {

    IssuedTokens refresh(String refreshToken);
}
