"""Story events: reports of one real-world event, from different sentences and articles,
merged into one story with its mentions.

An event joins a story when they agree on type, actors and date, confirmed by the words
of their evidence (TF-IDF cosine, with document frequencies from the store's own full-text
index). Assignment is incremental — each new event is matched against the stories already
stored, in input order, inside the ingest transaction — so it is crash-safe, and stable
when the same input is ingested again (known articles add nothing).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass

from dyad import lexicon
from dyad.model import stable_id

# Reports of one event disagree on its day by one at most (time zones, "late on Monday").
DAY_WINDOW = 1
# Reports dated only by publication (no date in the text) may be a few days apart.
PUBLISHED_WINDOW = 3
# TF-IDF cosine of the evidence from which two reports are the same event; higher when the
# date is vague or one side names no actor. Tuned on tests/data/stories.jsonl (see
# docs/evaluation.md).
SIMILARITY = 0.2
SIMILARITY_VAGUE = 0.35
# Types whose two sides can be swapped in a report ("A met B" = "B met A").
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
CERTAINTY_RANK = {"asserted": 0, "attributed": 1, "hedged": 2, "denied": 3}
_WORD = re.compile(r"\w+")


@dataclass
class _Event:
    id: str
    article_id: str
    plover: str
    date: str | None
    precision: str
    published: str | None
    text: str
    # Each actor as its keys: its id, and its country where known ("Iran" and "Iranian
    # officials" are one party in two reports).
    sources: list[frozenset[str]]
    targets: list[frozenset[str]]

    @property
    def parties(self) -> list[frozenset[str]]:
        return self.sources + self.targets


def _tokens(text: str) -> Counter[str]:
    stop = lexicon.word_list("english_function_words.txt")
    return Counter(w for w in _WORD.findall(text.lower()) if w not in stop and not w.isdigit())


def _idf(conn: sqlite3.Connection, terms: set[str]) -> dict[str, float]:
    n = conn.execute("SELECT count(*) FROM articles").fetchone()[0] or 1
    out = dict.fromkeys(terms, math.log(1 + n))
    found = list(terms)
    for i in range(0, len(found), 500):
        chunk = found[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for term, doc in conn.execute(
                f"SELECT term, doc FROM articles_vocab WHERE term IN ({marks})", chunk):
            out[term] = math.log(1 + n / max(doc, 1))
    return out


def similarity(conn: sqlite3.Connection, a: str, b: str) -> float:
    """TF-IDF cosine of two texts, document frequencies from the store's articles."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    idf = _idf(conn, set(ta) | set(tb))
    va = {t: c * idf[t] for t, c in ta.items()}
    vb = {t: c * idf[t] for t, c in tb.items()}
    dot = sum(v * vb.get(t, 0.0) for t, v in va.items())
    norm = math.sqrt(sum(v * v for v in va.values())) * math.sqrt(sum(v * v for v in vb.values()))
    return dot / norm if norm else 0.0


def _load(conn: sqlite3.Connection, event_id: str) -> _Event:
    r = conn.execute(
        "SELECT e.id, e.article_id, e.plover, e.date, e.date_precision, e.evidence_text,"
        " ar.published FROM events e JOIN articles ar ON ar.id = e.article_id WHERE e.id = ?",
        (event_id,)).fetchone()
    sources: list[frozenset[str]] = []
    targets: list[frozenset[str]] = []
    # (a group of no known country, "four people", "protesters", names no party another
    # report could name the same way: it neither matches nor keeps apart)
    for actor_id, role, country in conn.execute(
            "SELECT ea.actor_id, ea.role, a.country FROM event_actors ea JOIN actors a"
            " ON a.id = ea.actor_id WHERE ea.event_id = ?"
            " AND NOT (a.kind = 'group' AND a.country IS NULL) ORDER BY ea.role, ea.position",
            (event_id,)):
        keys = frozenset({actor_id} | ({f"country:{country}"} if country else set()))
        (sources if role == "source" else targets).append(keys)
    return _Event(r[0], r[1], r[2], r[3], r[4], r[6], r[5], sources, targets)


