package com.partvote.adapters.web.security;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.port.in.AuthenticateUseCase;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link Caller} and {@link OptionalCaller} parameters from the {@code Authorization: Bearer} header. */
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    /**
     * Where the web app's page session puts the claims it verified (and confirmed), so that an
     * {@link OptionalCaller} route that a page reads without an Authorization header (an
     * EventSource cannot send one) sees the member. Only public GET routes take it.
     */
    public static final String PAGE_CLAIMS = CallerArgumentResolver.class.getName() + ".pageClaims";

    private final AuthenticateUseCase authenticate;
    private final SessionGate gate;

    public CallerArgumentResolver(AuthenticateUseCase authenticate, SessionGate gate) {
        this.authenticate = authenticate;
        this.gate = gate;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(Caller.class) && AccessClaims.class.equals(parameter.getParameterType())
                || parameter.hasParameterAnnotation(OptionalCaller.class) && Optional.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                                  NativeWebRequest request, WebDataBinderFactory binders) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (parameter.hasParameterAnnotation(OptionalCaller.class)) {
            if (header == null || header.isBlank()) {
                // a page of the web app reading a public route (the results stream) with its session
                return Optional.ofNullable((AccessClaims) request.getAttribute(PAGE_CLAIMS, NativeWebRequest.SCOPE_REQUEST));
            }
            return Optional.of(caller(header, request));
        }
        return caller(header, request);
    }

    /** Verified, then inside its session's gate, then checked again: see {@link SessionGate}. */
    private AccessClaims caller(String header, NativeWebRequest request) {
        AccessClaims claims = authenticate.authenticate(bearerToken(header));
        gate.enter(request.getNativeRequest(HttpServletRequest.class), claims.session());
        authenticate.confirm(claims);
        return claims;
    }

    static String bearerToken(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip();
        if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new AuthenticationFailedException(Reason.TOKEN_INVALID);
        }
        String token = h.substring(7).strip();
        if (token.isEmpty()) {
            throw new AuthenticationFailedException(Reason.TOKEN_MISSING);
        }
        return token;
    }
}
