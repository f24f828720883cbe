"""Reliability: hostile input never stops a batch, SIGKILL never loses or doubles an
article, and readers work while an ingest writes."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

from click.testing import CliRunner

from dyad import query
from dyad.cli import main
from dyad.store import SCHEMA_VERSION, Store

GOOD = "Egypt praised Jordan on Sunday for hosting the talks, officials said in Cairo."


def hostile_folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (d / "latin1.txt").write_bytes("Le café est fermé à Paris.".encode("latin-1"))
    (d / "utf16.txt").write_bytes("Israel and Egypt signed an accord in Cairo.".encode("utf-16"))
    (d / "huge.txt").write_text("Talks went on. " * 3_500_000, encoding="utf-8")  # ~52 MB
    (d / "longline.txt").write_text("word " * 210_000, encoding="utf-8")  # a 1 MB line
    (d / "nested.html").write_text("<html><body>" + "<div>" * 5000 + "Deep text."
                                   + "</div>" * 5000 + "</body></html>", encoding="utf-8")
    (d / "broken.html").write_text("<html><body><p>Unclosed <b>bold <i>and <table><tr><td>"
                                   "cells", encoding="utf-8")
    (d / "scripts.html").write_text("<html><head><script>alert(1)</script></head><body>"
                                    + "<script>var x = 1;</script>" * 500 + "</body></html>",
                                    encoding="utf-8")
    (d / "batch.jsonl").write_text("\n".join([
        json.dumps({"text": "Russia attacked Ukraine on Tuesday.", "published": "2024-02-20"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": ["a", "list"]}),
        json.dumps({"text": "Police arrested ten protesters in Lagos.", "published": 20240101}),
        json.dumps({"text": "Turkey condemned the attack on the convoy near Idlib.",
                    "published": "2999-01-01"}),
        json.dumps({"text": "Talks between France and Germany resumed.", "published": "soon"}),
        json.dumps({"text": "Le gouvernement français a annoncé mardi une nouvelle série de "
                            "mesures pour soutenir les agriculteurs touchés par la sécheresse."}),
    ]) + "\n", encoding="utf-8")
    return d


def test_hostile_input_is_reported_item_by_item(tmp_path):
    db = str(tmp_path / "h.db")
    r = CliRunner().invoke(main, ["ingest", str(hostile_folder(tmp_path)), "--db", db],
                           catch_exceptions=False)
    assert r.exit_code == 1
    out = r.output
    for name, reason in [("empty.txt", "empty file"), ("binary.txt", "binary"),
                         ("latin1.txt", "invalid UTF-8"), ("huge.txt", "the limit is"),
                         ("longline.txt", "the limit is"), ("batch.jsonl:2", "broken JSON"),
                         ("batch.jsonl:3", "no 'text' field"), ("batch.jsonl:4", "not a string"),
                         ("scripts.html", "no main text")]:
        assert any(name in line and reason in line for line in out.splitlines()), (name, out)
    assert "publication date 2999-01-01 is in the future" in out
    assert "unparseable publication date 'soon'" in out
    assert "not English" in out
    with Store(db) as s:
        texts = {a["title"] or a["source"].rsplit("/", 1)[-1]
                 for a in query.articles(s, query.Filters())}
        assert {"good.txt", "utf16.txt"} <= texts
        stored = s.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert stored >= 7  # good, utf16, nested/broken html (whatever text they hold), jsonl
        french = s.conn.execute("SELECT id FROM articles WHERE language = 'und'").fetchall()
        assert len(french) == 1
        assert not s.conn.execute("SELECT 1 FROM events WHERE article_id = ?",
                                  (french[0][0],)).fetchall()


def _corpus(path, n: int) -> None:
    rng = random.Random(7)
    states = ["Iran", "Israel", "Egypt", "Jordan", "Turkey", "Russia", "Ukraine", "France",
              "Germany", "China", "India", "Pakistan", "Brazil", "Kenya", "Nigeria"]
    verbs = ["criticized", "praised", "met", "attacked", "accused", "thanked", "visited"]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            a, b = rng.sample(states, 2)
            text = (f"{a} {rng.choice(verbs)} {b} on Monday, officials said in report {i}. "
                    f"“We will not accept this,” the minister said.")
            published = f"2024-03-0{1 + i % 9}"
            fh.write(json.dumps({"text": text, "published": published}) + "\n")


def _stored(db) -> int:
    """Articles in the store so far (0 before it exists or has its tables)."""
    if not db.exists():
        return 0
    with sqlite3.connect(db, timeout=30) as c:
        if not c.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone():
            return 0
        return c.execute("SELECT count(*) FROM articles").fetchone()[0]


def _ingest(src, db) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "dyad.cli", "ingest", str(src), "--db",
                             str(db), "--batch-size", "16"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def test_sigkill_at_random_moments_loses_and_doubles_nothing(tmp_path):
    n, kills = 400, 4
    src, db = tmp_path / "c.jsonl", tmp_path / "k.db"
    _corpus(src, n)
    rng = random.Random(11)
    stored_after_kill = []
    for _ in range(kills):
        before = _stored(db)
        proc = _ingest(src, db)
        # Kill at a random moment once this run is writing (machines differ in how long the
        # model takes to load, so a fixed delay could land before or after the run).
        deadline = time.time() + 120
        while proc.poll() is None and _stored(db) <= before and time.time() < deadline:
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 0.6))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        stored_after_kill.append(_stored(db))
    # the kills did land mid-run
    assert any(0 < k < n for k in stored_after_kill), stored_after_kill
    assert _ingest(src, db).wait(timeout=300) == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == n
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in ("events", "quotes", "mentions", "timexes", "places"):
        orphans = conn.execute(f"SELECT count(*) FROM {table} WHERE article_id NOT IN"
                               " (SELECT id FROM articles)").fetchone()[0]
        assert orphans == 0, table
    # Nothing doubled: the killed-and-resumed store holds what one clean run stores.
    clean = tmp_path / "clean.db"
    assert _ingest(src, clean).wait(timeout=300) == 0
    reference = sqlite3.connect(clean)
    for table in ("articles", "events", "event_actors", "quotes", "mentions", "timexes",
                  "places", "actors"):
        count = f"SELECT count(*) FROM {table}"
        assert conn.execute(count).fetchone() == reference.execute(count).fetchone(), table
    conn.close()
    reference.close()


def test_readers_work_while_an_ingest_writes(tmp_path):
    src, db = tmp_path / "c.jsonl", tmp_path / "r.db"
    _corpus(src, 200)
    proc = _ingest(src, db)
    reads = 0
    try:
        deadline = time.time() + 60
        while proc.poll() is None and time.time() < deadline:
            try:
                store = Store(db, readonly=True)
            except (FileNotFoundError, RuntimeError):
                time.sleep(0.05)  # not created, or not migrated yet
                continue
            with store:
                assert store.version() == SCHEMA_VERSION
                query.events(store, query.Filters(limit=50))
                query.articles(store, query.Filters(search="minister", limit=5))
                reads += 1
    finally:
        proc.wait(timeout=300)
    assert proc.returncode == 0 and reads > 5


def test_workers_store_exactly_what_one_process_stores(tmp_path):
    src = tmp_path / "c.jsonl"
    _corpus(src, 120)
    stores = []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        r = CliRunner().invoke(main, ["ingest", str(src), "--db", str(db), "--workers",
                                      str(workers), "--batch-size", "8"],
                               catch_exceptions=False)
        assert r.exit_code == 0 and "stored 120" in r.output
        stores.append(sqlite3.connect(db))
    for table, key in [("articles", "id"), ("events", "id"), ("quotes", "id"),
                       ("actors", "id"), ("mentions", "article_id, start"),
                       ("event_actors", "event_id, role, actor_id")]:
        rows = [c.execute(f"SELECT {key} FROM {table} ORDER BY {key}").fetchall()
                for c in stores]
        assert rows[0] == rows[1] and rows[0], table
