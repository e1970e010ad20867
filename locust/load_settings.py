"""The load test's settings, read once from the environment (LOAD_*), with named presets."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Mapping
from urllib.parse import urlparse

# users, spawn rate (users/s), ramp-up, sustain, ramp-down (s)
PRESETS = {
    "smoke": (10, 5.0, 4, 12, 4),
    "baseline": (20, 2.0, 30, 120, 15),
    "stress": (100, 10.0, 60, 300, 30),
}

PUBLIC_HOSTS = ("pokeapi.co", "www.pokeapi.co")
PUBLIC_MAX_USERS = 5

# Resources the fixtures, the shared data subset and the live API all have: id and name.
DEFAULT_POKEMON = "1:bulbasaur,4:charmander,6:charizard,7:squirtle,25:pikachu,26:raichu"
DEFAULT_ABILITIES = "9:static,31:lightning-rod,34:chlorophyll,65:overgrow,66:blaze,67:torrent"
DEFAULT_TYPES = "3:flying,4:poison,10:fire,11:water,12:grass,13:electric"


class InvalidLoadSetting(ValueError):
    """A setting that cannot be used; its message names the setting and the value."""


@dataclass(frozen=True)
class Stages:
    users: int
    spawn_rate: float
    ramp_up: float
    sustain: float
    ramp_down: float

    @property
    def duration(self) -> float:
        return self.ramp_up + self.sustain + self.ramp_down


@dataclass(frozen=True)
class LoadSettings:
    host: str
    profile: str
    stages: Stages
    wait_min: float
    wait_max: float
    max_failure_ratio: float
    max_p95_ms: float
    metrics_port: int
    pokemon: tuple[tuple[int, str], ...]
    abilities: tuple[tuple[int, str], ...]
    types: tuple[tuple[int, str], ...]

    @property
    def public(self) -> bool:
        return urlparse(self.host).hostname in PUBLIC_HOSTS


def _number(env: Mapping[str, str], name: str, default: float, low: float, high: float) -> float:
    text = env.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text.rstrip("s%").strip())
    except ValueError:
        raise InvalidLoadSetting(f"Invalid {name}='{text}': expected a number") from None
    if not low <= value <= high:
        raise InvalidLoadSetting(f"Invalid {name}='{text}': expected a number from {low:g} to {high:g}")
    return value


def _resources(env: Mapping[str, str], name: str, default: str) -> tuple[tuple[int, str], ...]:
    text = env.get(name, "").strip() or default
    pairs = []
    for item in text.split(","):
        ident, _, resource_name = item.strip().partition(":")
        if not ident.isdigit() or not resource_name:
            raise InvalidLoadSetting(f"Invalid {name}='{text}': expected <id>:<name> items such as 25:pikachu")
        pairs.append((int(ident), resource_name.strip().lower()))
    return tuple(pairs)


def load(env: Mapping[str, str] = os.environ, host: str | None = None) -> LoadSettings:
    """The settings from {@code env}; {@code host} is Locust's --host, which LOAD_HOST stands in for."""
    host = (host or env.get("LOAD_HOST", "")).strip().rstrip("/")
    if not host:
        raise InvalidLoadSetting("No host to load: give --host or LOAD_HOST (make load starts the replica and "
                                 "sets it)")
    profile = env.get("LOAD_PROFILE", "smoke").strip().lower()
    if profile not in PRESETS:
        raise InvalidLoadSetting(f"Invalid LOAD_PROFILE='{profile}': expected one of {', '.join(PRESETS)}")
    users, spawn_rate, ramp_up, sustain, ramp_down = PRESETS[profile]
    stages = Stages(
        users=int(_number(env, "LOAD_USERS", users, 1, 10_000)),
        spawn_rate=_number(env, "LOAD_SPAWN_RATE", spawn_rate, 0.1, 1_000),
        ramp_up=_number(env, "LOAD_RAMP_UP", ramp_up, 0, 86_400),
        sustain=_number(env, "LOAD_SUSTAIN", sustain, 1, 86_400),
        ramp_down=_number(env, "LOAD_RAMP_DOWN", ramp_down, 0, 86_400))
    wait = env.get("LOAD_WAIT", "0.1-0.5").strip()
    low, _, high = wait.partition("-")
    try:
        wait_min, wait_max = float(low), float(high or low)
    except ValueError:
        raise InvalidLoadSetting(f"Invalid LOAD_WAIT='{wait}': expected seconds such as 1 or 0.5-2") from None
    if wait_min < 0 or wait_max < wait_min:
        raise InvalidLoadSetting(f"Invalid LOAD_WAIT='{wait}': expected the shorter wait first, such as 0.5-2")
    settings = LoadSettings(
        host=host, profile=profile, stages=stages, wait_min=wait_min, wait_max=wait_max,
        max_failure_ratio=_number(env, "LOAD_MAX_FAILURE_RATIO", 0.01, 0, 1),
        max_p95_ms=_number(env, "LOAD_MAX_P95_MS", 500, 1, 600_000),
        metrics_port=int(_number(env, "LOAD_METRICS_PORT", 9646, 0, 65535)),
        pokemon=_resources(env, "LOAD_POKEMON", DEFAULT_POKEMON),
        abilities=_resources(env, "LOAD_ABILITIES", DEFAULT_ABILITIES),
        types=_resources(env, "LOAD_TYPES", DEFAULT_TYPES))
    if settings.public:
        # PokéAPI is free and asks for fair use: loading it takes an explicit yes, and stays small.
        if env.get("LOAD_ALLOW_PUBLIC", "").strip().lower() not in ("yes", "true", "1"):
            raise InvalidLoadSetting(f"{host} is the public PokéAPI: load it only with LOAD_ALLOW_PUBLIC=yes, "
                                     f"and at most {PUBLIC_MAX_USERS} users (its fair-use policy)")
        settings = replace(settings, stages=replace(settings.stages, users=min(stages.users, PUBLIC_MAX_USERS)))
    return settings
