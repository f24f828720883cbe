"""Place resolution measured: the share of place names, as world news writes them, that
resolve to the country they are in (tests/data/places_world_news.tsv: a name and an ISO
3166-1 alpha-3 code per line, written by the team from facts)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def read_table(path: str | Path) -> list[tuple[str, str]]:
    """(name, country) rows; '#' lines are comments, the first other line the header."""
    lines = [x for x in Path(path).read_text(encoding="utf-8").splitlines()
             if x and not x.startswith("#")]
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 2:
            raise ValueError(f"line {n}: expected 'name<TAB>country', got {line!r}")
        rows.append((parts[0], parts[1]))
    return rows


def evaluate(gold_path: str | Path) -> dict[str, Any]:
    from dyad.places import resolve

    rows = read_table(gold_path)
    wrong = []
    for name, want in rows:
        got = getattr(resolve(name), "country", None)
        if got != want:
            wrong.append({"name": name, "expected": want, "resolved": got})
    return {"records": len(rows), "correct": len(rows) - len(wrong),
            "accuracy": (len(rows) - len(wrong)) / len(rows) if rows else None,
            "wrong": wrong}
