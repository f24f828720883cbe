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
MAX_OFFSET = 1_000_000_000  # far past any store, and inside SQLite's 64-bit integers


@dataclass
class Filters:
    actor: str | None = None  # actor id, or a name/alias (case-insensitive substring)
    country: str | None = None  # ISO3 or IGO/NGO/...: matches source or target actors
    type: str | None = None  # PLOVER type, or a CAMEO code prefix
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    search: str | None = None  # FTS5 query over article title and text
    article: str | None = None  # article id
    event: str | None = None  # event id
    certainty: str | None = None
    quad_class: int | None = None  # 1-4: verbal/material cooperation, verbal/material conflict
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
    params.extend([max(0, min(f.limit, MAX_LIMIT)), max(0, min(f.offset, MAX_OFFSET))])
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
    if f.event:
        where.append("e.id = ?")
        params.append(f.event)
    if f.certainty:
        where.append("e.certainty = ?")
        params.append(f.certainty)
    if f.quad_class:
        where.append("e.quad_class = ?")
        params.append(f.quad_class)
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


def mentions(store: Store, article_id: str) -> list[dict[str, Any]]:
    """Where each actor is named in one article: the evidence of the actor columns."""
    rows = store.conn.execute(
        'SELECT actor_id, start, "end", text FROM mentions WHERE article_id = ? ORDER BY start',
        (article_id.replace("\x00", ""),))
    return [{"actor": r[0], "start": r[1], "end": r[2], "text": r[3]} for r in rows]


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


# --- analyses: series, network, actor cards, the map -------------------------------------

PERIODS = ("day", "week", "month", "year")
# The finest period an event's date can be counted in, by the date's precision: an event
# known only to the month is never put on a day or a week.
_FINEST = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 9}
_PERIOD_RANK = {"day": 0, "week": 0, "month": 2, "year": 3}


def _party_clause(column: str, party: str, params: list[Any]) -> str:
    """Actors matching ``party``: a country code (IRN, IGO ...) or an actor id or name."""
    if len(party) == 3 and party.isalpha() and party.isupper():
        params.append(party)
        return f"{column} IN (SELECT id FROM actors WHERE country = ?)"
    return _actor_clause(column, Filters(actor=party), params)


def _event_rows(store: Store, a: str | None, b: str | None, f: Filters, directed: bool,
                dated_only: bool = True) -> list[sqlite3.Row]:
    """Events between a and b (or involving a, or all), with the filters' type and period."""
    f = _clean(f)
    where: list[str] = []
    params: list[Any] = []

    def side(role: str, party: str) -> str:
        params.append(role)
        return ("e.id IN (SELECT ea.event_id FROM event_actors ea WHERE ea.role = ? AND "
                + _party_clause("ea.actor_id", party, params) + ")")

    if a and b:
        forward = f"({side('source', a)} AND {side('target', b)})"
        if directed:
            where.append(forward)
        else:
            where.append(f"({forward} OR ({side('source', b)} AND {side('target', a)}))")
    elif a:
        where.append("e.id IN (SELECT ea.event_id FROM event_actors ea WHERE "
                     + _party_clause("ea.actor_id", a, params) + ")")
    if f.type:
        where.append("(e.plover = ? OR e.cameo LIKE ?)")
        params.extend([f.type.upper(), f"{f.type}%"])
    if f.since:
        where.append("e.date >= ?")
        params.append(f.since)
    if f.until:
        where.append("substr(e.date, 1, 10) <= ?")
        params.append(f.until)
    if f.certainty:
        where.append("e.certainty = ?")
        params.append(f.certainty)
    if f.quad_class:
        where.append("e.quad_class = ?")
        params.append(f.quad_class)
    if not f.include_unreal:
        where.append("e.negated = 0 AND e.modality = 'asserted'")
    if dated_only:
        where.append("e.date IS NOT NULL")
    sql = "SELECT e.* FROM events e"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return store.conn.execute(sql + " ORDER BY e.date", params).fetchall()


