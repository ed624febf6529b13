package com.partvote.adapters.web.api;

import static com.partvote.adapters.web.api.ErrorCatalog.DATABASE_UNAVAILABLE;
import static com.partvote.adapters.web.api.ErrorCatalog.MALFORMED_JSON;
import static com.partvote.adapters.web.api.ErrorCatalog.TOKEN_EXPIRED;
import static com.partvote.adapters.web.api.ErrorCatalog.TOKEN_INVALID;
import static com.partvote.adapters.web.api.ErrorCatalog.TOKEN_MISSING;
import static com.partvote.adapters.web.api.ErrorCatalog.TOKEN_REVOKED;
import static com.partvote.adapters.web.api.ErrorCatalog.UNSUPPORTED_MEDIA_TYPE;

import com.partvote.adapters.web.security.Caller;
import com.partvote.adapters.web.security.OptionalCaller;
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
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI 3 document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}). springdoc
 * infers the routes and the success envelopes from the controllers and their annotations; this
 * adds what it cannot know: the security schemes, each route's error envelopes (from its
 * {@link RouteErrors} and the {@link ErrorCatalog}), and one path per route.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    static final String BEARER = "bearerAuth";
    static final String REFRESH_COOKIE = "refreshCookie";
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final String ACCEPT_LANGUAGE = "AcceptLanguage";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final List<ErrorCatalog> TOKEN_CODES = List.of(TOKEN_MISSING, TOKEN_INVALID, TOKEN_EXPIRED,
            TOKEN_REVOKED);

    static {
        SpringDocUtils.getConfig()
                .addAnnotationsToIgnore(Caller.class, OptionalCaller.class)
                .addHiddenRestControllers(EnvelopeErrorController.class);
    }

    /** The fixed part of the document: what the API is, its security schemes and the error envelope. */
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
                                + "by default and rotated on every use."))
                .addParameters(ACCEPT_LANGUAGE, new Parameter().in("header").name("Accept-Language")
                        .description("The language of 'message': English for 'en' (e.g. 'en-US,en;q=0.9'), Korean otherwise.")
                        .schema(new StringSchema().example("en")));
        ModelConverters.getInstance(false).readAll(FieldError.class).forEach(components::addSchemas);
        components.addSchemas("RetryAfter", new ObjectSchema().addProperty("retry_after",
                        new IntegerSchema().format("int64").description("Seconds until the next attempt may succeed.")));
        components.addSchemas("ErrorEnvelope", new ObjectSchema()
                .description("Every error. 'detail' lists the rejected fields for VALIDATION_FAILED and "
                        + "INVALID_PART, is {retry_after} for TOO_MANY_ATTEMPTS, and {} otherwise.")
                .addProperty("status", new IntegerSchema().description("The HTTP status, repeated."))
                .addProperty("code", new StringSchema().description("Stable machine-readable code."))
                .addProperty("message", new StringSchema().description("For people, in the request's language."))
                .addProperty("detail", new Schema<>().oneOf(List.of(new ArraySchema().items(ref("FieldError")),
                        ref("RetryAfter"), new ObjectSchema().maxProperties(0)))));
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

    /** Each route's security and error envelopes, and the shared Accept-Language header. */
    @Bean
    OperationCustomizer partvoteOperations(MessageSource messages) {
        return (operation, handler) -> {
            RouteErrors declared = handler.getMethodAnnotation(RouteErrors.class);
            if (declared == null) {
                throw new IllegalStateException(handler.getShortLogMessage() + " declares no @RouteErrors");
            }
            Set<ErrorCatalog> codes = new LinkedHashSet<>(Arrays.asList(declared.value()));
            if (hasParameter(handler, Caller.class)) {
                operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
                codes.addAll(TOKEN_CODES);
            } else if (hasParameter(handler, OptionalCaller.class)) {
                // public, and a token (if sent) must be valid: either no security or the bearer
                operation.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BEARER)));
                TOKEN_CODES.stream().filter(code -> code != TOKEN_MISSING).forEach(codes::add);
            }
            Class<?> body = requestBody(handler);
            if (body != null) {
                operation.getRequestBody().required(true);
                codes.addAll(List.of(MALFORMED_JSON, UNSUPPORTED_MEDIA_TYPE));
            }
            codes.add(DATABASE_UNAVAILABLE);
            operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + ACCEPT_LANGUAGE));
            Map<Integer, List<ErrorCatalog>> byStatus = new TreeMap<>();
            codes.forEach(c -> byStatus.computeIfAbsent(c.status(), s -> new ArrayList<>()).add(c));
            byStatus.forEach((status, group) -> operation.getResponses()
                    .addApiResponse(Integer.toString(status), failure(status, group, body, messages)));
            return operation;
        };
    }

    /**
     * Keeps one path per route (the trailing-slash form the old client calls), and marks every
     * property of the response payloads required: the envelope writes nulls too.
     */
    @Bean
    OpenApiCustomizer partvotePathsAndPayloads() {
        return openApi -> {
            List<String> twins = openApi.getPaths().keySet().stream()
                    .filter(p -> !p.endsWith("/") && openApi.getPaths().containsKey(p + "/")).toList();
            twins.forEach(openApi.getPaths()::remove);
            Set<String> requests = new TreeSet<>();
            openApi.getPaths().values().forEach(path -> path.readOperations().stream()
                    .filter(o -> o.getRequestBody() != null && o.getRequestBody().getContent().get(JSON) != null)
                    .map(o -> o.getRequestBody().getContent().get(JSON).getSchema().get$ref())
                    .filter(java.util.Objects::nonNull)
                    .forEach(requests::add)); // (a CSV body, the roll's, has no JSON schema)
            openApi.getComponents().getSchemas().forEach((name, schema) -> {
                if (!name.startsWith(Envelope.class.getSimpleName()) && schema.getProperties() != null
                        && !requests.contains(SCHEMAS + name)) {
                    schema.setRequired(new ArrayList<>(new TreeSet<>(schema.getProperties().keySet())));
                }
            });
        };
    }

    private static ApiResponse failure(int status, List<ErrorCatalog> codes, Class<?> body, MessageSource messages) {
        StringBuilder text = new StringBuilder();
        Map<String, Example> examples = new LinkedHashMap<>();
        for (ErrorCatalog code : codes) {
            String message = messages.getMessage(code.messageKey(), null, Locale.ENGLISH);
            text.append(text.isEmpty() ? "" : "\n").append("- `").append(code.code()).append("`: ").append(message);
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("status", status);
            example.put("code", code.code());
            example.put("message", message);
            example.put("detail", exampleDetail(code, body, messages));
            examples.put(code.code(), new Example().summary(code.code()).value(example));
        }
        Schema<?> narrowed = new ObjectSchema()
                .addProperty("status", new IntegerSchema()._enum(List.<Number>of(status)))
                .addProperty("code", new StringSchema()._enum(codes.stream().map(ErrorCatalog::code).toList()));
        MediaType media = new MediaType().schema(new Schema<>().allOf(List.of(ref("ErrorEnvelope"), narrowed)));
        media.setExamples(examples);
        ApiResponse response = new ApiResponse().description(text.toString()).content(new Content().addMediaType(JSON, media));
        switch (status) {
            case 401 -> response.addHeaderObject("WWW-Authenticate",
                    header("Bearer realm=\"partvote\" (with error=\"invalid_token\" unless the token is missing)"));
            case 429, 503 -> response.addHeaderObject("Retry-After", header("Seconds to wait before retrying."));
            default -> { }
        }
        return response;
    }

    /** What {@code detail} holds for this code: for a validation failure, the first field of the body missing. */
    private static Object exampleDetail(ErrorCatalog code, Class<?> body, MessageSource messages) {
        return switch (code) {
            case VALIDATION_FAILED -> body == null || body.getRecordComponents() == null ? List.of()
                    : List.of(fieldError(body.getRecordComponents()[0], messages));
            case INVALID_PART -> List.of(Map.of("field", "part", "reason", "format",
                    "message", messages.getMessage("field.part.format", null, Locale.ENGLISH)));
            case TOO_MANY_ATTEMPTS -> Map.of("retry_after", 240);
            default -> Map.of();
        };
    }

    private static Map<String, String> fieldError(RecordComponent field, MessageSource messages) {
        String name = field.getName();
        return Map.of("field", name, "reason", "required",
                "message", messages.getMessage("field.required", new Object[] {name}, Locale.ENGLISH));
    }

    private static boolean hasParameter(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> type) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(type));
    }

    private static Class<?> requestBody(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).filter(p -> p.hasParameterAnnotation(RequestBody.class))
                .map(MethodParameter::getParameterType).findFirst().orElse(null);
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref(SCHEMAS + name);
    }
}
