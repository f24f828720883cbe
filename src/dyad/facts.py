"""The analysis tables, kept in step with the events at ingest, so that series, networks,
timelines and top lists are answered by indexed SQL rather than by reading every event.

``event_facts``: one row per event and source-target pair of actors (an event with one
side named has one row per actor, the other side NULL; with none, one row), with the
event's story (``first``: this event began it), its date as whole days, weeks (the
Monday's day), months (YYYYMM) and years, each only where the date is that precise, type,
quad class, Goldstein score, whether it happened, and both actors' ids and countries.

Rollups, per type, quad class and reality: the number of story events (each counted once,
where and when the report that began it places it), of mentions, and the Goldstein sum —
``dyad_months`` and ``actor_months`` per month (what top lists read), and ``dyad_days``,
``actor_days`` and ``country_days`` per year, month and day, each only as precise as the
date (what series and timelines read). Tables keyed by dyad, actor or country first, so
that one party's rows lie together.
"""

from __future__ import annotations

import json
import sqlite3

# Days since 1970-01-01 of an ISO date; 1970-01-01 was a Thursday, so (day + 3) % 7 is the
# weekday counted from Monday, and day - (day + 3) % 7 is the week's Monday.
_DAY = "CAST(julianday(substr(e.date, 1, 10)) - 2440587.5 AS INTEGER)"
_IS_MONTH = "e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'"

_INSERT_FACTS = f"""
WITH s AS (SELECT ea.event_id, ea.actor_id, a.country FROM event_actors ea
           JOIN actors a ON a.id = ea.actor_id WHERE ea.role = 'source'),
     t AS (SELECT ea.event_id, ea.actor_id, a.country FROM event_actors ea
           JOIN actors a ON a.id = ea.actor_id WHERE ea.role = 'target'),
     chosen AS (SELECT id FROM events WHERE {{where}})
INSERT INTO event_facts(event_id, story_id, first, date, precision, day, week, month, year,
                        plover, quad_class, goldstein, happened, certainty,
                        source_id, source_country, target_id, target_country)
SELECT e.id, sm.story_id, coalesce(st.first_event = e.id, 1), e.date, e.date_precision,
       CASE WHEN e.date_precision = 'day' THEN {_DAY} END,
       CASE WHEN e.date_precision = 'day' THEN {_DAY} - ({_DAY} + 3) % 7 END,
       CASE WHEN e.date_precision IN ('day', 'month') AND {_IS_MONTH}
            THEN CAST(substr(e.date, 1, 4) AS INTEGER) * 100
                 + CAST(substr(e.date, 6, 2) AS INTEGER) END,
       CASE WHEN e.date GLOB '[0-9][0-9][0-9][0-9]*'
            THEN CAST(substr(e.date, 1, 4) AS INTEGER) END,
       e.plover, e.quad_class,
       e.goldstein,
       e.negated = 0 AND e.modality = 'asserted', e.certainty,
       s.actor_id, s.country, t.actor_id, t.country
FROM chosen c JOIN events e ON e.id = c.id
LEFT JOIN s ON s.event_id = e.id LEFT JOIN t ON t.event_id = e.id
LEFT JOIN story_mentions sm ON sm.event_id = e.id
LEFT JOIN stories st ON st.id = sm.story_id
"""

# Rollups: per table, its key columns (time keys first) and the rows it counts. A story is
# counted once, in the groups of the report that began it; mentions are every report.
_PAIRS = ("SELECT f.*, coalesce(f.source_country, '') AS sc, coalesce(f.target_country, '')"
          " AS tc FROM event_facts f WHERE {where}")
_ACTORS = ("SELECT f.*, f.source_id AS actor, f.source_country AS country FROM event_facts f"
           " WHERE {where} AND f.source_id IS NOT NULL UNION ALL SELECT f.*, f.target_id,"
           " f.target_country FROM event_facts f WHERE {where} AND f.target_id IS NOT NULL")
_MONTH = [("month", "coalesce(x.month, 0)")]
_DAYS = [("year", "coalesce(x.year, 0)"), ("month", "coalesce(x.month, 0)"),
         ("day", "coalesce(x.day, 0)")]
_WHAT = [("plover", "x.plover"), ("quad_class", "coalesce(x.quad_class, 0)"),
         ("happened", "x.happened")]
ROLLUPS = {
    "dyad_months": ([*_MONTH, ("source_country", "x.sc"), ("target_country", "x.tc")],
                    _PAIRS),
    "actor_months": ([*_MONTH, ("actor_id", "x.actor"), ("country", "x.country")], _ACTORS),
    "dyad_days": ([("source_country", "x.sc"), ("target_country", "x.tc"), *_DAYS], _PAIRS),
    "actor_days": ([("actor_id", "x.actor"), *_DAYS], _ACTORS),
    "country_days": ([("country", "x.country"), *_DAYS], _ACTORS),
}


def _rollup_sql(table: str, where: str) -> str:
    keys, rows = ROLLUPS[table]
    conflict = [k for k, _ in keys + _WHAT if not (table == "actor_months" and k == "country")]
    names = ", ".join(k for k, _ in keys + _WHAT)
    groups = ", ".join(str(i + 1) for i in range(len(keys) + len(_WHAT)))
    extra = " WHERE x.country IS NOT NULL" if table == "country_days" else ""
    # Each event once per group: an event has a row per source-target pair, and one whose
    # two sides are of one country ("Egyptian police arrested Egyptian protesters") is that
    # country's twice; its Goldstein score counts once.
    cols = ", ".join(f"{e} AS k{i}" for i, (_, e) in enumerate(keys + _WHAT))
    keyed = ", ".join(f"y.k{i}" for i in range(len(keys) + len(_WHAT)))
    return (
        f"INSERT INTO {table}({names}, stories, mentions, goldstein_sum, goldstein_n)"
        f" SELECT {keyed}, count(DISTINCT CASE WHEN y.first THEN y.story_id END),"
        " count(DISTINCT y.event_id), coalesce(sum(y.goldstein), 0), count(y.goldstein)"
        f" FROM (SELECT DISTINCT {cols}, x.event_id, x.story_id, x.first, x.goldstein"
        f" FROM ({rows.format(where=where)}) x{extra}) y GROUP BY {groups}"
        f" ON CONFLICT({', '.join(conflict)}) DO UPDATE SET stories = stories + excluded.stories,"
        " mentions = mentions + excluded.mentions,"
        " goldstein_sum = goldstein_sum + excluded.goldstein_sum,"
        " goldstein_n = goldstein_n + excluded.goldstein_n")


def add(conn: sqlite3.Connection, event_ids: list[str]) -> None:
    """Facts and rollups for newly stored events (their stories assigned)."""
    if not event_ids:
        return
    ids = json.dumps(event_ids)
    conn.execute(_INSERT_FACTS.format(where="id IN (SELECT value FROM json_each(?))"), (ids,))
    for table in ROLLUPS:
        sql = _rollup_sql(table, "f.event_id IN (SELECT value FROM json_each(?))")
        conn.execute(sql, (ids,) * sql.count("?"))


def rebuild(conn: sqlite3.Connection) -> None:
    """All analysis tables from the events (a store from before them, or bulk loads)."""
    conn.execute("DELETE FROM event_facts")
    for table in ROLLUPS:
        conn.execute(f"DELETE FROM {table}")
    conn.execute(_INSERT_FACTS.format(where="1 = 1"))
    for table in ROLLUPS:
        conn.execute(_rollup_sql(table, "1 = 1"))
