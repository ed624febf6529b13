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

    /** Removes leading and trailing white space of every kind, the no-break and ideographic spaces included. */
    public static String stripSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /**
     * True for a character that draws nothing: white space, format characters (zero-width space,
     * joiners, bidi controls), the Hangul fillers, the blank Braille pattern, variation selectors and
     * the combining grapheme joiner.
     */
    public static boolean isInvisible(int cp) {
        return isSpace(cp)
                || Character.getType(cp) == Character.FORMAT
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0   // Hangul fillers
                || cp == 0x2800                                                  // Braille blank
                || cp == 0x034F                                                  // combining grapheme joiner
                || cp == 0x180E || (cp >= 0x180B && cp <= 0x180D)                // Mongolian selectors
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF); // variation selectors
    }

    /** True for a combining mark (non-spacing, spacing or enclosing): it draws on the character before it. */
    public static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** True when the text holds a character that changes the direction of what follows (bidi controls). */
    public static boolean hasBidiControls(String s) {
        return s.codePoints().anyMatch(cp -> cp == 0x061C || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069));
    }

    /** True when at least one character of the text draws something (not white space, format or filler, not a lone mark). */
    public static boolean hasVisibleChars(String s) {
        return s.codePoints().anyMatch(cp -> !isInvisible(cp) && !isCombiningMark(cp));
    }

    /** The longest run of consecutive combining marks: a base letter carries a few; "Zalgo" text carries dozens. */
    public static int longestCombiningRun(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            run = isCombiningMark(cp) ? run + 1 : 0;
            longest = Math.max(longest, run);
            i += Character.charCount(cp);
        }
        return longest;
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
