"""The API beyond the catalog's data: it is the installed wheel, unknown values, bad inputs,
RoomError, the default language, threads."""

import concurrent.futures
import os
import pickle
import subprocess
import sys
import unittest
from pathlib import Path

import room_errors
from room_errors import Action, Audience, Category, Language, RoomError, RoomErrorCode

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
UNKNOWN = (INT32_MIN, -1099, 1, 99999, 100252, INT32_MAX)


class InstalledTest(unittest.TestCase):
    def test_the_wheel_is_what_runs(self):
        package = Path(room_errors.__file__).parent
        self.assertIn("site-packages", package.parts)
        self.assertNotIn("ROOM_ERRORS_LIB", os.environ)
        self.assertTrue((package / "_libroom_errors.so").is_file())
        self.assertTrue((package / "py.typed").is_file())
        self.assertEqual(room_errors.version(), room_errors.__version__)

    def test_environment_variable_loads_another_library(self):
        so = Path(room_errors.__file__).with_name("_libroom_errors.so")
        env = dict(os.environ, ROOM_ERRORS_LIB=str(so))
        script = "import room_errors._ffi as f, sys; print(f.library_path())"
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
        self.assertEqual(out.stdout.strip(), str(so))
        env["ROOM_ERRORS_LIB"] = "/nonexistent/libroom_errors.so"
        failed = subprocess.run([sys.executable, "-c", "import room_errors"], env=env, capture_output=True, text=True)
        self.assertNotEqual(failed.returncode, 0)
        self.assertIn("/nonexistent/libroom_errors.so", failed.stderr)


    def test_unsupported_platform_is_an_explicit_error(self):
        script = "import platform; platform.machine = lambda: 'riscv64'; import room_errors"
        env = {k: v for k, v in os.environ.items() if k != "ROOM_ERRORS_LIB"}
        failed = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
        self.assertIn("ImportError: room_errors: no bundled library for linux/riscv64", failed.stderr)
        self.assertIn("ROOM_ERRORS_LIB", failed.stderr)


class UnknownTest(unittest.TestCase):
    def test_unknown_codes(self):
        for code in UNKNOWN:
            self.assertFalse(room_errors.is_known(code))
            self.assertFalse(room_errors.is_retryable(code))
            self.assertEqual(room_errors.name(code), "")
            self.assertIs(room_errors.category(code), Category.UNKNOWN)
            self.assertIs(room_errors.action(code), Action.NONE)
            self.assertIs(room_errors.audience(code), Audience.DEVELOPER)
            self.assertIsNone(room_errors.retry_after(code))
            self.assertEqual(room_errors.remedy(code, "en"), "")
            for lang in Language:
                self.assertEqual(room_errors.message(code, lang), room_errors.message(123, lang))
                self.assertEqual(room_errors.summary(code, lang), room_errors.message(code, lang))

    def test_unknown_language_ids_mean_english(self):
        for lang in (-1, len(Language), INT32_MAX, INT32_MIN):
            self.assertEqual(room_errors.message(-2343, lang), room_errors.message(-2343, Language.EN))
        self.assertIs(Language.from_tag(None), Language.EN)
        self.assertIs(Language.from_list(None), Language.EN)
        self.assertIs(Language.from_list("fr-FR, *"), Language.EN)


class BadInputTest(unittest.TestCase):
    FUNCTIONS = (room_errors.message, room_errors.summary, room_errors.remedy, room_errors.user_message,
                 room_errors.name, room_errors.category, room_errors.is_known, room_errors.is_retryable,
                 room_errors.action, room_errors.audience, room_errors.retry_after, RoomError, RoomError.check)

    def test_codes_outside_int32(self):
        for function in self.FUNCTIONS:
            for code in (INT32_MAX + 1, INT32_MIN - 1, 2**64 - 2343):
                with self.assertRaises(ValueError, msg=(function, code)):
                    function(code)

    def test_codes_that_are_not_ints(self):
        room_errors.message(0)  # cached: 0 == False and 0 == 0.0 must still be refused
        room_errors.message(-2343)
        for function in self.FUNCTIONS:
            for code in (False, True, 0.0, -2343.0, "-2343", None, b"0", [0]):
                with self.assertRaises(TypeError, msg=(function, code)):
                    function(code)  # type: ignore[arg-type]

    def test_bad_languages(self):
        room_errors.message(-2343, 1)
        for lang in (True, 1.0, b"zh", ["zh"]):
            with self.assertRaises(TypeError, msg=lang):
                room_errors.message(-2343, lang)
            with self.assertRaises(TypeError, msg=lang):
                Action.RETRY.label(lang)
        with self.assertRaises(ValueError):
            room_errors.message(-2343, 2**31)
        with self.assertRaises(TypeError):
            Language.from_tag(1)

    def test_wrong_types_name_what_is_accepted(self):
        for call, accepted in ((lambda: Language.from_list(["zh-TW", "ja"]), 'a language list is a str ("zh-TW, ja") or None, not list'),
                               (lambda: Language.from_tag(b"ja"), "a language tag is a str or None, not bytes"),
                               (lambda: room_errors.message(-1101, b"ja"), "a language is a Language, an int language id, a str tag or preference list, or None, not bytes"),
                               (lambda: room_errors.message(-1101, ["ja"]), "or None, not list")):
            with self.assertRaises(TypeError) as raised:
                call()
            self.assertIn(accepted, str(raised.exception))

    def test_index_objects_are_ints(self):
        class Index:
            def __index__(self):
                return -2343
        self.assertEqual(room_errors.name(Index()), "ERR_SEAT_LOCKED")


