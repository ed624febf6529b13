package com.partvote.adapters.web.page;

import com.partvote.adapters.web.api.Messages;
import com.partvote.adapters.web.api.ResultsCsv;
import com.partvote.application.port.in.AdministrationUseCases.ViewAuditTrailUseCase;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ElectionReportUseCases.ExportResultsUseCase;
import com.partvote.application.port.in.ElectionReportUseCases.Turnout;
import com.partvote.application.port.in.ElectionReportUseCases.ViewTurnoutUseCase;
import com.partvote.application.port.in.ElectionView;
import com.partvote.application.port.in.ManageElectionUseCases.EditElectionUseCase;
import com.partvote.application.port.in.ManageElectionUseCases.ElectionEdit;
import com.partvote.application.port.in.ManageElectionUseCases.Step;
import com.partvote.application.port.in.ManageElectionUseCases.StepElectionUseCase;
import com.partvote.application.port.in.ViewElectionUseCase;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.election.Election;
import com.partvote.domain.member.MemberAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One election's control room, for election night: its state and window, the lifecycle steps its
 * state allows (each a form of its own; closing and publishing ask first), a later close, the
 * turnout with who has not voted yet (names and emails, never a choice), the live standings, the
 * results as the same CSV file the API serves, and this election's audit trail.
 */
@Controller
public class ControlRoomPages {

    /** Entries of the election's audit trail shown in its control room (the audit page has them all). */
    static final int RECENT_AUDIT = 20;

    private final ViewElectionUseCase viewElection;
    private final ViewTurnoutUseCase turnout;
    private final StepElectionUseCase step;
    private final EditElectionUseCase edit;
    private final ExportResultsUseCase export;
    private final ViewAuditTrailUseCase audit;
    private final PageModel page;
    private final Messages messages;

    public ControlRoomPages(ViewElectionUseCase viewElection, ViewTurnoutUseCase turnout, StepElectionUseCase step,
                            EditElectionUseCase edit, ExportResultsUseCase export, ViewAuditTrailUseCase audit,
                            PageModel page, Messages messages) {
        this.viewElection = viewElection;
        this.turnout = turnout;
        this.step = step;
        this.edit = edit;
        this.export = export;
        this.audit = audit;
        this.page = page;
        this.messages = messages;
    }

    /** Eligible members, how many of them voted, and who has not yet. */
    public record TurnoutView(long eligible, int voted, Integer percent, List<MemberAccess> notVoted) {

        static TurnoutView of(Turnout t) {
            long votedOfEligible = t.eligible() - t.notVoted().size();
            Integer percent = t.eligible() == 0 ? null : (int) Math.round(100.0 * votedOfEligible / t.eligible());
            return new TurnoutView(t.eligible(), t.voted().size(), percent, t.notVoted());
        }
    }

    @GetMapping({"/admin/elections/{election}", "/admin/elections/{election}/"})
    String controlRoom(@PathVariable("election") String election, HttpServletRequest request, Model model) {
        Viewer admin = Pages.admin(request);
        ElectionView view = viewElection.viewElection(ElectionRef.parse(election), Optional.of(admin.id()));
        ElectionRef ref = ElectionRef.of(view.election().id());
        ElectionSummary summary = ElectionSummary.of(view, messages);
        model.addAttribute("election", summary);
        model.addAttribute("choices", view.choices());
        model.addAttribute("turnout", TurnoutView.of(turnout.turnout(admin.id(), ref)));
        model.addAttribute("entries", AuditRow.of(audit.audit(admin.id(), Optional.of(ref), OptionalLong.empty(), RECENT_AUDIT),
                Map.of(summary.id(), summary.slug())));
        model.addAttribute("closesAtLocal", summary.closesAt() == null ? "" : ElectionForm.local(summary.closesAt(), page.zone()));
        return "admin-election";
    }

    @PostMapping("/admin/elections/{election}/schedule")
    String schedule(@PathVariable("election") String election, HttpServletRequest request) {
        return stepped(election, Step.SCHEDULE, request);
    }

    @PostMapping("/admin/elections/{election}/open")
    String open(@PathVariable("election") String election, HttpServletRequest request) {
        return stepped(election, Step.OPEN, request);
    }

    @PostMapping("/admin/elections/{election}/close")
    String close(@PathVariable("election") String election, HttpServletRequest request) {
        return stepped(election, Step.CLOSE, request);
    }

    @PostMapping("/admin/elections/{election}/publish")
    String publish(@PathVariable("election") String election, HttpServletRequest request) {
        return stepped(election, Step.PUBLISH, request);
    }

    /** A later close: the one change a scheduled or open election takes. */
    @PostMapping("/admin/elections/{election}/extend")
    String extend(@PathVariable("election") String election,
                  @RequestParam(name = "closesAt", defaultValue = "") String closesAt, HttpServletRequest request) {
        Viewer admin = Pages.admin(request);
        Instant closes = ElectionForm.instant("closes_at", closesAt, page.zone());
        if (closes == null) {
            throw new InvalidValueException("closes_at", "required", "a later closing time is required");
        }
        ElectionEdit later = new ElectionEdit(Optional.empty(), Optional.empty(), Optional.of(closes), false,
                Optional.empty(), Optional.empty(), Optional.empty());
        Election extended = edit.edit(admin.id(), ElectionRef.parse(election), later);
        return Pages.redirect(controlRoom(extended), "updated");
    }

    /** The results as the API's CSV file, byte for byte (one writer serves both). */
    @GetMapping("/admin/elections/{election}/results.csv")
    ResponseEntity<byte[]> resultsCsv(@PathVariable("election") String election, HttpServletRequest request) {
        Viewer admin = Pages.admin(request);
        return ResultsCsv.attachment(export.export(admin.id(), ElectionRef.parse(election)));
    }

    private String stepped(String election, Step s, HttpServletRequest request) {
        Viewer admin = Pages.admin(request);
        return Pages.redirect(controlRoom(step.step(admin.id(), ElectionRef.parse(election), s)), "stepped");
    }

    private static String controlRoom(Election e) {
        return "/admin/elections/" + e.id().value();
    }
}
