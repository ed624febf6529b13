package com.partvote.application.auth;

/**
 * Marks an exception whose use case wrote something on purpose before failing (revoking a
 * session whose refresh token was replayed, say). The transaction around the use case commits
 * that work and then lets the exception through, instead of rolling it back.
 */
public interface CommitsOnFailure {
}