def _side_match(a: list[frozenset[str]], b: list[frozenset[str]]) -> bool:
    return any(x & y for x in a for y in b)


def _parties_match(a: _Event, b: _Event) -> bool:
    if a.sources and a.targets and b.sources and b.targets:
        if _side_match(a.sources, b.sources) and _side_match(a.targets, b.targets):
            return True
        return a.plover in SYMMETRIC and (
            _side_match(a.sources, b.targets) and _side_match(a.targets, b.sources))
    # A report that names one side only: every actor it names is one the other names.
    small, big = sorted((a, b), key=lambda e: len(e.parties))
    return bool(small.parties) and all(_side_match([x], big.parties) for x in small.parties)


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def _dates_match(a: _Event, b: _Event) -> tuple[bool, bool]:
    """(compatible, vague): whether the dates allow one event, and whether that rests on
    less than two day-precise dates."""
    da, db = _day(a.date) if a.precision == "day" else None, (
        _day(b.date) if b.precision == "day" else None)
    if da and db:
        return abs((da - db).days) <= DAY_WINDOW, False
    if a.date and b.date:
        shorter = min(len(a.date), len(b.date), 7)
        return a.date[:shorter] == b.date[:shorter], True
    pa, pb = _day(a.published), _day(b.published)
    if pa and pb:
        return abs((pa - pb).days) <= PUBLISHED_WINDOW, True
    return False, True


def _months(e: _Event) -> list[str] | None:
    """The months (or the year) a matching report's date can begin with (None for an
    undated event); reports dated less precisely are matched by their own prefix."""
    day = _day(e.date) if e.precision == "day" else None
    if day:
        return sorted({(day + dt.timedelta(days=k)).isoformat()[:7]
                       for k in range(-DAY_WINDOW, DAY_WINDOW + 1)})
    return [e.date[:7]] if e.date else None


def _candidates(conn: sqlite3.Connection, e: _Event) -> list[str]:
    """Stories with a mention of the same type naming one of the event's actors, dated in
    a month the event's date allows: the rest cannot match."""
    keys = {k for party in e.parties for k in party}
    actor_ids = sorted(k for k in keys if not k.startswith("country:"))
    countries = sorted(k.split(":", 1)[1] for k in keys if k.startswith("country:"))
    if not actor_ids and not countries:
        return []
    marks_a = ",".join("?" * len(actor_ids)) or "NULL"
    marks_c = ",".join("?" * len(countries)) or "NULL"
    # An event without a date has none because its article has no publication date either
    # (events.when falls back to it), and _dates_match pairs no such report with any other.
    months = _months(e)
    if months is None:
        return []
    # The reports of this type dated in the months the event's date allows (a range that
    # may hold more, which _matches then rules out), or by a prefix of its date, read by
    # the (plover, date) index.
    prefixes = [e.date[:n] for n in (4, 7) if len(e.date) > n]
    same_type = (
        "SELECT id FROM events WHERE plover = ? AND date >= ? AND date < ?"
        " UNION ALL SELECT id FROM events WHERE plover = ? AND date IN ("
        + (",".join("?" * len(prefixes)) or "NULL") + ")")
    type_params = [e.plover, months[0], months[-1] + "\uffff", e.plover, *prefixes]
    rows = conn.execute(
        f"SELECT DISTINCT sm.story_id FROM ({same_type}) x"
        " JOIN story_mentions sm ON sm.event_id = x.id"
        " JOIN event_actors ea ON ea.event_id = x.id"
        " JOIN actors a ON a.id = ea.actor_id"
        f" WHERE (ea.actor_id IN ({marks_a}) OR a.country IN ({marks_c}))"
        " AND x.id != ? ORDER BY sm.story_id",
        [*type_params, *actor_ids, *countries, e.id])
    return [r[0] for r in rows]


