package com.partvote.adapters.web.api;

import java.util.List;
import java.util.Map;

/**
 * What the OpenAPI document says about each route, beyond what Spring MVC already knows: its
 * summary, who may call it, the shape of {@code detail} on success, and the stable error codes
 * it answers with, per status. Kept next to the controllers and the exception handler that
 * produce those codes; {@link ApiDocumentation} refuses to describe a route missing here.
 */
final class RouteDocs {

    /** How a route authenticates its caller. */
    enum Auth { NONE, BEARER, REFRESH_COOKIE }

    /** One documented route; the key is "{@code Controller#method}". */
    record Route(String operationId, String tag, String summary, String description, Auth auth,
                 int successStatus, String successEnvelope, Map<Integer, List<String>> errors) {
    }

    static final String ACCOUNTS = "accounts";
    static final String VOTING = "voting";

    private static final List<String> TOKEN_CODES = List.of("TOKEN_MISSING", "TOKEN_INVALID", "TOKEN_EXPIRED",
            "TOKEN_REVOKED");
    private static final List<String> UNAVAILABLE = List.of("DATABASE_UNAVAILABLE");

    static final Map<String, Route> ROUTES = Map.of(
            key(AccountController.class, "signUp"), new Route("signUp", ACCOUNTS, "Sign up",
                    "Registers a member. The email is trimmed and lower-cased; a candidate declared with that "
                            + "email in the candidate file becomes this member (who then cannot vote for it).",
                    Auth.NONE, 201, "MemberEnvelope", Map.of(
                            400, List.of("VALIDATION_FAILED", "EMAIL_TAKEN", "MALFORMED_JSON"),
                            415, List.of("UNSUPPORTED_MEDIA_TYPE"),
                            503, UNAVAILABLE)),
            key(AccountController.class, "logIn"), new Route("logIn", ACCOUNTS, "Log in",
                    "Opens a session: returns a bearer access token in the body and sets the refresh_token "
                            + "cookie. Unknown email and wrong password get the same answer. Repeated failures "
                            + "for one email, or from one client address, are throttled (429 with Retry-After).",
                    Auth.NONE, 200, "SessionEnvelope", Map.of(
                            400, List.of("VALIDATION_FAILED", "INVALID_CREDENTIALS", "MALFORMED_JSON"),
                            415, List.of("UNSUPPORTED_MEDIA_TYPE"),
                            429, List.of("TOO_MANY_ATTEMPTS"),
                            503, UNAVAILABLE)),
            key(AccountController.class, "refresh"), new Route("refresh", ACCOUNTS, "Refresh the session",
                    "Trades the refresh_token cookie for a new access token and a new refresh token "
                            + "(rotation). Presenting an already used refresh token ends its session "
                            + "(REFRESH_REUSED). The request body is ignored.",
                    Auth.REFRESH_COOKIE, 200, "SessionEnvelope", Map.of(
                            401, List.of("REFRESH_MISSING", "REFRESH_INVALID", "REFRESH_EXPIRED", "REFRESH_REVOKED",
                                    "REFRESH_REUSED"),
                            503, UNAVAILABLE)),
            key(AccountController.class, "logOut"), new Route("logOut", ACCOUNTS, "Log out",
                    "Ends the caller's session: its refresh token stops working, the presented access token "
                            + "and every other access token of the session are refused from now on, and the "
                            + "refresh_token cookie is cleared. Other devices stay logged in.",
                    Auth.BEARER, 200, "EmptyEnvelope", Map.of(
                            401, TOKEN_CODES,
                            503, UNAVAILABLE)),
            key(AccountController.class, "me"), new Route("me", ACCOUNTS, "The caller's account",
                    "The member named by the access token.",
                    Auth.BEARER, 200, "MemberEnvelope", Map.of(
                            401, TOKEN_CODES,
                            503, UNAVAILABLE)),
            key(VotingController.class, "candidates"), new Route("candidates", VOTING,
                    "Candidates of a part, with their standings",
                    "Public. Ordered by votes (descending), then name, then id; candidates with equal votes "
                            + "share a rank. No voter identity is ever exposed.",
                    Auth.NONE, 200, "CandidateListEnvelope", Map.of(
                            400, List.of("INVALID_PART"),
                            503, UNAVAILABLE)),
            key(VotingController.class, "results"), new Route("results", VOTING, "Results of both parts",
                    "Public. The standings of each part, the number of ballots and the number of members "
                            + "who voted at least once.",
                    Auth.NONE, 200, "ResultsEnvelope", Map.of(
                            503, UNAVAILABLE)),
            key(VotingController.class, "vote"), new Route("vote", VOTING, "Vote for a candidate",
                    "One ballot per member and candidate; a member may vote for several candidates, never "
                            + "for the candidate who is themselves.",
                    Auth.BEARER, 201, "VoteEnvelope", Map.of(
                            400, List.of("VALIDATION_FAILED", "DUPLICATE_VOTE", "SELF_VOTE", "MALFORMED_JSON"),
                            401, TOKEN_CODES,
                            404, List.of("CANDIDATE_NOT_FOUND"),
                            415, List.of("UNSUPPORTED_MEDIA_TYPE"),
                            503, UNAVAILABLE)));

    private RouteDocs() {
    }

    static String key(Class<?> controller, String method) {
        return controller.getSimpleName() + "#" + method;
    }
}
