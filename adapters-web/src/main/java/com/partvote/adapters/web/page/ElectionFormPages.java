package com.partvote.adapters.web.page;

import com.partvote.adapters.web.api.Messages;
import com.partvote.application.port.in.ElectionRef;
import com.partvote.application.port.in.ElectionView;
import com.partvote.application.port.in.ManageElectionUseCases.CreateElectionUseCase;
import com.partvote.application.port.in.ManageElectionUseCases.EditElectionUseCase;
import com.partvote.application.port.in.ViewElectionUseCase;
import com.partvote.domain.CodedException;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.SlugTakenException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A new election, and a draft's changes, on one form. A refusal (a field the domain refuses, a
 * slug in use, a change to an election that is no longer a draft) shows the form again with what
 * was typed and the error's own message, at the error's status, as sign-up does; a success goes
 * to the election's control room.
 */
@Controller
public class ElectionFormPages {

    /** The fields the form has a label for; a refusal of another names no field. */
    static final Set<String> FIELDS = Set.of("slug", "title", "kind", "results", "rules", "max_choices", "part",
            "opens_at", "closes_at", "choices");

    private final CreateElectionUseCase create;
    private final EditElectionUseCase edit;
    private final ViewElectionUseCase viewElection;
    private final PageModel page;
    private final Messages messages;

    public ElectionFormPages(CreateElectionUseCase create, EditElectionUseCase edit, ViewElectionUseCase viewElection,
                             PageModel page, Messages messages) {
        this.create = create;
        this.edit = edit;
        this.viewElection = viewElection;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping({"/admin/elections/new", "/admin/elections/new/"})
    String newForm(HttpServletRequest request, Model model) {
        Pages.admin(request);
        model.addAttribute("form", ElectionForm.empty());
        return "admin-election-form";
    }

    @PostMapping("/admin/elections/new")
    String createElection(ElectionForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        Viewer admin = Pages.admin(request);
        try {
            Election created = create.create(admin.id(), form.spec(page.zone()), form.choiceProfiles());
            return Pages.redirect("/admin/elections/" + created.id().value(), "created");
        } catch (CodedException refused) {
            return refused(form, refused, response, model);
        }
    }

    @GetMapping({"/admin/elections/{election}/edit", "/admin/elections/{election}/edit/"})
    String editForm(@PathVariable("election") String election, HttpServletRequest request, Model model) {
        Viewer admin = Pages.admin(request);
        ElectionView view = viewElection.viewElection(ElectionRef.parse(election), Optional.of(admin.id()));
        model.addAttribute("election", ElectionSummary.of(view, messages));
        model.addAttribute("form", ElectionForm.of(view.election(), view.choices(), page.zone()));
        return "admin-election-form";
    }

    @PostMapping("/admin/elections/{election}/edit")
    String editElection(@PathVariable("election") String election, ElectionForm sent, HttpServletRequest request,
                        HttpServletResponse response, Model model) {
        Viewer admin = Pages.admin(request);
        ElectionView view = viewElection.viewElection(ElectionRef.parse(election), Optional.of(admin.id()));
        Election current = view.election();
        ElectionForm form = sent.fixedBy(current);
        try {
            edit.edit(admin.id(), ElectionRef.of(current.id()), form.edit(current, page.zone()));
            return Pages.redirect("/admin/elections/" + current.id().value(), "updated");
        } catch (CodedException refused) {
            model.addAttribute("election", ElectionSummary.of(view, messages));
            return refused(form, refused, response, model);
        }
    }

    private static String refused(ElectionForm form, CodedException refused, HttpServletResponse response, Model model) {
        response.setStatus(Pages.status(refused));
        model.addAttribute("form", form);
        model.addAttribute("formError", refused.code());
        if (refused instanceof InvalidValueException invalid && FIELDS.contains(invalid.field())) {
            model.addAttribute("formField", invalid.field());
        } else if (refused instanceof SlugTakenException) {
            model.addAttribute("formField", "slug");
        }
        if (refused instanceof ElectionForm.ChoiceLineException line) {
            model.addAttribute("formLine", line.line());
        }
        return "admin-election-form";
    }
}
