package com.partvote.domain.member;

import com.partvote.domain.InvalidValueException;
import com.partvote.domain.Text;
import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * An email address in one canonical form, so that spellings a person cannot tell apart are one
 * value (one account, one candidate link):
 * <ul>
 *   <li>the local part as RFC 8265 (PRECIS UsernameCaseMapped) prepares a username: width-mapped and
 *       compatibility-normalised (NFKC: fullwidth letters, a no-break space), case-folded, and made
 *       of letters, digits, combining marks after a letter and printable ASCII only;</li>
 *   <li>the domain through IDNA (an internationalised domain and its punycode form are one domain),
 *       kept in its Unicode form, lower case;</li>
 *   <li>surrounding white space of any kind removed; what does not survive this (invisible or
 *       format characters, a Hangul filler, a malformed domain) is refused, never silently altered.</li>
 * </ul>
 * At most 254 characters (counted on the ASCII form of the domain), local part at most 64.
 */
public record Email(String value) {

    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;

    public Email {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("email", "required", "email is required");
        }
        if (value.length() > 4 * MAX_LENGTH) {
            throw tooLong();
        }
        value = canonical(value);
    }

    private static String canonical(String raw) {
        if (Text.hasControlOrBrokenChars(raw)) {
            throw malformed();
        }
        String text = Text.stripSpaces(Normalizer.normalize(raw, Normalizer.Form.NFKC));
        int at = text.indexOf('@');
        if (at <= 0 || at != text.lastIndexOf('@') || at == text.length() - 1) {
            throw malformed();
        }
        String local = localPart(text.substring(0, at));
        String asciiDomain = asciiDomain(text.substring(at + 1));
        if (Text.length(local) + 1 + asciiDomain.length() > MAX_LENGTH) {
            throw tooLong();
        }
        return local + "@" + Normalizer.normalize(IDN.toUnicode(asciiDomain), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** RFC 8265 section 3.3: width mapping and NFKC already done; case fold, then NFKC once more. */
    private static String localPart(String local) {
        String folded = Normalizer.normalize(local.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
        if (Text.length(folded) > MAX_LOCAL_LENGTH) {
            throw malformed();
        }
        int previous = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            if (!allowedInLocalPart(cp, previous)) {
                throw malformed();
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        return folded;
    }

    private static boolean allowedInLocalPart(int cp, int previous) {
        if (cp < 0x80) {
            return cp > 0x20 && cp < 0x7F && cp != '@';
        }
        if (Text.isInvisible(cp)) {
            return false;
        }
        if (Text.isCombiningMark(cp)) {
            return previous != -1 && Character.isLetterOrDigit(previous);
        }
        return Character.isLetterOrDigit(cp);
    }

    private static String asciiDomain(String domain) {
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            throw malformed();
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                throw malformed();
            }
        }
        return ascii;
    }

    private static InvalidValueException malformed() {
        return new InvalidValueException("email", "format", "email is not a valid address");
    }

    private static InvalidValueException tooLong() {
        return new InvalidValueException("email", "size", "email is longer than " + MAX_LENGTH);
    }

    /** Normalizes without throwing: for lookups where a malformed address simply matches nobody. */
    public static Optional<Email> tryParse(String raw) {
        try {
            return Optional.of(new Email(raw));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
