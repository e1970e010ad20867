import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import load_settings  # noqa: E402
from load_settings import InvalidLoadSetting, load  # noqa: E402


class LoadSettingsTest(unittest.TestCase):

    def test_a_profile_gives_its_stages_and_settings_override_them(self):
        smoke = load({}, host="http://127.0.0.1:8080")
        self.assertEqual(smoke.profile, "smoke")
        self.assertEqual(smoke.stages.users, 10)
        stress = load({"LOAD_PROFILE": "stress", "LOAD_SUSTAIN": "60"}, host="http://127.0.0.1:8080")
        self.assertEqual(stress.stages.users, 100)
        self.assertEqual(stress.stages.sustain, 60)

    def test_the_public_api_needs_an_explicit_yes_and_stays_small(self):
        with self.assertRaisesRegex(InvalidLoadSetting, "LOAD_ALLOW_PUBLIC=yes"):
            load({}, host="https://pokeapi.co")
        public = load({"LOAD_ALLOW_PUBLIC": "yes", "LOAD_PROFILE": "stress"}, host="https://pokeapi.co")
        self.assertEqual(public.stages.users, load_settings.PUBLIC_MAX_USERS)

    def test_bad_values_are_named_with_what_was_expected(self):
        cases = {
            "LOAD_PROFILE": ("huge", "expected one of smoke, baseline, stress"),
            "LOAD_USERS": ("many", "expected a number"),
            "LOAD_MAX_FAILURE_RATIO": ("2", "from 0 to 1"),
            "LOAD_WAIT": ("2-1", "the shorter wait first"),
            "LOAD_POKEMON": ("pikachu", "<id>:<name>"),
        }
        for name, (value, expected) in cases.items():
            with self.subTest(name), self.assertRaisesRegex(InvalidLoadSetting, f"Invalid {name}='{value}'.*{expected}"):
                load({name: value}, host="http://127.0.0.1:8080")

    def test_a_host_is_required(self):
        with self.assertRaisesRegex(InvalidLoadSetting, "LOAD_HOST"):
            load({})

    def test_resources_are_id_and_name_pairs(self):
        settings = load({"LOAD_TYPES": "13:Electric, 10:fire"}, host="http://x")
        self.assertEqual(settings.types, ((13, "electric"), (10, "fire")))


if __name__ == "__main__":
    unittest.main()
