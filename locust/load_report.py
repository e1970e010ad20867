"""The end of a headless run: a summary per route, and the thresholds CI gates on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, List


@dataclass(frozen=True)
class RouteStats:
    method: str
    name: str
    requests: int
    failures: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    rps: float


def summary(routes: Iterable[RouteStats], total: RouteStats) -> str:
    """A table of the routes and their total, for the console."""
    rows = [("Route", "Requests", "Failures", "P50 ms", "P95 ms", "P99 ms", "Req/s")]
    for route in sorted(routes, key=lambda r: r.name) + [total]:
        rows.append((f"{route.method} {route.name}".strip(), str(route.requests), str(route.failures),
                     f"{route.p50_ms:.0f}", f"{route.p95_ms:.0f}", f"{route.p99_ms:.0f}", f"{route.rps:.1f}"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) if i == 0 else cell.rjust(width) for i, (cell, width)
                       in enumerate(zip(row, widths))) for row in rows]
    return "\n".join(lines)


def breaches(total: RouteStats, routes: Iterable[RouteStats], max_failure_ratio: float,
             max_p95_ms: float) -> List[str]:
    """Why the run fails its thresholds, one line each; empty when it passes."""
    problems = []
    if total.requests == 0:
        problems.append("no request was made")
        return problems
    ratio = total.failures / total.requests
    if ratio > max_failure_ratio:
        problems.append(f"failure ratio {ratio:.2%} is above LOAD_MAX_FAILURE_RATIO {max_failure_ratio:.2%}")
    for route in routes:
        if route.p95_ms > max_p95_ms:
            problems.append(f"P95 of {route.method} {route.name} is {route.p95_ms:.0f} ms, above LOAD_MAX_P95_MS "
                            f"{max_p95_ms:.0f} ms")
    return problems
