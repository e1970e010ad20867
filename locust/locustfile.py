"""PokéAPI under load: Pokémon, abilities, types and list pages, weighted, each answer checked.

    locust -f locust/locustfile.py --headless -u 10 -r 5 -t 1m --host http://localhost:8080

Locust's options set the users and the run's length; locust/staged.py drives the same users through
LOAD_PROFILE's stages instead, as `make load` does. Other settings come from the environment (LOAD_*, see the
README's "Load tests"). Requests are named by route template (/pokemon/{id}) so that statistics stay bounded.
"""

from __future__ import annotations

import logging
import random
import sys

import locust.runners
from locust import FastHttpUser, between, events, task
from locust.runners import MasterRunner, WorkerRunner

import load_report
import load_settings

try:
    import load_metrics
except ImportError as missing:  # prometheus_client is optional: without it, no /metrics
    load_metrics = None
    METRICS_MISSING = str(missing)

SETTINGS: load_settings.LoadSettings | None = None
WORKERS_AT_START = 0

if not locust.runners.__version__:
    # Debian's python3-locust carries no version, and a master takes a worker without one for a pre-2.0
    # worker it refuses: master and workers load this file, so both report the same stand-in.
    locust.runners.__version__ = "2"


@events.init.add_listener
def _read_settings(environment, **_):
    global SETTINGS
    try:
        SETTINGS = load_settings.load(host=environment.host)
    except load_settings.InvalidLoadSetting as problem:
        logging.error("%s", problem)
        sys.exit(2)
    if SETTINGS.public:
        users = SETTINGS.stages.users if environment.shape_class else environment.parsed_options.num_users or 1
        if users > load_settings.PUBLIC_MAX_USERS:
            logging.error("%s is the public PokéAPI: at most %d users (its fair-use policy), not %d", SETTINGS.host,
                          load_settings.PUBLIC_MAX_USERS, users)
            sys.exit(2)
        logging.warning("Loading the public PokéAPI at %s with at most %d users (fair use)", SETTINGS.host, users)
    if SETTINGS.metrics_port and not isinstance(environment.runner, WorkerRunner):
        if load_metrics is None:
            logging.warning("No Prometheus metrics: %s (apt-get install python3-prometheus-client)", METRICS_MISSING)
            return
        try:
            load_metrics.serve(SETTINGS.metrics_port, lambda: environment.runner)
            logging.info("Locust metrics for Prometheus at :%d/metrics", SETTINGS.metrics_port)
        except OSError as problem:
            logging.warning("No Prometheus metrics: port %d: %s", SETTINGS.metrics_port, problem)


class PokeApiUser(FastHttpUser):
    """Looks things up the way a client of PokéAPI does: mostly Pokémon, some abilities, types and lists."""

    def wait_time(self):
        return between(SETTINGS.wait_min, SETTINGS.wait_max)(self)

    @staticmethod
    def _json_object(response):
        """The answer's JSON object, or None with the response marked failed, saying why."""
        if response.status_code != 200:
            response.failure(f"status {response.status_code}")
            return None
        try:
            document = response.json()
        except ValueError as error:
            response.failure(f"not JSON: {error}")
            return None
        if not isinstance(document, dict):
            response.failure(f"a JSON {type(document).__name__}, not an object")
            return None
        return document

    def _document(self, path: str, name: str, expected: dict):
        with self.client.get(f"/api/v2{path}", name=name, catch_response=True) as response:
            document = self._json_object(response)
            if document is None:
                return
            for field, value in expected.items():
                if document.get(field) != value:
                    response.failure(f"{field} is {document.get(field)!r}, not {value!r}")
                    return

    def _look_up(self, resource: str, pool, by: str):
        """One of the pool's resources by id or by name, named by its route template."""
        ident, name = random.choice(pool)
        self._document(f"/{resource}/{ident if by == 'id' else name}", f"/{resource}/{{{by}}}",
                       {"id": ident, "name": name})

    @task(5)
    def pokemon_by_id(self):
        self._look_up("pokemon", SETTINGS.pokemon, "id")

    @task(3)
    def pokemon_by_name(self):
        self._look_up("pokemon", SETTINGS.pokemon, "name")

    @task(2)
    def ability_by_id(self):
        self._look_up("ability", SETTINGS.abilities, "id")

    @task(2)
    def type_by_id(self):
        self._look_up("type", SETTINGS.types, "id")

    @task(1)
    def list_page(self):
        resource = random.choice(("pokemon", "ability", "type"))
        offset = random.choice((0, 20, 40))
        with self.client.get(f"/api/v2/{resource}?limit=20&offset={offset}", name=f"/{resource}?limit&offset",
                             catch_response=True) as response:
            page = self._json_object(response)
            if page is not None and (not isinstance(page.get("results"), list) or "count" not in page):
                response.failure("not a list page: no count or results")


@events.test_start.add_listener
def _count_workers(environment, **_):
    global WORKERS_AT_START
    if isinstance(environment.runner, MasterRunner):
        WORKERS_AT_START = environment.runner.worker_count


def _route_stats(entry) -> load_report.RouteStats:
    return load_report.RouteStats(
        method=entry.method or "", name=entry.name, requests=entry.num_requests, failures=entry.num_failures,
        p50_ms=entry.get_response_time_percentile(0.5) or 0, p95_ms=entry.get_response_time_percentile(0.95) or 0,
        p99_ms=entry.get_response_time_percentile(0.99) or 0, rps=entry.total_rps)


@events.quitting.add_listener
def _report(environment, **_):
    if isinstance(environment.runner, WorkerRunner) or SETTINGS is None:
        return
    stats = environment.runner.stats
    routes = [_route_stats(entry) for entry in stats.entries.values()]
    total = _route_stats(stats.total)
    if environment.shape_class:
        shape = f"profile {SETTINGS.profile}, {SETTINGS.stages.users} users"
    else:
        options = environment.parsed_options
        shape = f"{options.num_users or 1} users" + (f" for {options.run_time} s" if options.run_time else "")
    print(f"\nLoad test of {SETTINGS.host}: {shape}" + (f" on {WORKERS_AT_START} workers" if WORKERS_AT_START else ""))
    print(load_report.summary(routes, total))
    problems = load_report.breaches(total, routes, SETTINGS.max_failure_ratio, SETTINGS.max_p95_ms)
    for problem in problems:
        print(f"FAILED: {problem}")
    if problems:
        environment.process_exit_code = 1
    else:
        print(f"Passed: failure ratio at most {SETTINGS.max_failure_ratio:.2%}, every P95 at most "
              f"{SETTINGS.max_p95_ms:.0f} ms")
