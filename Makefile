# PokéAPI acceptance suite. `make help` lists the targets; settings come from the environment,
# .env or the make command line (make smoke TARGET=replica), see the README.

MVN      ?= mvn -B -q
JAVA     ?= java
# A suite run is short: the C1 compiler alone warms up fastest on a small machine.
RUN_OPTS ?= -XX:TieredStopAtLevel=1
CLASSPATH_FILE := target/classpath.txt
MAIN     := io.pokeapi.suite.cli.Main
CP        = -cp target/classes:$$(cat $(CLASSPATH_FILE))
CLI       = $(JAVA) $(RUN_OPTS) $(CP) $(MAIN)
# The replica and the serve mode are long-running: they keep the JVM's full JIT.
SERVER    = $(JAVA) $(CP) $(MAIN)
# People read make's output: readable log lines, unless LOG_FORMAT is set in the environment, on make's
# command line or in .env (LOG_FORMAT=json for Loki, the default of the suite run by other means).
LOG_FORMAT ?= $(or $(shell sed -n 's/^LOG_FORMAT=//p' .env 2>/dev/null | tr -d "\"' "),text)
export LOG_FORMAT

.DEFAULT_GOAL := help
.PHONY: help build test smoke regression run chaos serve replica load history rp-dashboards bench clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

build: ## Compile the suite and resolve its classpath
	$(MVN) compile dependency:build-classpath -Dmdep.outputFile=$(CLASSPATH_FILE)

test: ## Unit tests plus every scenario against the embedded replica (bundled fixtures)
	TARGET=replica REPLICA_DATA= HISTORY_DIR=target/test-history $(MVN) test

smoke: build ## Scenarios tagged @smoke against the target (TARGET=replica for the embedded replica)
	TAGS='@smoke' $(CLI) run

regression: build ## Scenarios tagged @regression against the target
	TAGS='@regression' $(CLI) run

run: build ## Scenarios selected by TAGS, such as make run TAGS='@pokemon and not @negative'
	$(CLI) run

chaos: build ## The regression scenarios against a replica that fails, slows down and breaks answers
	TARGET=replica TAGS='@regression' \
	REPLICA_ERROR_RATE="$${REPLICA_ERROR_RATE:-20%:503}" REPLICA_LATENCY="$${REPLICA_LATENCY:-0ms-50ms}" \
	REPLICA_BREAK="$${REPLICA_BREAK:-reset:2%}" REPLICA_FAIL_FIRST="$${REPLICA_FAIL_FIRST:-/api/v2/pokemon/pikachu:1:429}" \
	$(CLI) run

serve: build ## Serve /metrics, /health and POST /runs; run TAGS now and every SERVE_INTERVAL (5m) until Ctrl-C
	$(SERVER) serve

replica: build ## Serve the replica on REPLICA_PORT (default 8080); REPLICA_DATA=<api-data folder> to serve other data
	REPLICA_PORT=$${REPLICA_PORT:-8080} $(SERVER) replica

load: build ## Locust against the replica (LOAD_HOST for another target): LOAD_PROFILE=smoke|baseline|stress, WORKERS=n
	locust/run-load.sh

history: build ## Recent schema and data changes, latency baselines and the flakiest scenarios
	$(CLI) history

rp-dashboards: build ## Create the suite's ReportPortal dashboard once; running it again changes nothing
	$(CLI) rp-dashboards

bench: build ## Measure the suite's overhead and the replica's throughput over ../shared/pokeapi-data
	$(CLI) bench

clean: ## Remove build output and reports
	$(MVN) clean
