"""The resource formats of `room-err export` and `room-err import`, checked against the C library
and by third-party readers and linters.

Usage: check.py ROOM_ERR CATALOG OUT

ROOM_ERR is the built `room-err`, CATALOG the catalog source (never written: imports go into copies
under OUT), OUT a scratch folder. The checks:
- every exported file is read back by an independent reader (json, xml.etree, polib,
  translate-toolkit's strings, Android resource and XLIFF readers) and every text in it equals the
  C library's (room_err_summary/remedy/message over every code and language);
- `msgfmt --check` on every PO file, `xmllint --noout` on every XML file, and translate-toolkit's
  `pofilter` on every language, whose findings must match pofilter-allowed.tsv exactly (a finding
  not listed fails, and so does a listed one that no longer occurs);
- import round trips: every PO file, then every XLIFF file (as exported, and as msgcat and
  translate-toolkit write them back), into a copy of the catalog gives it back byte for byte, and
  into a copy whose non-English texts were all replaced restores it; a PO with
  one changed Thai remedy changes exactly that text; bad files are refused, naming file and line,
  and leave the catalog untouched;
- the reference page in headless Chromium (page.py).
Prints the number of checks; fails when any failed or fewer than FLOOR ran.
"""
import ctypes
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import polib
from translate.storage import aresource, properties, xliff

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "python"))
import room_errors_ctypes  # noqa: E402

import page  # noqa: E402

FLOOR = 20000
POFILTER_TESTS = [
    "brackets", "doublespacing", "endpunc", "endwhitespace", "escapes", "newlines", "numbers",
    "printf", "puncspacing", "startcaps", "startpunc", "untranslated", "variables", "xmltags",
]
XLIFF_NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}


class Checks:
    """Counts checks and collects failures (the first 100 are printed)."""

    def __init__(self):
        self.count = 0
        self.failures = []

    def equal(self, got, expected, what):
        self.count += 1
        if got != expected:
            self.failures.append(f"{what}: got {got!r}, expected {expected!r}")

    def true(self, condition, what):
        self.equal(bool(condition), True, what)


def reference():
    """The C library's catalog: languages, and per code its name, facts and texts."""
    lib = room_errors_ctypes.load()
    tags = [lib.room_err_lang_tag(i).decode() for i in range(room_errors_ctypes.language_count(lib))]
    codes = {}
    for code in room_errors_ctypes.codes(lib):
        texts = {}
        for i, tag in enumerate(tags):
            texts[tag] = {
                "summary": lib.room_err_summary(code, i).decode(),
                "remedy": lib.room_err_remedy(code, i).decode(),
                "message": lib.room_err_message(code, i).decode(),
                "user_message": lib.room_err_user_message(code, i).decode(),
            }
        codes[code] = {
            "name": lib.room_err_name(code).decode(),
            "facts": "code %d, category %s, action %s, audience %s" % (
                code,
                lib.room_err_category(code).decode(),
                lib.room_err_action_name(lib.room_err_action(code)).decode(),
                "developer" if lib.room_err_audience(code) == 1 else "user",
            ),
            "texts": texts,
        }
    return tags, codes


def fields(texts):
    """The fields apps get: message, summary, remedy (where there is one) and user message."""
    return {f: t for f, t in texts.items() if t or f != "remedy"}


def check_apple(c, out, tags, codes):
    catalog = json.loads((out / "xcstrings/RoomErrors.xcstrings").read_text("utf-8"))
    c.equal(catalog["sourceLanguage"], "en", "xcstrings source language")
    expected_keys = set()
    for code, row in codes.items():
        for field in fields(row["texts"]["en"]):
            key = row["name"] if field == "message" else f"{row['name']}.{field}"
            expected_keys.add(key)
            entry = catalog["strings"].get(key, {})
            c.true(entry.get("comment", "").startswith(row["facts"]), f"xcstrings {key} comment")
            for tag in tags:
                unit = entry.get("localizations", {}).get(tag, {}).get("stringUnit", {})
                c.equal(unit.get("value"), row["texts"][tag][field], f"xcstrings {key} {tag}")
    c.equal(set(catalog["strings"]), expected_keys, "xcstrings keys")
    for tag in tags:
        path = out / f"strings/{tag}.lproj/RoomErrors.strings"
        with path.open("rb") as f:
            units = {u.name: u.source for u in properties.stringsutf8file(f).units if u.name}
        expected = {}
        for row in codes.values():
            for field, text in fields(row["texts"][tag]).items():
                expected[row["name"] if field == "message" else f"{row['name']}.{field}"] = text
        c.equal(len(units), len(expected), f"{path.name} {tag} keys")
        for key, text in expected.items():
            c.equal(units.get(key), text, f"strings {tag} {key}")


