package com.partvote.adapters.web.api;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every error code a client can receive, with its HTTP status; the text for people is the
 * message {@code error.<CODE>} in {@code partvote-messages.properties} (Korean) and
 * {@code partvote-messages_en.properties} (English). The exception handler, the other writers of
 * the envelope, the OpenAPI document and the metrics all read this list.
 *
 * <p>To add a code: one line here, and its message in both bundles ({@code ErrorCatalogTest}
 * fails until both exist, and when a {@code CodedException}, a rule's or an authentication's, carries a
 * code missing here).
 */
public enum ErrorCatalog {

    // rules of the core and failed authentications, by the code of their CodedException
    VALIDATION_FAILED(400),
    INVALID_PART(400),
    EMAIL_TAKEN(400),
    INVALID_CREDENTIALS(400),
    WRONG_CURRENT_PASSWORD(400),
    DUPLICATE_VOTE(400),
    SELF_VOTE(400),
    CANDIDATE_NOT_FOUND(404),
    SESSION_NOT_FOUND(404),
    ELECTION_NOT_FOUND(404),
    ELECTION_NOT_OPEN(409),
    NOT_ELIGIBLE(403),
    OWN_TEAM(403),
    TOO_MANY_CHOICES(400),
    CHOICE_NOT_FOUND(404),
    RESULTS_EMBARGOED(403),
    ILLEGAL_TRANSITION(409),
    SLUG_TAKEN(409),
    ADMIN_REQUIRED(403),
    ACCOUNT_DISABLED(403),
    MEMBER_NOT_FOUND(404),
    LAST_ADMIN(409),
    ADMIN_BY_CONFIGURATION(409),
    MEMBER_IS_ADMIN(409),
    ROLL_INVALID(400),
    NOT_ON_ROLL(403),
    ROLL_ENTRY_NOT_FOUND(404),
    TRACKER_NOT_FOUND(404),
    LOG_ENTRY_PENDING(409),
    LOG_NOT_STARTED(404),
    LOG_MISMATCH(409),
    TOO_MANY_ATTEMPTS(429),
    TOKEN_MISSING(401, Role.FOR_STATUS),
    TOKEN_INVALID(401),
    TOKEN_EXPIRED(401),
    TOKEN_REVOKED(401),
    REFRESH_MISSING(401),
    REFRESH_INVALID(401),
    REFRESH_EXPIRED(401),
    REFRESH_REVOKED(401),
    REFRESH_REUSED(401),

    // the request itself, as the web layer reads it
    MALFORMED_JSON(400),
    BODY_REQUIRED(400),
    CORS_ORIGIN_DENIED(403),
    DATABASE_UNAVAILABLE(503),

    // the answer to a bare status, from Spring MVC, a filter or the servlet container
    BAD_REQUEST(400, Role.FOR_STATUS),
    FORBIDDEN(403, Role.FOR_STATUS),
    NOT_FOUND(404, Role.FOR_STATUS),
    METHOD_NOT_ALLOWED(405, Role.FOR_STATUS),
    NOT_ACCEPTABLE(406, Role.FOR_STATUS),
    PAYLOAD_TOO_LARGE(413, Role.FOR_STATUS),
    URI_TOO_LONG(414, Role.FOR_STATUS),
    UNSUPPORTED_MEDIA_TYPE(415, Role.FOR_STATUS),
    EXPECTATION_FAILED(417, Role.FOR_STATUS),
    TOO_MANY_REQUESTS(429, Role.FOR_STATUS),
    INTERNAL_ERROR(500, Role.FOR_STATUS),
    SERVICE_UNAVAILABLE(503, Role.FOR_STATUS);

    /** Whether a code also answers a bare HTTP status that carries no code of its own. */
    private enum Role { SPECIFIC, FOR_STATUS }

    private static final Map<String, ErrorCatalog> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ErrorCatalog::code, Function.identity()));
    private static final Map<Integer, ErrorCatalog> BY_STATUS = Arrays.stream(values())
            .filter(e -> e.role == Role.FOR_STATUS)
            .collect(Collectors.toUnmodifiableMap(ErrorCatalog::status, Function.identity()));

    private final int status;
    private final Role role;

    ErrorCatalog(int status) {
        this(status, Role.SPECIFIC);
    }

    ErrorCatalog(int status, Role role) {
        this.status = status;
        this.role = role;
    }

    /** The stable machine-readable code, as the envelope carries it. */
    public String code() {
        return name();
    }

    public int status() {
        return status;
    }

    /** The key of the human text in the message bundles. */
    public String messageKey() {
        return "error." + name();
    }

    public static Optional<ErrorCatalog> find(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * The code for a bare status: its own entry, else INTERNAL_ERROR for a 5xx and BAD_REQUEST
     * for any other.
     */
    public static ErrorCatalog forStatus(int status) {
        ErrorCatalog own = BY_STATUS.get(status);
        if (own != null) {
            return own;
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }
}
