"""Every code in every language against the C library's answers, as the CLI's
`--list --format json` prints them ($ROOM_ERRORS_FIXTURE), and the shared language cases
($ROOM_ERRORS_LANG_CASES)."""

import datetime
import json
import os
import unittest

import room_errors
from room_errors import Action, Audience, Category, Language, RoomErrorCode


def load_fixture():
    with open(os.environ["ROOM_ERRORS_FIXTURE"], encoding="utf-8") as f:
        return json.load(f)


class CatalogTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.rows = load_fixture()
        cls.tags = list(cls.rows[0]["messages"])

    def test_codes_and_enum(self):
        self.assertEqual([row["code"] for row in self.rows], list(room_errors.codes()))
        self.assertEqual([m.value for m in RoomErrorCode], list(room_errors.codes()))
        self.assertEqual(RoomErrorCode.SEAT_LOCKED, -2343)
        self.assertTrue(all(type(c) is RoomErrorCode for c in room_errors.codes()))

    def test_languages(self):
        self.assertEqual([lang.tag for lang in Language], self.tags)
        for lang in Language:
            self.assertEqual(Language.from_tag(lang.tag), lang)
            self.assertIs(Language.from_list(lang.tag), lang)

    def test_every_code_in_every_language(self):
        texts = {"messages": room_errors.message, "summaries": room_errors.summary,
                 "remedies": room_errors.remedy, "user_messages": room_errors.user_message}
        for row in self.rows:
            code = row["code"]
            self.assertEqual(room_errors.name(code), row["name"])
            self.assertEqual(room_errors.category(code).key, row["category"])
            self.assertIsInstance(room_errors.category(code), Category)
            self.assertEqual(room_errors.is_retryable(code), row["retryable"])
            self.assertTrue(room_errors.is_known(code))
            self.assertEqual(room_errors.action(code).key, row["action"])
            self.assertIsInstance(room_errors.action(code), Action)
            self.assertEqual(room_errors.audience(code).key, row["audience"])
            self.assertIsInstance(room_errors.audience(code), Audience)
            ms = row["retry_after_ms"]
            self.assertEqual(room_errors.retry_after(code), datetime.timedelta(milliseconds=ms) if ms else None)
            for key, function in texts.items():
                for tag, expected in row[key].items():
                    lang = Language.from_tag(tag)
                    # Every way to name the language, twice (the second answer is the cached one).
                    for arg in (lang, int(lang), tag, tag, lang):
                        self.assertEqual(function(code, arg), expected, (key, code, arg))
                    self.assertEqual(function(RoomErrorCode(code), lang), expected)

    def test_action_labels(self):
        for action in Action:
            for lang in Language:
                label = action.label(lang)
                self.assertIsInstance(label, str)
                self.assertEqual(label == "", action in (Action.NONE, Action.FIX_INTEGRATION), (action, lang))
        self.assertEqual([a.key for a in Action][:3], ["none", "retry", "open_settings"])

    def test_shared_language_cases(self):
        with open(os.environ["ROOM_ERRORS_LANG_CASES"], encoding="utf-8") as f:
            cases = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
        self.assertGreater(len(cases), 10)
        for given, expected in cases:
            self.assertEqual(Language.from_list(given).tag, expected, given)
            code = RoomErrorCode.SEAT_LOCKED
            self.assertEqual(room_errors.message(code, given), room_errors.message(code, Language.from_list(given)))
            if not any(sep in given for sep in ",:;") and not any(c.isspace() for c in given):
                self.assertEqual(Language.from_tag(given).tag, expected, given)


if __name__ == "__main__":
    unittest.main()
