"""Read the store back as the JSON contract's objects, with filters.

Every filter is a bound SQL parameter; nothing a user types is put into SQL text.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from dyad.store import Store

MAX_LIMIT = 100_000


@dataclass
class Filters:
    actor: str | None = None  # actor id, or a name/alias (case-insensitive substring)
    country: str | None = None  # ISO3 or IGO/NGO/...: matches source or target actors
    type: str | None = None  # PLOVER type, or a CAMEO code prefix
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    search: str | None = None  # FTS5 query over article title and text
    article: str | None = None  # article id
    certainty: str | None = None
    include_unreal: bool = True  # negated / hypothetical / intended events too
    include_duplicates: bool = False  # near-duplicate articles too (for `articles`)
    limit: int = 1000
    offset: int = 0


def _clean(f: Filters) -> Filters:
    """Filters without NUL characters, which SQLite would cut strings at."""
    values = {k: v.replace("\x00", "") if isinstance(v, str) else v for k, v in vars(f).items()}
    return Filters(**values)


def _actor_clause(column: str, f: Filters, params: list[Any]) -> str:
    params.extend([f.actor, f"%{(f.actor or '').lower()}%"])
    return (
        f"{column} IN (SELECT a.id FROM actors a LEFT JOIN actor_aliases al ON al.actor_id = a.id"
        " WHERE a.id = ? OR lower(al.alias) LIKE ?)"
    )


def _fts_articles(term: str, params: list[Any]) -> str:
    """Ids of the articles whose title or text holds the user's words (as plain terms)."""
    params.append(_search_term(term))
    return (
        "SELECT ar.id FROM articles_fts JOIN articles ar ON ar.rowid = articles_fts.rowid"
        " WHERE articles_fts MATCH ?"
    )


def _paging(f: Filters, params: list[Any]) -> str:
    params.extend([max(0, min(f.limit, MAX_LIMIT)), max(0, f.offset)])
    return " LIMIT ? OFFSET ?"


def _search_term(term: str) -> str:
    """A user's words as an FTS5 query of plain terms (no FTS syntax errors from input)."""
    words = [w.replace('"', '""') for w in term.split()]
    return " ".join(f'"{w}"' for w in words if w)


def events(store: Store, f: Filters) -> list[dict[str, Any]]:
    f = _clean(f)
    where: list[str] = []
    params: list[Any] = []
    if f.actor:
        where.append(
            "e.id IN (SELECT ea.event_id FROM event_actors ea WHERE "
            + _actor_clause("ea.actor_id", f, params) + ")"
        )
    if f.country:
        where.append(
            "e.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
            " WHERE a.country = ?)"
        )
        params.append(f.country.upper())
    if f.type:
        where.append("(e.plover = ? OR e.cameo LIKE ?)")
        params.extend([f.type.upper(), f"{f.type}%"])
    if f.since:
        where.append("e.date >= ?")
        params.append(f.since)
    if f.until:
        where.append("substr(e.date, 1, 10) <= ?")
        params.append(f.until)
    if f.article:
        where.append("e.article_id = ?")
        params.append(f.article)
    if f.certainty:
        where.append("e.certainty = ?")
        params.append(f.certainty)
    if not f.include_unreal:
        where.append("e.negated = 0 AND e.modality = 'asserted'")
    if f.search:
        where.append("e.article_id IN (" + _fts_articles(f.search, params) + ")")
    sql = "SELECT e.* FROM events e"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY e.date, e.article_id, e.trigger_start" + _paging(f, params)
    rows = store.conn.execute(sql, params).fetchall()
    return [_event(store.conn, r) for r in rows]


def _event(conn: sqlite3.Connection, r: sqlite3.Row) -> dict[str, Any]:
    roles: dict[str, list[str]] = {"source": [], "target": []}
    for row in conn.execute(
        "SELECT actor_id, role FROM event_actors WHERE event_id = ? ORDER BY role, position",
        (r["id"],),
    ):
        roles[row["role"]].append(row["actor_id"])
    place = None
    if r["place_name"] is not None:
        place = {"name": r["place_name"], "country": r["place_country"],
                 "region": r["place_region"], "lat": r["place_lat"], "lon": r["place_lon"]}
    return {
        "id": r["id"], "article_id": r["article_id"], "plover": r["plover"], "mode": r["mode"],
        "cameo": r["cameo"], "quad_class": r["quad_class"], "goldstein": r["goldstein"],
        "source": roles["source"], "target": roles["target"],
        "date": r["date"], "date_precision": r["date_precision"], "place": place,
        "negated": bool(r["negated"]), "modality": r["modality"],
        "attribution": json.loads(r["attribution"]),
        "evidence": {"start": r["evidence_start"], "end": r["evidence_end"],
                     "text": r["evidence_text"]},
        "trigger": {"start": r["trigger_start"], "end": r["trigger_end"],
                    "text": r["trigger_text"]},
        "confidence": r["confidence"],
    }


