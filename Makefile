# PokéAPI acceptance suite. `make help` lists the targets; settings come from the environment,
# .env or the make command line (make smoke TARGET=replica), see the README.

MVN      ?= mvn -B -q
CLASSPATH_FILE := target/classpath.txt
# What the build reads: pom.xml and everything under src/main, folders included, since adding, renaming or
# deleting a file changes its folder. The features are read at run time and need no build.
BUILD_INPUTS := pom.xml $(shell find src/main)
# bin/suite builds when needed and runs the suite with the JVM options each command wants; it keeps the
# suite's exit code (0 passed, 1 a scenario failed, 2 could not run), which make turns into 2 on any failure.
SUITE    := bin/suite
# People read make's output: readable log lines, unless LOG_FORMAT is set in the environment, on make's
# command line or in .env (LOG_FORMAT=json for Loki, the default of the suite run by other means).
LOG_FORMAT ?= $(or $(shell sed -n 's/^LOG_FORMAT=//p' .env 2>/dev/null | tr -d "\"' "),text)
export LOG_FORMAT

.DEFAULT_GOAL := help
.PHONY: help build test smoke regression run sweep chaos serve replica load history history-prune rp-dashboards \
        slo-rules bench clean up down ps logs backup restore clean-volumes

# The stack (docker-compose.yml): Docker Compose v2's plugin, else the docker-compose command.
COMPOSE    ?= $(shell docker compose version >/dev/null 2>&1 && echo "docker compose" || echo docker-compose)
BACKUP_DIR ?= backups

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

build: $(CLASSPATH_FILE) ## Compile the suite and resolve its classpath, when pom.xml or src/main changed

# The classpath file, written last, is the build's stamp: newer than every input, the build is up to date.
# A build that fails part way leaves no stamp (.DELETE_ON_ERROR), so the next one runs Maven again.
.DELETE_ON_ERROR:
$(CLASSPATH_FILE): $(BUILD_INPUTS)
	$(MVN) compile dependency:build-classpath -Dmdep.outputFile=$@
	@touch $@

test: ## Unit tests plus every scenario against the embedded replica (bundled fixtures)
	TARGET=replica REPLICA_DATA= $(MVN) test

smoke: build ## Scenarios tagged @smoke against the target (TARGET=replica for the embedded replica)
	$(SUITE) smoke

regression: build ## Scenarios tagged @regression against the target
	$(SUITE) regression

run: build ## Scenarios selected by TAGS, such as make run TAGS='@pokemon and not @negative'
	$(SUITE) run

sweep: build ## Every Pokémon, ability and type against the contracts, the published schemas and each other (SWEEP, SWEEP_SAMPLE)
	$(SUITE) sweep

chaos: build ## The regression scenarios against a replica that fails, slows down and breaks answers
	$(SUITE) chaos

serve: build ## Serve /metrics, /health and POST /runs; run TAGS now and every SERVE_INTERVAL (5m) until Ctrl-C
	$(SUITE) serve

replica: build ## Serve the replica on REPLICA_PORT (default 8080); REPLICA_DATA=<api-data folder> to serve other data
	$(SUITE) replica

load: build ## Locust against the replica (LOAD_HOST for another target): LOAD_PROFILE=smoke|baseline|stress, WORKERS=n
	locust/run-load.sh

history: build ## Recent schema and data changes, baselines and the flakiest scenarios; RUN=<id>: one run
	$(SUITE) history $(RUN)

history-prune: build ## Delete responses, runs and scenario results older than HISTORY_RETENTION (30d), as serve does daily
	$(SUITE) history-prune

rp-dashboards: build ## Create the suite's ReportPortal dashboard once; running it again changes nothing
	$(SUITE) rp-dashboards

slo-rules: build ## Write config/prometheus/slo_rules.yml, the SLOs' recording rules and burn-rate alerts, from config/slo.yml
	$(SUITE) slo-rules

bench: build ## Measure the suite's overhead, the replica's throughput and a full-size sweep over ../shared/pokeapi-data
	$(SUITE) bench
	$(SUITE) bench-sweep

clean: ## Remove build output and reports
	$(MVN) clean

up: ## Start the stack in the background (COMPOSE_PROFILES=reportportal for ReportPortal too); see docs/operations.md
	@test -f .env || { echo "No .env: cp .env.example .env, then replace every change-me value." >&2; exit 2; }
	GIT_COMMIT=$${GIT_COMMIT:-$$(git rev-parse HEAD 2>/dev/null || echo unknown)} $(COMPOSE) up -d --build

down: ## Stop the stack and remove its containers; the volumes, and so the data, stay
	$(COMPOSE) --profile reportportal down

ps: ## The stack's services with their state and health
	$(COMPOSE) ps

logs: ## Follow the stack's logs, or one service's: make logs SERVICE=test-runner
	$(COMPOSE) logs -f --tail=100 $(SERVICE)

backup: ## Dump the history database into backups/pokeapi_cache-<UTC time>.sql.gz
	@mkdir -p $(BACKUP_DIR)
	@file="$(BACKUP_DIR)/pokeapi_cache-$$(date -u +%Y%m%dT%H%M%SZ).sql"; \
	if $(COMPOSE) exec -T postgres sh -c 'pg_dump --clean --if-exists --no-owner -U "$$POSTGRES_USER" "$$POSTGRES_DB"' \
	        > "$$file.partial"; then \
	    mv "$$file.partial" "$$file" && gzip "$$file" && echo "Backed up the history database to $$file.gz"; \
	else \
	    rm -f "$$file.partial"; echo "Backup failed: is the postgres service up (make ps)?" >&2; exit 1; \
	fi

restore: ## Replace the history database with a backup: make restore FILE=backups/pokeapi_cache-….sql.gz
	@test -n "$(FILE)" || { echo "Say which backup: make restore FILE=backups/<file>.sql.gz" >&2; exit 2; }
	@test -f "$(FILE)" || { echo "No backup at $(FILE)" >&2; exit 2; }
	@case "$(FILE)" in *.gz) gzip -t "$(FILE)" || { echo "$(FILE) is not a whole gzip file" >&2; exit 2; };; esac
	@# The test runner stops meanwhile, so that no run writes into a database being replaced; it starts again
	@# whatever the restore's outcome.
	$(COMPOSE) stop test-runner
	@status=0; \
	{ case "$(FILE)" in *.gz) gzip -dc "$(FILE)";; *) cat "$(FILE)";; esac; } \
	    | $(COMPOSE) exec -T postgres sh -c 'psql -q -o /dev/null -v ON_ERROR_STOP=1 -U "$$POSTGRES_USER" -d "$$POSTGRES_DB"' \
	    || status=$$?; \
	$(COMPOSE) start test-runner; \
	if [ $$status = 0 ]; then echo "Restored the history database from $(FILE)"; \
	else echo "Restore from $(FILE) failed (psql exit $$status); the database may be partly restored" >&2; fi; \
	exit $$status

clean-volumes: ## Remove the stack's containers AND volumes: every stored run, metric, log; asks first unless FORCE=1
	@if [ "$(FORCE)" != 1 ]; then \
	    printf 'This deletes the volumes of the stack: history, metrics, logs, dashboards, ReportPortal. Type yes: '; \
	    read answer; [ "$$answer" = yes ] || { echo "Nothing deleted."; exit 1; }; \
	fi
	$(COMPOSE) --profile reportportal down --volumes --remove-orphans
