package io.pokeapi.suite.history;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The responses the history writer has yet to record, bounded in number and in characters of body
 * text: a writer slower than the run makes the run wait for room instead of filling the heap. A
 * response weighs on the backlog from {@link #offer} until the writer is {@link #done} with it, so
 * the bound holds what is being written too.
 */
final class ResponseBacklog {

    /**
     * @param responses  most responses waiting or being written
     * @param characters most characters of body text among them; a larger body is let in alone
     * @param patience   how long an observer waits for room while the writer finishes nothing
     */
    record Limits(int responses, long characters, Duration patience) {

        static final Limits DEFAULT = new Limits(2_000, 32L * 1024 * 1024, Duration.ofSeconds(60));

        Limits {
            if (responses < 1 || characters < 1 || patience.isNegative() || patience.isZero()) {
                throw new IllegalArgumentException("backlog limits must be positive: " + responses + " responses, "
                        + characters + " characters, " + patience);
            }
        }
    }

    /**
     * @param peakResponses  most responses waiting or being written at once
     * @param peakCharacters most characters of body text among them at once
     * @param waitedNanos    how long observers waited for room, all of them together
     */
    record Peaks(int peakResponses, long peakCharacters, long waitedNanos) {
    }

    private final Limits limits;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when the writer is done with responses, or the backlog closes. */
    private final Condition room = lock.newCondition();
    /** Signalled when a response arrives. */
    private final Condition work = lock.newCondition();
    private final ArrayDeque<QueuedResponse> waiting = new ArrayDeque<>();
    private int responses;
    private long characters;
    private long lastDone = System.nanoTime();
    private boolean closed;
    private int peakResponses;
    private long peakCharacters;
    private long waitedNanos;

    ResponseBacklog(Limits limits) {
        this.limits = limits;
    }

    Limits limits() {
        return limits;
    }

    /**
     * Queues a response. While the backlog is full it waits for room for as long as the writer keeps
     * finishing responses, and gives up once the writer finished none for the patience.
     *
     * @return false if it gave up, or the backlog is closed
     */
    boolean offer(QueuedResponse response) throws InterruptedException {
        long weight = response.characters();
        lock.lockInterruptibly();
        try {
            long started = System.nanoTime();
            try {
                while (!closed && !fits(weight)) {
                    if (!awaitProgress(started)) {
                        return false;
                    }
                }
            } finally {
                waitedNanos += System.nanoTime() - started;
            }
            if (closed) {
                return false;
            }
            waiting.add(response);
            responses++;
            characters += weight;
            peakResponses = Math.max(peakResponses, responses);
            peakCharacters = Math.max(peakCharacters, characters);
            work.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The oldest waiting responses, at most {@code maxResponses} of them and, after the first,
     * {@code maxCharacters}; waits up to {@code timeout} for a first one and is empty if none came.
     * They weigh on the backlog until {@link #done}.
     */
    List<QueuedResponse> take(int maxResponses, long maxCharacters, Duration timeout) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            long left = timeout.toNanos();
            while (waiting.isEmpty() && left > 0) {
                left = work.awaitNanos(left);
            }
            List<QueuedResponse> batch = new ArrayList<>(Math.min(maxResponses, waiting.size()));
            long batchCharacters = 0;
            while (!waiting.isEmpty() && batch.size() < maxResponses
                    && (batch.isEmpty() || batchCharacters + waiting.peek().characters() <= maxCharacters)) {
                QueuedResponse next = waiting.poll();
                batch.add(next);
                batchCharacters += next.characters();
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    /** The writer is done with these responses, recorded or not: they make room. */
    void done(List<QueuedResponse> batch) {
        if (batch.isEmpty()) {
            return;
        }
        lock.lock();
        try {
            responses -= batch.size();
            characters -= batch.stream().mapToLong(QueuedResponse::characters).sum();
            lastDone = System.nanoTime();
            room.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Refuses every later response and forgets the waiting ones, which are not recorded.
     *
     * @return how many responses it forgot
     */
    int close() {
        lock.lock();
        try {
            closed = true;
            int forgotten = waiting.size();
            responses -= forgotten;
            characters -= waiting.stream().mapToLong(QueuedResponse::characters).sum();
            waiting.clear();
            room.signalAll();
            return forgotten;
        } finally {
            lock.unlock();
        }
    }

    /** Whether no response waits for the writer; some may still be being written. */
    boolean nothingWaiting() {
        return locked(() -> waiting.isEmpty());
    }

    /** Responses waiting or being written. */
    int size() {
        return locked(() -> responses);
    }

    Peaks peaks() {
        return locked(() -> new Peaks(peakResponses, peakCharacters, waitedNanos));
    }

    private <T> T locked(Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    /** A response too large for the bound alone is let in when nothing else is there. */
    private boolean fits(long weight) {
        return responses == 0 || responses < limits.responses() && characters + weight <= limits.characters();
    }

    /**
     * Waits for the writer to be done with something; false once the patience ran out since
     * {@code started} or since the writer was last done with responses, whichever is later.
     */
    private boolean awaitProgress(long started) throws InterruptedException {
        long since = lastDone - started > 0 ? lastDone : started;
        long left = limits.patience().toNanos() - (System.nanoTime() - since);
        if (left <= 0) {
            return false;
        }
        room.awaitNanos(left);
        return true;
    }
}
