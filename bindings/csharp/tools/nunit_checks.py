#!/usr/bin/env python3
"""Reads an NUnit 2.6 result file and prints how many checks (asserts) and tests ran; fails when a
test failed or did not run, or when fewer checks than FLOOR ran.

Usage: nunit_checks.py RESULT.xml FLOOR
"""
import sys
import xml.etree.ElementTree as ET


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    root = ET.parse(sys.argv[1]).getroot()
    cases = list(root.iter("test-case"))
    asserts = sum(int(c.get("asserts", "0")) for c in cases)
    bad = [c.get("name") for c in cases if c.get("executed") != "True" or c.get("success") != "True"]
    print(f"csharp NUnit: {asserts} checks in {len(cases)} tests, {len(bad)} failed or not run")
    if bad:
        raise SystemExit("failed or not run: " + ", ".join(bad))
    if asserts < int(sys.argv[2]):
        raise SystemExit(f"only {asserts} checks ran (floor {sys.argv[2]})")


if __name__ == "__main__":
    main()
