"""LOAD_PROFILE's stages over the users of locustfile.py: ramp-up, sustain, ramp-down, then the run ends.

    LOAD_PROFILE=baseline locust -f locust/staged.py --headless --host http://localhost:8080

`make load` runs this. The stages set the users and the run's length, so Locust's -u, -r and -t do not apply:
for a run shaped by those, give locust/locustfile.py alone.
"""

from __future__ import annotations

from locust import LoadTestShape

import locustfile
from load_shape import users_at
from locustfile import PokeApiUser  # noqa: F401  the users the stages drive: Locust finds them here


class StagesShape(LoadTestShape):
    """LOAD_PROFILE's ramp-up, sustain and ramp-down, or the LOAD_USERS, LOAD_RAMP_UP… that override it."""

    def tick(self):
        return users_at(locustfile.SETTINGS.stages, self.get_run_time())
