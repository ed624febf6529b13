package com.partvote.adapters.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code Optional<AccessClaims>} controller parameter on a public route that shows more
 * to a member: empty without an {@code Authorization} header; a header with a bad, expired or
 * revoked token still answers 401, so that a client learns its token no longer works.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface OptionalCaller {
}
