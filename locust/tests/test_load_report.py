import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from load_report import RouteStats, breaches, summary  # noqa: E402


def route(name, requests=100, failures=0, p95=20.0):
    return RouteStats("GET", name, requests, failures, 5.0, p95, p95 * 2, 10.0)


class LoadReportTest(unittest.TestCase):

    def test_a_run_within_its_thresholds_passes(self):
        self.assertEqual(breaches(route("Aggregated"), [route("/pokemon/{id}")], 0.01, 500), [])

    def test_each_breach_is_one_line_naming_the_threshold(self):
        routes = [route("/pokemon/{id}", p95=900.0), route("/type/{id}")]
        problems = breaches(route("Aggregated", failures=5), routes, 0.01, 500)
        self.assertEqual(problems, [
            "failure ratio 5.00% is above LOAD_MAX_FAILURE_RATIO 1.00%",
            "P95 of GET /pokemon/{id} is 900 ms, above LOAD_MAX_P95_MS 500 ms"])

    def test_a_run_without_requests_fails(self):
        self.assertEqual(breaches(route("Aggregated", requests=0), [], 0.01, 500), ["no request was made"])

    def test_the_summary_lists_routes_then_their_total(self):
        table = summary([route("/type/{id}"), route("/pokemon/{id}")], route("Aggregated", requests=200))
        lines = table.splitlines()
        self.assertTrue(lines[0].startswith("Route"))
        self.assertIn("GET /pokemon/{id}", lines[1])
        self.assertIn("GET /type/{id}", lines[2])
        self.assertIn("200", lines[3])


if __name__ == "__main__":
    unittest.main()
