"""One route as fast as Locust can ask for it, for `make bench` to set beside wrk on the same route."""

import os

import locust.runners
from locust import FastHttpUser, constant, task

if not locust.runners.__version__:
    locust.runners.__version__ = "2"  # see locustfile.py


class RouteHammer(FastHttpUser):
    wait_time = constant(0)

    @task
    def get(self):
        self.client.get(os.environ.get("LOAD_BENCH_PATH", "/api/v2/pokemon/25"), name="bench")
