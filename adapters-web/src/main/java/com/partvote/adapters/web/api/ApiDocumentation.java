package com.partvote.adapters.web.api;

import com.partvote.adapters.web.api.AccountController.LogInRequest;
import com.partvote.adapters.web.api.AccountController.MemberDetail;
import com.partvote.adapters.web.api.AccountController.SessionDetail;
import com.partvote.adapters.web.api.AccountController.SignUpRequest;
import com.partvote.adapters.web.api.RouteDocs.Route;
import com.partvote.adapters.web.api.VotingController.CandidateItem;
import com.partvote.adapters.web.api.VotingController.ResultsDetail;
import com.partvote.adapters.web.api.VotingController.VoteDetail;
import com.partvote.adapters.web.api.VotingController.VoteRequest;
import com.partvote.adapters.web.security.Caller;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberName;
import com.partvote.domain.member.Password;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * The OpenAPI 3 document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}), built
 * from the controllers by springdoc and completed here rather than with annotations on every
 * handler: each route gets its success envelope, its error envelopes with the stable codes of
 * {@link RouteDocs}, and its security scheme (bearer JWT, or the {@code refresh_token} cookie).
 * The {@link Caller} parameter is resolved from the Authorization header, not from the request,
 * so it is left out of the parameters.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    static final String BEARER = "bearerAuth";
    static final String REFRESH_COOKIE = "refreshCookie";
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String ACCEPT_LANGUAGE = "AcceptLanguage";

    static {
        SpringDocUtils.getConfig()
                .addAnnotationsToIgnore(Caller.class)
                .addHiddenRestControllers(EnvelopeErrorController.class);
    }

    /** The fixed part of the document: what the API is, its security schemes and shared schemas. */
    @Bean
    OpenAPI partvoteOpenApi() {
        Components components = new Components()
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT")
                        .description("The access_token from a login or a refresh, sent as "
                                + "'Authorization: Bearer <token>'. HS256; valid for 2 hours by default."))
                .addSecuritySchemes(REFRESH_COOKIE, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE).name(RefreshCookie.NAME)
                        .description("The refresh token, set by login and refresh as an HttpOnly, Secure, "
                                + "SameSite=None cookie with Path=" + RefreshCookie.PATH + "; valid for 14 days "
                                + "by default and rotated on every use."));
        components.addParameters(ACCEPT_LANGUAGE, new Parameter().in("header").name("Accept-Language")
                .description("The language of 'message': English for 'en' (e.g. 'en-US,en;q=0.9'), Korean otherwise.")
                .schema(new StringSchema().example("en")));
        detailSchemas().forEach(components::addSchemas);
        envelopeSchemas().forEach(components::addSchemas);
        return new OpenAPI()
                .info(new Info().title("partvote API").version("1").description("""
                        Part-leader election for the club: members sign up and log in, then vote for \
                        candidates of the FE and BE parts; the standings are public.

                        Every response body, success or error, is the envelope \
                        `{"status", "code", "message", "detail"}`: `status` repeats the HTTP status, \
                        `code` is a stable machine-readable code (errors only), `message` is for people \
                        (Korean by default, English with `Accept-Language: en`) and `detail` is the payload.

                        Every route also answers without its trailing slash. Besides the codes listed per \
                        route, any route may answer 405 `METHOD_NOT_ALLOWED`, 406 `NOT_ACCEPTABLE`, \
                        413 `PAYLOAD_TOO_LARGE` or 500 `INTERNAL_ERROR`; a cross-origin request from an \
                        origin that is not configured gets 403 `CORS_ORIGIN_DENIED`."""))
                .components(components);
    }

    /** Each route's summary, security, success envelope and error codes. */
    @Bean
    OperationCustomizer partvoteOperations(MessageSource messages) {
        return (operation, handler) -> {
            String key = RouteDocs.key(handler.getBeanType(), handler.getMethod().getName());
            Route route = RouteDocs.ROUTES.get(key);
            if (route == null) {
                throw new IllegalStateException("route " + key + " is not documented: add it to RouteDocs");
            }
            describe(operation, route, messages);
            return operation;
        };
    }

    /**
     * Keeps one path per route (the trailing-slash form the old client calls), adds the rules of
     * the request fields, and drops the generic envelope schema that the routes no longer use.
     */
    @Bean
    OpenApiCustomizer partvotePathsAndRequestRules() {
        return openApi -> {
            if (openApi.getPaths() != null) {
                List<String> twins = openApi.getPaths().keySet().stream()
                        .filter(p -> !p.endsWith("/") && openApi.getPaths().containsKey(p + "/")).toList();
                twins.forEach(openApi.getPaths()::remove);
            }
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            schemas.remove(ApiResponse.class.getSimpleName());
            constrainRequests(schemas);
        };
    }

    private static void describe(Operation operation, Route route, MessageSource messages) {
        operation.operationId(route.operationId()).summary(route.summary()).description(route.description())
                .tags(List.of(route.tag()));
        operation.setSecurity(switch (route.auth()) {
            case NONE -> null;
            case BEARER -> List.of(new SecurityRequirement().addList(BEARER));
            case REFRESH_COOKIE -> List.of(new SecurityRequirement().addList(REFRESH_COOKIE));
        });
        if (operation.getParameters() != null) {
            for (Parameter p : operation.getParameters()) {
                if (p.getName().equals("part")) {
                    p.required(true).description("The part: FE or BE (exactly, upper case).")
                            .schema(new StringSchema()._enum(List.of("FE", "BE")));
                }
            }
        }
        operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + ACCEPT_LANGUAGE));
        if (operation.getRequestBody() != null) {
            operation.getRequestBody().required(true);
        }
        ApiResponses responses = new ApiResponses();
        io.swagger.v3.oas.models.responses.ApiResponse success = new io.swagger.v3.oas.models.responses.ApiResponse()
                .description(HttpStatus.valueOf(route.successStatus()).getReasonPhrase())
                .content(new Content().addMediaType(JSON, new MediaType().schema(ref(route.successEnvelope()))));
        switch (route.operationId()) {
            case "logIn", "refresh" -> success.addHeaderObject("Set-Cookie", header(RefreshCookie.NAME
                    + "=<new refresh token>; Max-Age=<seconds>; Path=" + RefreshCookie.PATH
                    + "; Secure; HttpOnly; SameSite=None"));
            case "logOut" -> success.addHeaderObject("Set-Cookie", header(RefreshCookie.NAME
                    + "=; Max-Age=0; Path=" + RefreshCookie.PATH + "; Secure; HttpOnly; SameSite=None (clears it)"));
            default -> { }
        }
        responses.addApiResponse(Integer.toString(route.successStatus()), success);
        new TreeMap<>(route.errors()).forEach((status, codes) ->
                responses.addApiResponse(Integer.toString(status), failure(status, codes, route, messages)));
        operation.setResponses(responses);
    }

    private static io.swagger.v3.oas.models.responses.ApiResponse failure(int status, List<String> codes, Route route,
                                                                          MessageSource messages) {
        StringBuilder text = new StringBuilder();
        Map<String, Example> examples = new LinkedHashMap<>();
        for (String code : codes) {
            String message = messages.getMessage("error." + code, null, code, Locale.ENGLISH);
            text.append(text.isEmpty() ? "" : "\n").append("- `").append(code).append("`: ").append(message);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("code", code);
            body.put("message", message);
            body.put("detail", exampleDetail(code, route, messages));
            examples.put(code, new Example().summary(code).value(body));
        }
        Schema<?> codeSchema = new StringSchema()._enum(codes);
        Schema<?> narrowed = new ObjectSchema()
                .addProperty("status", new IntegerSchema()._enum(List.<Number>of(status)))
                .addProperty("code", codeSchema);
        MediaType media = new MediaType().schema(new Schema<>().allOf(List.of(ref("ErrorEnvelope"), narrowed)));
        media.setExamples(examples);
        io.swagger.v3.oas.models.responses.ApiResponse response = new io.swagger.v3.oas.models.responses.ApiResponse()
                .description(text.toString()).content(new Content().addMediaType(JSON, media));
        switch (status) {
            case 401 -> response.addHeaderObject("WWW-Authenticate",
                    header("Bearer realm=\"partvote\" (with error=\"invalid_token\" unless the token is missing)"));
            case 429, 503 -> response.addHeaderObject("Retry-After", header("Seconds to wait before retrying."));
            default -> { }
        }
        return response;
    }

    /** What {@code detail} holds for this code, with a field error typical of the route. */
    private static Object exampleDetail(String code, Route route, MessageSource messages) {
        return switch (code) {
            case "VALIDATION_FAILED" -> switch (route.operationId()) {
                case "signUp" -> List.of(fieldError("password", "size", messages));
                case "vote" -> List.of(fieldError("candidate", "format", messages));
                default -> List.of(fieldError("email", "required", messages));
            };
            case "INVALID_PART" -> List.of(fieldError("part", "format", messages));
            case "TOO_MANY_ATTEMPTS" -> Map.of("retry_after", 240);
            default -> Map.of();
        };
    }

    /** As {@link ApiExceptionHandler} words it: the field's own message, else the generic one. */
    private static Map<String, String> fieldError(String field, String reason, MessageSource messages) {
        String specific = messages.getMessage("field." + field + "." + reason, null, null, Locale.ENGLISH);
        String text = specific != null ? specific
                : messages.getMessage("field." + reason, new Object[] {field}, reason, Locale.ENGLISH);
        return Map.of("field", field, "reason", reason, "message", text);
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }

    /** The payload types, as the controllers return them. */
    private static Map<String, Schema> detailSchemas() {
        Map<String, Schema> schemas = new TreeMap<>();
        for (Type type : List.<Type>of(MemberDetail.class, SessionDetail.class, CandidateItem.class,
                ResultsDetail.class, VoteDetail.class, FieldError.class)) {
            schemas.putAll(ModelConverters.getInstance(false).readAll(type));
        }
        // every property is always present (the envelope writes nulls); only these may be null
        schemas.values().forEach(s -> s.setRequired(new ArrayList<>(new TreeSet<>(s.getProperties().keySet()))));
        property(schemas.get("CandidateItem"), "team").nullable(true);
        property(schemas.get("CandidateItem"), "age").nullable(true);
        for (String owner : List.of("MemberDetail", "CandidateItem")) {
            property(schemas.get(owner), "part")._enum(new ArrayList<>(List.of("FE", "BE")));
        }
        property(schemas.get("TokenDetail"), "token_type")._enum(new ArrayList<>(List.of("Bearer")));
        property(schemas.get("TokenDetail"), "expires_in").description("Seconds until the access token expires.");
        property(schemas.get("CandidateItem"), "rank")
                .description("Competition rank in the part: equal votes share a rank (1, 1, 3...).");
        property(schemas.get("VoteDetail"), "user").description("The voter's member id.");
        property(schemas.get("FieldError"), "reason")
                .description("Why, as a stable key: required, size, format or range.");
        return schemas;
    }

    private static Map<String, Schema> envelopeSchemas() {
        Map<String, Schema> schemas = new TreeMap<>();
        schemas.put("MemberEnvelope", envelope(ref("MemberDetail")));
        schemas.put("SessionEnvelope", envelope(ref("SessionDetail")));
        schemas.put("EmptyEnvelope", envelope(new ObjectSchema().description("Always {}.")));
        schemas.put("CandidateListEnvelope", envelope(new ArraySchema().items(ref("CandidateItem"))));
        schemas.put("ResultsEnvelope", envelope(ref("ResultsDetail")));
        schemas.put("VoteEnvelope", envelope(ref("VoteDetail")));
        schemas.put("RetryAfter", new ObjectSchema().addProperty("retry_after",
                new IntegerSchema().format("int64").description("Seconds until the next attempt may succeed."))
                .required(List.of("retry_after")));
        schemas.put("ErrorEnvelope", new ObjectSchema()
                .description("Every error. 'detail' lists the rejected fields for VALIDATION_FAILED and "
                        + "INVALID_PART, is {retry_after} for TOO_MANY_ATTEMPTS, and {} otherwise.")
                .addProperty("status", new IntegerSchema().description("The HTTP status, repeated."))
                .addProperty("code", new StringSchema().description("Stable machine-readable code."))
                .addProperty("message", new StringSchema().description("For people, in the request's language."))
                .addProperty("detail", new Schema<>().oneOf(List.of(
                        new ArraySchema().items(ref("FieldError")),
                        ref("RetryAfter"),
                        new ObjectSchema().maxProperties(0))))
                .required(List.of("status", "code", "message", "detail")));
        return schemas;
    }

    private static Schema<?> envelope(Schema<?> detail) {
        return new ObjectSchema()
                .addProperty("status", new IntegerSchema().description("The HTTP status, repeated."))
                .addProperty("message", new StringSchema().description("For people, in the request's language."))
                .addProperty("detail", detail)
                .required(List.of("status", "message", "detail"));
    }

    /** The rules of the request fields (the domain enforces them; these tell a client in advance). */
    private static void constrainRequests(Map<String, Schema> schemas) {
        Schema<?> signUp = schemas.get(SignUpRequest.class.getSimpleName());
        if (signUp != null) {
            signUp.required(List.of("name", "email", "password", "part"));
            property(signUp, "name").minLength(1).maxLength(MemberName.MAX_LENGTH)
                    .description("1 to " + MemberName.MAX_LENGTH + " characters (code points).");
            property(signUp, "email").maxLength(Email.MAX_LENGTH).format("email")
                    .description("Unique; stored trimmed and lower-cased.");
            property(signUp, "password").minLength(Password.MIN_LENGTH).maxLength(Password.MAX_LENGTH)
                    .format("password")
                    .description(Password.MIN_LENGTH + " to " + Password.MAX_LENGTH + " characters (code points).");
            property(signUp, "part")._enum(new ArrayList<>(List.of("FE", "BE")));
        }
        Schema<?> logIn = schemas.get(LogInRequest.class.getSimpleName());
        if (logIn != null) {
            logIn.required(List.of("email", "password"));
            property(logIn, "password").format("password");
        }
        Schema<?> vote = schemas.get(VoteRequest.class.getSimpleName());
        if (vote != null) {
            vote.required(List.of("candidate"));
            property(vote, "candidate").minimum(BigDecimal.ONE).description("The candidate's id.");
        }
    }

    @SuppressWarnings("unchecked")
    private static Schema<Object> property(Schema<?> schema, String name) {
        return (Schema<Object>) schema.getProperties().get(name);
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref(SCHEMAS + name);
    }
}
