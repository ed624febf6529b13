package com.partvote.adapters.web.page;

import com.partvote.application.auth.IssuedTokens;
import com.partvote.application.port.in.LogInUseCase;
import com.partvote.application.port.in.LogInUseCase.LogInCommand;
import com.partvote.application.port.in.LogOutUseCase;
import com.partvote.application.port.in.SignUpUseCase;
import com.partvote.application.port.in.SignUpUseCase.SignUpCommand;
import com.partvote.domain.CodedException;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.MemberName;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Password;
import com.partvote.domain.member.Team;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-up, login and logout on pages. A login opens its own session (the page cookies); a wrong
 * password or a refused sign-up shows the form again with what was typed (never the password)
 * and the error's own message, at the error's status.
 */
@Controller
public class AuthPages {

    private final SignUpUseCase signUp;
    private final LogInUseCase logIn;
    private final LogOutUseCase logOut;
    private final Clock clock;
    private final boolean rollDecides;

    public AuthPages(SignUpUseCase signUp, LogInUseCase logIn, LogOutUseCase logOut, Clock clock,
                     @Value("${partvote.registration.mode:open}") String registrationMode) {
        this.signUp = signUp;
        this.logIn = logIn;
        this.logOut = logOut;
        this.clock = clock;
        this.rollDecides = "roll".equalsIgnoreCase(registrationMode.strip());
    }

    @GetMapping("/login")
    String loginForm(@RequestParam(name = "next", required = false) String next, Model model) {
        model.addAttribute("next", Pages.localPath(next).orElse("/"));
        return "login";
    }

    @PostMapping("/login")
    String login(@RequestParam(name = "email", defaultValue = "") String email,
                 @RequestParam(name = "password", defaultValue = "") String password,
                 @RequestParam(name = "next", required = false) String next,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        String target = Pages.localPath(next).orElse("/");
        try {
            IssuedTokens tokens = logIn.logIn(new LogInCommand(email, password, Pages.clientAddress(request)));
            PageCookies.issue(response, tokens, clock.instant());
            return "redirect:" + target;
        } catch (CodedException refused) {
            response.setStatus(Pages.status(refused));
            model.addAttribute("formError", refused.code());
            model.addAttribute("email", email);
            model.addAttribute("next", target);
            return "login";
        }
    }

    @GetMapping("/signup")
    String signupForm(Model model) {
        model.addAttribute("rollDecides", rollDecides);
        model.addAttribute("form", SignupForm.empty());
        return "signup";
    }

    @PostMapping("/signup")
    String signup(SignupForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            // in roll mode the roll gives part and team; the form has neither
            Part part = rollDecides ? Part.FE : Part.parse(form.part());
            Team team = rollDecides ? null : Team.orNone(form.team());
            signUp.signUp(new SignUpCommand(new MemberName(form.name()), new Email(form.email()),
                    Password.chosen(form.password()), part, team, Pages.clientAddress(request)));
            IssuedTokens tokens = logIn.logIn(new LogInCommand(form.email(), form.password(), Pages.clientAddress(request)));
            PageCookies.issue(response, tokens, clock.instant());
            return Pages.redirect("/", "signed-up");
        } catch (CodedException refused) {
            response.setStatus(Pages.status(refused));
            model.addAttribute("formError", refused.code());
            if (refused instanceof InvalidValueException invalid) {
                model.addAttribute("formField", invalid.field());
            }
            model.addAttribute("rollDecides", rollDecides);
            model.addAttribute("form", form.withoutPassword());
            return "signup";
        }
    }

    @PostMapping("/logout")
    String logout(HttpServletRequest request, HttpServletResponse response) {
        PageSession.viewer(request).ifPresent(v -> logOut.logOut(v.claims()));
        PageCookies.clear(response);
        return Pages.redirect("/", "logged-out");
    }

    /** The sign-up form as typed. */
    public record SignupForm(String name, String email, String password, String part, String team) {
        public SignupForm {
            name = name == null ? "" : name;
            email = email == null ? "" : email;
            password = password == null ? "" : password;
            part = part == null ? "" : part;
            team = team == null ? "" : team;
        }

        static SignupForm empty() {
            return new SignupForm("", "", "", "", "");
        }

        SignupForm withoutPassword() {
            return new SignupForm(name, email, "", part, team);
        }
    }
}
