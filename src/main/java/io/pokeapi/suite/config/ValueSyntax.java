package io.pokeapi.suite.config;

import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The plain syntaxes of settings: numbers, switches, names, paths, lists and choices. */
public final class ValueSyntax {

    private static final Pattern PERCENTAGE = Pattern.compile("(\\d{1,4}(?:\\.\\d+)?)\\s*%?");
    private static final String HOME = System.getProperty("user.home");

    private ValueSyntax() {
    }

    /** The text as it is. */
    public static Syntax<String> text() {
        return Syntax.of(Function.identity(), Function.identity());
    }

    /** Text that an HTTP header can carry: printable ASCII, not blank. */
    public static Syntax<String> headerValue() {
        return Syntax.of(ValueSyntax::headerValue, Function.identity());
    }

    static String headerValue(String text) {
        if (text.isBlank() || !text.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException("expected printable ASCII text, not blank, as an HTTP header holds");
        }
        return text;
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Syntax<Integer> wholeNumber(int min, int max) {
        return Syntax.of(text -> wholeNumber(text, min, max), String::valueOf);
    }

    static int wholeNumber(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new IllegalArgumentException("expected a whole number from " + min + " to " + max);
    }

    /** {@code on} or {@code off}, {@code true} or {@code false}, {@code yes} or {@code no}; written on or off. */
    public static Syntax<Boolean> onOff() {
        return Syntax.of(ValueSyntax::parseSwitch, on -> on ? "on" : "off");
    }

    /** The same switch, written true or false. */
    public static Syntax<Boolean> trueFalse() {
        return Syntax.of(ValueSyntax::parseSwitch, String::valueOf);
    }

    private static boolean parseSwitch(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("expected on or off (true or false)");
        };
    }

    /** {@code 20%} (or {@code 20}), above 0 and at most 1000%, read as a share: 0.2. */
    public static Syntax<Double> percentage() {
        return Syntax.of(text -> {
            Matcher matcher = PERCENTAGE.matcher(text.trim());
            if (matcher.matches()) {
                double percent = Double.parseDouble(matcher.group(1));
                if (percent > 0 && percent <= 1000) {
                    return percent / 100;
                }
            }
            throw new IllegalArgumentException("expected a percentage such as 20% (above 0, at most 1000%)");
        }, share -> decimal(BigDecimal.valueOf(share).movePointRight(2)) + "%");
    }

    /** A number as it is written by hand: 20, 2.5, never 20.0 or 2E+1. */
    static String decimal(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** A name that goes into a URL or a launch attribute: no spaces, '/', '?' or '#'. */
    public static Syntax<String> name() {
        return matching("[^\\s/?#]{1,128}", "a name of 1 to 128 characters without spaces, '/', '?' or '#'");
    }

    /** A database name goes into CREATE DATABASE, which takes no bind parameters: keep it a plain identifier. */
    public static Syntax<String> identifier() {
        return matching("[A-Za-z_][A-Za-z0-9_]{0,62}", "letters, digits and underscores, not starting with a digit");
    }

    /**
     * A bearer token as RFC 6750 writes one (letters, digits and {@code -._~+/}, then any {@code =}), at least
     * {@code minLength} characters long: a token short enough to guess protects nothing.
     */
    public static Syntax<String> bearerToken(int minLength) {
        return matching("(?=.{" + minLength + ",})[A-Za-z0-9._~+/-]+=*", "a token of at least " + minLength
                + " characters: letters, digits and - . _ ~ + /");
    }

    private static Syntax<String> matching(String regex, String expected) {
        Pattern pattern = Pattern.compile(regex);
        return Syntax.of(text -> {
            if (!pattern.matcher(text).matches()) {
                throw new IllegalArgumentException("expected " + expected);
            }
            return text;
        }, Function.identity());
    }

    /** A path; a leading ~ is the user's home folder, as in a shell, and a path in it is written so. */
    public static Syntax<Path> path() {
        return Syntax.of(text -> text.equals("~") || text.startsWith("~/") ? Path.of(HOME + text.substring(1)) : Path.of(text),
                path -> path.startsWith(HOME) ? "~/" + Path.of(HOME).relativize(path) : path.toString());
    }

    /** Items separated by commas, spaces around them ignored. */
    public static Syntax<List<String>> commaSeparated() {
        return Syntax.of(text -> Arrays.stream(text.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList(),
                items -> String.join(",", items));
    }

    /** One of an enum's constants, by its name in any case; written in lower case. */
    public static <E extends Enum<E>> Syntax<E> choice(Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(ValueSyntax::lowerCase).toList();
        String expected = names.size() == 2 ? "expected '" + names.get(0) + "' or '" + names.get(1) + "'"
                : "expected one of " + String.join(", ", names);
        return Syntax.of(text -> Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(text.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(expected)), ValueSyntax::lowerCase);
    }

    private static String lowerCase(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A Cucumber tag expression, checked by Cucumber's own parser.
     *
     * @throws IllegalArgumentException saying what is wrong and what an expression looks like
     */
    public static String tagExpression(String text) {
        try {
            TagExpressionParser.parse(text);
            return text;
        } catch (TagExpressionException e) {
            throw new IllegalArgumentException("not a Cucumber tag expression (" + e.getMessage()
                    + "); write for example '@smoke and not @negative'");
        }
    }
}
