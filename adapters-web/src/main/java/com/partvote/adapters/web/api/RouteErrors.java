package com.partvote.adapters.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error codes a route answers with, for the OpenAPI document ({@link ApiDocumentation} groups
 * them by their catalog status). Every handler carries one, even empty. List only what the route
 * itself decides; the document adds the codes every route of a kind shares: the token codes for a
 * handler with a {@code @Caller} parameter, UNSUPPORTED_MEDIA_TYPE and MALFORMED_JSON for one
 * with a request body, DATABASE_UNAVAILABLE for all.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RouteErrors {

    ErrorCatalog[] value() default {};
}
