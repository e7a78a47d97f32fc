"""The package against the conformance vectors (`make vectors`, read by vectors.py): every code in
every language, every code's properties, every action's labels, tags, lists and the environment's
default language, exactly as the C library answers them; and the shared language cases
($ROOM_ERRORS_LANG_CASES). Prints how many checks ran and fails below FLOOR."""

import datetime
import os
import subprocess
import sys
import unittest

import room_errors
from room_errors import Action, Audience, Category, Language, RoomErrorCode

import vectors

FLOOR = 20000
"""Fewer checks than this means vectors went missing (the catalog alone gives ~30,000)."""

checks = 0


def tearDownModule():
    print(f"\ntest_vectors: {checks} checks against target/vectors", file=sys.stderr)
    if checks < FLOOR:
        raise AssertionError(f"only {checks} checks ran, fewer than {FLOOR}")


class VectorTest(unittest.TestCase):
    def check(self, actual, expected, *context):
        global checks
        checks += 1
        self.assertEqual(actual, expected, context)

    def test_languages(self):
        rows = vectors.read("langs")
        known = [row for row in rows if row["tag"] != "en" or row["id"] == "0"]
        self.check([lang.tag for lang in Language], [row["tag"] for row in known])
        for row in rows:
            lang_id = int(row["id"])
            # Ids C does not know are English; the same text, whichever way the id comes in.
            self.check(room_errors.message(-2343, lang_id), room_errors.message(-2343, Language.from_tag(row["tag"])), row)
            if lang_id in Language._value2member_map_:
                self.check(Language(lang_id).tag, row["tag"], row)
                self.check(str(Language(lang_id)), row["tag"], row)

    def test_texts(self):
        functions = {"message": room_errors.message, "summary": room_errors.summary,
                     "remedy": room_errors.remedy, "user_message": room_errors.user_message}
        rows = vectors.read("texts")
        for row in rows:
            code, lang = int(row["code"]), Language.from_tag(row["lang"])
            self.check(lang.tag, row["lang"])
            for column, function in functions.items():
                # Every way to name the language, twice (the second answer is the cached one).
                for arg in (lang, int(lang), row["lang"], row["lang"], lang):
                    self.check(function(code, arg), row[column], column, row["code"], arg)
                if code in RoomErrorCode._value2member_map_:
                    self.check(function(RoomErrorCode(code), lang), row[column], column, row["code"])
            error = room_errors.RoomError(code, lang)
            self.check(error.localized_message, row["message"], row["code"], row["lang"])
            self.check(error.user_message, row["user_message"], row["code"], row["lang"])
            self.check(error.summary, row["summary"], row["code"], row["lang"])
            self.check(error.remedy, row["remedy"], row["code"], row["lang"])

    def test_codes(self):
        rows = vectors.read("codes")
        english = {int(r["code"]): r["message"] for r in vectors.read("texts") if r["lang"] == "en"}
        known = [int(row["code"]) for row in rows if row["known"] == "1"]
        self.check(list(room_errors.codes()), known)
        self.check([m.value for m in RoomErrorCode], known)
        for row in rows:
            code = int(row["code"])
            self.check(room_errors.is_known(code), row["known"] == "1", row)
            self.check(room_errors.name(code), row["name"], row)
            self.check(room_errors.category(code).key, row["category"], row)
            self.check(int(room_errors.category(code)), int(row["category_id"]), row)
            self.check(str(room_errors.category(code)), row["category"], row)
            self.check(int(room_errors.action(code)), int(row["action_id"]), row)
            self.check(room_errors.action(code).key, row["action"], row)
            self.check(int(room_errors.audience(code)), int(row["audience_id"]), row)
            self.check(room_errors.audience(code).key, row["audience"], row)
            ms = int(row["retry_after_ms"])
            self.check(room_errors.retry_after(code), datetime.timedelta(milliseconds=ms) if ms else None, row)
            self.check(room_errors.is_retryable(code), row["retryable"] == "1", row)
            error = room_errors.RoomError(code, Language.ZH_HANT)
            self.check(str(error), f"{row['name'] or 'UNKNOWN'} ({code}): {english[code]}", row)
            self.check((error.name, int(error.category), int(error.action), int(error.audience), error.is_retryable),
                       (row["name"], int(row["category_id"]), int(row["action_id"]), int(row["audience_id"]),
                        row["retryable"] == "1"), row)
            if code in RoomErrorCode._value2member_map_:
                self.check(str(RoomErrorCode(code)), row["name"], row)

    def test_action_labels(self):
        rows = vectors.read("actions")
        for row in rows:
            action_id, lang = int(row["action_id"]), Language.from_tag(row["lang"])
            if action_id in Action._value2member_map_:
                action = Action(action_id)
                self.check(action.key, row["name"], row)
                self.check(str(action), row["name"], row)
                self.check(action.label(lang), row["label"], row)
                self.check(action.label(row["lang"]), row["label"], row)
            else:
                # No member for an id C does not know: C's answers for it are empty.
                self.check((row["name"], row["label"]), ("", ""), row)

    def test_tags_and_lists(self):
        for row in vectors.read("tags"):
            self.check(Language.from_tag(row["input"]).tag, row["expected"], "tag", row)
        for row in vectors.read("lists"):
            self.check(Language.from_list(row["input"]).tag, row["expected"], "list", row)
            # Any str passed as a language is a list.
            self.check(room_errors.message(-2343, row["input"]),
                       room_errors.message(-2343, Language.from_tag(row["expected"])), "list", row)

    def test_environment(self):
        """The process default, read once per process: one interpreter per case."""
        variables = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
        program = "import room_errors as r; print(r.Language.default().tag, r.message(-2343) == r.message(-2343, r.Language.default()))"
        for row in vectors.read("environment"):
            env = {k: v for k, v in os.environ.items() if k not in variables}
            env.update({k: row[k] for k in variables if row[k]})
            out = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True, check=True)
            self.check(out.stdout, f"{row['expected']} True\n", row)

    def test_shared_language_cases(self):
        with open(os.environ["ROOM_ERRORS_LANG_CASES"], encoding="utf-8") as f:
            cases = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
        self.assertGreater(len(cases), 10)
        for given, expected in cases:
            self.check(Language.from_list(given).tag, expected, given)
            if not any(sep in given for sep in ",:;") and not any(c.isspace() for c in given):
                self.check(Language.from_tag(given).tag, expected, given)


if __name__ == "__main__":
    unittest.main()
