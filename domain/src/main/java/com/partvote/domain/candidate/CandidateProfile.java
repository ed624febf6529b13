package com.partvote.domain.candidate;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.Text;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Part;
import java.util.Objects;
import java.util.Optional;

/**
 * What the election's operator declares about a candidate: name, part, optional team and age,
 * and optionally the email of the member account that IS this candidate. The natural key is
 * (part, name): loading the same profile again updates it instead of adding a second candidate.
 */
public record CandidateProfile(String name, Part part, String team, Integer age, Email memberEmail) {

    public static final int MAX_NAME = 30;
    public static final int MAX_TEAM = 50;

    public CandidateProfile {
        Objects.requireNonNull(part, "part");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "required", "candidate name is required");
        }
        name = name.strip();
        if (Text.length(name) > MAX_NAME || Text.hasControlOrBrokenChars(name)) {
            throw new InvalidValueException("name", "size", "candidate name is invalid: " + name);
        }
        if (team != null) {
            team = team.strip();
            if (team.isEmpty()) {
                team = null;
            } else if (Text.length(team) > MAX_TEAM || Text.hasControlOrBrokenChars(team)) {
                throw new InvalidValueException("team", "size", "team is invalid: " + team);
            }
        }
        if (age != null && (age < 1 || age > 150)) {
            throw new InvalidValueException("age", "range", "age must be 1 to 150: " + age);
        }
    }

    public Optional<Email> linkedEmail() {
        return Optional.ofNullable(memberEmail);
    }
}
