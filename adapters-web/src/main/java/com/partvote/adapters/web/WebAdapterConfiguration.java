package com.partvote.adapters.web;

import com.partvote.adapters.web.api.AccountController;
import com.partvote.adapters.web.api.AccountSecurityController;
import com.partvote.adapters.web.api.AdminController;
import com.partvote.adapters.web.api.ApiDocumentation;
import com.partvote.adapters.web.api.ApiExceptionHandler;
import com.partvote.adapters.web.api.BallotLogController;
import com.partvote.adapters.web.api.BodyLimitFilter;
import com.partvote.adapters.web.api.ElectionController;
import com.partvote.adapters.web.api.ElectionReportController;
import com.partvote.adapters.web.api.EnvelopeCorsProcessor;
import com.partvote.adapters.web.api.EnvelopeErrorController;
import com.partvote.adapters.web.api.EnvelopeErrorReportValve;
import com.partvote.adapters.web.api.ErrorEnvelopes;
import com.partvote.adapters.web.api.LiveResultsController;
import com.partvote.adapters.web.api.Messages;
import com.partvote.adapters.web.api.QueryStringFilter;
import com.partvote.adapters.web.api.RollController;
import com.partvote.adapters.web.api.SecurityHeadersFilter;
import com.partvote.adapters.web.api.SseFrames;
import com.partvote.adapters.web.api.StandingMapper;
import com.partvote.adapters.web.api.VotingController;
import com.partvote.adapters.web.api.WellFormedJsonAdvice;
import com.partvote.adapters.web.api.WildcardContentTypeFilter;
import com.partvote.adapters.web.page.AccountPages;
import com.partvote.adapters.web.page.AdminPages;
import com.partvote.adapters.web.page.AuthPages;
import com.partvote.adapters.web.page.ControlRoomPages;
import com.partvote.adapters.web.page.ElectionFormPages;
import com.partvote.adapters.web.page.ElectionPages;
import com.partvote.adapters.web.page.MemberPages;
import com.partvote.adapters.web.page.NoStore;
import com.partvote.adapters.web.page.PageErrors;
import com.partvote.adapters.web.page.PageLocaleResolver;
import com.partvote.adapters.web.page.PageModel;
import com.partvote.adapters.web.page.PageSession;
import com.partvote.adapters.web.page.RollPages;
import com.partvote.adapters.web.page.SameOriginGuard;
import com.partvote.adapters.web.security.CallerArgumentResolver;
import com.partvote.adapters.web.security.SessionGate;
import com.partvote.application.port.in.AdministrationUseCases.ViewAccessUseCase;
import com.partvote.application.port.in.AuthenticateUseCase;
import com.partvote.application.port.in.RefreshSessionUseCase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.mapstruct.factory.Mappers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST adapter: controllers, the error envelope, bearer authentication, the message bundle
 * (Korean by default, English on {@code Accept-Language: en}), strict JSON reading, CORS, the
 * OpenAPI document, and the guards that give every malformed request an enveloped 4xx: a
 * request-body limit ({@code partvote.web.max-request-body}, 16 KiB: {@link BodyLimitFilter}),
 * undecodable query strings ({@link QueryStringFilter}), wildcard content types
 * ({@link WildcardContentTypeFilter}), Tomcat's own protocol errors and refused CORS requests.
 */
@Configuration(proxyBeanMethods = false)
@Import({AccountController.class, AccountSecurityController.class, VotingController.class, ElectionController.class,
        BallotLogController.class, AdminController.class, ElectionReportController.class, RollController.class,
        LiveResultsController.class, ApiExceptionHandler.class, EnvelopeErrorController.class, ApiDocumentation.class,
        WellFormedJsonAdvice.class, AuthPages.class, ElectionPages.class, AccountPages.class, AdminPages.class,
        ElectionFormPages.class, ControlRoomPages.class, MemberPages.class, RollPages.class, PageModel.class,
        PageErrors.class})
public class WebAdapterConfiguration implements WebMvcConfigurer {

    /** The web app's pages: every path that is not the API, Swagger or a static file. */
    static final List<String> PAGES = List.of("/", "/login", "/signup", "/logout", "/elections", "/elections/**",
            "/account", "/account/**", "/admin", "/admin/**");

