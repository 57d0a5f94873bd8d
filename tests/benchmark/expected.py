#!/usr/bin/env python3
"""Works out, independently of engage, the figures tests/benchmark.rs expects: the
reference rate, over-dispersion factor, funnel limits and signals for South
Worcestershire (05T) practices, from the national files in fixtures/nhs/indicators/.

Run from the repository: python3 tests/benchmark/expected.py
It uses Python's csv module and float arithmetic only; nothing of engage's."""

import csv
import math
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
Z95, Z998 = 1.959964, 3.090232


def number(text, decimal_comma):
    t = text.strip()
    if t in ("", ":") or t.lower() in ("na", "nan"):
        return None
    if decimal_comma:
        t = t.replace(".", "").replace(",", ".")
    return float(t)


def read(path, delimiter, code, num, den, decimal_comma):
    rows, stats = {}, {"missing": 0, "no_code": 0, "duplicates": 0}
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f, delimiter=delimiter)
        header = [h.strip().lower() for h in next(reader)]
        ci, ni, di = header.index(code.lower()), header.index(num.lower()), header.index(den.lower())
        for r in reader:
            if not r or all(not x.strip() for x in r):
                continue
            c = r[ci].strip().upper()
            if not c:
                stats["no_code"] += 1
                continue
            y, n = number(r[ni], decimal_comma), number(r[di], decimal_comma)
            if y is None or n is None or n == 0:
                stats["missing"] += 1
                continue
            if c in rows:
                assert rows[c] == (y, n), c
                stats["duplicates"] += 1
                continue
            rows[c] = (y, n)
    return rows, stats


def funnel(rows):
    ref = [(y, n) for y, n in rows.values() if n >= 1000]
    p0 = sum(y for y, _ in ref) / sum(n for _, n in ref)
    z = sorted((y / n - p0) / math.sqrt(p0 / n) for y, n in ref)
    k = len(z)
    lo, hi = z[math.floor(0.1 * k)], z[math.ceil(0.9 * k) - 1]
    phi = max(1.0, sum(min(max(v, lo), hi) ** 2 for v in z) / k)
    return p0, phi, k


def one(x):
    # one decimal, half away from zero
    return f"{math.copysign(math.floor(abs(x) * 10 + 0.5), x) / 10:.1f}"


def report(title, rows, per, codes):
    p0, phi, k = funnel(rows)
    print(f"{title}: {len(rows)} practices, k = {k}, p0 = {p0 * per:.6f} per {per}, phi = {phi:.6f}")
    for c in codes:
        y, n = rows[c]
        se = math.sqrt(phi * p0 / n)
        l95, u95 = max(0.0, p0 - Z95 * se), p0 + Z95 * se
        l998, u998 = max(0.0, p0 - Z998 * se), p0 + Z998 * se
        r = y / n
        sig = ("high 99.8%" if r > u998 else "high 95%" if r > u95 else
               "low 99.8%" if r < l998 else "low 95%" if r < l95 else "")
        print(f"  {c}: rate {one(r * per)} limits {one(l95 * per)} {one(u95 * per)} "
              f"{one(l998 * per)} {one(u998 * per)} signal {sig!r}")


ind = ROOT / "fixtures" / "nhs" / "indicators"
items, s = read(ind / "practice-factors-2018.csv", ",", "code", "total_items", "list_size", False)
print("items import:", s)
report("items 2018", items, 1000, ["M81004", "M81038", "M81058", "M81029", "M81006", "Y04968"])
hyp, s = read(ind / "qof-2018-19-cardiovascular.csv", ";", "practiceCode", "HYP_N_1819", "allAges_1819", True)
print("hyp import:", s)
report("hyp 2018-19", hyp, 100, ["M81007", "M81004", "Y04968", "M81017"])

# The small register of tests/benchmark.rs: three practices in two localities, seven
# practices elsewhere, one too small for the reference.
small = {"M81004": (150, 10000), "M81007": (40, 2000), "M81015": (30, 3000)}
small.update({f"X0000{i}": (100, 10000) for i in range(1, 8)})
small["Y00008"] = (5, 500)
report("small", small, 1000, ["M81004", "M81007", "M81015"])
print("  locality EVE", one(190 / 12000 * 1000), "MAL", one(30 / 3000 * 1000), "group", one(220 / 15000 * 1000))
