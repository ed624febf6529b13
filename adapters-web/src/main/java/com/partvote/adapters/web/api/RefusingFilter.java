package com.partvote.adapters.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A guard that answers one status to the requests it refuses, through the error dispatch (so with
 * the usual envelope), and passes the others on untouched.
 */
public abstract class RefusingFilter extends OncePerRequestFilter implements Ordered {

    private final int order;
    private final int status;

    protected RefusingFilter(int order, int status) {
        this.order = order;
        this.status = status;
    }

    /** Whether no route can serve this request. */
    protected abstract boolean refuses(HttpServletRequest request);

    @Override
    public int getOrder() {
        return order;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (refuses(request)) {
            response.sendError(status);
            return;
        }
        chain.doFilter(request, response);
    }
}
