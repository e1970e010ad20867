package io.pokeapi.suite.replica;

import java.util.OptionalLong;

/** JavaScript's {@code parseInt(text)}, which the live API reads offset and limit with. */
final class JsParseInt {

    private JsParseInt() {
    }

    /**
     * The integer that {@code text} starts with, after leading white space: an optional sign, then
     * decimal digits, or hex digits after {@code 0x}; whatever follows is ignored. Saturates at the
     * bounds of a long where JavaScript would give an inexact large number.
     *
     * @return empty where parseInt gives NaN
     */
    static OptionalLong parse(String text) {
        int i = 0;
        while (i < text.length() && isWhiteSpace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int radix = 10;
        if (text.startsWith("0x", i) || text.startsWith("0X", i)) {
            radix = 16;
            i += 2;
        }
        int start = i;
        long magnitude = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = c < 128 ? Character.digit(c, radix) : -1; // JavaScript's digits are ASCII only
            if (digit < 0) {
                break;
            }
            magnitude = magnitude > (Long.MAX_VALUE - digit) / radix ? Long.MAX_VALUE : magnitude * radix + digit;
        }
        if (i == start) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(negative ? -magnitude : magnitude);
    }

    /** JavaScript's StrWhiteSpaceChar: white space and line terminators. */
    private static boolean isWhiteSpace(char c) {
        return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                || c == 0xFEFF || c == 0x2028 || c == 0x2029
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}
