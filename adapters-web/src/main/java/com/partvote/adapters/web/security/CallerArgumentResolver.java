package com.partvote.adapters.web.security;

import com.partvote.application.auth.AccessClaims;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.AuthenticationFailedException.Reason;
import com.partvote.application.port.in.AuthenticateUseCase;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link Caller} parameters from the {@code Authorization: Bearer} header. */
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    private final AuthenticateUseCase authenticate;

    public CallerArgumentResolver(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(Caller.class)
                && AccessClaims.class.equals(parameter.getParameterType());
    }

    @Override
    public AccessClaims resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                                        NativeWebRequest request, WebDataBinderFactory binders) {
        return authenticate.authenticate(bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION)));
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
