"""Exports of the store's rows as CSV or JSON Lines, flat enough for a spreadsheet.

Nested fields (attribution, place, evidence) become prefixed columns in CSV and stay nested
in JSON Lines. Every row keeps its article id and evidence offsets.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from dyad import query
from dyad.store import Store

KINDS = ("events", "quotes", "actors", "articles")
FORMATS = ("csv", "jsonl")
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson"}


# A cell starting with one of these is run as a formula by spreadsheet programs; article
# text is untrusted, so such cells get a leading apostrophe in CSV (OWASP's advice).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _flat(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flat(value, f"{name}_"))
        elif isinstance(value, list):
            out[name] = _cell("|".join(
                json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else str(v)
                for v in value))
        else:
            out[name] = _cell(value)
    return out


def rows(store: Store, kind: str, f: query.Filters) -> list[dict[str, Any]]:
    """The rows of ``kind`` that the filters select; events and quotes name their actors."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}")
    found: list[dict[str, Any]] = getattr(query, kind)(store, f)
    if kind in ("events", "quotes"):
        ids: set[str] = set()
        for r in found:
            ids.update(r.get("source", []) + r.get("target", []))
            if r.get("speaker"):
                ids.add(r["speaker"])
        names = query.actor_names(store, ids)
        for r in found:
            if kind == "events":
                r["source_names"] = [names.get(i, i) for i in r["source"]]
                r["target_names"] = [names.get(i, i) for i in r["target"]]
            else:
                r["speaker_name"] = names.get(r["speaker"]) if r["speaker"] else None
    return found


def render(found: list[dict[str, Any]], fmt: str) -> Iterator[str]:
    """The rows as text chunks in ``fmt`` (csv or jsonl)."""
    if fmt == "jsonl":
        for r in found:
            yield json.dumps(r, ensure_ascii=False) + "\n"
        return
    if fmt != "csv":
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    flat = [_flat(r) for r in found]
    columns = list(dict.fromkeys(k for r in flat for k in r))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    yield buf.getvalue()
    for r in flat:
        buf.seek(0)
        buf.truncate()
        writer.writerow(r)
        yield buf.getvalue()
