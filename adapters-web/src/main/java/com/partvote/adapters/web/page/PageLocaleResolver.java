package com.partvote.adapters.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Korean unless asked otherwise: the language a person chose on a page (cookie {@code pv_lang}),
 * else the browser's {@code Accept-Language} among Korean and English, else Korean. API clients
 * that send no cookie keep the header's answer, as before.
 */
public class PageLocaleResolver implements LocaleResolver {

    static final String COOKIE = "pv_lang";
    static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.ENGLISH);

    private final AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();

    public PageLocaleResolver() {
        header.setSupportedLocales(SUPPORTED);
        header.setDefaultLocale(Locale.KOREAN);
    }

    /** One of the supported languages by its code, or null. */
    static Locale supported(String code) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(code)).findFirst().orElse(null);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(COOKIE) instanceof Locale justChosen) {
            return justChosen;
        }
        Locale chosen = PageCookies.read(request, COOKIE).map(PageLocaleResolver::supported).orElse(null);
        return chosen != null ? chosen : header.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = locale == null ? null : supported(locale.getLanguage());
        ResponseCookie cookie = ResponseCookie.from(COOKIE, chosen == null ? "" : chosen.getLanguage())
                .path("/").sameSite("Lax").maxAge(chosen == null ? Duration.ZERO : Duration.ofDays(365)).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        if (chosen != null) {
            request.setAttribute(COOKIE, chosen); // this request already speaks it
        }
    }
}
