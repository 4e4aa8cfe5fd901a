#!/usr/bin/env python3
"""Recomputes the digest of a printed signatory list from its printed-list CSV.

Usage: scripts/verify-digest.py PRINTED.csv

The CSV is the one Petition Printer writes of the printed list: a header row `name,details`,
then one row per printed entry in print order. Cells were neutralised against spreadsheet
formulas (one apostrophe added before a cell starting, after any apostrophes, with = + - @,
tab or CR); that apostrophe is removed here. The canonical form is each entry as
name TAB details LF, UTF-8 in NFC; the digest is its SHA-256 in lowercase hex
(see docs/signatories.md).
"""
import csv
import hashlib
import sys
import unicodedata

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def restored(cell):
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def digest(path):
    sha = hashlib.sha256()
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = csv.reader(file)
        header = next(rows, None)
        if header != ["name", "details"]:
            sys.exit(f"{path}: expected the header row name,details, found {header}")
        for row in rows:
            name, details = (unicodedata.normalize("NFC", restored(cell)) for cell in row)
            sha.update(f"{name}\t{details}\n".encode("utf-8"))
    return sha.hexdigest()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(digest(sys.argv[1]))
