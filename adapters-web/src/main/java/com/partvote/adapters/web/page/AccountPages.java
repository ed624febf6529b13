package com.partvote.adapters.web.page;

import com.partvote.application.port.in.ChangePasswordUseCase;
import com.partvote.application.port.in.ChangePasswordUseCase.ChangePasswordCommand;
import com.partvote.application.port.in.EndSessionUseCase;
import com.partvote.application.port.in.ListSessionsUseCase;
import com.partvote.application.port.in.LogOutEverywhereUseCase;
import com.partvote.application.port.in.ViewMemberUseCase;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.Password;
import com.partvote.domain.session.SessionId;
import com.partvote.domain.session.SessionNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A member's own account: who they are, their password, the devices they are logged in on. */
@Controller
public class AccountPages {

    private final ViewMemberUseCase viewMember;
    private final ChangePasswordUseCase changePassword;
    private final ListSessionsUseCase listSessions;
    private final EndSessionUseCase endSession;
    private final LogOutEverywhereUseCase logOutEverywhere;

    public AccountPages(ViewMemberUseCase viewMember, ChangePasswordUseCase changePassword,
                        ListSessionsUseCase listSessions, EndSessionUseCase endSession,
                        LogOutEverywhereUseCase logOutEverywhere) {
        this.viewMember = viewMember;
        this.changePassword = changePassword;
        this.listSessions = listSessions;
        this.endSession = endSession;
        this.logOutEverywhere = logOutEverywhere;
    }

    @GetMapping({"/account", "/account/"})
    String account(HttpServletRequest request, Model model) {
        Viewer viewer = Pages.member(request);
        Member member = viewMember.viewMember(viewer.id());
        model.addAttribute("member", member);
        model.addAttribute("sessions", listSessions.listSessions(viewer.claims()));
        return "account";
    }

    @PostMapping("/account/password")
    String password(@RequestParam(name = "current", defaultValue = "") String current,
                    @RequestParam(name = "chosen", defaultValue = "") String chosen, HttpServletRequest request) {
        Viewer viewer = Pages.member(request);
        changePassword.changePassword(viewer.claims(),
                new ChangePasswordCommand(Password.attempt(current), Password.chosen(chosen), Pages.clientAddress(request)));
        return Pages.redirect("/account", "password");
    }

    @PostMapping("/account/sessions/{session}/end")
    String end(@PathVariable("session") String session, HttpServletRequest request, HttpServletResponse response) {
        Viewer viewer = Pages.member(request);
        SessionId id = SessionId.tryParse(session).orElseThrow(SessionNotFoundException::new);
        endSession.endSession(viewer.claims(), id);
        if (id.equals(viewer.claims().session())) {
            PageCookies.clear(response);
            return Pages.redirect("/", "logged-out");
        }
        return Pages.redirect("/account", "session-ended");
    }

    @PostMapping("/account/logout-everywhere")
    String everywhere(HttpServletRequest request, HttpServletResponse response) {
        Viewer viewer = Pages.member(request);
        logOutEverywhere.logOutEverywhere(viewer.claims());
        PageCookies.clear(response);
        return Pages.redirect("/", "logged-out");
    }
}
