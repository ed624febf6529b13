package com.partvote.domain.choice;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.Text;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Team;
import java.util.Optional;

/**
 * What the organiser declares about a choice: its name, optionally the part and team it belongs
 * to, an age, and the email of the member account that IS this candidate (not yet linked, maybe:
 * the member may sign up later). In the club file a choice is identified by its key within its
 * election, so loading the file again updates it instead of adding a second one.
 */
public record ChoiceProfile(String name, Part part, String team, Integer age, Email memberEmail) {

    public static final int MAX_NAME = 30;

    public ChoiceProfile {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "required", "choice name is required");
        }
        name = name.strip();
        if (Text.length(name) > MAX_NAME || Text.hasControlOrBrokenChars(name) || Text.hasFormatChars(name)) {
            throw new InvalidValueException("name", "size", "choice name is invalid: " + name);
        }
        Team valid = Team.orNone(team);
        team = valid == null ? null : valid.name();
        if (age != null && (age < 1 || age > 150)) {
            throw new InvalidValueException("age", "range", "age must be 1 to 150: " + age);
        }
    }

    /** A team as a choice of a TEAMS election: its name, and itself as its team. */
    public static ChoiceProfile ofTeam(Team team) {
        return new ChoiceProfile(team.name(), null, team.name(), null, null);
    }

    /** The email declared for the member who is this candidate, linked or not yet. */
    public Optional<Email> declaredMemberEmail() {
        return Optional.ofNullable(memberEmail);
    }
}
