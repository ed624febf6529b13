package com.partvote.domain.member;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.Text;
import java.text.Normalizer;

/**
 * A member's display name, as other members will read it in a ballot or a result: NFC-normalised
 * (Hangul syllables stay as typed; decomposed jamo are composed), trimmed of white space of any
 * kind, 1 to 30 characters. Refused: a name that draws nothing (zero-width spaces, Hangul fillers,
 * the blank Braille pattern), control characters, bidi controls (which would turn the text around
 * it), and more than {@value #MAX_COMBINING_RUN} combining marks on one character.
 */
public record MemberName(String value) {

    public static final int MAX_LENGTH = 30;
    public static final int MAX_COMBINING_RUN = 4;

    public MemberName {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("name", "required", "name is required");
        }
        if (value.length() > 8 * MAX_LENGTH) {
            throw tooLong();
        }
        if (Text.hasControlOrBrokenChars(value)) {
            throw new InvalidValueException("name", "format", "name holds control characters");
        }
        value = Text.stripSpaces(Normalizer.normalize(value, Normalizer.Form.NFC));
        if (!Text.hasVisibleChars(value)) {
            throw new InvalidValueException("name", "required", "name has no visible character");
        }
        if (Text.length(value) > MAX_LENGTH) {
            throw tooLong();
        }
        if (Text.hasBidiControls(value)) {
            throw new InvalidValueException("name", "format", "name holds bidi control characters");
        }
        if (Text.longestCombiningRun(value) > MAX_COMBINING_RUN) {
            throw new InvalidValueException("name", "format", "name stacks too many combining marks");
        }
    }

    private static InvalidValueException tooLong() {
        return new InvalidValueException("name", "size", "name is longer than " + MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
