#!/usr/bin/env python3
"""Prints the transfer sizes of a release build: raw, gzip -9 and brotli -q 11, per file.

usage: python3 scripts/sizes.py [dist]   (needs the 'brotli' module: pip install brotli)
"""
import gzip
import pathlib
import sys

import brotli

dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
rows, total = [], [0, 0, 0]
for f in sorted(p for p in dist.rglob("*") if p.is_file() and p.suffix not in (".br", ".gz")):
    data = f.read_bytes()
    sizes = (len(data), len(gzip.compress(data, 9)), len(brotli.compress(data, quality=11)))
    rows.append((str(f.relative_to(dist)), *sizes))
    total = [t + s for t, s in zip(total, sizes)]
print(f"{'file':<44} {'raw':>9} {'gzip':>9} {'brotli':>9}")
for name, raw, gz, br in rows:
    print(f"{name:<44} {raw:>9} {gz:>9} {br:>9}")
print(f"{'total':<44} {total[0]:>9} {total[1]:>9} {total[2]:>9}")
