"""Rebuild src/dyad/data/cameo.tsv from the public CAMEO and PLOVER reference tables.

Facts only (code, name, Goldstein value, quad class, PLOVER type and mode) are kept; run it
where ../shared/reference exists:  python scripts/build_cameo_table.py
"""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REF = ROOT.parent / "shared" / "reference"
OUT = ROOT / "src" / "dyad" / "data" / "cameo.tsv"
# Codes whose PLOVER type the PLOVER category table (plover_event_categories.tsv, its
# modes) names where the CAMEO2PLOVER conversion says otherwise.
PLOVER_CATEGORY_MODES = {"0831": ("RETREAT", "resign"), "0813": ("CONCEDE", ""),
                         "0814": ("CONCEDE", "")}
HEADER = """\
# goldstein: GDELT's CAMEO.goldsteinscale lookup (ICEWS value where GDELT has none).
# plover/mode: PLOVER CAMEO2PLOVER-2021 (CC BY-SA 4.0, Open Event Data Alliance),
#   longest code prefix; empty for 01x/02x, which PLOVER does not map. Except 0831
#   (accede to a change in leadership: a resignation), which PLOVER's own category table
#   makes RETREAT with mode "resign" where CAMEO2PLOVER says CONCEDE; and 0813, 0814
#   (easing a curfew, a state of emergency or martial law), which CAMEO2PLOVER leaves
#   under RETREAT with no mode, noting that "ease" is no longer one: RETREAT's modes in the
#   category table are withdraw, release, disarm, ceasefire, access and resign, and the
#   easing of other administrative restrictions (081, 0811, 0812) is CONCEDE.
# name: CAMEO manual v1.1b3 via andybega/icews (MIT).
# Built by scripts/build_cameo_table.py
"""


def quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def main() -> None:
    names: dict[str, str] = {}
    icews: dict[str, float] = {}
    with open(REF / "cameo" / "cameo_codes.tsv", encoding="utf-8", errors="replace") as fh:
        rows = (line for line in fh if not line.startswith("#"))
        for row in csv.DictReader(rows, delimiter="\t"):
            names[row["code"]] = row["name"].strip()
            if row["goldstein"] not in ("", "NA"):
                icews[row["code"]] = float(row["goldstein"])
    gdelt: dict[str, float] = {}
    with open(REF / "cameo" / "CAMEO.goldsteinscale.gdelt.txt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            code, value = line.split("\t")
            gdelt[code.strip()] = float(value)
    plover: dict[str, tuple[str, str]] = {}
    for line in (REF / "plover" / "CAMEO2PLOVER-2021.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        parts = [p.strip() for p in rest.split(",")]
        plover[code.strip()] = (parts[0], parts[1] if len(parts) > 1 else "")
    codes = sorted(set(names) | set(gdelt), key=lambda c: (c[:2], c))
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write("# CAMEO event codes: name, Goldstein value, quad class, PLOVER type and mode.\n")
        fh.write(HEADER)
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "name", "goldstein", "quad_class", "plover", "mode"])
        for code in codes:
            prefixes = [code[:n] for n in range(len(code), 1, -1) if code[:n] in plover]
            p = PLOVER_CATEGORY_MODES.get(code) or (plover[prefixes[0]] if prefixes else None)
            g = gdelt.get(code, icews.get(code))
            row = [code, names.get(code, ""), "" if g is None else g, quad_class(code)]
            w.writerow([*row, p[0] if p else "", p[1] if p else ""])


if __name__ == "__main__":
    main()
