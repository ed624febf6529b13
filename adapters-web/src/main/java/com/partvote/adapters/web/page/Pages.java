package com.partvote.adapters.web.page;

import com.partvote.adapters.web.api.ErrorCatalog;
import com.partvote.application.auth.AccessDeniedException;
import com.partvote.domain.CodedException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Pattern;

/** Small rules every page controller shares. */
final class Pages {

    /** A path on this site only: "/elections/3", never "//evil.example" or "https://...". */
    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[\\p{Alnum}/_.~?=&%-]*");

    private Pages() {
    }

    static Optional<String> localPath(String candidate) {
        return candidate != null && candidate.length() <= 300 && LOCAL.matcher(candidate).matches()
                ? Optional.of(candidate) : Optional.empty();
    }

    static Viewer member(HttpServletRequest request) {
        return PageSession.viewer(request).orElseThrow(LoginRequiredException::new);
    }

    /**
     * The viewer, when they run elections: a visitor is sent to log in, a member gets 403
     * ADMIN_REQUIRED. The role is the application's answer for this very request (the page session
     * reads it fresh), and every admin use case decides again.
     */
    static Viewer admin(HttpServletRequest request) {
        Viewer viewer = member(request);
        if (!viewer.admin()) {
            throw new AccessDeniedException(AccessDeniedException.Reason.ADMIN_REQUIRED);
        }
        return viewer;
    }

    /** The catalog's status for a refusal shown on its form (400 for a code it does not list). */
    static int status(CodedException refused) {
        return ErrorCatalog.find(refused.code()).map(ErrorCatalog::status).orElse(400);
    }

    static String clientAddress(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    static String redirect(String path, String done) {
        return "redirect:" + path + (done == null ? "" : (path.contains("?") ? "&" : "?") + "done=" + done);
    }
}
