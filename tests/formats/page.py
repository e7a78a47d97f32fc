"""The reference page (`room-err export --format html`) in headless Chromium.

A copy of the page gets a driver script (page-driver.js) before `</body>`: it types searches into
the search box, switches the language, and writes what the page shows into `<pre id="result">`,
which `chromium --dump-dom` prints. The expected rows of each search come from the C library, by
the page's documented rule (every word of the query in the code, name, category, action, audience,
action labels or any text of any language, without regard to case).
"""
import html
import json
import re
import subprocess
import tempfile
from pathlib import Path

import room_errors_ctypes

HERE = Path(__file__).resolve().parent


def haystacks(codes):
    """What the page searches, per code, from the C library."""
    lib = room_errors_ctypes.load()
    out = {}
    for code, row in codes.items():
        action = lib.room_err_action(code)
        category, name = row["facts"].split(", ")[1].split()[1], row["name"]
        action_name, audience = row["facts"].split(", ")[2].split()[1], row["facts"].split(", ")[3].split()[1]
        labels = [lib.room_err_action_label(action, i).decode() for i in range(len(row["texts"]))]
        texts = [t[p] for t in row["texts"].values() for p in ("summary", "remedy")]
        out[code] = "\n".join([str(code), name, category, action_name, audience, *texts, *labels]).lower()
    return out


def expected(query, stacks):
    words = query.lower().split()
    return sorted(code for code, stack in stacks.items() if all(w in stack for w in words))


def load(page, driver, cases):
    """The page with the driver, in Chromium: the driver's JSON report."""
    with tempfile.TemporaryDirectory() as site:
        test = Path(site) / "page.html"
        script = "<script>\nconst CASES = %s;\n%s</script>\n</body>" % (json.dumps(cases), driver)
        test.write_text(page.replace("</body>", script, 1), "utf-8")
        result = subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={site}/profile",
             "--virtual-time-budget=5000", "--dump-dom", test.as_uri()],
            capture_output=True, text=True, timeout=120)
    found = re.search(r'<pre id="result">(.*?)</pre>', result.stdout, re.S)
    return json.loads(html.unescape(found.group(1))) if found else {"error": result.stderr[-2000:]}


def check(c, path, codes):
    page = path.read_text("utf-8")
    c.true(not re.search(r"https?://|\bsrc=|<link\b", page), "the page loads nothing from the network")
    c.true("Content-Security-Policy" in page and "default-src 'none'" in page, "the page forbids network access")
    stacks = haystacks(codes)
    thai_code = -1101 if -1101 in codes else next(iter(codes))
    # กล้อง (camera): a Thai word, found inside Thai's unspaced runs of words.
    thai_word = "กล้อง"
    c.true(thai_word in codes[thai_code]["texts"]["th"]["summary"], f"{thai_word} is in the Thai summary of {thai_code}")
    name_code = max((code for code in codes if code != thai_code), key=lambda code: len(codes[code]["name"]))
    queries = [str(-1101), codes[name_code]["name"], thai_word, codes[name_code]["name"].lower()[4:], "zzzz-nothing"]
    cases = {"queries": queries, "rtl_code": thai_code, "arabic": codes[thai_code]["texts"]["ar"]["summary"]}
    report = load(page, (HERE / "page-driver.js").read_text("utf-8"), cases)
    c.true("error" not in report, f"the page ran the driver: {report.get('error')}")
    if "error" in report:
        return
    for query, shown in zip(queries, report["searches"]):
        c.equal(sorted(shown), expected(query, stacks), f"page search {query!r}")
    c.true(-1101 in report["searches"][0] or -1101 not in codes, "searching -1101 shows -1101")
    c.equal(report["searches"][1], [name_code], "searching a name shows exactly its code")
    c.true(thai_code in report["searches"][2], f"searching the Thai word {thai_word!r} shows {thai_code}")
    c.equal(report["searches"][4], [], "a search for nothing shows nothing")
    c.equal(report["all"], len(codes), "an empty search shows every code")
    c.equal(report["links"], len(codes), "every row links to itself (#code)")
    c.equal(report["languages"], len(next(iter(codes.values()))["texts"]), "the switcher offers every language")
    arabic, english = report["arabic"], report["english"]
    c.equal((arabic["dir"], arabic["lang"], arabic["direction"]), ("rtl", "ar", "rtl"), "Arabic is right to left")
    c.true(arabic["codeRightOfName"], "in Arabic the code column is right of the name column")
    c.equal(arabic["codeDirection"], "ltr", "in Arabic a code still reads left to right (-1101, not 1101-)")
    c.equal(arabic["summary"], cases["arabic"], "in Arabic the row shows the Arabic summary")
    c.equal((english["dir"], english["direction"], english["codeRightOfName"]), ("ltr", "ltr", False), "English is left to right")