def _matches(conn: sqlite3.Connection, e: _Event, story_id: str) -> float:
    """The best similarity of the event to one of the story's mentions that it agrees
    with on actors and date; 0 when none does."""
    best = 0.0
    for (mention_id,) in conn.execute(
            "SELECT event_id FROM story_mentions WHERE story_id = ? ORDER BY event_id LIMIT 20",
            (story_id,)):
        m = _load(conn, mention_id)
        if not _parties_match(e, m):
            continue
        ok, vague = _dates_match(e, m)
        if not ok:
            continue
        if m.article_id == e.article_id and not vague:
            return 1.0  # the same article on the same day: two mentions of one event
        sim = similarity(conn, e.text, m.text)
        if sim >= (SIMILARITY_VAGUE if vague or not (e.sources and e.targets) else SIMILARITY):
            best = max(best, sim)
    return best


def assign(conn: sqlite3.Connection, event_ids: list[str]) -> None:
    """Put each event (in order) into the best matching story, or a new one of its own."""
    touched: set[str] = set()
    for event_id in event_ids:
        e = _load(conn, event_id)
        best: tuple[float, str] | None = None
        for story_id in _candidates(conn, e):
            score = _matches(conn, e, story_id)
            if score > 0 and (best is None or score > best[0]):
                best = (score, story_id)
        story_id = best[1] if best else stable_id("S", e.id)
        if best is None:
            conn.execute("INSERT OR IGNORE INTO stories(id, first_event) VALUES (?, ?)",
                         (story_id, e.id))
        conn.execute("INSERT OR IGNORE INTO story_mentions(story_id, event_id) VALUES (?, ?)",
                     (story_id, e.id))
        touched.add(story_id)
    for story_id in sorted(touched):
        _summarize(conn, story_id)


def _summarize(conn: sqlite3.Connection, story_id: str) -> None:
    """Recompute a story's row from its mentions."""
    rows = conn.execute(
        "SELECT e.*, ar.published, ar.outlet, ar.url FROM story_mentions sm"
        " JOIN events e ON e.id = sm.event_id JOIN articles ar ON ar.id = e.article_id"
        " WHERE sm.story_id = ? ORDER BY e.id", (story_id,)).fetchall()
    precise = sorted(rows, key=lambda r: (
        {"day": 0, "week": 1, "month": 2, "year": 3}.get(r["date_precision"], 9),
        r["date"] or "9999", r["id"]))
    first = precise[0]
    published = [r["published"] for r in rows if r["published"]]
    outlets = {r["outlet"] or _host(r["url"]) or r["article_id"] for r in rows}
    happened = any(not r["negated"] and r["modality"] == "asserted" for r in rows)
    certainty = min((r["certainty"] for r in rows), key=lambda c: CERTAINTY_RANK.get(c, 9))
    scores = [r["goldstein"] for r in rows if r["goldstein"] is not None]
    conn.execute(
        "UPDATE stories SET plover = ?, mode = ?, cameo = ?, quad_class = ?, goldstein = ?,"
        " date = ?, date_precision = ?, first_seen = ?, last_seen = ?, mentions = ?, articles = ?,"
        " outlets = ?, certainty = ?, happened = ?, place_name = ?, place_country = ?,"
        " place_lat = ?, place_lon = ? WHERE id = ?",
        (first["plover"], first["mode"], first["cameo"], first["quad_class"],
         round(sum(scores) / len(scores), 3) if scores else None, first["date"],
         first["date_precision"], min(published, default=None), max(published, default=None),
         len(rows), len({r["article_id"] for r in rows}), len(outlets), certainty,
         int(happened), first["place_name"], first["place_country"], first["place_lat"],
         first["place_lon"], story_id))


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url).split("/")[0].lower()
    return host.removeprefix("www.") or None


def backfill(conn: sqlite3.Connection) -> int:
    """Assign the events that have no story yet (a store from before stories)."""
    ids = [r[0] for r in conn.execute(
        "SELECT e.id FROM events e JOIN articles ar ON ar.id = e.article_id"
        " WHERE e.id NOT IN (SELECT event_id FROM story_mentions)"
        " ORDER BY ar.ingested_at, ar.rowid, e.trigger_start")]
    assign(conn, ids)
    return len(ids)
