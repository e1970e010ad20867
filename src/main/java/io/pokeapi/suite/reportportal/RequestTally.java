package io.pokeapi.suite.reportportal;

import com.epam.reportportal.service.ReportPortalClient;
import io.reactivex.Maybe;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts the requests the ReportPortal client sends, answered or not, so that a run can say in one
 * line what ReportPortal did not take. Wraps the client's Retrofit interface; a request the client
 * sends again after a failure counts again.
 */
final class RequestTally {

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    /** The client, counting every request it sends and telling {@code ledger} what ReportPortal answered. */
    ReportPortalClient counting(ReportPortalClient client, DeliveryLedger ledger) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(client, method, args);
            return result instanceof Maybe<?> maybe
                    ? counted(maybe).doOnSuccess(answer -> record(ledger, method, args, answer)) : result;
        };
        return (ReportPortalClient) Proxy.newProxyInstance(ReportPortalClient.class.getClassLoader(),
                new Class<?>[] {ReportPortalClient.class}, handler);
    }

    /** The ledger only watches: whatever it cannot read costs the client's answer nothing. */
    private static void record(DeliveryLedger ledger, Method method, Object[] args, Object answer) {
        try {
            ledger.answered(method, args, answer);
        } catch (RuntimeException unreadable) {
            // not expected of the launch then, so never reported as lost
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private <T> Maybe<T> counted(Maybe<T> request) {
        return request
                .doOnSubscribe(subscription -> sent.incrementAndGet())
                .doOnSuccess(answer -> answered.incrementAndGet())
                .doOnComplete(answered::incrementAndGet)
                .doOnError(this::failed);
    }

    /** Keeps why the first request failed; the client's own failures, which RxJava may be left with, too. */
    void failed(Throwable error) {
        firstFailure.compareAndSet(null, describe(error));
    }

    long sent() {
        return sent.get();
    }

    long answered() {
        return answered.get();
    }

    /** Why the first request failed, or an empty string. */
    String firstFailure() {
        String failure = firstFailure.get();
        return failure == null ? "" : failure;
    }

    /** The innermost cause's message: a connection refused, a timeout, a status. */
    static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