def android_folder(tag):
    return {"en": "values", "id": "values-in"}.get(tag) or (
        "values-b+" + tag.replace("-", "+") if "-" in tag else "values-" + tag)


def check_android(c, out, tags, codes):
    folders = sorted(p.name for p in (out / "android/res").iterdir())
    c.equal(folders, sorted(android_folder(t) for t in tags), "Android resource folders")
    for tag in tags:
        path = out / "android/res" / android_folder(tag) / "room_errors.xml"
        root = ET.parse(path).getroot()
        formatted = {e.get("name"): e.get("formatted") for e in root.iter("string")}
        # aapt2 reads an unescaped ' or " as quoting and a leading @ or ? as a reference.
        for e in root.iter("string"):
            raw = re.sub(r"\\\\", "", e.text or "")
            c.true(not re.search(r"(?<!\\)['\"]", raw) and not raw.startswith(("@", "?")),
                   f"Android {tag} {e.get('name')}: quotes escaped, no leading @ or ?: {e.text!r}")
        with path.open("rb") as f:
            units = {u.getid(): u.target for u in aresource.AndroidResourceFile(f).units}
        expected = {}
        for row in codes.values():
            for field, text in fields(row["texts"][tag]).items():
                name = row["name"].lower() + ("" if field == "message" else "_" + field)
                expected[name] = text
                c.equal(formatted.get(name), "false" if "%" in text else None, f"Android {tag} {name} formatted")
        c.equal(len(units), len(expected), f"Android {tag} strings")
        for name, text in expected.items():
            c.equal(units.get(name), text, f"Android {tag} {name}")


def arb_key(name, field):
    words = name.lower().split("_") + ([] if field == "message" else field.split("_"))
    return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])


def check_arb(c, out, tags, codes):
    locales = {t.replace("-", "_"): t for t in tags} | {"zh": "zh-Hans"}
    files = sorted(p.name for p in (out / "arb").iterdir())
    c.equal(files, sorted(f"app_{l}.arb" for l in locales), "ARB files")
    for locale, tag in locales.items():
        arb = json.loads((out / f"arb/app_{locale}.arb").read_text("utf-8"))
        c.equal(arb.pop("@@locale"), locale, f"ARB {locale} @@locale")
        expected = {}
        for row in codes.values():
            for field, text in fields(row["texts"][tag]).items():
                key = arb_key(row["name"], field)
                expected[key] = text
                if tag == "en":
                    expected["@" + key] = {"description": f"{row['name']} {field}: {row['facts']}"}
        c.equal(arb, expected, f"ARB {locale}")
        c.count += len(expected)


def check_i18next(c, out, tags, codes):
    for tag in tags:
        resources = json.loads((out / f"i18next/{tag}/room_errors.json").read_text("utf-8"))
        expected = {row["name"]: fields(row["texts"][tag]) for row in codes.values()}
        c.equal(resources, expected, f"i18next {tag}")
        c.count += sum(len(v) for v in expected.values())


def parts(row):
    """The translatable parts of a code: its summary and, where English has one, its remedy."""
    return [p for p in ("summary", "remedy") if row["texts"]["en"][p]]


