package io.pokeapi.suite.replica;

import java.util.OptionalInt;

/**
 * Which slice of a list of {@code count} items one page holds, and where its neighbours start.
 * Pure arithmetic, as the live API pages: {@code next} while items remain after this page,
 * {@code previous} whenever the page does not start at 0.
 */
record Page(int count, int offset, int limit) {

    Page {
        if (count < 0 || offset < 0 || limit < 1) {
            throw new IllegalArgumentException(
                    "count " + count + ", offset " + offset + " and limit " + limit + " are out of range");
        }
    }

    static Page of(int count, PageRequest request) {
        return new Page(count, request.offset(), request.limit());
    }

    /** Index of the first item on this page; {@code count} when the offset is past the end. */
    int fromIndex() {
        return Math.min(offset, count);
    }

    /** Index after the last item on this page. */
    int toIndex() {
        return (int) Math.min(end(), count);
    }

    OptionalInt nextOffset() {
        return end() < count ? OptionalInt.of((int) end()) : OptionalInt.empty();
    }

    OptionalInt previousOffset() {
        return offset > 0 ? OptionalInt.of(Math.max(0, offset - limit)) : OptionalInt.empty();
    }

    // long: offset and limit may each be as large as Integer.MAX_VALUE
    private long end() {
        return (long) offset + limit;
    }
}
