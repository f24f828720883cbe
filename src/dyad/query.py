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
    story: str | None = None  # story event id
    certainty: str | None = None
    quad_class: int | None = None  # 1-4: verbal/material cooperation, verbal/material conflict
    include_unreal: bool = True  # negated / hypothetical / intended events too
    include_duplicates: bool = False  # near-duplicate articles too (for `articles`)
    main_only: bool = False  # leave out events told as background (for `events`)
    # leave out events that do not name both a source and a target actor (for `events`):
    # the dyadic events ICEWS and PETRARCH code
    dyadic_only: bool = False
    limit: int = 1000
    offset: int = 0


def _clean(f: Filters) -> Filters:
    """Filters without NUL characters, which SQLite would cut strings at, and without a
    search of no words (an empty full-text query is a syntax error, not "everything")."""
    values = {k: v.replace("\x00", "") if isinstance(v, str) else v for k, v in vars(f).items()}
    if isinstance(values.get("search"), str) and not values["search"].split():
        values["search"] = None
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
    if f.main_only:
        where.append("e.background = 0")
    if f.dyadic_only:
        where.append("EXISTS (SELECT 1 FROM event_actors s WHERE s.event_id = e.id AND "
                     "s.role = 'source') AND EXISTS (SELECT 1 FROM event_actors t WHERE "
                     "t.event_id = e.id AND t.role = 'target')")
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
        "plover_score": r["plover_score"],
        "source": roles["source"], "target": roles["target"],
        "date": r["date"], "date_precision": r["date_precision"], "place": place,
        "negated": bool(r["negated"]), "modality": r["modality"],
        "attribution": json.loads(r["attribution"]),
        "evidence": {"start": r["evidence_start"], "end": r["evidence_end"],
                     "text": r["evidence_text"]},
        "trigger": {"start": r["trigger_start"], "end": r["trigger_end"],
                    "text": r["trigger_text"]},
        "confidence": r["confidence"], "background": bool(r["background"]),
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
            "speaker_text": r["speaker_text"], "speaker_span": speaker_span,
            "speaker_role": r["speaker_role"], "speaker_affiliation": r["speaker_affiliation"],
            "cue": cue, "content": json.loads(r["content"]), "kind": r["kind"],
            "within": r["within"],
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
        # what the articles say the actor is, most often said first
        described = [{"role": x["role"], "affiliation": x["affiliation_id"],
                      "affiliation_name": x["aff_name"], "articles": x["n"]}
                     for x in store.conn.execute(
            "SELECT r.role, r.affiliation_id, af.name AS aff_name, count(*) AS n"
            " FROM actor_roles r LEFT JOIN actors af ON af.id = r.affiliation_id"
            " WHERE r.actor_id = ? GROUP BY r.role, r.affiliation_id"
            " ORDER BY n DESC, r.role LIMIT 10", (r["id"],))]
        out.append({
            "id": r["id"], "name": r["name"], "aliases": aliases, "kind": r["kind"],
            "country": r["country"], "sector": r["sector"], "described_as": described,
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
    sql = "SELECT e.*, sm.story_id FROM events e LEFT JOIN story_mentions sm ON sm.event_id = e.id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return store.conn.execute(sql + " ORDER BY e.date", params).fetchall()


COUNTS = ("stories", "mentions")
_PERIOD_COLUMN = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _period_label(value: int, by: str) -> str:
    import datetime as dt

    if by in ("day", "week"):
        return (dt.date(1970, 1, 1) + dt.timedelta(days=value)).isoformat()
    if by == "month":
        return f"{value // 100:04d}-{value % 100:02d}"
    return f"{value:04d}"


def _party_ids(store: Store, party: str) -> str:
    """The ids (as JSON) of the actors an id, name or alias names."""
    rows = store.conn.execute(
        "SELECT DISTINCT a.id FROM actors a LEFT JOIN actor_aliases al ON al.actor_id = a.id"
        " WHERE a.id = ? OR lower(al.alias) LIKE ?", (party, f"%{party.lower()}%"))
    return json.dumps([r[0] for r in rows])


def _is_country(party: str) -> bool:
    return len(party) == 3 and party.isalpha() and party.isupper()


def _side(store: Store, side: str, party: str, params: list[Any]) -> str:
    """A condition on one side (source or target) of event_facts rows."""
    if _is_country(party):
        params.append(party)
        return f"f.{side}_country = ?"
    params.append(_party_ids(store, party))
    return f"f.{side}_id IN (SELECT value FROM json_each(?))"


def _fact_filters(store: Store, a: str | None, b: str | None, f: Filters, directed: bool,
                  params: list[Any]) -> str:
    """WHERE conditions on event_facts ``f`` for two parties and the event filters."""
    where = ["1 = 1"]
    if a and b:
        forward = f"({_side(store, 'source', a, params)} AND {_side(store, 'target', b, params)})"
        if directed:
            where.append(forward)
        else:
            backward = (f"({_side(store, 'source', b, params)} AND "
                        f"{_side(store, 'target', a, params)})")
            where.append(f"({forward} OR {backward})")
    elif a:
        where.append(f"({_side(store, 'source', a, params)} OR "
                     f"{_side(store, 'target', a, params)})")
    if f.type:
        where.append("(f.plover = ? OR f.event_id IN (SELECT id FROM events WHERE cameo LIKE ?))")
        params.extend([f.type.upper(), f"{f.type}%"])
    if f.since:
        where.append("f.date >= ?")
        params.append(f.since)
    if f.until:
        where.append("substr(f.date, 1, 10) <= ?")
        params.append(f.until)
    if f.certainty:
        where.append("f.certainty = ?")
        params.append(f.certainty)
    if f.quad_class:
        where.append("f.quad_class = ?")
        params.append(f.quad_class)
    if not f.include_unreal:
        where.append("f.happened = 1")
    return " AND ".join(where)


def series(store: Store, a: str | None = None, b: str | None = None, by: str = "month",
           directed: bool = False, f: Filters | None = None, count: str = "stories",
           event_ids: bool = False) -> list[dict[str, Any]]:
    """Counts per period between a and b (country codes such as IRN, or actors), by PLOVER
    type and quad class, with the mean Goldstein (conflict-cooperation) score.
    ``count="stories"`` counts each real event once per period however many reports it
    has; ``"mentions"`` counts every report. Events whose date is less precise than the
    period are left out. ``event_ids``: each period also lists up to 50 of its events."""
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}")
    if count not in COUNTS:
        raise ValueError(f"count must be one of {', '.join(COUNTS)}")
    f = _clean(f or Filters())
    params: list[Any] = []
    # The daily rollups answer most series at once; the facts answer every filter exactly.
    rows = None if event_ids else _rollup_series(store, a, b, by, directed, f, count)
    if rows is None:
        rows = _fact_series(store, a, b, by, directed, f, count)
    buckets: dict[int, dict[str, Any]] = {}
    for r in rows:
        bucket = buckets.setdefault(r["p"], {
            "period": _period_label(r["p"], by), "events": 0, "mentions": 0, "by_type": {},
            "by_quad_class": {}, "g": 0.0, "gn": 0})
        bucket["events"] += r["n"]
        bucket["mentions"] += r["mentions"]
        bucket["by_type"][r["plover"]] = bucket["by_type"].get(r["plover"], 0) + r["n"]
        qc = str(r["quad_class"] or 0)
        bucket["by_quad_class"][qc] = bucket["by_quad_class"].get(qc, 0) + r["n"]
        bucket["g"] += r["g"] or 0.0
        bucket["gn"] += r["gn"]
    out = []
    for bucket in buckets.values():
        g, gn = bucket.pop("g"), bucket.pop("gn")
        bucket["goldstein_mean"] = round(g / gn, 3) if gn else None
        out.append(bucket)
    if event_ids and buckets:
        col = f"f.{_PERIOD_COLUMN[by]}"
        cond = _fact_filters(store, a, b, f, directed, params)
        per: dict[int, list[str]] = {}
        for p, eid in store.conn.execute(
                f"SELECT DISTINCT {col}, f.event_id FROM event_facts f"
                f" WHERE {col} IS NOT NULL AND {cond} ORDER BY 1, 2", params):
            if len(per.setdefault(p, [])) < 50:
                per[p].append(eid)
        for key, bucket in zip(buckets, out, strict=True):
            bucket["event_ids"] = per.get(key, [])
    return out


def _fact_series(store: Store, a: str | None, b: str | None, by: str, directed: bool,
                 f: Filters, count: str) -> list[sqlite3.Row]:
    """Series rows (p, plover, quad_class, n, mentions, g, gn) from the event facts: every
    filter, exact distinct counts."""
    params: list[Any] = []
    col = f"f.{_PERIOD_COLUMN[by]}"
    cond = _fact_filters(store, a, b, f, directed, params)
    unit = "f.story_id" if count == "stories" else "f.event_id"
    return store.conn.execute(
        f"SELECT {col} AS p, f.plover, f.quad_class, count(DISTINCT {unit}) AS n,"
        " count(DISTINCT f.event_id) AS mentions, sum(f.goldstein) AS g, count(f.goldstein)"
        f" AS gn FROM event_facts f WHERE {col} IS NOT NULL AND {cond}"
        " GROUP BY p, f.plover, f.quad_class ORDER BY p", params).fetchall()


# The rollup expression of each period, over rows of the *_days tables.
_ROLLUP_PERIOD = {"day": ("r.day", "r.day != 0"),
                  "week": ("r.day - (r.day + 3) % 7", "r.day != 0"),
                  "month": ("r.month", "r.month != 0"), "year": ("r.year", "r.year != 0")}


def _rollup_series(store: Store, a: str | None, b: str | None, by: str, directed: bool,
                   f: Filters, count: str) -> list[sqlite3.Row] | None:
    """Series rows from the daily rollups, or None where they cannot answer exactly (date
    bounds, certainty, text search, CAMEO prefixes, a pair with an actor in it)."""
    if (f.since or f.until or f.certainty or f.search or f.article or f.event
            or (f.type and f.type.upper() not in PLOVER_TYPES)):
        return None
    params: list[Any] = []
    if a and b:
        if not (_is_country(a) and _is_country(b)):
            return None
        table = "dyad_days"
        cond = "r.source_country = ? AND r.target_country = ?"
        params = [a, b]
        if not directed and a != b:
            cond = f"(({cond}) OR (r.source_country = ? AND r.target_country = ?))"
            params += [b, a]
    elif a and _is_country(a):
        table, cond, params = "country_days", "r.country = ?", [a]
    elif a:
        table, cond = "actor_days", "r.actor_id IN (SELECT value FROM json_each(?))"
        params = [_party_ids(store, a)]
    else:
        return None  # every event: the facts count each once, where country rollups would not
    expr, present = _ROLLUP_PERIOD[by]
    if f.type:
        cond += " AND r.plover = ?"
        params.append(f.type.upper())
    if f.quad_class:
        cond += " AND r.quad_class = ?"
        params.append(f.quad_class)
    if not f.include_unreal:
        cond += " AND r.happened = 1"
    unit = "r.stories" if count == "stories" else "r.mentions"
    return store.conn.execute(
        f"SELECT {expr} AS p, r.plover, r.quad_class, sum({unit}) AS n, sum(r.mentions)"
        f" AS mentions, sum(r.goldstein_sum) AS g, sum(r.goldstein_n) AS gn FROM {table} r"
        f" WHERE {present} AND {cond} GROUP BY p, r.plover, r.quad_class ORDER BY p",
        params).fetchall()


def network(store: Store, f: Filters, min_weight: int = 1, count: str = "stories"
            ) -> dict[str, Any]:
    """Actors as nodes and source->target links weighted by story events (each real event
    once) or by mentions (every report), with their mean Goldstein score and types."""
    if count not in COUNTS:
        raise ValueError(f"count must be one of {', '.join(COUNTS)}")
    f = _clean(f)
    params: list[Any] = []
    cond = _fact_filters(store, f.actor, None, f, False, params)
    rows = store.conn.execute(
        "SELECT f.source_id, f.target_id, f.plover, count(DISTINCT f.story_id) AS stories,"
        " count(DISTINCT f.event_id) AS mentions, sum(f.goldstein) AS g, count(f.goldstein)"
        " AS gn FROM event_facts f WHERE f.source_id IS NOT NULL AND f.target_id IS NOT NULL"
        f" AND f.source_id != f.target_id AND {cond}"
        " GROUP BY f.source_id, f.target_id, f.plover", params).fetchall()
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        edge = edges.setdefault((r["source_id"], r["target_id"]), {
            "source": r["source_id"], "target": r["target_id"], "stories": 0, "mentions": 0,
            "by_type": {}, "g": 0.0, "gn": 0})
        edge["stories"] += r["stories"]
        edge["mentions"] += r["mentions"]
        edge["by_type"][r["plover"]] = r[count]
        edge["g"] += r["g"] or 0.0
        edge["gn"] += r["gn"]
    for e in edges.values():
        g, gn = e.pop("g"), e.pop("gn")
        e["goldstein_mean"] = round(g / gn, 3) if gn else None
        e["weight"] = e[count]
    kept = [e for e in edges.values() if e["weight"] >= min_weight]
    kept.sort(key=lambda e: (-e["weight"], e["source"], e["target"]))
    kept = kept[: max(1, min(f.limit, MAX_LIMIT))]
    degree: dict[str, int] = {}
    for e in kept:
        for node in (e["source"], e["target"]):
            degree[node] = degree.get(node, 0) + e["weight"]
    nodes = []
    for nid in sorted(degree):
        r = store.conn.execute("SELECT id, name, kind, country, sector FROM actors WHERE id = ?",
                               (nid,)).fetchone()
        nodes.append({**dict(r), "weight": degree[nid]})
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


# --- stories, top actors and dyads, alerts ------------------------------------------------

def _story_where(f: Filters, params: list[Any]) -> list[str]:
    where: list[str] = []
    if f.actor or f.country:
        inner = []
        if f.actor:
            inner.append(_actor_clause("ea.actor_id", f, params))
        if f.country:
            inner.append("ea.actor_id IN (SELECT id FROM actors WHERE country = ?)")
            params.append(f.country.upper())
        where.append("s.id IN (SELECT sm.story_id FROM story_mentions sm JOIN event_actors ea"
                     " ON ea.event_id = sm.event_id WHERE " + " AND ".join(inner) + ")")
    if f.type:
        where.append("(s.plover = ? OR s.cameo LIKE ?)")
        params.extend([f.type.upper(), f"{f.type}%"])
    if f.since:
        where.append("s.date >= ?")
        params.append(f.since)
    if f.until:
        where.append("substr(s.date, 1, 10) <= ?")
        params.append(f.until)
    if f.certainty:
        where.append("s.certainty = ?")
        params.append(f.certainty)
    if f.quad_class:
        where.append("s.quad_class = ?")
        params.append(f.quad_class)
    if not f.include_unreal:
        where.append("s.happened = 1")
    if f.search:
        where.append("s.id IN (SELECT sm.story_id FROM story_mentions sm JOIN events e ON"
                     " e.id = sm.event_id WHERE e.article_id IN ("
                     + _fts_articles(f.search, params) + "))")
    if f.event:
        where.append("s.id IN (SELECT story_id FROM story_mentions WHERE event_id = ?)")
        params.append(f.event)
    if f.story:
        where.append("s.id = ?")
        params.append(f.story)
    return where


def stories(store: Store, f: Filters, with_mentions: bool = True) -> list[dict[str, Any]]:
    """Story events: one row per real event, with its reports (mentions) and who made them."""
    f = _clean(f)
    params: list[Any] = []
    where = _story_where(f, params)
    sql = "SELECT s.* FROM stories s"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY s.date, s.id" + _paging(f, params)
    out = []
    for r in store.conn.execute(sql, params).fetchall():
        item = {k: r[k] for k in ("id", "plover", "mode", "cameo", "quad_class", "goldstein",
                                  "date", "date_precision", "first_seen", "last_seen",
                                  "certainty")}
        item.update(happened=bool(r["happened"]), mention_count=r["mentions"],
                    article_count=r["articles"], outlet_count=r["outlets"])
        item["place"] = None if r["place_name"] is None else {
            "name": r["place_name"], "country": r["place_country"], "lat": r["place_lat"],
            "lon": r["place_lon"]}
        roles: dict[str, list[str]] = {"source": [], "target": []}
        for a in store.conn.execute(
                "SELECT DISTINCT ea.actor_id, ea.role FROM story_mentions sm JOIN event_actors ea"
                " ON ea.event_id = sm.event_id WHERE sm.story_id = ? ORDER BY ea.role,"
                " ea.actor_id", (r["id"],)):
            roles[a[1]].append(a[0])
        item["source"], item["target"] = roles["source"], roles["target"]
        if with_mentions:
            item["mentions"] = [
                {"event_id": m["id"], "article_id": m["article_id"], "outlet": m["outlet"],
                 "published": m["published"], "url": m["url"],
                 "certainty": m["certainty"], "attribution": json.loads(m["attribution"]),
                 "background": bool(m["background"]),
                 "evidence": {"start": m["evidence_start"], "end": m["evidence_end"],
                              "text": m["evidence_text"]},
                 "trigger": {"start": m["trigger_start"], "end": m["trigger_end"],
                             "text": m["trigger_text"]}}
                for m in store.conn.execute(
                    "SELECT e.*, ar.outlet, ar.published, ar.url FROM story_mentions sm"
                    " JOIN events e ON e.id = sm.event_id JOIN articles ar"
                    " ON ar.id = e.article_id WHERE sm.story_id = ?"
                    " ORDER BY ar.published, e.id", (r["id"],))]
        out.append(item)
    return out


def _monthly(f: Filters) -> bool:
    """Whether the monthly counts answer these filters exactly (whole months only)."""
    def whole(day: str | None, start: bool) -> bool:
        return day is None or len(day) == 7 or (start and day.endswith("-01"))
    return (whole(f.since, True) and (f.until is None or len(f.until) == 7) and not f.certainty
            and not f.search and not f.article and not f.event and not f.actor
            and (not f.type or f.type.upper() in PLOVER_TYPES))


PLOVER_TYPES = {"AGREE", "ASSAULT", "AID", "CONCEDE", "CONSULT", "COERCE", "ACCUSE",
                "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT",
                "THREATEN", "COOPERATE", "STATEMENT", "APPEAL"}


def _month_conditions(f: Filters, params: list[Any]) -> str:
    where = ["1 = 1"]
    if f.since:
        where.append("m.month >= ?")
        params.append(int(f.since[:4]) * 100 + int(f.since[5:7]))
    if f.until:
        where.append("m.month BETWEEN 1 AND ?")
        params.append(int(f.until[:4]) * 100 + int(f.until[5:7]))
    if f.type:
        where.append("m.plover = ?")
        params.append(f.type.upper())
    if f.quad_class:
        where.append("m.quad_class = ?")
        params.append(f.quad_class)
    if not f.include_unreal:
        where.append("m.happened = 1")
    return " AND ".join(where)


def _rounded(rows: Any) -> list[dict[str, Any]]:
    return [{**dict(r), "goldstein": None if r["goldstein"] is None else round(r["goldstein"], 3)}
            for r in rows]


def top_actors(store: Store, f: Filters) -> list[dict[str, Any]]:
    """Actors ranked by the story events they take part in (as source or target)."""
    f = _clean(f)
    params: list[Any] = []
    if _monthly(f):
        cond = _month_conditions(f, params)
        if f.country:
            cond += " AND m.country = ?"
            params.append(f.country.upper())
        sql = ("SELECT a.id, a.name, a.kind, a.country, a.sector, t.stories, t.mentions,"
               " t.goldstein FROM (SELECT m.actor_id, sum(m.stories) AS stories,"
               " sum(m.mentions) AS mentions, sum(m.goldstein_sum) / nullif(sum(m.goldstein_n),"
               f" 0) AS goldstein FROM actor_months m WHERE {cond} GROUP BY m.actor_id) t"
               " JOIN actors a ON a.id = t.actor_id"
               " ORDER BY t.stories DESC, t.mentions DESC, a.name" + _paging(f, params))
        return _rounded(store.conn.execute(sql, params))
    cond = _fact_filters(store, f.actor, None, f, False, params)
    if f.country:
        cond += " AND x.country = ?"
        params.append(f.country.upper())
    sql = ("SELECT a.id, a.name, a.kind, a.country, a.sector, count(DISTINCT x.story_id) AS"
           " stories, count(DISTINCT x.event_id) AS mentions, avg(x.goldstein) AS goldstein"
           " FROM (SELECT f.source_id AS actor_id, f.source_country AS country, f.story_id,"
           " f.event_id, f.goldstein, f.date, f.plover, f.quad_class, f.happened, f.certainty"
           " FROM event_facts f WHERE f.source_id IS NOT NULL UNION ALL SELECT f.target_id,"
           " f.target_country, f.story_id, f.event_id, f.goldstein, f.date, f.plover,"
           " f.quad_class, f.happened, f.certainty FROM event_facts f"
           " WHERE f.target_id IS NOT NULL) x JOIN actors a ON a.id = x.actor_id"
           " WHERE x.event_id IN (SELECT f.event_id FROM event_facts f WHERE " + cond + ")"
           " GROUP BY a.id ORDER BY stories DESC, mentions DESC, a.name" + _paging(f, params))
    return _rounded(store.conn.execute(sql, params))


def top_dyads(store: Store, f: Filters, level: str = "country") -> list[dict[str, Any]]:
    """Source -> target pairs (of countries or of actors) ranked by story events."""
    if level not in ("country", "actor"):
        raise ValueError("level must be country or actor")
    f = _clean(f)
    params: list[Any] = []
    if level == "country" and _monthly(f) and not f.country:
        cond = _month_conditions(f, params)
        sql = ("SELECT m.source_country AS source, m.target_country AS target,"
               " sum(m.stories) AS stories, sum(m.mentions) AS mentions,"
               " sum(m.goldstein_sum) / nullif(sum(m.goldstein_n), 0) AS goldstein"
               " FROM dyad_months m WHERE m.source_country != '' AND m.target_country != ''"
               f" AND m.source_country != m.target_country AND {cond}"
               " GROUP BY m.source_country, m.target_country"
               " ORDER BY stories DESC, mentions DESC, source, target" + _paging(f, params))
        return _rounded(store.conn.execute(sql, params))
    cond = _fact_filters(store, f.actor, None, f, False, params)
    if f.country:
        cond += " AND (f.source_country = ? OR f.target_country = ?)"
        params.extend([f.country.upper()] * 2)
    src, tgt = (("f.source_country", "f.target_country") if level == "country"
                else ("f.source_id", "f.target_id"))
    names = ("" if level == "country" else
             ", (SELECT name FROM actors WHERE id = f.source_id) AS source_name,"
             " (SELECT name FROM actors WHERE id = f.target_id) AS target_name")
    sql = (f"SELECT {src} AS source, {tgt} AS target{names},"
           " count(DISTINCT f.story_id) AS stories, count(DISTINCT f.event_id) AS mentions,"
           f" avg(f.goldstein) AS goldstein FROM event_facts f WHERE {src} IS NOT NULL"
           f" AND {tgt} IS NOT NULL AND {src} != {tgt} AND {cond} GROUP BY {src}, {tgt}"
           " ORDER BY stories DESC, mentions DESC, source, target" + _paging(f, params))
    return _rounded(store.conn.execute(sql, params))


def alerts(store: Store, f: Filters | None = None, by: str = "week", min_events: int = 3,
           z: float = 2.0) -> list[dict[str, Any]]:
    """Periods where a country's story events, or a country dyad's conflict, depart from
    their baselines: the mean of the 4 periods before and of the 52 before (as ACLED's
    early-warning dashboard compares a week with its last month and its last year).

    An ``events`` alert: at least ``min_events`` story events and more than both twice the
    4-period mean and the 52-period mean plus ``z`` standard deviations. A ``conflict``
    alert (dyads): at least ``min_events`` story events whose mean Goldstein score is 3 or
    more below the dyad's 52-period mean."""
    import statistics

    if by not in ("week", "month"):
        raise ValueError("alerts are by week or month")
    f = _clean(f or Filters())
    params: list[Any] = []
    col = f"f.{by}"
    cond = _fact_filters(store, None, None, f, False, params)
    counts: dict[str, dict[int, int]] = {}
    for p, country, n in store.conn.execute(
            f"SELECT p, c, count(DISTINCT story_id) FROM (SELECT {col} AS p, f.source_country"
            f" AS c, f.story_id FROM event_facts f WHERE {col} IS NOT NULL AND {cond}"
            f" UNION ALL SELECT {col}, f.target_country, f.story_id FROM event_facts f"
            f" WHERE {col} IS NOT NULL AND {cond}) WHERE c IS NOT NULL GROUP BY p, c",
            params + params):
        counts.setdefault(country, {})[p] = n
    scores: dict[str, dict[int, list[float]]] = {}
    for p, dyad, g in store.conn.execute(
            f"SELECT {col}, min(f.source_country, f.target_country) || '-' ||"
            " max(f.source_country, f.target_country), avg(f.goldstein) FROM event_facts f"
            f" WHERE {col} IS NOT NULL AND f.goldstein IS NOT NULL AND f.source_country"
            f" != f.target_country AND {cond} GROUP BY 1, 2, f.story_id", params):
        scores.setdefault(dyad, {}).setdefault(p, []).append(g)

    def before(period: int, n: int) -> list[int]:
        if by == "week":
            return [period - 7 * i for i in range(1, n + 1)]
        y, m = divmod(period, 100)
        out = []
        for _ in range(n):
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
            out.append(y * 100 + m)
        return out

    found: list[dict[str, Any]] = []
    for subject, per in counts.items():
        for period, n in per.items():
            if n < min_events:
                continue
            last4 = [per.get(p, 0) for p in before(period, 4)]
            last52 = [per.get(p, 0) for p in before(period, 52)]
            mean4, mean52 = sum(last4) / 4, sum(last52) / 52
            sd52 = max(statistics.pstdev(last52), 1.0)
            if n > 2 * mean4 and n > mean52 + z * sd52:
                found.append({"period": _period_label(period, by), "subject": subject,
                              "kind": "events", "value": n, "baseline_4": round(mean4, 3),
                              "baseline_52": round(mean52, 3),
                              "z": round((n - mean52) / sd52, 2)})
    for dyad, per in scores.items():
        for period, values in per.items():
            if len(values) < min_events:
                continue
            past = [g for p in before(period, 52) for g in per.get(p, [])]
            if not past:
                continue
            now, mean52 = sum(values) / len(values), sum(past) / len(past)
            if now <= mean52 - 3:
                found.append({"period": _period_label(period, by), "subject": dyad,
                              "kind": "conflict", "value": round(now, 3), "baseline_4": None,
                              "baseline_52": round(mean52, 3), "z": None})
    found.sort(key=lambda a: (a["period"], a["kind"], a["subject"]), reverse=True)
    return found