def quotes(store: Store, f: Filters) -> list[dict[str, Any]]:
    f = _clean(f)
    where: list[str] = []
    params: list[Any] = []
    if f.actor:
        where.append(_actor_clause("q.speaker_id", f, params))
    if f.country:
        where.append("q.speaker_id IN (SELECT id FROM actors WHERE country = ?)")
        params.append(f.country.upper())
    if f.article:
        where.append("q.article_id = ?")
        params.append(f.article)
    if f.since or f.until:
        where.append("q.article_id IN (SELECT id FROM articles WHERE published >= ? AND"
                     " published <= ?)")
        params.extend([f.since or "0000", f.until or "9999"])
    if f.search:
        where.append("q.article_id IN (" + _fts_articles(f.search, params) + ")")
    sql = "SELECT q.* FROM quotes q"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY q.article_id, q.rowid" + _paging(f, params)
    out = []
    for r in store.conn.execute(sql, params):
        speaker_span = None
        if r["speaker_start"] is not None:
            speaker_span = {"start": r["speaker_start"], "end": r["speaker_end"],
                            "text": r["speaker_text"]}
        cue = None
        if r["cue_start"] is not None:
            cue = {"start": r["cue_start"], "end": r["cue_end"], "text": r["cue_text"]}
        out.append({
            "id": r["id"], "article_id": r["article_id"], "speaker": r["speaker_id"],
            "speaker_text": r["speaker_text"], "speaker_span": speaker_span, "cue": cue,
            "content": json.loads(r["content"]), "kind": r["kind"],
        })
    return out


def actors(store: Store, f: Filters) -> list[dict[str, Any]]:
    f = _clean(f)
    where: list[str] = []
    params: list[Any] = []
    if f.actor:
        where.append(_actor_clause("a.id", f, params))
    if f.country:
        where.append("a.country = ?")
        params.append(f.country.upper())
    if f.article:
        where.append("a.id IN (SELECT actor_id FROM mentions WHERE article_id = ?)")
        params.append(f.article)
    if f.search:
        where.append("a.id IN (SELECT actor_id FROM mentions WHERE article_id IN ("
                     + _fts_articles(f.search, params) + "))")
    sql = (
        "SELECT a.*, (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS n_mentions,"
        " (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.actor_id = a.id)"
        " AS n_articles FROM actors a"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY n_mentions DESC, a.name" + _paging(f, params)
    out = []
    for r in store.conn.execute(sql, params).fetchall():
        aliases = [x[0] for x in store.conn.execute(
            "SELECT alias FROM actor_aliases WHERE actor_id = ? AND alias != ? ORDER BY alias",
            (r["id"], r["name"]))]
        out.append({
            "id": r["id"], "name": r["name"], "aliases": aliases, "kind": r["kind"],
            "country": r["country"], "sector": r["sector"],
            "mention_count": r["n_mentions"], "article_count": r["n_articles"],
        })
    return out


def articles(store: Store, f: Filters, with_text: bool = False) -> list[dict[str, Any]]:
    f = _clean(f)
    where: list[str] = []
    params: list[Any] = []
    if f.search:
        where.append("ar.id IN (" + _fts_articles(f.search, params) + ")")
    if f.since:
        where.append("ar.published >= ?")
        params.append(f.since)
    if f.until:
        where.append("ar.published <= ?")
        params.append(f.until)
    if f.article:
        where.append("ar.id = ?")
        params.append(f.article)
    if f.actor:
        where.append("ar.id IN (SELECT m.article_id FROM mentions m WHERE "
                     + _actor_clause("m.actor_id", f, params) + ")")
    if f.country:
        where.append("ar.id IN (SELECT m.article_id FROM mentions m JOIN actors a"
                     " ON a.id = m.actor_id WHERE a.country = ?)")
        params.append(f.country.upper())
    if not f.include_duplicates and not f.article:
        where.append("nd.article_id IS NULL")
    sql = (
        "SELECT ar.*, (SELECT count(*) FROM events e WHERE e.article_id = ar.id) AS n_events,"
        " (SELECT count(*) FROM quotes q WHERE q.article_id = ar.id) AS n_quotes,"
        " nd.original_id AS duplicate_of, nd.similarity AS duplicate_similarity,"
        " (SELECT count(*) FROM near_duplicates x WHERE x.original_id = ar.id) AS n_copies"
        " FROM articles ar LEFT JOIN near_duplicates nd ON nd.article_id = ar.id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY ar.published, ar.id" + _paging(f, params)
    out = []
    for r in store.conn.execute(sql, params):
        item = {k: r[k] for k in ("id", "title", "url", "outlet", "published", "language")}
        item.update(event_count=r["n_events"], quote_count=r["n_quotes"], source=r["source"],
                    duplicate_of=r["duplicate_of"], duplicate_similarity=r["duplicate_similarity"],
                    near_duplicates=r["n_copies"])
        if with_text:
            item["text"] = r["text"]
        out.append(item)
    return out


def actor_names(store: Store, ids: set[str]) -> dict[str, str]:
    ids_list = sorted(ids)
    out: dict[str, str] = {}
    for i in range(0, len(ids_list), 500):
        chunk = ids_list[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for r in store.conn.execute(f"SELECT id, name FROM actors WHERE id IN ({marks})", chunk):
            out[r[0]] = r[1]
    return out


def errors(store: Store, limit: int = 1000) -> list[dict[str, Any]]:
    rows = store.conn.execute(
        "SELECT source, article_id, reason, at, severity FROM ingest_errors ORDER BY id DESC"
        " LIMIT ?",
        (limit,),
    )
    return [dict(r) for r in rows]
