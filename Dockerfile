# The test runner: the suite's serve mode (/metrics, /health, POST /runs, a run every SERVE_INTERVAL).
#   docker build -t pokeapi-suite .
#   docker run --rm -p 127.0.0.1:8000:8000 -e TARGET=replica pokeapi-suite
#   docker run --rm -e TAGS=@smoke pokeapi-suite run      # one run, then exit (0 passed, 1 failed, 2 could not run)

# Build stage: compiles the suite and gathers its runtime jars into target/lib.
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /build
# Dependencies and plugins first, in a layer of their own: a change to src/ does not download them again.
# (dependency:go-offline would also resolve optional dependencies the build never uses, and fails on
# jdbi3-postgres's optional jdbi3-json.) The build then runs offline, which proves the layer complete.
COPY pom.xml .
RUN mvn -B -q dependency:resolve dependency:resolve-plugins
COPY src ./src
RUN mvn -B -q -o -Dmaven.test.skip=true compile dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory=target/lib

# Runtime stage: a JRE, the classes, the jars and the features; no Maven, no JDK, no sources.
FROM eclipse-temurin:17.0.15_6-jre-jammy
# curl is installed on purpose rather than assumed from the base image: the health check needs it.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 suite \
    && useradd --system --uid 10001 --gid suite --home-dir /app --shell /usr/sbin/nologin suite
WORKDIR /app
COPY --from=build /build/target/lib/ /app/lib/
COPY --from=build /build/target/classes/ /app/classes/
COPY features/ /app/features/
# The one folder the suite writes to: reports (REPORTS_DIR's default) and, when no POSTGRES_HOST is
# given, the embedded PostgreSQL's data (HISTORY_DIR below).
RUN mkdir -p /app/target/reports /app/target/history && chown -R suite:suite /app/target

ARG GIT_COMMIT=unknown
LABEL org.opencontainers.image.title="PokéAPI observability tests" \
      org.opencontainers.image.revision="${GIT_COMMIT}"
# JSON log lines on stdout for Promtail and Loki; the container's heap follows its memory limit;
# UTF-8 output whatever the host's locale: Pokémon names in the report on stderr.
ENV LOG_FORMAT=json \
    LANG=C.UTF-8 \
    PROMETHEUS_PORT=8000 \
    HISTORY_DIR=/app/target/history \
    GIT_COMMIT=${GIT_COMMIT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

USER suite:suite
EXPOSE 8000
# Healthy while the serve mode answers /health: 200 (UP, DEGRADED) or 503 (DOWN: the last run failed or could
# not run, which Prometheus alerts on). A 503 is the suite reporting on the API, not the container failing.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:${PROMETHEUS_PORT}/health"); \
        [ "$code" = 200 ] || [ "$code" = 503 ]
# Exec form: the JVM is PID 1 and gets SIGTERM, on which the serve mode stops cleanly.
ENTRYPOINT ["java", "-cp", "/app/classes:/app/lib/*", "io.pokeapi.suite.cli.Main"]
CMD ["serve"]
