package com.partvote.application.port.in;

import com.partvote.domain.member.Email;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.MemberName;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Password;
import com.partvote.domain.member.Team;
import java.util.Objects;

/** A person registers as a member. */
public interface SignUpUseCase {

    Member signUp(SignUpCommand command);

    /** Built from raw input; each value object refuses what breaks its rules. The team is optional. */
    record SignUpCommand(MemberName name, Email email, Password password, Part part, Team team,
                         String clientAddress) {
        public SignUpCommand(MemberName name, Email email, Password password, Part part, Team team) {
            this(name, email, password, part, team, "unknown");
        }

        public SignUpCommand {
            clientAddress = clientAddress == null ? "unknown" : clientAddress;
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(part, "part");
        }

        public SignUpCommand(MemberName name, Email email, Password password, Part part) {
            this(name, email, password, part, null);
        }
    }
}
