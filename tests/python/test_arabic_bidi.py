"""Arabic messages display correctly in a plain right-to-left label, with no directional marks.

The Unicode Bidirectional Algorithm (python-bidi) lays each message out as a label would. Latin
tokens and digits must come out intact, and Latin runs separated by Arabic text or punctuation must
appear right to left, in reverse of their logical order (the failure mode of `ASCII (0x20-0x7e)`,
which an older algorithm shows as `(ASCII (0x20-0x7e`).
"""
import re
import unittest

from bidi import get_display

import room_errors_ctypes as api

# A run of Latin letters and digits, with the spaces, slashes, dots and hyphens that join one
# technical phrase ("TRTC / RTC Engine", "HEVC/H.265", "0x20-0x7e").
LATIN_RUN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9./_-]|[ /]+(?=[A-Za-z0-9]))*")


class ArabicBidiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.lib = api.load()
        cls.ar = cls.lib.room_err_lang_from_tag(b"ar")
        assert cls.lib.room_err_lang_tag(cls.ar) == b"ar"
        cls.messages = {code: cls.lib.room_err_message(code, cls.ar).decode() for code in api.codes(cls.lib)}

    @staticmethod
    def latin_runs(text):
        return [m.group().rstrip(".") for m in LATIN_RUN.finditer(text)]

    def test_tokens_display_intact_and_right_to_left(self):
        with_runs = 0
        for code, text in self.messages.items():
            visual = get_display(text, base_dir="R")
            self.assertEqual(visual, get_display(text), f"{code}: the first strong character is not Arabic")
            runs = self.latin_runs(text)
            # Left to right on screen, the runs come in reverse of their logical order, each intact.
            self.assertEqual(self.latin_runs(visual), runs[::-1], f"{code}: {visual!r}")
            with_runs += bool(runs)
        self.assertGreater(with_runs, 10)

    def test_the_check_catches_the_known_failure(self):
        # Latin text directly before a bracketed Latin token reads in the wrong order.
        bad = "يجب أن يتكون المعرّف من أحرف ASCII (0x20-0x7e) فقط."
        self.assertNotEqual(self.latin_runs(get_display(bad, base_dir="R")), ["0x20-0x7e", "ASCII"])
        good = "يجب أن يتكون المعرّف من أحرف ASCII قابلة للطباعة (0x20-0x7e) فقط."
        self.assertEqual(self.latin_runs(get_display(good, base_dir="R")), ["0x20-0x7e", "ASCII"])

    def test_no_directional_marks(self):
        marks = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
        for code, text in self.messages.items():
            self.assertIsNone(marks.search(text), code)


if __name__ == "__main__":
    unittest.main()
