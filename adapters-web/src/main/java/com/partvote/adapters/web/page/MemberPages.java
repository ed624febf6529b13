package com.partvote.adapters.web.page;

import com.partvote.application.port.in.AdministrationUseCases.ChangeRoleUseCase;
import com.partvote.application.port.in.AdministrationUseCases.DisableMemberUseCase;
import com.partvote.application.port.in.AdministrationUseCases.ListMembersUseCase;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The club's members with their role in effect and whether they are disabled; an admin grants
 * or revokes the role and disables or enables an account. The application refuses what would
 * leave the club without an admin (LAST_ADMIN), what the configuration decides
 * (ADMIN_BY_CONFIGURATION) and disabling an admin (MEMBER_IS_ADMIN); the page shows the refusal's
 * own message.
 */
@Controller
public class MemberPages {

    private static final String PAGE = "/admin/members";

    private final ListMembersUseCase members;
    private final ChangeRoleUseCase roles;
    private final DisableMemberUseCase disable;

    public MemberPages(ListMembersUseCase members, ChangeRoleUseCase roles, DisableMemberUseCase disable) {
        this.members = members;
        this.roles = roles;
        this.disable = disable;
    }

    @GetMapping({PAGE, PAGE + "/"})
    String list(HttpServletRequest request, Model model) {
        Viewer admin = Pages.admin(request);
        model.addAttribute("members", members.members(admin.id()));
        return "admin-members";
    }

    @PostMapping(PAGE + "/{member}/role")
    String role(@PathVariable("member") String member, @RequestParam(name = "role", defaultValue = "") String role,
                HttpServletRequest request) {
        Viewer admin = Pages.admin(request);
        Role chosen;
        try {
            chosen = Role.valueOf(role);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException("role", "format", "role is MEMBER or ADMIN");
        }
        roles.changeRole(admin.id(), id(member), chosen);
        return Pages.redirect(PAGE, "role");
    }

    @PostMapping(PAGE + "/{member}/disable")
    String disable(@PathVariable("member") String member, HttpServletRequest request) {
        Viewer admin = Pages.admin(request);
        disable.setDisabled(admin.id(), id(member), true);
        return Pages.redirect(PAGE, "disabled");
    }

    @PostMapping(PAGE + "/{member}/enable")
    String enable(@PathVariable("member") String member, HttpServletRequest request) {
        Viewer admin = Pages.admin(request);
        disable.setDisabled(admin.id(), id(member), false);
        return Pages.redirect(PAGE, "enabled");
    }

    private static MemberId id(String raw) {
        if (!raw.matches("[1-9]\\d{0,17}")) {
            throw new InvalidValueException("member", "format", "a member is named by their id");
        }
        return new MemberId(Long.parseLong(raw));
    }
}
