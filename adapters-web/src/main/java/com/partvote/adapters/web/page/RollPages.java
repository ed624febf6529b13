package com.partvote.adapters.web.page;

import com.partvote.adapters.web.api.Messages;
import com.partvote.adapters.web.api.RollCsv;
import com.partvote.application.port.in.RollExceptions.LineError;
import com.partvote.application.port.in.RollExceptions.RollInvalidException;
import com.partvote.application.port.in.VoterRollUseCases.ListRollUseCase;
import com.partvote.application.port.in.VoterRollUseCases.RemoveRollEntryUseCase;
import com.partvote.application.port.in.VoterRollUseCases.UploadRollUseCase;
import com.partvote.application.port.out.VoterRollPort.RollCounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The voter roll on a page: uploaded as CSV, pasted or as a file (the same reader as the API's,
 * and the same 2 MB allowance), all or nothing; a file with bad lines changes nothing and comes
 * back as a table of every bad line with its field and reason (400). Then the roll's entries, each
 * with whether that person registered and where they voted, and a button that removes it.
 * Pasted text travels as a form field, which the container caps at its form limit; a larger roll
 * goes as a file (the page's script turns a large paste into one).
 */
@Controller
public class RollPages {

    private static final String PAGE = "/admin/roll";

    private final UploadRollUseCase upload;
    private final ListRollUseCase list;
    private final RemoveRollEntryUseCase remove;
    private final Messages messages;
    private final long pasteLimit;
    private final long fileLimit;

    public RollPages(UploadRollUseCase upload, ListRollUseCase list, RemoveRollEntryUseCase remove, Messages messages,
                     @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize formLimit,
                     @Value("${partvote.web.max-roll-body:2MB}") DataSize fileLimit) {
        this.upload = upload;
        this.list = list;
        this.remove = remove;
        this.messages = messages;
        this.pasteLimit = Math.max(0, formLimit.toBytes() - 1024); // room for the form's other fields
        this.fileLimit = fileLimit.toBytes();
    }

    /** A bad line of an upload, its field and reason in the page's language. */
    public record LineProblem(int line, String field, String reason) {
    }

    @GetMapping({PAGE, PAGE + "/"})
    String roll(@RequestParam(name = "added", required = false) String added,
                @RequestParam(name = "updated", required = false) String updated,
                @RequestParam(name = "unchanged", required = false) String unchanged,
                HttpServletRequest request, Model model) {
        Viewer admin = Pages.admin(request);
        if (count(added) && count(updated) && count(unchanged)) {
            // the last upload's counts, carried by its redirect: numbers only, shown as numbers
            model.addAttribute("counts", new RollCounts(Integer.parseInt(added), Integer.parseInt(updated),
                    Integer.parseInt(unchanged)));
        }
        return page(admin, "", model);
    }

    @PostMapping(PAGE)
    String uploadRoll(@RequestParam(name = "csv", defaultValue = "") String csv,
                      @RequestParam(name = "file", required = false) MultipartFile file,
                      HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Viewer admin = Pages.admin(request);
        boolean fromFile = file != null && !file.isEmpty();
        byte[] body = fromFile ? file.getBytes() : csv.getBytes(StandardCharsets.UTF_8);
        try {
            RollCounts counts = upload.upload(admin.id(), RollCsv.lines(body));
            String done = UriComponentsBuilder.fromPath(PAGE).queryParam("added", counts.added())
                    .queryParam("updated", counts.updated()).queryParam("unchanged", counts.unchanged()).build().toUriString();
            return Pages.redirect(done, "roll-uploaded");
        } catch (RollInvalidException invalid) {
            response.setStatus(Pages.status(invalid));
            model.addAttribute("formError", invalid.code());
            model.addAttribute("problems", invalid.errors().stream().map(this::problem).toList());
            return page(admin, fromFile ? "" : csv, model);
        }
    }

    @PostMapping(PAGE + "/remove")
    String removeEntry(@RequestParam(name = "email", defaultValue = "") String email, HttpServletRequest request) {
        Viewer admin = Pages.admin(request);
        remove.remove(admin.id(), email);
        return Pages.redirect(PAGE, "roll-removed");
    }

    private String page(Viewer admin, String csv, Model model) {
        model.addAttribute("entries", list.roll(admin.id()));
        model.addAttribute("csv", csv);
        model.addAttribute("pasteLimit", pasteLimit);
        model.addAttribute("fileLimitKb", fileLimit / 1024);
        return "admin-roll";
    }

    private LineProblem problem(LineError e) {
        String reason = e.reason();
        String text = reason.startsWith("duplicate of line ")
                ? messages.get("page.roll.reason.duplicate", reason.substring("duplicate of line ".length()))
                : known("page.roll.reason." + reason.replace(' ', '-'), reason);
        return new LineProblem(e.line(), known("page.roll.field." + e.field(), e.field()), text);
    }

    private static boolean count(String raw) {
        return raw != null && raw.matches("\\d{1,9}");
    }

    /** The bundle's text for the key, or the application's own word when the bundle has none. */
    private String known(String key, String fallback) {
        String text = messages.get(key);
        return key.equals(text) ? fallback : text;
    }
}
