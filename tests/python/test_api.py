"""The C API through ctypes (the room_errors package's declarations): every code and language,
unknown values, tags, the raw pointers."""
import ctypes
import re
import unittest

import room_errors_ctypes as api
from room_errors import Category

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1


class ApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.lib = api.load()
        cls.codes = api.codes(cls.lib)
        cls.langs = api.language_count(cls.lib)

    def text(self, code, lang):
        raw = self.lib.room_err_message(code, lang)
        self.assertIsNotNone(raw)
        return raw.decode("utf-8")  # raises on invalid UTF-8

    def test_catalog_shape(self):
        self.assertGreaterEqual(len(self.codes), 67)
        self.assertEqual(len(set(self.codes)), len(self.codes))
        tags = [self.lib.room_err_lang_tag(i) for i in range(self.langs)]
        self.assertEqual(tags[:6], [b"en", b"zh-Hans", b"zh-Hant", b"ja", b"ko", b"ar"])  # ids never move
        self.assertEqual(len(set(tags)), len(tags))
        names = [self.lib.room_err_name(c).decode() for c in self.codes]
        self.assertEqual(len(set(names)), len(names))
        self.assertTrue(all(re.fullmatch(r"ERR_[A-Z0-9_]+", n) for n in names), names)

    def test_every_code_in_every_language(self):
        unknown = [self.text(INT32_MIN, lang) for lang in range(self.langs)]
        for code in self.codes:
            self.assertTrue(self.lib.room_err_is_known(code))
            category = Category(self.lib.room_err_category_id(code))
            self.assertNotEqual(category, Category.UNKNOWN)
            self.assertEqual(self.lib.room_err_category(code).decode(), category.key)
            for lang in range(self.langs):
                text = self.text(code, lang)
                self.assertTrue(text.strip(), (code, lang))
                self.assertNotEqual(text, unknown[lang], (code, lang))

    def test_unknown_codes_and_languages(self):
        for code in (INT32_MIN, -1099, 1, 99999, 100000, 100252, INT32_MAX):
            self.assertFalse(self.lib.room_err_is_known(code))
            self.assertFalse(self.lib.room_err_is_retryable(code))
            self.assertEqual(self.lib.room_err_name(code), b"")
            self.assertEqual(self.lib.room_err_category(code), b"unknown")
            self.assertEqual(self.lib.room_err_category_id(code), 0)
        self.assertEqual(self.text(123, 0), "Unknown error code.")
        for lang in (-1, self.langs, INT32_MAX, INT32_MIN):
            self.assertEqual(self.lib.room_err_lang_tag(lang), b"en")
            self.assertEqual(self.text(-2343, lang), self.text(-2343, 0))

    def test_known_values(self):
        self.assertEqual(self.lib.room_err_name(-1100), b"ERR_CAMERA_START_FAILED")
        self.assertEqual(self.lib.room_err_name(100251), b"ERR_SERVER_SEAT_LIST_EMPTY")
        self.assertEqual(self.lib.room_err_category(-2343), b"seat")
        for code in self.codes + [INT32_MIN]:  # retryable exactly when the action is retry
            self.assertEqual(self.lib.room_err_is_retryable(code), self.lib.room_err_action(code) == 1, code)
        self.assertTrue(self.lib.room_err_is_retryable(-2))
        self.assertIn("摄像头", self.text(-1101, 1))
        self.assertIn("攝影機", self.text(-1101, 2))

    def test_tags(self):
        cases = {None: 0, b"": 0, b"C": 0, b"en-GB": 0, b"garbage!": 0, b"zh-Hans-CN": 1, b"zh_CN.UTF-8": 1,
                 b"zh_TW": 2, b"zh-Hant": 2, b"zh-HK": 2, b"ja_JP.UTF-8": 3, b"ko-KR": 4, b"ar-SA": 5}
        for tag, lang in cases.items():
            self.assertEqual(self.lib.room_err_lang_from_tag(tag), lang, tag)
            self.assertEqual(self.lib.room_err_message_for_tag(-2105, tag), self.lib.room_err_message(-2105, lang))
        self.assertEqual(self.lib.room_err_lang_tag(1), b"zh-Hans")

    def test_pointers_are_static(self):
        # Raw addresses: restype c_void_p keeps the pointer instead of copying the bytes.
        message = ctypes.cast(self.lib.room_err_message, ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_int32,
                                                                           ctypes.c_int32))
        self.assertEqual(message(-1101, 2), message(-1101, 2))
        self.assertEqual(message(5, 0), message(6, 0))
        self.assertNotEqual(message(-1101, 0), message(-1101, 1))

    def test_version(self):
        self.assertRegex(self.lib.room_err_version().decode(), r"^\d+\.\d+\.\d+$")


if __name__ == "__main__":
    unittest.main()