    private final AuthenticateUseCase authenticate;
    private final RefreshSessionUseCase refresh;
    private final ViewAccessUseCase viewAccess;
    private final Clock clock;
    private final List<String> allowedOrigins;
    private final SessionGate sessionGate;

    public WebAdapterConfiguration(@Lazy AuthenticateUseCase authenticate, @Lazy RefreshSessionUseCase refresh,
                                   @Lazy ViewAccessUseCase viewAccess, Clock clock,
                                   @Value("${partvote.cors.allowed-origins:http://localhost:3000,http://localhost:5173}")
                                   List<String> allowedOrigins,
                                   @Value("${partvote.auth.logout-drain-timeout:3s}") Duration logoutDrainTimeout) {
        this.authenticate = authenticate;
        this.refresh = refresh;
        this.viewAccess = viewAccess;
        this.clock = clock;
        this.allowedOrigins = allowedOrigins;
        this.sessionGate = new SessionGate(logoutDrainTimeout);
    }

    /** The one gate the caller resolver, the interceptor and the logout route share. */
    @Bean
    SessionGate sessionGate() {
        return sessionGate;
    }

    @Bean
    static MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("partvote-messages", "partvote-pages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.KOREAN);
        return source;
    }

    @Bean
    Messages messages(MessageSource messageSource) {
        return new Messages(messageSource);
    }

    @Bean
    ErrorEnvelopes errorEnvelopes(Messages messages, JsonMapper json) {
        return new ErrorEnvelopes(messages, json);
    }

    /** Accept-Language (Korean or English, Korean by default), unless a page's switch chose one. */
    @Bean
    LocaleResolver localeResolver() {
        return new PageLocaleResolver();
    }

    @Bean
    StandingMapper standingMapper() {
        return Mappers.getMapper(StandingMapper.class);
    }

    /** The live results' events as server-sent events, in the same JSON as the REST answers. */
    @Bean
    SseFrames liveEventFormat(JsonMapper json, StandingMapper standingMapper) {
        return new SseFrames(json, standingMapper);
    }

    /**
     * Refuse what a lenient reader would silently reshape: 1.5 or "7" for an id, trailing garbage,
     * a key given twice (which of the two would count depends on the parser).
     */
    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    }

    @Bean
    BodyLimitFilter bodyLimitFilter(@Value("${partvote.web.max-request-body:16KB}") DataSize maxRequestBody,
                                    @Value("${partvote.web.max-roll-body:2MB}") DataSize maxRollBody) {
        return new BodyLimitFilter(maxRequestBody.toBytes(), List.of("/api/admin/roll", "/admin/roll"), maxRollBody.toBytes());
    }

    @Bean
    QueryStringFilter queryStringFilter() {
        return new QueryStringFilter();
    }

    @Bean
    WildcardContentTypeFilter wildcardContentTypeFilter() {
        return new WildcardContentTypeFilter();
    }

    @Bean
    SecurityHeadersFilter securityHeadersFilter() {
        return new SecurityHeadersFilter();
    }

    /** Tomcat's own error answers (malformed request line, oversized header...) in the envelope. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> envelopeErrorReports(
            ObjectProvider<ErrorEnvelopes> errors) {
        return factory -> factory.addContextCustomizers(context ->
                EnvelopeErrorReportValve.install(context, errors::getObject));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver(authenticate, sessionGate));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(sessionGate);
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch).addPathPatterns(PAGES);
        registry.addInterceptor(new SameOriginGuard()).addPathPatterns(PAGES);
        registry.addInterceptor(new NoStore()).addPathPatterns("/admin", "/admin/**");
        registry.addInterceptor(new PageSession(authenticate, refresh, viewAccess, sessionGate, clock))
                .addPathPatterns(PAGES).addPathPatterns("/api/elections/*/results/stream", "/api/elections/*/results/stream/");
    }

    /**
     * CORS for the browser client, which sends cookies and an Authorization header: only the
     * configured origins, with credentials. A filter, so that preflights never reach the routes
     * and a refused origin gets the envelope.
     */
    @Bean
    CorsFilter corsFilter(ErrorEnvelopes errors, LocaleResolver locales) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(allowedOrigins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept-Language"));
        cors.setAllowCredentials(true);
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new EnvelopeCorsProcessor(errors, locales));
        return filter;
    }
}
