"""Near-duplicate articles: a syndicated copy is kept and linked, its events not doubled."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import EXAMPLE

from dyad import dedupe
from dyad.cli import main
from dyad.store import Store

TEXT = EXAMPLE.read_text(encoding="utf-8")


def test_signature_similarity():
    a = dedupe.signature(TEXT)
    copy = dedupe.signature("Subscribe to our newsletter!\n" + TEXT + "\n© 2024 Example Media.")
    other = dedupe.signature("Russia attacked Ukraine on Tuesday, officials in Kyiv said. " * 5)
    assert dedupe.similarity(a, copy) >= dedupe.THRESHOLD
    assert dedupe.similarity(a, other) < 0.2
    assert (dedupe.from_blob(dedupe.to_blob(a)) == a).all()


def test_example_twice_and_with_other_boilerplate(tmp_path):
    db = str(tmp_path / "d.db")
    edited = tmp_path / "syndicated.txt"
    edited.write_text("Breaking | World | Sign in\n\n" + TEXT.replace("Monday", "Monday,")
                      + "\n\nShare this story. © 2024 Another Outlet. All rights reserved.",
                      encoding="utf-8")
    run = CliRunner().invoke
    assert run(main, ["ingest", str(EXAMPLE), "--db", db]).exit_code == 0
    assert "already present 1" in run(main, ["ingest", str(EXAMPLE), "--db", db]).output
    assert run(main, ["ingest", str(edited), "--db", db]).exit_code == 0
    with Store(db) as s:
        assert s.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
        [(copy, original, sim)] = s.conn.execute(
            "SELECT article_id, original_id, similarity FROM near_duplicates").fetchall()
        assert sim >= dedupe.THRESHOLD and copy != original
        events = s.conn.execute("SELECT article_id, count(*) FROM events GROUP BY 1").fetchall()
        assert [a for a, _n in events] == [original]  # the copy adds no events
    listed = json.loads(run(main, ["articles", "--db", db, "--format", "json"]).output)
    assert [a["id"] for a in listed] == [original] and listed[0]["near_duplicates"] == 1
    both = json.loads(run(main, ["articles", "--db", db, "--format", "json",
                                 "--with-duplicates"]).output)
    assert {a["duplicate_of"] for a in both} == {None, original}


def test_different_reports_are_not_linked(tmp_path):
    with Store(tmp_path / "x.db") as s:
        from dyad.model import Article
        from dyad.pipeline import extract

        docs = [extract(Article(t)) for t in (
            "Egypt praised Jordan on Sunday for hosting talks on Gaza in Amman.",
            "Russia attacked Ukraine on Tuesday; Kyiv condemned the strike on Kharkiv.")]
        assert s.add_documents(docs) == 2
        assert s.conn.execute("SELECT count(*) FROM near_duplicates").fetchone()[0] == 0


def test_signature_made_where_the_parse_runs_or_else_by_the_store(tmp_path):
    """Workers make the signature with the extraction; a document without one (a shard
    written before signatures were kept) gets it from the store, with the same link."""
    from dyad.model import Article
    from dyad.pipeline import extract

    original = extract(Article(TEXT))
    assert original.signature == dedupe.to_blob(dedupe.signature(TEXT))
    copy = extract(Article("Subscribe to our newsletter!\n" + TEXT))
    copy.signature = None
    with Store(tmp_path / "x.db") as s:
        assert s.add_documents([original, copy]) == 2
        [(original_id,)] = s.conn.execute("SELECT original_id FROM near_duplicates")
        assert original_id == original.article.id
