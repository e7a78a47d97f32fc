"""The JavaScript negotiation against ICU's LocaleMatcher: tests/icu/compare.py (its inputs, its
allowed differences, its verdict) run with the installed package's langFromTag and langFromList
(a Node process answering over a pipe) in place of the C library's functions.

Usage: /usr/bin/python3 against_icu.py NODE_PROJECT_DIR   (a directory where `import 'room-errors'` works)
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, os.path.join(ROOT, "tests", "icu"))
import compare  # noqa: E402


class JsLibrary:
    """The three calls compare.py makes, answered by the package in Node."""

    def __init__(self, project):
        server = os.path.join(project, "negotiate-server.mjs")
        with open(os.path.join(HERE, "negotiate-server.mjs"), encoding="utf-8") as src, \
                open(server, "w", encoding="utf-8") as dst:
            dst.write(src.read())
        self.node = subprocess.Popen(["node", server], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     encoding="utf-8")
        self.calls = 0

    def ask(self, kind, raw):
        self.calls += 1
        self.node.stdin.write("%s\t%s\n" % (kind, json.dumps(raw.decode())))
        self.node.stdin.flush()
        return int(self.node.stdout.readline())

    def room_err_lang_from_tag(self, raw):
        return self.ask("tag", raw)

    def room_err_lang_from_list(self, raw):
        return self.ask("list", raw)

    def room_err_lang_tag(self, lang):
        self.node.stdin.write("langTag\t%d\n" % lang)
        self.node.stdin.flush()
        return self.node.stdout.readline().rstrip("\n").encode()


def main(project):
    lib = JsLibrary(project)
    compare.load_library = lambda: lib
    status = compare.main()
    print("%d JavaScript negotiations compared" % lib.calls)
    if lib.calls < 7000:
        print("FAIL: fewer than 7000 negotiations")
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