def check_xliff(c, out, tags, codes):
    for tag in tags[1:]:
        path = out / f"xliff/{tag}.xlf"
        root = ET.parse(path).getroot()
        file = root.find("x:file", XLIFF_NS)
        c.equal((file.get("source-language"), file.get("target-language")), ("en", tag), f"{path.name} languages")
        etree_units = {
            u.get("id"): (u.get("resname"), u.find("x:source", XLIFF_NS).text, u.find("x:target", XLIFF_NS).text,
                          [n.text for n in u.findall("x:note", XLIFF_NS)])
            for u in file.iter("{%s}trans-unit" % XLIFF_NS["x"])
        }
        with path.open("rb") as f:
            store = xliff.xlifffile(f)
        toolkit_units = {u.xmlelement.get("id"): u.target for u in store.units}
        expected = {}
        for row in codes.values():
            en = row["texts"]["en"]
            for part in parts(row):
                expected[f"{row['name']}.{part}"] = (
                    row["name"], en[part], row["texts"][tag][part],
                    [f"{row['facts']}; the {part}", f"English message: {en['message']}"])
        c.equal(len(etree_units), len(expected), f"{path.name} units")
        for unit_id, unit in expected.items():
            c.equal(etree_units.get(unit_id), unit, f"{path.name} {unit_id}")
            c.equal(toolkit_units.get(unit_id), unit[2], f"{path.name} {unit_id} (translate-toolkit)")


def check_po(c, out, tags, codes):
    template = polib.pofile(str(out / "po/room_errors.pot"))
    expected_pot = [(r["name"], r["texts"]["en"][p], "") for r in codes.values() for p in parts(r)]
    c.equal([(e.msgctxt, e.msgid, e.msgstr) for e in template], expected_pot, "POT messages")
    c.count += len(expected_pot)
    for tag in tags:
        path = out / f"po/{tag.replace('-', '_')}.po"
        po = polib.pofile(str(path))
        c.equal(po.metadata.get("Language"), tag.replace("-", "_"), f"{path.name} Language")
        c.equal(po.metadata.get("Content-Type"), "text/plain; charset=UTF-8", f"{path.name} charset")
        c.true("Plural-Forms" not in po.metadata, f"{path.name} has no Plural-Forms")
        got = [(e.msgctxt, e.msgid, e.msgstr, e.comment) for e in po]
        expected = [(r["name"], r["texts"]["en"][p], r["texts"][tag][p], f"{r['facts']}\n{p}")
                    for r in codes.values() for p in parts(r)]
        c.equal(len(got), len(expected), f"{path.name} messages")
        for g, e in zip(got, expected):
            c.equal(g, e, f"{path.name} {e[0]}")
        result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(path)],
                                capture_output=True, text=True)
        c.equal((result.returncode, "warning" in result.stderr), (0, False), f"msgfmt --check {path.name}: {result.stderr.strip()}")


def pofilter_findings(out, tags):
    """Every pofilter finding as (language, code name, test)."""
    findings = set()
    filtered = out.parent / "pofilter"
    filtered.mkdir(exist_ok=True)
    for tag in tags:
        locale = tag.replace("-", "_")
        target = filtered / f"{locale}.po"
        args = ["pofilter", "--progress=none", f"--language={tag}"]
        for test in POFILTER_TESTS:
            args += ["-t", test]
        subprocess.run(args + [str(out / f"po/{locale}.po"), str(target)], check=True)
        # pofilter writes nothing (or an empty file) when it finds nothing.
        for entry in polib.pofile(str(target)) if target.exists() and target.stat().st_size else []:
            for line in entry.tcomment.splitlines():
                found = re.match(r"\(pofilter\) (\w+):", line)
                if found:
                    findings.add((tag, entry.msgctxt, found.group(1)))
    return findings


def check_pofilter(c, out, tags, allowed_path):
    allowed = {}
    for number, line in enumerate(allowed_path.read_text("utf-8").splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        tag, name, test, reason = line.split("\t")
        c.true(reason.strip() and (tag, name, test) not in allowed, f"{allowed_path.name}:{number} a reason, listed once")
        allowed[(tag, name, test)] = reason
    findings = pofilter_findings(out, tags)
    for finding in sorted(findings):
        c.true(finding in allowed, f"pofilter finding not in {allowed_path.name}: {' '.join(finding)}")
    for entry in sorted(allowed):
        c.true(entry in findings, f"{allowed_path.name} lists a finding that no longer occurs: {' '.join(entry)}")
    c.count += len(tags) * len(POFILTER_TESTS)
    return len(findings)


def check_xmllint(c, out):
    files = sorted(str(p) for p in out.rglob("*") if p.suffix in (".xml", ".xlf"))
    c.true(files, "XML files to lint")
    result = subprocess.run(["xmllint", "--noout", *files], capture_output=True, text=True)
    c.equal((result.returncode, result.stderr), (0, ""), "xmllint --noout")
    c.count += len(files)


def run(*args):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True)


