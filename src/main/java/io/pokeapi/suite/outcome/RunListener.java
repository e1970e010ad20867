package io.pokeapi.suite.outcome;

/**
 * Told of each finished run, with its one result: the metrics, ReportPortal, the console and the run summary
 * read it; none of them drives the run or works out its verdict again.
 */
@FunctionalInterface
public interface RunListener {

    void runFinished(RunResult result);
}
