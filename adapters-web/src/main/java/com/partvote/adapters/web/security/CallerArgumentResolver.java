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
            return header == null || header.isBlank() ? Optional.empty()
                    : Optional.of(caller(header, request));
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
