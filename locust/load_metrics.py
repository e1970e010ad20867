"""Locust's statistics for Prometheus, under the names of the locust exporter (containersol/locust_exporter),
so that the same Grafana panels read them whether the exporter or this module serves them."""

from __future__ import annotations

from typing import Callable

from prometheus_client import start_http_server
from prometheus_client.core import REGISTRY, GaugeMetricFamily


class LocustCollector:
    """Reads the runner's statistics at each scrape."""

    def __init__(self, runner: Callable[[], object]):
        self._runner = runner

    def collect(self):
        runner = self._runner()
        up = GaugeMetricFamily("locust_up", "1 while the load test's runner answers")
        up.add_metric([], 0 if runner is None else 1)
        yield up
        if runner is None:
            return
        users = GaugeMetricFamily("locust_users", "Users running now")
        users.add_metric([], runner.user_count)
        yield users
        workers = GaugeMetricFamily("locust_workers", "Workers connected to the master (0 for a local run)")
        workers.add_metric([], len(getattr(runner, "clients", {}) or {}))
        yield workers
        families = {
            "num_requests": GaugeMetricFamily("locust_requests_num_requests", "Requests so far",
                                              labels=["method", "name"]),
            "num_failures": GaugeMetricFamily("locust_requests_num_failures", "Failed requests so far",
                                              labels=["method", "name"]),
            "current_rps": GaugeMetricFamily("locust_requests_current_rps", "Requests per second now",
                                             labels=["method", "name"]),
            "current_failures": GaugeMetricFamily("locust_requests_current_fail_per_sec",
                                                  "Failures per second now", labels=["method", "name"]),
            "avg_response_time": GaugeMetricFamily("locust_requests_avg_response_time",
                                                   "Mean response time, ms", labels=["method", "name"]),
            "p50": GaugeMetricFamily("locust_requests_current_response_time_percentile_50",
                                     "Median response time of the last seconds, ms", labels=["method", "name"]),
            "p95": GaugeMetricFamily("locust_requests_current_response_time_percentile_95",
                                     "95th percentile response time of the last seconds, ms",
                                     labels=["method", "name"]),
        }
        stats = runner.stats
        for entry in list(stats.entries.values()) + [stats.total]:
            labels = [entry.method or "", entry.name]
            families["num_requests"].add_metric(labels, entry.num_requests)
            families["num_failures"].add_metric(labels, entry.num_failures)
            families["current_rps"].add_metric(labels, entry.current_rps)
            families["current_failures"].add_metric(labels, entry.current_fail_per_sec)
            families["avg_response_time"].add_metric(labels, entry.avg_response_time)
            families["p50"].add_metric(labels, entry.get_current_response_time_percentile(0.5) or 0)
            families["p95"].add_metric(labels, entry.get_current_response_time_percentile(0.95) or 0)
        yield from families.values()
        fail_ratio = GaugeMetricFamily("locust_requests_fail_ratio", "Failed share of all requests so far")
        fail_ratio.add_metric([], stats.total.fail_ratio)
        yield fail_ratio


def serve(port: int, runner: Callable[[], object]) -> None:
    """Serves /metrics on {@code port} for as long as the process lives."""
    REGISTRY.register(LocustCollector(runner))
    start_http_server(port)
