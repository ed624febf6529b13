package com.partvote.application.service;

import com.partvote.application.port.in.RollExceptions.NotOnRollException;
import com.partvote.application.port.out.VoterRollPort;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.RollEntry;
import com.partvote.domain.member.Team;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may register: anyone ({@link Mode#OPEN}, the seed's behaviour), or only the emails on the
 * voter roll ({@link Mode#ROLL}), whose part and team then come from the roll, not from the form.
 * The admins named by the configuration may always register (someone has to upload the roll).
 */
public final class RegistrationPolicy {

    public enum Mode { OPEN, ROLL }

    /** What a registration gets: the part and team the member will have. */
    public record Admitted(Part part, Team team) {
    }

    private final Mode mode;
    private final VoterRollPort roll;
    private final Set<Email> configuredAdmins;

    public RegistrationPolicy(Mode mode, VoterRollPort roll, Set<Email> configuredAdmins) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.roll = roll;
        this.configuredAdmins = Set.copyOf(configuredAdmins);
    }

    public static RegistrationPolicy open() {
        return new RegistrationPolicy(Mode.OPEN, null, Set.of());
    }

    public Mode mode() {
        return mode;
    }

    public Admitted admit(Email email, Part part, Team team) {
        if (mode == Mode.OPEN) {
            return new Admitted(part, team);
        }
        Optional<RollEntry> entry = roll.findEntry(email);
        if (entry.isEmpty() && configuredAdmins.contains(email)) {
            return new Admitted(part, team);
        }
        RollEntry rolled = entry.orElseThrow(NotOnRollException::new);
        return new Admitted(rolled.part(), rolled.team());
    }
}
