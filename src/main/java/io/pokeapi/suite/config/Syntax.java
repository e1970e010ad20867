package io.pokeapi.suite.config;

import java.util.Optional;
import java.util.function.Function;

/**
 * How a setting's value is written: read from its text, and written back as text for the documented default.
 *
 * @param <T> the value the text stands for
 */
public interface Syntax<T> {

    /**
     * The value {@code text} stands for.
     *
     * @throws IllegalArgumentException saying in a few words what a valid value looks like
     */
    T parse(String text);

    /** The text that {@link #parse parses} back to {@code value}. */
    String format(T value);

    static <T> Syntax<T> of(Function<String, T> parser, Function<T, String> formatter) {
        return new Syntax<>() {
            @Override
            public T parse(String text) {
                return parser.apply(text);
            }

            @Override
            public String format(T value) {
                return formatter.apply(value);
            }
        };
    }

    /** A syntax whose values are only read: a setting of this syntax documents its default in words. */
    static <T> Syntax<T> readOnly(Function<String, T> parser) {
        return of(parser, value -> {
            throw new UnsupportedOperationException("a value of this syntax is documented in words, not written");
        });
    }

    /** The same syntax, for a setting that may be left unset: an empty default. */
    default Syntax<Optional<T>> optional() {
        return of(text -> Optional.of(parse(text)), value -> value.map(this::format).orElse(""));
    }

    /** The same values, read into another type and written back from it. */
    default <R> Syntax<R> map(Function<T, R> reader, Function<R, T> writer) {
        return of(text -> reader.apply(parse(text)), value -> format(writer.apply(value)));
    }
}
