"""Runs script bundles in QuickJS (the `quickjs` package from PyPI: an engine without
WebAssembly): LAZY_BUNDLE, whose promises run until it sets its RESULT, then BUNDLE with the
conformance vectors as globalThis.VECTORS (its RESULT: "N checks").

Usage: python3 quickjs_run.py BUNDLE LAZY_BUNDLE VECTORS_DIR CASES_TSV
"""
import importlib.metadata
import json
import os
import sys

import quickjs

FILES = ["meta.tsv", "langs.tsv", "texts.tsv", "codes.tsv", "actions.tsv", "tags.tsv", "lists.tsv"]


def main(bundle, lazy, vectors, cases):
    lazy_context = quickjs.Context()
    lazy_context.eval(open(lazy, encoding="utf-8").read())
    while lazy_context.eval("globalThis.RESULT") is None and lazy_context.execute_pending_job():
        pass
    lazy_result = lazy_context.eval("globalThis.RESULT")
    print("quickjs: %s" % lazy_result)
    files = {name: open(os.path.join(vectors, name), encoding="utf-8").read() for name in FILES}
    files["cases.tsv"] = open(cases, encoding="utf-8").read()
    context = quickjs.Context()
    context.set_time_limit(120)
    context.set("VECTORS", json.dumps(files))
    context.eval(open(bundle, encoding="utf-8").read())
    result = context.eval("globalThis.RESULT")
    checks = int(result.split()[0])
    print("quickjs %s (PyPI): %s passed, WebAssembly %s" % (importlib.metadata.version("quickjs"), result,
                                                            context.eval("typeof WebAssembly")))
    return 0 if checks >= 10000 and lazy_result else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
