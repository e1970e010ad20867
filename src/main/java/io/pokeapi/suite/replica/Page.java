package io.pokeapi.suite.replica;

import java.util.Optional;

/**
 * Which slice of a list of {@code count} items one page holds, and which windows its neighbours hold,
 * computed as the live API computes them: the items are {@code results.slice(offset, offset + limit)}
 * and the links come from its {@code getNextPage} and {@code getPreviousPage}. Negative values follow
 * the same arithmetic: {@code limit=-1} holds every item but the last.
 */
record Page(int count, int offset, int limit) {

    Page {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count + " is negative");
        }
    }

    static Page of(int count, PageRequest request) {
        return new Page(count, request.offset(), request.limit());
    }

    /** Index of the first item on this page, as slice reads its start. */
    int fromIndex() {
        return sliceIndex(offset);
    }

    /** Index after the last item on this page, as slice reads its end; never below {@link #fromIndex()}. */
    int toIndex() {
        return Math.max(fromIndex(), sliceIndex(end()));
    }

    /** getNextPage: the window after this one, shortened to end at the count; empty when it would not move on. */
    Optional<PageRequest> next() {
        long begin = end();
        long windowEnd = Math.min((long) offset + 2L * limit, count);
        if (windowEnd <= begin) {
            return Optional.empty();
        }
        return Optional.of(new PageRequest((int) begin, (int) (windowEnd - begin))); // both below count
    }

    /** getPreviousPage: the up to {@code limit} positions before this offset; empty when it would not move back. */
    Optional<PageRequest> previous() {
        long begin = Math.max(0L, (long) offset - limit);
        if (begin >= offset) {
            return Optional.empty();
        }
        return Optional.of(new PageRequest((int) begin, (int) (offset - begin))); // offset is positive here
    }

    /** A position as slice reads it: a negative one counts from the end; the result lies within 0..count. */
    private int sliceIndex(long position) {
        return (int) (position < 0 ? Math.max(count + position, 0) : Math.min(position, count));
    }

    // long: offset and limit may each be as large as Integer.MAX_VALUE
    private long end() {
        return (long) offset + limit;
    }
}
