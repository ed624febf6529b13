package com.partvote.adapters.web.page;

import com.partvote.adapters.web.api.ErrorCatalog;
import com.partvote.application.auth.AccessDeniedException;
import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.domain.CodedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * How a page answers a refusal. A form (POST) goes back to the page it came from with the error's
 * code in the query (post-redirect-get: a reload does not send the form again), where the page
 * shows the code's own message; a page that cannot be shown (an unknown election, an admin page
 * for a member) is the error page, at the catalog's status. A form the caller may not send at all
 * (an admin's form sent by a member) is the error page too, at once: going back to a page they may
 * not see either would only make them follow a redirect to the same 403. Never a stack trace,
 * never a 500 for a rule.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(CodedException.class)
    ModelAndView refused(CodedException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(ErrorCatalog.find(e.code()).orElse(ErrorCatalog.BAD_REQUEST), request, response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e, HttpServletResponse response) {
        return page(ErrorCatalog.find(e.code()).orElse(ErrorCatalog.FORBIDDEN), response);
    }

    /** The page session ended under the request (logged out elsewhere, disabled): log in again. */
    @ExceptionHandler(AuthenticationFailedException.class)
    ModelAndView sessionEnded(HttpServletRequest request, HttpServletResponse response) {
        PageCookies.clear(response);
        return loginRequired(request);
    }

    @ExceptionHandler(SameOriginGuard.CrossSiteRequestException.class)
    ModelAndView crossSite(HttpServletRequest request, HttpServletResponse response) {
        return page(ErrorCatalog.CORS_ORIGIN_DENIED, response);
    }

    @ExceptionHandler(LoginRequiredException.class)
    ModelAndView loginRequired(HttpServletRequest request) {
        String next = request.getRequestURI();
        return new ModelAndView("redirect:" + UriComponentsBuilder.fromPath("/login")
                .queryParam("next", "GET".equals(request.getMethod()) ? next : null).build().toUriString());
    }

    /** A form field that is not what the form sends (letters for a choice, a missing field). */
    @ExceptionHandler({TypeMismatchException.class, ServletRequestBindingException.class})
    ModelAndView malformed(HttpServletRequest request, HttpServletResponse response) {
        return answer(ErrorCatalog.VALIDATION_FAILED, request, response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse mvc) {
            return page(ErrorCatalog.forStatus(mvc.getStatusCode().value()), response);
        }
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof VirtualMachineError fatal) {
                throw fatal;
            }
        }
        log.error("page failed", e);
        return page(ErrorCatalog.INTERNAL_ERROR, response);
    }

    private static ModelAndView answer(ErrorCatalog error, HttpServletRequest request, HttpServletResponse response) {
        if ("POST".equals(request.getMethod())) {
            String back = Pages.localPath(request.getParameter("back")).orElse(request.getRequestURI());
            return new ModelAndView("redirect:" + UriComponentsBuilder.fromUriString(back)
                    .replaceQueryParam("done").replaceQueryParam("error", error.code()).build().toUriString());
        }
        return page(error, response);
    }

    static ModelAndView page(ErrorCatalog error, HttpServletResponse response) {
        response.setStatus(error.status());
        ModelAndView mav = new ModelAndView("error-page");
        mav.addObject("failure", error.code());
        mav.addObject("failureStatus", error.status());
        return mav;
    }
}
