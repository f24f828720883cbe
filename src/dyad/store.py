"""The embedded store: SQLite in WAL mode, foreign keys on, FTS5 over article text.

The schema is versioned with ``PRAGMA user_version`` and grows only through the numbered
migrations in ``MIGRATIONS``, so a store made by any earlier version opens and upgrades in
place. Every batch of articles is written in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from dyad import dedupe, facts, stories
from dyad.model import Document

DEFAULT_DB = "dyad.db"

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT, url TEXT, outlet TEXT, published TEXT, language TEXT,
        text TEXT NOT NULL,
        source TEXT,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        country TEXT,
        sector TEXT
    );
    CREATE INDEX actors_country ON actors(country);
    CREATE TABLE actor_aliases (
        actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        PRIMARY KEY (actor_id, alias)
    );
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL REFERENCES actors(id),
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_actor ON mentions(actor_id);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        plover TEXT NOT NULL, mode TEXT, cameo TEXT, quad_class INTEGER, goldstein REAL,
        date TEXT, date_precision TEXT NOT NULL,
        place_name TEXT, place_country TEXT, place_lat REAL, place_lon REAL,
        negated INTEGER NOT NULL, modality TEXT NOT NULL,
        certainty TEXT NOT NULL, attribution TEXT NOT NULL,
        evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
        trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
        confidence REAL NOT NULL
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_plover ON events(plover);
    CREATE TABLE event_actors (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL REFERENCES actors(id),
        role TEXT NOT NULL CHECK (role IN ('source', 'target')),
        position INTEGER NOT NULL,
        PRIMARY KEY (event_id, role, actor_id)
    );
    CREATE INDEX event_actors_actor ON event_actors(actor_id, role);
    CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        speaker_id TEXT REFERENCES actors(id),
        speaker_text TEXT, speaker_start INTEGER, speaker_end INTEGER,
        cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
        kind TEXT NOT NULL,
        content TEXT NOT NULL
    );
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE INDEX quotes_speaker ON quotes(speaker_id);
    CREATE TABLE timexes (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        type TEXT NOT NULL, value TEXT NOT NULL
    );
    CREATE INDEX timexes_article ON timexes(article_id);
    CREATE TABLE places (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        name TEXT NOT NULL, country TEXT, lat REAL, lon REAL
    );
    CREATE INDEX places_article ON places(article_id);
    CREATE TABLE ingest_errors (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        article_id TEXT,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
    # 2: first-level regions of places
    """
    ALTER TABLE places ADD COLUMN region TEXT;
    ALTER TABLE events ADD COLUMN place_region TEXT;
    """,
    # 3: warnings (stored, but worth a look) beside errors (not stored)
    """
    ALTER TABLE ingest_errors ADD COLUMN severity TEXT NOT NULL DEFAULT 'error';
    """,
    # 4: near-duplicate articles (MinHash signatures, LSH bands, links to the original)
    """
    CREATE TABLE article_signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        signature BLOB NOT NULL
    );
    CREATE TABLE article_bands (
        band INTEGER NOT NULL,
        key INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    );
    CREATE INDEX article_bands_key ON article_bands(band, key);
    CREATE TABLE near_duplicates (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        original_id TEXT NOT NULL REFERENCES articles(id),
        similarity REAL NOT NULL
    );
    CREATE INDEX near_duplicates_original ON near_duplicates(original_id);
    """,
    # 5: story events (reports of one real event merged), and the full-text index's
    # document frequencies, which weigh the words that confirm a merge
    """
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        plover TEXT, mode TEXT, cameo TEXT, quad_class INTEGER, goldstein REAL,
        date TEXT, date_precision TEXT, first_seen TEXT, last_seen TEXT,
        mentions INTEGER, articles INTEGER, outlets INTEGER,
        certainty TEXT, happened INTEGER,
        place_name TEXT, place_country TEXT, place_lat REAL, place_lon REAL,
        first_event TEXT
    );
    CREATE INDEX stories_date ON stories(date);
    CREATE TABLE story_mentions (
        event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL REFERENCES stories(id)
    );
    CREATE INDEX story_mentions_story ON story_mentions(story_id);
    CREATE VIRTUAL TABLE articles_vocab USING fts5vocab('articles_fts', 'row');
    CREATE TABLE event_facts (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        story_id TEXT, first INTEGER NOT NULL,
        date TEXT, precision TEXT, day INTEGER, week INTEGER, month INTEGER, year INTEGER,
        plover TEXT, quad_class INTEGER, goldstein REAL, happened INTEGER NOT NULL,
        certainty TEXT,
        source_id TEXT, source_country TEXT, target_id TEXT, target_country TEXT
    );
    CREATE INDEX event_facts_event ON event_facts(event_id);
    CREATE INDEX event_facts_dyad ON event_facts(source_country, target_country, day);
    CREATE INDEX event_facts_target_country ON event_facts(target_country, day);
    CREATE INDEX event_facts_source ON event_facts(source_id, day);
    CREATE INDEX event_facts_target ON event_facts(target_id, day);
    CREATE INDEX event_facts_day ON event_facts(day);
    CREATE TABLE dyad_months (
        month INTEGER NOT NULL, source_country TEXT NOT NULL, target_country TEXT NOT NULL,
        plover TEXT NOT NULL, quad_class INTEGER NOT NULL, happened INTEGER NOT NULL,
        stories INTEGER NOT NULL, mentions INTEGER NOT NULL,
        goldstein_sum REAL NOT NULL, goldstein_n INTEGER NOT NULL,
        PRIMARY KEY (month, source_country, target_country, plover, quad_class, happened)
    );
    CREATE TABLE actor_months (
        month INTEGER NOT NULL, actor_id TEXT NOT NULL, country TEXT,
        plover TEXT NOT NULL, quad_class INTEGER NOT NULL, happened INTEGER NOT NULL,
        stories INTEGER NOT NULL, mentions INTEGER NOT NULL,
        goldstein_sum REAL NOT NULL, goldstein_n INTEGER NOT NULL,
        PRIMARY KEY (month, actor_id, plover, quad_class, happened)
    );
    CREATE TABLE dyad_days (
        source_country TEXT NOT NULL, target_country TEXT NOT NULL,
        year INTEGER NOT NULL, month INTEGER NOT NULL, day INTEGER NOT NULL,
        plover TEXT NOT NULL, quad_class INTEGER NOT NULL, happened INTEGER NOT NULL,
        stories INTEGER NOT NULL, mentions INTEGER NOT NULL,
        goldstein_sum REAL NOT NULL, goldstein_n INTEGER NOT NULL,
        PRIMARY KEY (source_country, target_country, year, month, day, plover, quad_class,
                     happened)
    ) WITHOUT ROWID;
    CREATE INDEX dyad_days_target ON dyad_days(target_country);
    CREATE TABLE actor_days (
        actor_id TEXT NOT NULL,
        year INTEGER NOT NULL, month INTEGER NOT NULL, day INTEGER NOT NULL,
        plover TEXT NOT NULL, quad_class INTEGER NOT NULL, happened INTEGER NOT NULL,
        stories INTEGER NOT NULL, mentions INTEGER NOT NULL,
        goldstein_sum REAL NOT NULL, goldstein_n INTEGER NOT NULL,
        PRIMARY KEY (actor_id, year, month, day, plover, quad_class, happened)
    ) WITHOUT ROWID;
    CREATE TABLE country_days (
        country TEXT NOT NULL,
        year INTEGER NOT NULL, month INTEGER NOT NULL, day INTEGER NOT NULL,
        plover TEXT NOT NULL, quad_class INTEGER NOT NULL, happened INTEGER NOT NULL,
        stories INTEGER NOT NULL, mentions INTEGER NOT NULL,
        goldstein_sum REAL NOT NULL, goldstein_n INTEGER NOT NULL,
        PRIMARY KEY (country, year, month, day, plover, quad_class, happened)
    ) WITHOUT ROWID;
    """,
    # 6: story candidates found by type and date, not by scanning every event of the type
    """
    CREATE INDEX events_plover_date ON events(plover, date);
    """,
    # 7: rollups count an event once per group (an event of one country on both sides
    # counted twice in that country's Goldstein sums); migrate rebuilds them
    """
    SELECT 1;
    """,
    # 8: events told as background to their sentence's report (Event.background); events
    # stored before read as the sentence's own until their article is ingested again
    """
    ALTER TABLE events ADD COLUMN background INTEGER NOT NULL DEFAULT 0;
    """,
    # 9: what each article says a person is and for whom (Actor.role, Actor.affiliation),
    # a quote's speaker's role and affiliation, and each event's PLOVER score; rows stored
    # before have none
    """
    CREATE TABLE actor_roles (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL REFERENCES actors(id),
        role TEXT NOT NULL,
        affiliation_id TEXT REFERENCES actors(id),
        PRIMARY KEY (article_id, actor_id)
    );
    CREATE INDEX actor_roles_actor ON actor_roles(actor_id);
    ALTER TABLE quotes ADD COLUMN speaker_role TEXT;
    ALTER TABLE quotes ADD COLUMN speaker_affiliation TEXT REFERENCES actors(id);
    ALTER TABLE events ADD COLUMN plover_score REAL;
    """,
    # 10: the quote a quote is told within (Quote.within); rows stored before have none
    """
    ALTER TABLE quotes ADD COLUMN within TEXT;
    """,
]
STORIES_SINCE = 5
EXACT_ROLLUPS_SINCE = 7

SCHEMA_VERSION = len(MIGRATIONS)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Store:
    """A dyad store on disk. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path = DEFAULT_DB, readonly: bool = False) -> None:
        self.path = str(path)
        if readonly:
            if not Path(self.path).exists():
                raise FileNotFoundError(f"no dyad store at {self.path}")
            uri = f"file:{Path(self.path).resolve()}?mode=ro"
            # A reader may be opened and closed on different threads (the server's request
            # dependencies run in a thread pool); it is used by one request at a time.
            self.conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
        else:
            self.conn = sqlite3.connect(self.path, timeout=30)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA busy_timeout = 30000")
        if not readonly:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.migrate()
        elif self.version() != SCHEMA_VERSION:
            raise RuntimeError(
                f"store {self.path} has schema {self.version()}, this dyad reads "
                f"{SCHEMA_VERSION}: open it once for writing to upgrade"
            )

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Apply the migrations this store has not seen, each in its own transaction."""
        current = self.version()
        if current > SCHEMA_VERSION:
            raise RuntimeError(
                f"store {self.path} has schema {current}, newer than this dyad ({SCHEMA_VERSION})"
            )
        for number in range(current + 1, SCHEMA_VERSION + 1):
            script = MIGRATIONS[number - 1]
            self.conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
        if 0 < current < STORIES_SINCE:
            with self.conn:  # events stored before stories existed get theirs now
                stories.backfill(self.conn)
                facts.rebuild(self.conn)
        elif 0 < current < EXACT_ROLLUPS_SINCE:
            with self.conn:
                facts.rebuild(self.conn)

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)
            found.update(r[0] for r in rows)
        return found

    def add_errors(self, errors: Iterable[tuple[str, str | None, str]],
                   severity: str = "error") -> None:
        with self.conn:
            self.conn.executemany(
                "INSERT INTO ingest_errors(source, article_id, reason, at, severity)"
                " VALUES (?, ?, ?, ?, ?)",
                [(s, a, r, _now(), severity) for s, a, r in errors],
            )

    def add_documents(self, docs: list[Document]) -> int:
        """Store documents in one transaction; articles already present are skipped.
        Returns how many were new."""
        new = 0
        with self.conn:
            event_ids: list[str] = []
            for d in docs:
                if self._add(d):
                    new += 1
                    event_ids.extend(e.id for e in d.events)
            # Events of near-duplicate copies were not stored: only stored ones get stories.
            stored = {r[0] for r in self.conn.execute(
                "SELECT id FROM events WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(event_ids),))}
            kept = [i for i in event_ids if i in stored]
            stories.assign(self.conn, kept)
            facts.add(self.conn, kept)
        return new

    def _link_near_duplicate(self, article_id: str, text: str, blob: bytes | None) -> bool:
        """Record the article's signature (made now unless the pipeline made it); link the
        article to a stored near-duplicate if any."""
        sig = dedupe.from_blob(blob) if blob else dedupe.signature(text)
        keys = dedupe.bands(sig)
        candidates: set[str] = set()
        for band, key in enumerate(keys):
            rows = self.conn.execute(
                "SELECT article_id FROM article_bands WHERE band = ? AND key = ?", (band, key))
            candidates.update(r[0] for r in rows)
        best: tuple[float, str] | None = None
        for cand in sorted(candidates):
            row = self.conn.execute(
                "SELECT s.signature FROM article_signatures s WHERE s.article_id = ? AND"
                " s.article_id NOT IN (SELECT article_id FROM near_duplicates)", (cand,)
            ).fetchone()
            if row is None:
                continue
            sim = dedupe.similarity(sig, dedupe.from_blob(row[0]))
            if sim >= dedupe.THRESHOLD and (best is None or sim > best[0]):
                best = (sim, cand)
        self.conn.execute("INSERT INTO article_signatures(article_id, signature) VALUES (?, ?)",
                          (article_id, dedupe.to_blob(sig)))
        self.conn.executemany(
            "INSERT INTO article_bands(band, key, article_id) VALUES (?, ?, ?)",
            [(band, key, article_id) for band, key in enumerate(keys)])
        if best is None:
            return False
        self.conn.execute(
            "INSERT INTO near_duplicates(article_id, original_id, similarity) VALUES (?, ?, ?)",
            (article_id, best[1], round(best[0], 3)))
        return True

    def _add(self, d: Document) -> bool:
        c = self.conn
        a = d.article
        cur = c.execute(
            "INSERT OR IGNORE INTO articles(id, title, url, outlet, published, language, text,"
            " source, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.id, a.title, a.url, a.outlet, a.published, a.language, a.text, a.source, _now()),
        )
        if cur.rowcount == 0:
            return False
        if self._link_near_duplicate(a.id, a.text, d.signature):
            return True  # kept with its text and source, its extractions not counted again
        for actor in d.actors:
            c.execute(
                "INSERT INTO actors(id, name, kind, country, sector) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET"
                " country = COALESCE(actors.country, excluded.country),"
                " sector = COALESCE(actors.sector, excluded.sector)",
                (actor.id, actor.name, actor.kind, actor.country, actor.sector),
            )
            c.executemany(
                "INSERT OR IGNORE INTO actor_aliases(actor_id, alias) VALUES (?, ?)",
                [(actor.id, n) for n in {actor.name, *actor.aliases}],
            )
            c.executemany(
                'INSERT INTO mentions(article_id, actor_id, start, "end", text)'
                " VALUES (?, ?, ?, ?, ?)",
                [(a.id, actor.id, m.start, m.end, m.text) for m in actor.mentions],
            )
        # (after every actor, for the affiliation's row to exist)
        c.executemany(
            "INSERT INTO actor_roles(article_id, actor_id, role, affiliation_id)"
            " VALUES (?, ?, ?, ?)",
            [(a.id, x.id, x.role, x.affiliation) for x in d.actors if x.role],
        )
        for e in d.events:
            place = e.place or {}
            c.execute(
                "INSERT INTO events(id, article_id, plover, mode, cameo, quad_class,"
                " goldstein, date, date_precision, place_name, place_country, place_region,"
                " place_lat, place_lon, negated, modality, certainty, attribution, evidence_start,"
                " evidence_end, evidence_text, trigger_start, trigger_end, trigger_text,"
                " confidence, background, plover_score)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (e.id, a.id, e.plover, e.mode, e.cameo, e.quad_class, e.goldstein, e.date,
                 e.date_precision, place.get("name"), place.get("country"), place.get("region"),
                 place.get("lat"), place.get("lon"), int(e.negated), e.modality,
                 e.attribution.certainty,
                 json.dumps(e.attribution.to_json(), ensure_ascii=False),
                 e.evidence.start, e.evidence.end, e.evidence.text,
                 e.trigger.start, e.trigger.end, e.trigger.text, e.confidence,
                 int(e.background), e.plover_score),
            )
            rows = [(e.id, x, "source", i) for i, x in enumerate(e.source)]
            rows += [(e.id, x, "target", i) for i, x in enumerate(e.target)]
            c.executemany(
                "INSERT OR IGNORE INTO event_actors(event_id, actor_id, role, position)"
                " VALUES (?, ?, ?, ?)", rows,
            )
        for q in d.quotes:
            c.execute(
                "INSERT OR IGNORE INTO quotes(id, article_id, speaker_id, speaker_text,"
                " speaker_start, speaker_end, cue_start, cue_end, cue_text, kind, content,"
                " speaker_role, speaker_affiliation, within)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (q.id, a.id, q.speaker, q.speaker_text,
                 q.speaker_span.start if q.speaker_span else None,
                 q.speaker_span.end if q.speaker_span else None,
                 q.cue.start if q.cue else None, q.cue.end if q.cue else None,
                 q.cue.text if q.cue else None, q.kind,
                 json.dumps([s.to_json() for s in q.content], ensure_ascii=False),
                 q.speaker_role, q.speaker_affiliation, q.within),
            )
        c.executemany(
            'INSERT INTO timexes(article_id, start, "end", text, type, value)'
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(a.id, t.start, t.end, t.text, t.type, t.value) for t in d.timexes],
        )
        c.executemany(
            'INSERT INTO places(article_id, start, "end", text, name, country, region, lat, lon)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(a.id, p.start, p.end, p.text, p.name, p.country, p.region, p.lat, p.lon)
             for p in d.places],
        )
        return True