def check_imports(c, room_err, catalog, out, tags, codes):
    original = catalog.read_bytes()
    work = out.parent / "import"
    work.mkdir(exist_ok=True)
    copy = work / "catalog.rs"
    po_files = sorted((out / "po").glob("*.po"))
    xlf_files = sorted((out / "xliff").glob("*.xlf"))
    # Every non-English text of every code row replaced: the import must restore each line exactly.
    text_line = re.compile(r'^(\s+(?!en:)\w+:\s+)"(?:[^"\\]|\\.)*"( "(?:[^"\\]|\\.)*")?,', re.M)
    source = original.decode("utf-8")
    rows = re.search(r"^\s+-?\d+ [A-Z][A-Z0-9_]* .*\{$", source, re.M).start()
    scrambled = source[:rows] + text_line.sub(
        lambda m: m.group(1) + '"x"' + (' "y"' if m.group(2) else "") + ",", source[rows:])
    replaced = len(text_line.findall(source[rows:]))
    c.true(replaced >= len(codes) * (len(tags) - 1), f"scrambled {replaced} text lines")
    # The files as other tools write them back: msgcat rewraps every string at 20 columns;
    # translate-toolkit reserializes the XLIFF.
    rewritten = work / "rewritten"
    rewritten.mkdir(exist_ok=True)
    msgcat_files, toolkit_files = [], []
    for path in po_files:
        msgcat_files.append(rewritten / path.name)
        subprocess.run(["msgcat", "--width=20", "-o", str(msgcat_files[-1]), str(path)], check=True)
    for path in xlf_files:
        with path.open("rb") as f:
            store = xliff.xlifffile(f)
        toolkit_files.append(rewritten / path.name)
        toolkit_files[-1].write_bytes(bytes(store))
    c.true(msgcat_files[0].read_bytes() != po_files[0].read_bytes(), "msgcat rewrapped the PO files")
    for label, files in (("PO", po_files), ("XLIFF", xlf_files), ("msgcat's PO", msgcat_files),
                         ("translate-toolkit's XLIFF", toolkit_files)):
        for start, what in ((original.decode("utf-8"), "unchanged"), (scrambled, "scrambled")):
            copy.write_text(start, "utf-8")
            result = run(room_err, "import", "--catalog", copy, *files)
            c.equal(result.returncode, 0, f"{label} import into the {what} catalog: {result.stderr}")
            c.equal(copy.read_bytes() == original, True, f"{label} import into the {what} catalog gives the catalog back")

    # One changed Thai remedy changes exactly that text.
    th_code = next(code for code, row in codes.items() if row["texts"]["th"]["remedy"])
    row = codes[th_code]
    old, new = row["texts"]["th"]["remedy"], row["texts"]["th"]["remedy"] + "ทันที"
    po = polib.pofile(str(out / "po/th.po"))
    entry = next(e for e in po if e.msgctxt == row["name"] and e.msgid == row["texts"]["en"]["remedy"])
    entry.msgstr = new
    edited = work / "th.po"
    po.save(str(edited))
    copy.write_bytes(original)
    result = run(room_err, "import", "--catalog", copy, edited)
    c.equal(result.returncode, 0, f"import of one changed Thai remedy: {result.stderr}")
    before, after = original.decode("utf-8").split("\n"), copy.read_text("utf-8").split("\n")
    changed = [(b, a) for b, a in zip(before, after) if b != a]
    c.equal(len(before), len(after), "one changed remedy: same number of lines")
    c.equal(len(changed), 1, "one changed remedy: one line changed")
    if len(changed) == 1:
        b, a = changed[0]
        c.equal(a, b.replace(f'"{old}"', f'"{new}"'), "one changed remedy: only the remedy literal changed")

    # Refusals: each names the file and line, and leaves the catalog as it was.
    th = (out / "po/th.po").read_text("utf-8")
    xlf = (out / "xliff/th.xlf").read_text("utf-8")
    first = codes[next(iter(codes))]
    summary = re.escape(f'msgstr "{first["texts"]["th"]["summary"]}"')
    bad = {
        "unknown-code.po": (th.replace(f'msgctxt "{first["name"]}"', 'msgctxt "ERR_NO_SUCH_CODE"', 1), "unknown code"),
        "wrong-language.po": (th.replace('"Language: th\\n"', '"Language: fr\\n"'), "wrong language"),
        "no-language.po": (th.replace('"Language: th\\n"\n', ""), "no language"),
        "missing-summary.po": (re.sub(summary, 'msgstr ""', th, count=1), "missing"),
        "double-space.po": (re.sub(summary, 'msgstr "ดำเนินการ  สำเร็จ"', th, count=1), "two spaces"),
        "full-stop.po": (re.sub(summary, 'msgstr "ดำเนินการสำเร็จ."', th, count=1), "full stop"),
        "fuzzy.po": (th.replace(f'msgctxt "{first["name"]}"', f'#, fuzzy\nmsgctxt "{first["name"]}"', 1), "fuzzy"),
        "stale-source.po": (th.replace(f'msgid "{first["texts"]["en"]["summary"]}"', 'msgid "Old text."', 1), "English source"),
        "plural.po": (th.replace('msgid "', 'msgid_plural "x"\nmsgid "', 1), "plural"),
        "wrong-language.xlf": (xlf.replace('target-language="th"', 'target-language="xx"'), "wrong language"),
        "markup.xlf": (xlf.replace("</target>", '<g id="1">x</g></target>', 1), "inline markup"),
        "not-xml.xlf": (xlf.replace("<body>", "<body", 1), "attribute"),
    }
    for name, (text, reason) in bad.items():
        c.true(text != (th if name.endswith(".po") else xlf), f"{name} differs from the export")
        path = work / name
        path.write_text(text, "utf-8")
        copy.write_bytes(original)
        result = run(room_err, "import", "--catalog", copy, out / "po/ja.po", path)
        c.equal(result.returncode, 1, f"{name} is refused")
        c.true(re.search(re.escape(str(path)) + r":\d+: .*" + reason, result.stderr), f"{name}: file, line and {reason!r} in {result.stderr!r}")
        c.true(copy.read_bytes() == original, f"{name} leaves the catalog untouched")
        c.true(not list(work.glob("catalog.rs.*")), f"{name} leaves no temporary file")
    c.true(catalog.read_bytes() == original, "the repository's catalog was not written")


