package com.partvote.adapters.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The admin's pages show members' emails, who has not voted yet and embargoed results: no
 * browser's or proxy's cache keeps them (a shared computer's back button shows them no more once
 * the admin has logged out).
 */
public class NoStore implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return true;
    }
}
