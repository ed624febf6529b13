package com.partvote.adapters.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;

/**
 * Refuses a query string (or posted form) that cannot be decoded ({@code %ZZ}, invalid UTF-8):
 * 400 (BAD_REQUEST). The container reports it as an exception from {@code getParameter}, which
 * would otherwise surface wherever a parameter is first read.
 */
public class QueryStringFilter extends RefusingFilter {

    public QueryStringFilter() {
        // after the body limit, which must see a declared length before a posted form is parsed
        super(Ordered.HIGHEST_PRECEDENCE + 11, HttpServletResponse.SC_BAD_REQUEST);
    }

    @Override
    protected boolean refuses(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return false;
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Servlet 6.1: parameters that fail to parse raise IllegalStateException
            return true;
        }
    }
}
