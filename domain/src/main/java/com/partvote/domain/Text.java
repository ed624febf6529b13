package com.partvote.domain;

/** Small text rules shared by the value objects. */
public final class Text {

    private Text() {
    }

    /** Length in Unicode code points, so that a Hangul syllable or an emoji counts as one. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** True when the text holds a control character (C0, DEL, C1) or an unpaired surrogate. */
    public static boolean hasControlOrBrokenChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when the text holds an invisible format character (zero-width, bidi controls: category Cf). */
    public static boolean hasFormatChars(String s) {
        return s.codePoints().anyMatch(cp -> Character.getType(cp) == Character.FORMAT);
    }

    /** Compares by Unicode code point, which for Hangul syllables is Korean dictionary order. */
    public static int compareByCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