def period_of(date: str, precision: str, by: str) -> str | None:
    """The period (day YYYY-MM-DD, week's Monday YYYY-MM-DD, YYYY-MM, YYYY) that an event
    dated ``date`` falls in, or None when its precision is coarser than ``by``."""
    import datetime as dt

    if _FINEST.get(precision, 9) > _PERIOD_RANK[by]:
        return None
    if by == "year":
        return date[:4]
    if by == "month":
        return date[:7]
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    if by == "week":
        day -= dt.timedelta(days=day.weekday())
    return day.isoformat()


def series(store: Store, a: str | None = None, b: str | None = None, by: str = "month",
           directed: bool = False, f: Filters | None = None) -> list[dict[str, Any]]:
    """Counts of events per period between a and b (country codes or actors), by PLOVER type
    and quad class, with the mean Goldstein (conflict-cooperation) score. Events whose date
    is less precise than the period are left out and counted in ``undated``."""
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}")
    f = f or Filters()
    buckets: dict[str, dict[str, Any]] = {}
    for r in _event_rows(store, a, b, f, directed):
        key = period_of(r["date"], r["date_precision"], by)
        if key is None:
            continue
        bucket = buckets.setdefault(key, {"period": key, "events": 0, "by_type": {},
                                          "by_quad_class": {}, "goldstein_sum": 0.0,
                                          "goldstein_n": 0, "event_ids": []})
        bucket["events"] += 1
        bucket["by_type"][r["plover"]] = bucket["by_type"].get(r["plover"], 0) + 1
        qc = str(r["quad_class"] or 0)
        bucket["by_quad_class"][qc] = bucket["by_quad_class"].get(qc, 0) + 1
        if r["goldstein"] is not None:
            bucket["goldstein_sum"] += r["goldstein"]
            bucket["goldstein_n"] += 1
        bucket["event_ids"].append(r["id"])
    out = []
    for key in sorted(buckets):
        bucket = buckets[key]
        n = bucket.pop("goldstein_n")
        total = bucket.pop("goldstein_sum")
        bucket["goldstein_mean"] = round(total / n, 3) if n else None
        out.append(bucket)
    return out


def network(store: Store, f: Filters, min_weight: int = 1) -> dict[str, Any]:
    """Actors as nodes and source->target event counts as weighted, directed edges."""
    rows = _event_rows(store, f.actor, None, f, True, dated_only=False)
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        ids = store.conn.execute(
            "SELECT actor_id, role FROM event_actors WHERE event_id = ?", (r["id"],)).fetchall()
        sources = [x[0] for x in ids if x[1] == "source"]
        targets = [x[0] for x in ids if x[1] == "target"]
        for s in sources:
            for t in targets:
                if s == t:
                    continue
                edge = edges.setdefault((s, t), {"source": s, "target": t, "weight": 0,
                                                 "goldstein_sum": 0.0, "by_type": {}})
                edge["weight"] += 1
                edge["goldstein_sum"] += r["goldstein"] or 0.0
                edge["by_type"][r["plover"]] = edge["by_type"].get(r["plover"], 0) + 1
    kept = [e for e in edges.values() if e["weight"] >= min_weight]
    kept.sort(key=lambda e: (-e["weight"], e["source"], e["target"]))
    kept = kept[: max(1, min(f.limit, MAX_LIMIT))]
    for e in kept:
        e["goldstein_mean"] = round(e.pop("goldstein_sum") / e["weight"], 3)
    node_ids = {e["source"] for e in kept} | {e["target"] for e in kept}
    nodes = []
    for nid in sorted(node_ids):
        r = store.conn.execute("SELECT id, name, kind, country, sector FROM actors WHERE id = ?",
                               (nid,)).fetchone()
        degree = sum(e["weight"] for e in kept if nid in (e["source"], e["target"]))
        nodes.append({**dict(r), "weight": degree})
    return {"nodes": nodes, "edges": kept}


