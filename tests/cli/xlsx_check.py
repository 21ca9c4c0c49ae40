#!/usr/bin/env python3
"""Checks a workbook of `wolkenplan export xlsx` (docs/xlsx.md) with openpyxl.

Usage: xlsx_check.py BOOK.xlsx CSVDIR [--expect TEXT]... [--formula-text TEXT]...
CSVDIR holds the rfc4180 exports of the same workspace, named roadmap.csv, kosten.csv,
bewertung.csv, inventar.csv, pilote.csv, beschlüsse.csv (each optional: only those present are compared).
Checks: every sheet exists; each CSV sheet equals its CSV cell by cell after type
conversion (the CSV's formula guard undone as the import does), with numbers numeric and
dates dates; header frozen and autofilter on; no formula anywhere; each --expect text is
some cell's value; each --formula-text is a string cell. Prints every failure; exit 1 on
any, else 0."""
import csv
import datetime
import re
import sys

import openpyxl

SHEETS = ["Übersicht", "Roadmap", "Zeitplan", "Kosten", "Bewertung", "Inventar", "Pilote",
          "Beschlüsse", "Annahmen"]
CSV_SHEETS = ["Roadmap", "Kosten", "Bewertung", "Inventar", "Pilote", "Beschlüsse"]
NUMERIC = {"Welle", "Bereitschaft", "Konfidenz", "Aufwand_PT", "Fallzahl", "Haushaltsjahr",
           "Max_PT_Monat", "Ist_PT", "Nutzer", "PT", "Nr"}
DATES = {"Beginn", "Ende", "Vertragsende", "Monat", "Datum"}
TEXT = {"Kennung", "Name", "OZG", "Behörde", "Notiz", "Hersteller", "Produkt", "Hinweise",
        "Pilot", "Plattform", "Urteil", "Gremium", "Beschluss", "Erfasst"}
GUARDED = re.compile(r"^'+[=+\-@\t\r]")

fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL xlsx_check: " + msg)


def unguard(s):
    """The import's rule (docs/csv.md): one leading ' comes off a guarded cell."""
    return s[1:] if GUARDED.match(s) else s


def as_date(s):
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", s)
    if not m:
        return None
    return datetime.datetime(int(m[1]), int(m[2]), int(m[3] or 1))


def same(cell, text):
    """Does the xlsx cell hold the CSV text, typed?"""
    v = cell.value
    if text == "":
        return v is None or v == ""
    if isinstance(v, datetime.datetime):
        return as_date(text) == v
    if isinstance(v, bool):
        return False
    if isinstance(v, (int, float)):
        try:
            return float(text) == float(v)
        except ValueError:
            return False
    return cell.data_type == "s" and v == text


def is_num_col(h):
    return h in NUMERIC or h.endswith("_EUR")


def compare(ws, path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = [[unguard(c) for c in r] for r in csv.reader(f)]
    got = list(ws.iter_rows())
    if len(got) != len(rows):
        fail(f"{ws.title}: {len(got)} rows, CSV {len(rows)}")
    head = rows[0] if rows else []
    for i, (xr, cr) in enumerate(zip(got, rows), start=1):
        width = max(len(cr), len([c for c in xr if c.value is not None]))
        for j in range(width):
            text = cr[j] if j < len(cr) else ""
            cell = xr[j] if j < len(xr) else None
            if cell is None:
                if text != "":
                    fail(f"{ws.title} row {i} col {j + 1}: missing, CSV {text!r}")
                continue
            if not same(cell, text):
                fail(f"{ws.title} {cell.coordinate}: {cell.value!r} ({cell.data_type}), "
                     f"CSV {text!r}")
                continue
            if i == 1 or text == "":
                if i == 1 and cell.data_type != "s":
                    fail(f"{ws.title} {cell.coordinate}: header not text")
                continue
            h = head[j] if j < len(head) else ""
            if is_num_col(h) and not isinstance(cell.value, (int, float)):
                fail(f"{ws.title} {cell.coordinate} ({h}): {cell.value!r} is not a number")
            if h in DATES and not isinstance(cell.value, datetime.datetime):
                fail(f"{ws.title} {cell.coordinate} ({h}): {cell.value!r} is not a date")
            if h in TEXT and cell.data_type != "s":
                fail(f"{ws.title} {cell.coordinate} ({h}): {cell.value!r} is not text")
            if h.endswith("_EUR") and "€" not in cell.number_format:
                fail(f"{ws.title} {cell.coordinate} ({h}): format {cell.number_format!r}")


def main(argv):
    book, csvdir = argv[1], argv[2]
    expect, formula_text = [], []
    rest = argv[3:]
    while rest:
        opt, val, rest = rest[0], rest[1], rest[2:]
        (expect if opt == "--expect" else formula_text).append(val)
    wb = openpyxl.load_workbook(book)
    for name in SHEETS:
        if name not in wb.sheetnames:
            fail(f"sheet {name} missing (have {wb.sheetnames})")
    for name in CSV_SHEETS:
        path = f"{csvdir}/{name.lower()}.csv"
        try:
            open(path).close()
        except OSError:
            continue
        ws = wb[name]
        compare(ws, path)
        if ws.freeze_panes != "A2":
            fail(f"{name}: freeze_panes {ws.freeze_panes!r}")
        if not ws.auto_filter.ref:
            fail(f"{name}: no autofilter")
    values = {}
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":
                    fail(f"{ws.title} {c.coordinate}: a formula {c.value!r}")
                if c.value is not None:
                    values.setdefault(c.value, c)
    for t in expect:
        if t not in values:
            fail(f"no cell holds {t!r}")
    for t in formula_text:
        c = values.get(t)
        if c is None or c.data_type != "s":
            fail(f"{t!r} is not a text cell ({c.data_type if c else 'missing'})")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
