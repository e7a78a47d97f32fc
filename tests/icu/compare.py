"""Differential test: room_err_lang_from_tag and room_err_lang_from_list against ICU's LocaleMatcher.

ICU is built with the catalog's languages as supported locales, in id order (read from the
library: room_err_lang_tag(0), (1), ... as long as each tag maps back to its id), and English as
the default, so new catalog languages are covered without a change here. Compared:

- tags: ICU's own available locales, every tag of tests/lang/cases.tsv, and probes (each catalog
  primary and each Chinese language with every ISO region, und-REGION, und-SCRIPT, aliases);
  ours room_err_lang_from_tag(tag), ICU's getBestMatch(Locale.forLanguageTag(tag));
- lists: the lists of tests/lang/cases.tsv and a few hundred generated ones, each in the form ICU
  reads (Accept-Language) and in the POSIX (`a:b:c`) and space-separated forms; ours
  room_err_lang_from_list(form), ICU's getBestMatchForListString(the Accept-Language form).

Inputs ICU rejects (ill-formed tags, lists it cannot parse) are not compared: they have our own
documented answers; the test fails when fewer than MIN_COMPARISONS inputs were compared. Every
other disagreement must be listed, with its one-line reason, in allowed.tsv (KIND, INPUT, OURS,
ICU, REASON); the test fails on any other one, on an entry without a reason, and on an allowed
entry that no longer differs. Needs Debian's python3-icu: run with /usr/bin/python3; ROOM_ERRORS_LIB names
the library.
"""

import ctypes
import os
import random
import sys

import icu

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def load_library():
    lib = ctypes.CDLL(os.environ.get("ROOM_ERRORS_LIB", os.path.join(ROOT, "target/release/libroom_errors.so")))
    for name in ("room_err_lang_from_tag", "room_err_lang_from_list"):
        getattr(lib, name).argtypes = [ctypes.c_char_p]
        getattr(lib, name).restype = ctypes.c_int32
    lib.room_err_lang_tag.argtypes = [ctypes.c_int32]
    lib.room_err_lang_tag.restype = ctypes.c_char_p
    return lib


def catalog_tags(lib):
    """The catalog's tags in id order: ids are dense from 0, and an unknown id gets English's tag
    (read without negotiating, so that a negotiation bug is reported as a disagreement)."""
    tags = [lib.room_err_lang_tag(0).decode()]
    while lib.room_err_lang_tag(len(tags)).decode() != tags[0]:
        tags.append(lib.room_err_lang_tag(len(tags)).decode())
    return tags


def icu_matcher(tags):
    builder = icu.LocaleMatcher.Builder()
    builder.setSupportedLocales([icu.Locale.forLanguageTag(t) for t in tags])
    builder.setDefaultLocale(icu.Locale.forLanguageTag(tags[0]))
    return builder.build()


