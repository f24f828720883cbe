"""The SQLite store: schema, idempotent writes, full-text search, filters, safe SQL."""

from __future__ import annotations

import sqlite3

import pytest

from dyad import query
from dyad.model import Article
from dyad.pipeline import extract
from dyad.store import MIGRATIONS, SCHEMA_VERSION, Store


@pytest.fixture()
def store(tmp_path, example_doc):
    s = Store(tmp_path / "t.db")
    other = extract(Article("Russia attacked Ukraine on Tuesday. Ukraine condemned Russia.",
                            published="2024-02-21", title="War report"))
    assert s.add_documents([example_doc, other]) == 2
    yield s
    s.close()


def test_schema_and_pragmas(store):
    assert store.version() == SCHEMA_VERSION == len(MIGRATIONS)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_same_article_twice_stores_nothing(store, example_doc):
    before = store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    assert store.add_documents([example_doc]) == 0
    assert store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == before


def test_reopen_keeps_data_and_version(tmp_path, store):
    store.close()
    again = Store(store.path)
    assert again.version() == SCHEMA_VERSION
    assert again.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    again.close()


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(RuntimeError, match="newer"):
        Store(path)


def test_query_round_trip_matches_extraction(store, example_doc):
    rows = query.events(store, query.Filters(article=example_doc.article.id))
    assert len(rows) == len(example_doc.events)
    by_id = {e.id: e.to_json() for e in example_doc.events}
    for r in rows:
        want = by_id[r["id"]]
        for key in ("plover", "cameo", "source", "target", "date", "attribution", "evidence"):
            assert r[key] == want[key], key


def test_filters(store):
    f = query.Filters
    assert {r["plover"] for r in query.events(store, f(type="ASSAULT"))} == {"ASSAULT"}
    assert all(r["cameo"].startswith("04") for r in query.events(store, f(type="04")))
    rus = query.events(store, f(country="RUS"))
    assert rus and all(r["date"].startswith("2024-02") for r in rus)
    assert query.events(store, f(since="2024-03-01", until="2024-12-31"))
    assert not query.events(store, f(since="2025-01-01"))
    musk = query.events(store, f(actor="musk"))
    assert musk and all("2024-11" in (r["date"] or "") for r in musk)
    found = query.articles(store, f(search="Zelensky satellites"))
    assert [a["title"] for a in found] == ["Musk reportedly met Iran's ambassador to the UN"]
    assert query.actors(store, f(country="UKR"))
    assert query.quotes(store, f(actor="Tusi"))


INJECTIONS = ["' OR 1=1 --", "\"; DROP TABLE events; --", "%' UNION SELECT * FROM articles --",
              "NEAR(", "*", "a OR b", "\x00"]


@pytest.mark.parametrize("bad", INJECTIONS)
def test_injection_strings_are_plain_values(store, bad):
    f = query.Filters
    total = len(query.events(store, f()))
    for flt in (f(actor=bad), f(country=bad), f(type=bad), f(search=bad), f(article=bad)):
        found = query.events(store, flt)
        # A value that is nothing once NULs are dropped is no filter; anything else matches
        # no row here, since no id, name, code or word in the store looks like these.
        assert len(found) == (total if not bad.strip("\x00") else 0) or flt.search
        for fn in (query.quotes, query.actors, query.articles):
            assert isinstance(fn(store, flt), list)
    assert len(query.events(store, f())) == total > 0


def test_migration_from_first_schema_keeps_data(tmp_path, example_doc):
    """A store made by schema 1 opens, upgrades in place and keeps its rows."""
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path)
    conn.executescript(f"BEGIN;\n{MIGRATIONS[0]}\nPRAGMA user_version = 1;\nCOMMIT;")
    conn.execute("INSERT INTO articles(id, title, text, ingested_at) VALUES ('a1', 'Old',"
                 " 'Egypt praised Jordan.', '2024-01-01')")
    conn.execute("INSERT INTO places(article_id, start, \"end\", text, name, country)"
                 " VALUES ('a1', 0, 5, 'Egypt', 'Egypt', 'EGY')")
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.version() == SCHEMA_VERSION
        assert s.conn.execute("SELECT title FROM articles").fetchone()[0] == "Old"
        assert s.conn.execute("SELECT name, region FROM places").fetchone()[:] == ("Egypt", None)
        assert s.add_documents([example_doc]) == 1
        assert query.articles(s, query.Filters(search="Jordan"))[0]["id"] == "a1"


def test_an_event_of_one_country_on_both_sides_counts_once_in_that_countrys_rollups(tmp_path):
    from dyad import facts

    d = extract(Article("Egyptian police arrested Egyptian protesters in Cairo on Monday.",
                        published="2024-02-21"))
    assert any(set(e.source) and set(e.target) for e in d.events)
    count = ("SELECT sum(mentions), sum(goldstein_sum), sum(goldstein_n) FROM country_days"
             " WHERE country = 'EGY'")
    with Store(tmp_path / "one.db") as s:
        s.add_documents([d])
        once = s.conn.execute(
            "SELECT count(*), sum(goldstein), count(goldstein) FROM events").fetchone()
        assert tuple(s.conn.execute(count).fetchone()) == tuple(once)
        facts.rebuild(s.conn)
        assert tuple(s.conn.execute(count).fetchone()) == tuple(once)


def test_roles_and_speakers_roles_are_stored_and_listed(store):
    toosi = next(a for a in query.actors(store, query.Filters(actor="Sheena Toosi"))
                 if a["name"] == "Sheena Toosi")
    assert toosi["described_as"] == [{
        "role": "senior fellow", "affiliation": toosi["described_as"][0]["affiliation"],
        "affiliation_name": "Center for International Policy", "articles": 1}]
    said = [q for q in query.quotes(store, query.Filters(actor=toosi["id"]))
            if q["speaker"] == toosi["id"]]
    assert said and {q["speaker_role"] for q in said} == {"senior fellow"}
    assert {q["speaker_affiliation"] for q in said} == {toosi["described_as"][0]["affiliation"]}


def test_events_keep_their_plover_score(store):
    rows = query.events(store, query.Filters(limit=500))
    assert rows and all(r["plover_score"] is not None for r in rows)
    assert {r["plover_score"] for r in rows if r["plover"] == "ASSAULT"} <= {
        -9.0, -9.5, -8.5, -8.0, -7.5, -10.0}


def test_a_quote_told_within_another_keeps_that_link(tmp_path):
    d = extract(Article("Trump said on Friday that he believes Obama was born in Hawaii.",
                        published="2016-09-16"))
    with Store(tmp_path / "q.db") as s:
        s.add_documents([d])
        rows = {q["cue"]["text"]: q for q in query.quotes(s, query.Filters())}
    assert rows["believes"]["within"] == rows["said"]["id"]
    assert rows["said"]["within"] is None


def test_two_cues_over_one_content_are_two_stored_quotes(tmp_path):
    # "condemned" and "called" both tell "a brazen breach": two quotes with one content
    d = extract(Article(id="two", text='Secretary General Ban Ki-moon condemned what he '
                        'called a "brazen breach" of U.N. resolutions.'))
    cues = sorted(q.cue.text for q in d.quotes if q.cue)
    assert cues == ["called", "condemned"]
    assert len({q.id for q in d.quotes}) == len(d.quotes)
    with Store(tmp_path / "q.db") as s:
        s.add_documents([d])
        assert s.conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == len(d.quotes)
