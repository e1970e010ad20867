"""Ramp-up, sustain and ramp-down: the number of users at each moment of a run."""

from __future__ import annotations

import math
from typing import Optional, Tuple

from load_settings import Stages


def users_at(stages: Stages, elapsed: float) -> Optional[Tuple[int, float]]:
    """(users, spawn rate) {@code elapsed} seconds into the run, or None once it is over."""
    if elapsed < stages.ramp_up:
        users = max(1, math.ceil(stages.users * elapsed / stages.ramp_up))
    elif elapsed < stages.ramp_up + stages.sustain:
        users = stages.users
    elif elapsed < stages.duration:
        left = stages.duration - elapsed
        users = max(1, math.ceil(stages.users * left / stages.ramp_down))
    else:
        return None
    return users, stages.spawn_rate
