import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from load_settings import Stages  # noqa: E402
from load_shape import users_at  # noqa: E402


class LoadShapeTest(unittest.TestCase):

    stages = Stages(users=10, spawn_rate=5, ramp_up=10, sustain=20, ramp_down=10)

    def test_users_ramp_up_stay_then_ramp_down_and_the_run_ends(self):
        counts = [users_at(self.stages, t)[0] for t in (0, 5, 9.9, 10, 29, 30, 35, 39.9)]
        self.assertEqual(counts, [1, 5, 10, 10, 10, 10, 5, 1])
        self.assertIsNone(users_at(self.stages, 40))

    def test_the_spawn_rate_is_the_profiles(self):
        self.assertEqual(users_at(self.stages, 3)[1], 5)

    def test_no_ramp_means_all_users_at_once(self):
        flat = Stages(users=4, spawn_rate=4, ramp_up=0, sustain=5, ramp_down=0)
        self.assertEqual(users_at(flat, 0)[0], 4)
        self.assertIsNone(users_at(flat, 5))


if __name__ == "__main__":
    unittest.main()