def shared_cases():
    with open(os.path.join(ROOT, "tests/lang/cases.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    return [(row[0], row[1]) for row in rows]


def is_list(text):
    return any(c in text for c in ",:; \t")


def probe_tags(tags):
    regions = sorted(icu.Locale.getISOCountries())
    primaries = sorted({t.split("-")[0] for t in tags})
    chinese = ["yue", "cmn", "wuu", "hak", "gan", "hsn", "nan", "lzh", "cdo", "bo", "ug", "za"]
    out = []
    for lang in primaries + chinese:
        out += [lang] + ["%s-%s" % (lang, r) for r in regions]
    out += ["und-%s" % r for r in regions]
    scripts = ["Latn", "Cyrl", "Arab", "Hans", "Hant", "Hani", "Jpan", "Kore", "Hang", "Hira", "Kana", "Hrkt",
               "Bopo", "Jamo", "Thai", "Tibt", "Mong", "Deva", "Dsrt"]
    for s in scripts:
        out += ["und-%s" % s, "und-%s-CN" % s, "und-%s-TW" % s, "und-%s-US" % s]
        out += ["%s-%s" % (p, s) for p in primaries + ["yue"]]
    out += ["zho", "chi", "jpn", "kor", "ara", "arb", "eng", "in", "iw", "ji", "zh-cmn", "zh-yue", "zh-min-nan",
            "zh-hakka", "zh-xiang", "zh-guoyu", "zh-min", "i-default", "x-private", "und", "zh-Hant-TW-u-nu-hanidec",
            "zh-TW-x-hans", "en-US-POSIX", "ckb", "ckb-IR", "arz", "ary", "apc", "yue-Hans-HK", "zh-Hani-HK"]
    return out


# Inputs ICU answered when this was written: 7,566 (ICU 72.1, 12 catalog languages). An input ICU
# rejects (ICUError) is not compared; far fewer comparisons mean ICU or PyICU stopped answering.
MIN_COMPARISONS = 7000


def generated_lists(tags, count=400, seed=11):
    """Lists of 1 to 7 entries from a pool of related, fallback and unrelated tags."""
    rng = random.Random(seed)
    pool = tags + ["en-US", "en-GB", "en-IN", "en-AU", "zh", "zh-CN", "zh-TW", "zh-HK", "zh-SG", "zh-US", "zh-Hani",
                   "zh-Latn", "yue", "yue-CN", "wuu", "nan", "bo", "ja-JP", "ja-Latn", "ko-KR", "ko-Latn", "ar-EG",
                   "ar-MA", "ar-Latn", "ckb", "arz", "und-TW", "und-JP", "fr", "fr-CH", "de-DE", "es", "pt-BR", "ru",
                   "*", "x-private", "und", "iw", "in", "bn-IN", "sw"]
    weights = [None, None, None, "1", "0.9", "0.8", "0.5", "0.5", "0.1", "0", "0.001", "0.0005", "0.0004"]
    lists = []
    for _ in range(count):
        entries = [(rng.choice(pool), rng.choice(weights)) for _ in range(rng.randint(1, 7))]
        lists.append(entries)
    return lists


def accept_language(entries):
    return ", ".join(t if w is None else "%s;q=%s" % (t, w) for t, w in entries)


def main():
    lib = load_library()
    tags = catalog_tags(lib)
    matcher = icu_matcher(tags)
    allowed = {}
    with open(os.path.join(HERE, "allowed.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                kind, text, ours, theirs, reason = line.rstrip("\n").split("\t")
                if not reason.strip():
                    print("FAIL: allowed.tsv gives no reason for %s %s" % (kind, text))
                    return 1
                allowed[(kind, text)] = (ours, theirs, reason)

    def ours_tag(text):
        return tags[lib.room_err_lang_from_tag(text.encode())]

    def ours_list(text):
        return tags[lib.room_err_lang_from_list(text.encode())]

    def icu_tag(text):
        try:
            return matcher.getBestMatch(icu.Locale.forLanguageTag(text)).toLanguageTag()
        except icu.ICUError:
            return None

    def icu_list(text):
        try:
            return matcher.getBestMatchForListString(text).toLanguageTag()
        except icu.ICUError:
            return None

    seen, unexpected, used = 0, [], set()

    def compare(kind, text, ours, theirs):
        nonlocal seen
        if theirs is None:
            return
        seen += 1
        if ours == theirs:
            return
        key = (kind, text)
        if key in allowed and allowed[key][:2] == (ours, theirs):
            used.add(key)
        else:
            unexpected.append("%s\t%s\t%s\t%s" % (kind, text, ours, theirs))

    available = sorted({loc.toLanguageTag() for loc in icu.Locale.getAvailableLocales().values()})
    cases = shared_cases()
    tag_inputs = available + [text for text, _ in cases if not is_list(text)] + probe_tags(tags)
    for text in dict.fromkeys(tag_inputs):
        compare("tag", text, ours_tag(text), icu_tag(text))
    for text, expected in cases:
        icu_form = text if is_list(text) and ";" in text else text.replace(":", ",").replace(" ", ",")
        compare("list", text, ours_list(text), icu_list(icu_form))
        if ours_list(text) != expected:
            unexpected.append("cases.tsv\t%s\t%s\texpected %s" % (text, ours_list(text), expected))
    for entries in generated_lists(tags):
        text = accept_language(entries)
        theirs = icu_list(text)
        compare("list", text, ours_list(text), theirs)
        if all(w is None for _, w in entries):
            names = [t for t, _ in entries]
            for form in (":".join(names), " ".join(names), ",".join(names)):
                compare("list", form, ours_list(form), theirs)

    stale = sorted(set(allowed) - used)
    print("%d comparisons with ICU %s (catalog: %s); %d allowed differences (tests/icu/allowed.tsv)"
          % (seen, icu.ICU_VERSION, " ".join(tags), len(used)))
    failed = False
    for key in stale:
        print("STALE\tallowed difference no longer seen (remove it from allowed.tsv): %s\t%s" % key)
        failed = True
    for line in unexpected:
        print("DIFFERS\t" + line)
    if unexpected:
        print("FAIL: %d disagreements with ICU are neither fixed nor allowed" % len(unexpected))
        failed = True
    if seen < MIN_COMPARISONS:
        print("FAIL: %d comparisons, fewer than %d: ICU rejected inputs it used to answer" % (seen, MIN_COMPARISONS))
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
