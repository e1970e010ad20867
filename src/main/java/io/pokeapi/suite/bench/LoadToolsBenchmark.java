package io.pokeapi.suite.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests per second the replica sustains for one route under Locust and under wrk, side by side: Locust
 * is what the load tests use, wrk what the replica can take. A tool that is not installed is named, not run.
 */
final class LoadToolsBenchmark {

    private static final Pattern WRK_RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final int CONNECTIONS = 16;
    private static final int SECONDS = 8;

    private final PrintStream out;

    LoadToolsBenchmark(PrintStream out) {
        this.out = out;
    }

    /** @param route such as http://127.0.0.1:41621/api/v2/pokemon/25 */
    void run(URI route) {
        String path = route.getRawPath();
        out.printf("  replica GET %s under wrk   : %s%n", path, wrk(route).map(LoadToolsBenchmark::rate)
                .orElse("not measured: wrk is not installed (apt-get install wrk)"));
        out.printf("  replica GET %s under Locust: %s%n", path, locust(route).map(LoadToolsBenchmark::rate)
                .orElse("not measured: locust is not installed (apt-get install python3-locust)"));
    }

    private static String rate(double perSecond) {
        return String.format("%,.0f requests/s (%d connections, %d s)", perSecond, CONNECTIONS, SECONDS);
    }

    private Optional<Double> wrk(URI route) {
        if (!onPath("wrk")) {
            return Optional.empty();
        }
        // Gzip, as Locust's client asks for it, so that both measure the same answers.
        String output = execute(List.of("wrk", "-t2", "-c" + CONNECTIONS, "-d" + SECONDS + "s",
                "-H", "Accept-Encoding: gzip", route.toString()));
        Matcher rate = WRK_RATE.matcher(output);
        if (!rate.find()) {
            out.println("  wrk printed no rate: " + output.strip().lines().findFirst().orElse("(nothing)"));
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(rate.group(1)));
    }

    private Optional<Double> locust(URI route) {
        if (!onPath("locust")) {
            return Optional.empty();
        }
        try {
            Path work = Files.createTempDirectory("bench-locust");
            String origin = route.getScheme() + "://" + route.getRawAuthority();
            execute(List.of("locust", "-f", "locust/bench_locustfile.py", "--headless", "--only-summary",
                    "--host", origin, "-u", Integer.toString(CONNECTIONS), "-r", Integer.toString(CONNECTIONS),
                    "-t", SECONDS + "s", "--csv", work.resolve("bench").toString()),
                    "LOAD_BENCH_PATH", route.getRawPath());
            OptionalDouble rate = aggregatedRate(work.resolve("bench_stats.csv"));
            return rate.isPresent() ? Optional.of(rate.getAsDouble()) : Optional.empty();
        } catch (IOException e) {
            out.println("  Locust's statistics could not be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The "Requests/s" of the Aggregated row of Locust's statistics CSV. */
    static OptionalDouble aggregatedRate(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<String> header = List.of(lines.get(0).split(","));
        int column = header.indexOf("Requests/s");
        return lines.stream().skip(1).map(line -> line.split(","))
                .filter(cells -> cells.length > column && cells[1].replace("\"", "").equals("Aggregated"))
                .mapToDouble(cells -> Double.parseDouble(cells[column])).findFirst();
    }

    private String execute(List<String> command, String... environment) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        for (int i = 0; i + 1 < environment.length; i += 2) {
            builder.environment().put(environment[i], environment[i + 1]);
        }
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(SECONDS + 60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return command.get(0) + " could not run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }
}
