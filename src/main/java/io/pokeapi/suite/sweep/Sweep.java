package io.pokeapi.suite.sweep;

import io.pokeapi.suite.client.PokeApiClient;
import io.pokeapi.suite.contract.ContractBook;
import io.pokeapi.suite.sweep.schema.PublishedSchemas;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A run's sweep: made once, by the first scenario that asks for it, however many scenarios read it; those
 * that ask meanwhile wait for it. A sweep that could not be made fails each scenario that reads it with
 * the same reason.
 */
public final class Sweep {

    private final Supplier<SweepResult> pass;
    private final Consumer<SweepResult> onFinished;
    private SweepResult result;
    private SweepFailedException failure;

    private Sweep(Supplier<SweepResult> pass, Consumer<SweepResult> onFinished) {
        this.pass = pass;
        this.onFinished = onFinished;
    }

    /**
     * @param onFinished told of the result once, such as the history that keeps its unknown fields
     */
    public static Sweep of(PokeApiClient client, SweepPlan plan, Supplier<ContractBook> contracts,
            Supplier<PublishedSchemas> schemas, SweepProgress.Listener listener, Consumer<SweepResult> onFinished) {
        return new Sweep(() -> new SweepPass(client, plan, contracts.get(), schemas, listener).run(), onFinished);
    }

    /** A sweep made by {@code pass}, when a scenario first asks. */
    public static Sweep from(Supplier<SweepResult> pass) {
        return new Sweep(pass, result -> { });
    }

    /** The sweep's result, made now if no scenario asked before. */
    public synchronized SweepResult result() {
        if (failure != null) {
            throw failure;
        }
        if (result == null) {
            try {
                result = pass.get();
            } catch (SweepFailedException e) {
                failure = e;
                throw e;
            }
            onFinished.accept(result);
        }
        return result;
    }

    /** The result, if a scenario made the sweep. */
    public synchronized Optional<SweepResult> ifMade() {
        return Optional.ofNullable(result);
    }
}
