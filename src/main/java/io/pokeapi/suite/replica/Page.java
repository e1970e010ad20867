package io.pokeapi.suite.replica;

import java.util.Optional;

/**
 * Which slice of a list of {@code count} items one page holds, and which windows its neighbours hold.
 * Pure arithmetic, as the live API pages: a neighbour's limit shrinks so that it asks for no item
 * beyond either end of the list.
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

    /** The items after this page, at most {@code limit} of them; empty when none remain. */
    Optional<PageRequest> next() {
        if (end() >= count) {
            return Optional.empty();
        }
        int nextOffset = (int) end(); // below count, so it fits
        return Optional.of(new PageRequest(nextOffset, Math.min(limit, count - nextOffset)));
    }

    /** The up to {@code limit} positions before this page, even when the offset is past the end. */
    Optional<PageRequest> previous() {
        if (offset == 0) {
            return Optional.empty();
        }
        int previousOffset = Math.max(0, offset - limit);
        return Optional.of(new PageRequest(previousOffset, offset - previousOffset));
    }

    // long: offset and limit may each be as large as Integer.MAX_VALUE
    private long end() {
        return (long) offset + limit;
    }
}
