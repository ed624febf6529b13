package com.partvote.adapters.web.page;

import com.partvote.adapters.web.api.Messages;
import com.partvote.application.port.in.AdministrationUseCases.ViewAuditTrailUseCase;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ListElectionsUseCase;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.audit.AuditEntry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The admin's desk: every election (drafts too) with its state and window, the way to a new one,
 * and the audit trail, newest first, a page at a time ("older" goes on from the last entry shown),
 * of every election or one.
 */
@Controller
public class AdminPages {

    /** Entries on one page of the audit trail. */
    static final int AUDIT_PAGE = 50;

    private final ListElectionsUseCase listElections;
    private final ViewAuditTrailUseCase audit;
    private final Messages messages;

    public AdminPages(ListElectionsUseCase listElections, ViewAuditTrailUseCase audit, Messages messages) {
        this.listElections = listElections;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping({"/admin", "/admin/"})
    String desk(HttpServletRequest request, Model model) {
        Viewer admin = Pages.admin(request);
        model.addAttribute("elections", elections(admin));
        return "admin";
    }

    @GetMapping({"/admin/audit", "/admin/audit/"})
    String auditTrail(@RequestParam(name = "election", required = false) String election,
                      @RequestParam(name = "before", required = false) String before,
                      HttpServletRequest request, Model model) {
        Viewer admin = Pages.admin(request);
        Optional<ElectionRef> filter = Optional.ofNullable(election).filter(e -> !e.isBlank()).map(ElectionRef::parse);
        List<AuditEntry> entries = audit.audit(admin.id(), filter, seq(before), AUDIT_PAGE);
        List<ElectionSummary> all = elections(admin);
        Optional<ElectionSummary> selected = filter.flatMap(f -> all.stream()
                .filter(e -> election.equals(Long.toString(e.id())) || election.equals(e.slug())).findFirst());
        model.addAttribute("elections", all);
        model.addAttribute("selected", selected.map(ElectionSummary::id).orElse(null));
        model.addAttribute("entries", AuditRow.of(entries, slugs(all)));
        if (entries.size() == AUDIT_PAGE) {
            model.addAttribute("olderUrl", UriComponentsBuilder.fromPath("/admin/audit")
                    .queryParamIfPresent("election", selected.map(ElectionSummary::id))
                    .queryParam("before", entries.get(entries.size() - 1).seq()).build().toUriString());
        }
        return "admin-audit";
    }

    List<ElectionSummary> elections(Viewer admin) {
        return listElections.listElections(Optional.of(admin.id())).stream()
                .map(v -> ElectionSummary.of(v, messages)).toList();
    }

    static Map<Long, String> slugs(List<ElectionSummary> elections) {
        return elections.stream().collect(Collectors.toMap(ElectionSummary::id, ElectionSummary::slug, (a, b) -> a));
    }

    private static OptionalLong seq(String before) {
        if (before == null || before.isBlank()) {
            return OptionalLong.empty();
        }
        if (!before.matches("\\d{1,18}")) {
            throw new InvalidValueException("before", "format", "before is the seq of an entry");
        }
        return OptionalLong.of(Long.parseLong(before));
    }
}
