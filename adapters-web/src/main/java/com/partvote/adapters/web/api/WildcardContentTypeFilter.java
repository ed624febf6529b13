package com.partvote.adapters.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;

/**
 * Refuses a wildcard Content-Type ({@code *}{@code /*}, {@code application/*}): 415
 * (UNSUPPORTED_MEDIA_TYPE). Such a type describes no body, and Spring MVC would fail on it with a 500.
 */
public class WildcardContentTypeFilter extends RefusingFilter {

    public WildcardContentTypeFilter() {
        super(Ordered.HIGHEST_PRECEDENCE + 12, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
    }

    @Override
    protected boolean refuses(HttpServletRequest request) {
        // unparsable: Spring MVC answers 415 itself
        return BodyLimitFilter.contentType(request)
                .filter(media -> media.isWildcardType() || media.isWildcardSubtype()).isPresent();
    }
}
