package com.partvote.domain.member;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.Text;

/** One of the club's teams, by its name (trimmed, 1 to 50 characters, nothing invisible). */
public record Team(String name) {

    public static final int MAX_LENGTH = 50;

    public Team {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("team", "required", "team is required");
        }
        name = name.strip();
        if (Text.length(name) > MAX_LENGTH || Text.hasControlOrBrokenChars(name) || Text.hasFormatChars(name)) {
            throw new InvalidValueException("team", "format", "team name is invalid");
        }
    }

    /** The team of this name, or null for a blank one (the team is optional where it is used). */
    public static Team orNone(String name) {
        return name == null || name.isBlank() ? null : new Team(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