class RoomErrorTest(unittest.TestCase):
    def test_attributes(self):
        code = RoomErrorCode.SEAT_LOCKED
        for lang in Language:
            error = RoomError(-2343, lang)
            self.assertIs(error.code, code)
            self.assertIs(error.language, lang)
            self.assertEqual(str(error), "ERR_SEAT_LOCKED (-2343): " + room_errors.message(code, "en"))
            self.assertEqual(error.localized_message, room_errors.message(code, lang))
            self.assertEqual(error.user_message, room_errors.user_message(code, lang))
            self.assertEqual(error.summary, room_errors.summary(code, lang))
            self.assertEqual(error.remedy, room_errors.remedy(code, lang))
            self.assertEqual((error.name, error.category, error.is_retryable, error.action, error.audience,
                              error.retry_after),
                             ("ERR_SEAT_LOCKED", Category.SEAT, room_errors.is_retryable(code),
                              room_errors.action(code), room_errors.audience(code), room_errors.retry_after(code)))
            self.assertEqual(repr(pickle.loads(pickle.dumps(error))), repr(error))
        self.assertEqual(RoomError(5).code, 5)
        self.assertEqual(RoomError(5).name, "")

    def test_check(self):
        RoomError.check(0)
        RoomError.check(RoomErrorCode.SUCCESS)
        with self.assertRaises(RoomError) as raised:
            RoomError.check(-2343, "zh-TW")
        self.assertEqual(raised.exception.code, -2343)
        self.assertIs(raised.exception.language, Language.ZH_HANT)
        with self.assertRaises(RoomError):
            RoomError.check(7)


class CacheTest(unittest.TestCase):
    def test_the_caches_stay_bounded(self):
        from room_errors import _api, _texts
        unknown = range(200_000, 202_000)  # no known code there
        for code in unknown:  # unknown codes are not cached
            room_errors.message(code, "en"), room_errors.name(code)
        self.assertFalse(any(c in unknown for texts in _api._MESSAGE.by_id.values() for c in texts))
        self.assertFalse(any(c in unknown for c in _api._NAME.values))
        for i in range(2 * _texts.STRING_KEYS):  # distinct Accept-Language values
            room_errors.message(-2343, f"x-{i}, zh;q=0.5")
        self.assertLessEqual(len(_api._MESSAGE.by_lang), _texts.STRING_KEYS + len(Language) + 1)
        self.assertEqual(room_errors.message(-2343, "x-9999, zh;q=0.5"), room_errors.message(-2343, Language.ZH_HANS))
        for i in range(1000):  # language ids C does not know are English, as in C: one entry
            self.assertEqual(room_errors.message(-2343, 1000 + i), room_errors.message(-2343, Language.EN))
            Action.RETRY.label(1000 + i)
        self.assertLessEqual(len(_api._MESSAGE.by_id), len(Language))

    def test_enums_print_their_c_names(self):
        self.assertEqual((str(room_errors.category(-2343)), f"{Action.RETRY}", str(Language.ZH_HANT), str(Audience.USER)),
                         ("seat", "retry", "zh-Hant", "user"))
        self.assertEqual((str(RoomErrorCode.SEAT_LOCKED), f"{RoomErrorCode.SEAT_LOCKED:d}", f"{Language.JA:>4}"),
                         ("ERR_SEAT_LOCKED", "-2343", "  ja"))


class ThreadTest(unittest.TestCase):
    def test_threads_agree(self):
        codes = list(room_errors.codes()) + [INT32_MIN, 5]
        langs = list(Language) + ["zh_TW:ja", "fr, ko;q=0.5"]
        expected = {(c, str(l)): room_errors.message(c, l) for c in codes for l in langs}

        def work(seed):
            for i in range(3000):
                code = codes[(seed * 31 + i) % len(codes)]
                lang = langs[(seed + i) % len(langs)]
                if room_errors.message(code, lang) != expected[code, str(lang)]:
                    return False
                room_errors.summary(code, lang), room_errors.action(code).label(lang), room_errors.name(code)
            return True

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            self.assertTrue(all(pool.map(work, range(16))))


if __name__ == "__main__":
    unittest.main()
