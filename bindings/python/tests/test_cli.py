"""`python -m room_errors` prints what the Rust CLI (`$ROOM_ERR_CLI`) prints, with its exit status."""

import os
import subprocess
import sys
import unittest

import room_errors

ARGUMENTS = (["-2343"], ["0", "-2", "100012", "-1101"], ["--lang", "zh_TW:ja", "-2343", "5"],
             ["--lang", "fr-CH, fr;q=0.9, ko;q=0.8", "-2147483648"], ["+7"], ["-0"])
USAGE_ERRORS = ([], ["abc"], ["2147483648"], ["0x10"], ["1_000"], ["٣"], [" 3"], ["--lang"], ["--bogus"])


def run(command, args):
    return subprocess.run(command + args, capture_output=True, text=True)


class CliTest(unittest.TestCase):
    def test_same_output_as_the_cli(self):
        cli = [os.environ["ROOM_ERR_CLI"]]
        ours = [sys.executable, "-m", "room_errors"]
        every_code = [str(c) for c in room_errors.codes()]
        for args in ARGUMENTS + (every_code,):
            theirs, mine = run(cli, args), run(ours, args)
            self.assertEqual(mine.stdout, theirs.stdout, args)
            self.assertEqual(mine.returncode, theirs.returncode, args)

    def test_usage_errors(self):
        cli = [os.environ["ROOM_ERR_CLI"]]
        for args in USAGE_ERRORS:
            mine = run([sys.executable, "-m", "room_errors"], args)
            self.assertEqual((mine.returncode, mine.stdout), (2, ""), args)
            self.assertIn("usage:", mine.stderr)
            self.assertEqual(run(cli, args).returncode, 2, args)


if __name__ == "__main__":
    unittest.main()