def main():
    room_err, catalog, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    shutil.rmtree(out, ignore_errors=True)
    resources, again = out / "resources", out / "again"
    dated = {**os.environ, "SOURCE_DATE_EPOCH": "1796601600"}
    for folder in (resources, again):
        subprocess.run([room_err, "export", "--format", "all", "--out", folder], check=True, env=dated)
    tags, codes = reference()
    c = Checks()
    files = sorted(p.relative_to(resources) for p in resources.rglob("*") if p.is_file())
    n = len(tags)  # xcstrings, strings, Android, ARB (+ zh), i18next, XLIFF (- en), PO (+ POT), page
    c.equal(len(files), 1 + n + n + (n + 1) + n + (n - 1) + (n + 1) + 1, "exported files")
    for name in files:
        c.true((resources / name).read_bytes() == (again / name).read_bytes(), f"{name}: the same bytes from a second export")
    print(f"  export: {c.count} checks (two exports dated alike are identical)")
    for check in (check_apple, check_android, check_arb, check_i18next, check_xliff, check_po):
        before = c.count
        try:
            check(c, resources, tags, codes)
        except Exception as error:  # a file no reader can read fails its format, not the run
            c.true(False, f"{check.__name__}: {type(error).__name__}: {error}")
        print(f"  {check.__name__[6:]}: {c.count - before} checks")
    before = c.count
    allowed = HERE / "pofilter-allowed.tsv"
    found = check_pofilter(c, resources, tags, allowed)
    print(f"  pofilter: {c.count - before} checks, {found} findings to match {allowed.name}")
    before = c.count
    check_xmllint(c, resources)
    check_imports(c, room_err, catalog, resources, tags, codes)
    print(f"  xmllint and import: {c.count - before} checks")
    before = c.count
    page.check(c, resources / "html/room-errors.html", codes)
    print(f"  reference page in Chromium: {c.count - before} checks")
    for failure in c.failures[:100]:
        print("FAIL", failure)
    print(f"formats: {c.count} checks, {len(c.failures)} failed (floor {FLOOR})")
    sys.exit(1 if c.failures or c.count < FLOOR else 0)


if __name__ == "__main__":
    main()
