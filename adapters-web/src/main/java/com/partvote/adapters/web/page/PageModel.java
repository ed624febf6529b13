package com.partvote.adapters.web.page;

import com.partvote.adapters.web.api.ErrorCatalog;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout reads: the viewer, the language and the link to the other one, and
 * the outcome of the last form (a confirmation or an error code from the catalog, carried in the
 * redirect's query, never free text: a crafted link can only show one of the app's own messages).
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
public class PageModel {

    private final ZoneId zone;

    public PageModel(@Value("${partvote.web.time-zone:Asia/Seoul}") ZoneId zone) {
        this.zone = zone;
    }

    /** The club's time zone: every time on a page is shown in it (the markup also carries UTC). */
    @ModelAttribute("zone")
    ZoneId zone() {
        return zone;
    }

    /** The confirmations a redirect may announce, by key {@code page.done.<key>}. */
    static final Set<String> CONFIRMATIONS = Set.of("saved", "withdrawn", "password", "session-ended", "signed-up",
            "created", "updated", "stepped", "roll-uploaded", "roll-removed", "role", "disabled", "enabled",
            "logged-out");

    @ModelAttribute("viewer")
    Viewer viewer(HttpServletRequest request) {
        return PageSession.viewer(request).orElse(null);
    }

    @ModelAttribute("lang")
    String lang() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    /** The same page in the other language. */
    @ModelAttribute("otherLanguageUrl")
    String otherLanguageUrl(HttpServletRequest request) {
        String other = "en".equals(lang()) ? "ko" : "en";
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", other).build().toUriString();
    }

    @ModelAttribute("errorCode")
    String errorCode(HttpServletRequest request) {
        String code = request.getParameter("error");
        return code == null ? null : ErrorCatalog.find(code).map(ErrorCatalog::code).orElse(null);
    }

    @ModelAttribute("done")
    String done(HttpServletRequest request) {
        String key = request.getParameter("done");
        return key != null && CONFIRMATIONS.contains(key) ? key : null;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