def actor_card(store: Store, actor_id: str) -> dict[str, Any] | None:
    """Everything about one actor: names, codes, dated roles (knowledge base), first and
    last seen, a monthly timeline, top partners and the actor's quotes."""
    from dyad import lexicon

    actor_id = actor_id.replace("\x00", "")
    found = actors(store, Filters(actor=actor_id, limit=50))
    card = next((a for a in found if a["id"] == actor_id), None)
    if card is None:
        return None
    seen = store.conn.execute(
        "SELECT min(ar.published), max(ar.published) FROM mentions m JOIN articles ar"
        " ON ar.id = m.article_id WHERE m.actor_id = ?", (actor_id,)).fetchone()
    card["first_seen"], card["last_seen"] = seen[0], seen[1]
    roles: list[dict[str, str]] = []
    for name in [card["name"], *card["aliases"]]:
        rows = lexicon.people().get(name.lower())
        if rows:
            roles = [{"role": r.role, "country": r.country, "sector": r.sector,
                      "start": r.start, "end": r.end} for r in rows if r.role]
            break
    card["roles"] = roles
    card["timeline"] = [{k: v for k, v in p.items() if k != "event_ids"}
                        for p in series(store, actor_id, by="month")]
    partners: dict[str, dict[str, Any]] = {}
    for r in store.conn.execute(
        "SELECT other.actor_id AS id, a.name, a.country, count(*) AS n, avg(e.goldstein) AS g"
        " FROM event_actors me JOIN event_actors other ON other.event_id = me.event_id"
        " AND other.role != me.role JOIN events e ON e.id = me.event_id"
        " JOIN actors a ON a.id = other.actor_id WHERE me.actor_id = ? AND other.actor_id != ?"
        " GROUP BY other.actor_id ORDER BY n DESC, a.name LIMIT 20", (actor_id, actor_id)):
        partners[r["id"]] = {"id": r["id"], "name": r["name"], "country": r["country"],
                             "events": r["n"],
                             "goldstein_mean": None if r["g"] is None else round(r["g"], 3)}
    card["partners"] = list(partners.values())
    card["quotes"] = quotes(store, Filters(actor=actor_id, limit=100))
    card["quotes"] = [q for q in card["quotes"] if q["speaker"] == actor_id]
    return card


def places(store: Store, f: Filters) -> list[dict[str, Any]]:
    """Events on the map: one point per place, with its event count and event ids."""
    points: dict[tuple[str, float, float], dict[str, Any]] = {}
    for r in _event_rows(store, f.actor, None, f, False, dated_only=False):
        if r["place_lat"] is None or r["place_lon"] is None:
            continue
        key = (r["place_name"], r["place_lat"], r["place_lon"])
        point = points.setdefault(key, {
            "name": r["place_name"], "country": r["place_country"],
            "region": r["place_region"], "lat": r["place_lat"], "lon": r["place_lon"],
            "events": 0, "event_ids": []})
        point["events"] += 1
        point["event_ids"].append(r["id"])
    return sorted(points.values(), key=lambda p: (-p["events"], p["name"]))


def place_mentions(store: Store, f: Filters) -> list[dict[str, Any]]:
    """Places the articles name (whether or not an event was placed there), with counts."""
    f = _clean(f)
    where = ["p.lat IS NOT NULL", "p.lon IS NOT NULL"]
    params: list[Any] = []
    if f.article:
        where.append("p.article_id = ?")
        params.append(f.article)
    if f.since:
        where.append("ar.published >= ?")
        params.append(f.since)
    if f.until:
        where.append("ar.published <= ?")
        params.append(f.until)
    if f.search:
        where.append("p.article_id IN (" + _fts_articles(f.search, params) + ")")
    sql = ("SELECT p.name, p.country, p.region, p.lat, p.lon, count(*) AS mentions,"
           " count(DISTINCT p.article_id) AS articles FROM places p"
           " JOIN articles ar ON ar.id = p.article_id WHERE " + " AND ".join(where)
           + " GROUP BY p.name, p.lat, p.lon ORDER BY mentions DESC, p.name"
           + _paging(f, params))
    return [dict(r) for r in store.conn.execute(sql, params)]
