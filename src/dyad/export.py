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

KINDS = ("events", "stories", "mentions", "quotes", "actors", "articles")
FORMATS = ("csv", "jsonl", "parquet")
LAYOUTS = ("dyad", "gdelt", "polecat")
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
               "parquet": "application/vnd.apache.parquet"}


# A cell starting with one of these is run as a formula by spreadsheet programs; article
# text is untrusted, so such cells get a leading apostrophe in CSV (OWASP's advice).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def flat(row: dict[str, Any]) -> dict[str, Any]:
    """A row with nested fields as ``prefix_field`` columns and lists joined with ``|``."""
    return _flat(row, guard=False)


def _flat(row: dict[str, Any], prefix: str = "", guard: bool = True) -> dict[str, Any]:
    cell = _cell if guard else (lambda v: v)
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flat(value, f"{name}_", guard))
        elif isinstance(value, list):
            out[name] = cell("|".join(
                json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else str(v)
                for v in value))
        else:
            out[name] = cell(value)
    return out


def rows(store: Store, kind: str, f: query.Filters) -> list[dict[str, Any]]:
    """The rows of ``kind`` that the filters select; events, stories and quotes name their
    actors. ``mentions`` are the reports of story events, one row each."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}")
    if kind == "mentions":
        found = [{"story_id": s["id"], **m} for s in query.stories(store, f)
                 for m in s["mentions"]]
    else:
        found = getattr(query, kind)(store, f)
    if kind in ("events", "stories", "quotes"):
        ids: set[str] = set()
        for r in found:
            ids.update(r.get("source", []) + r.get("target", []))
            if r.get("speaker"):
                ids.add(r["speaker"])
        names = query.actor_names(store, ids)
        for r in found:
            if kind in ("events", "stories"):
                r["source_names"] = [names.get(i, i) for i in r["source"]]
                r["target_names"] = [names.get(i, i) for i in r["target"]]
            else:
                r["speaker_name"] = names.get(r["speaker"]) if r["speaker"] else None
    return found


def _ymd(date: str | None) -> str | None:
    return date.replace("-", "")[:8] if date else None


def _codes(store: Store, ids: list[str]) -> dict[str, tuple[str, str | None, str | None]]:
    out = {}
    for i in ids:
        r = store.conn.execute("SELECT name, country, sector FROM actors WHERE id = ?",
                               (i,)).fetchone()
        if r:
            out[i] = (r[0], r[1], r[2])
    return out


def layout(store: Store, stories: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """Story events in another tool's column layout: ``gdelt`` (GDELT 2.0's event table
    columns; actor codes are ISO 3166-1 alpha-3 where GDELT uses CAMEO country codes, and
    places keep ISO codes where GDELT uses FIPS) or ``polecat`` (POLECAT's PLOVER fields).
    One row per source-target pair of each story, as both tools have one pair per row."""
    if name not in LAYOUTS[1:]:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS[1:])}")
    out = []
    for s in stories:
        codes = _codes(store, s["source"] + s["target"])
        first = s["mentions"][0] if s.get("mentions") else {}
        pairs = [(a, b) for a in s["source"] or [None] for b in s["target"] or [None]]
        for a, b in pairs:
            an, ac, asec = codes.get(a, (None, None, None)) if a else (None, None, None)
            bn, bc, bsec = codes.get(b, (None, None, None)) if b else (None, None, None)
            place = s["place"] or {}
            if name == "gdelt":
                out.append({
                    "GLOBALEVENTID": s["id"], "SQLDATE": _ymd(s["date"]),
                    "MonthYear": _ymd(s["date"])[:6] if s["date"] else None,
                    "Year": s["date"][:4] if s["date"] else None,
                    "Actor1Code": (ac or "") + (asec or "") or None, "Actor1Name": an,
                    "Actor1CountryCode": ac, "Actor1Type1Code": asec,
                    "Actor2Code": (bc or "") + (bsec or "") or None, "Actor2Name": bn,
                    "Actor2CountryCode": bc, "Actor2Type1Code": bsec,
                    # (a story some report tells as its sentence's own news is a root)
                    "IsRootEvent": int(not s.get("mentions") or not all(
                        m["background"] for m in s["mentions"])),
                    "EventCode": s["cameo"],
                    "EventBaseCode": (s["cameo"] or "")[:3] or None,
                    "EventRootCode": (s["cameo"] or "")[:2] or None,
                    "QuadClass": s["quad_class"], "GoldsteinScale": s["goldstein"],
                    "NumMentions": s["mention_count"], "NumSources": s["outlet_count"],
                    "NumArticles": s["article_count"], "ActionGeo_FullName": place.get("name"),
                    "ActionGeo_CountryCode": place.get("country"),
                    "ActionGeo_Lat": place.get("lat"), "ActionGeo_Long": place.get("lon"),
                    "DATEADDED": _ymd(s["first_seen"]), "SOURCEURL": first.get("url"),
                })
            else:
                out.append({
                    "event_id": s["id"], "story_date": s["first_seen"], "event_date": s["date"],
                    "event_date_precision": s["date_precision"], "event_type": s["plover"],
                    "event_mode": s["mode"], "cameo": s["cameo"], "quad_code": s["quad_class"],
                    "goldstein": s["goldstein"], "source_actor": an, "source_country": ac,
                    "source_sector": asec, "target_actor": bn, "target_country": bc,
                    "target_sector": bsec, "location": place.get("name"),
                    "location_country": place.get("country"), "latitude": place.get("lat"),
                    "longitude": place.get("lon"), "certainty": s["certainty"],
                    "happened": s["happened"], "num_mentions": s["mention_count"],
                    "num_articles": s["article_count"], "num_outlets": s["outlet_count"],
                    "event_text": (first.get("evidence") or {}).get("text"),
                    "source_url": first.get("url"),
                })
    return out


def parquet(found: list[dict[str, Any]]) -> bytes:
    """The rows as a Parquet file (nested fields flattened as in CSV, without the
    spreadsheet guard, which only CSV needs)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    flat = [_flat(r, guard=False) for r in found]
    columns = list(dict.fromkeys(k for r in flat for k in r))
    table = pa.table({c: _column(pa, [_plain(r.get(c)) for r in flat]) for c in columns})
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


def _column(pa: Any, values: list[Any]) -> Any:
    try:
        return pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # mixed types: the column as text
        return pa.array([None if v is None else str(v) for v in values])


def _plain(v: Any) -> Any:
    # Parquet columns need one type: booleans and numbers stay, everything else is text.
    return v if v is None or isinstance(v, bool | int | float) else str(v)


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
