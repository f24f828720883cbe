"""Across articles: story events (one real event, many reports), the analysis tables kept in
step at ingest, series, alerts, the DataFrame API and the exports in other tools' layouts."""

from __future__ import annotations

import io
import json
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE, ROOT

from dyad import query
from dyad.cli import main
from dyad.store import MIGRATIONS, SCHEMA_VERSION, Store

STORIES = ROOT / "tests" / "data" / "stories.jsonl"


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def partition(db: str) -> set[frozenset[str]]:
    """The stories as sets of (article, trigger) pairs: comparable across stores."""
    conn = sqlite3.connect(db)
    groups: dict[str, set[str]] = {}
    for story, article, start in conn.execute(
            "SELECT sm.story_id, e.article_id, e.trigger_start FROM story_mentions sm"
            " JOIN events e ON e.id = sm.event_id"):
        groups.setdefault(story, set()).add(f"{article}:{start}")
    conn.close()
    return {frozenset(g) for g in groups.values()}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("stories") / "s.db")
    assert run("ingest", str(EXAMPLE), str(STORIES), "--db", path).exit_code == 0
    return path


def test_clustering_on_the_teams_reports():
    from dyad.evaluate.stories import evaluate

    m = evaluate(STORIES)
    assert m["records"] == 22 and m["stories"] == 10
    # Every report found its event, and reports pair up by real event: several outlets per
    # event, kept apart from the same actors' other events on other days or places.
    assert m["pair_precision"] >= 0.9 and m["pair_recall"] >= 0.9, m


def test_one_story_per_real_event_with_its_reports(store_path):
    with Store(store_path, readonly=True) as s:
        kharkiv = [x for x in query.stories(s, query.Filters(type="ASSAULT", search="Kharkiv"))
                   if x["mention_count"] > 1]
        assert len(kharkiv) == 1
        story = kharkiv[0]
        assert story["article_count"] == 3 and story["outlet_count"] == 3
        assert story["date"] == "2024-05-10" and story["first_seen"] == "2024-05-10"
        assert {m["outlet"] for m in story["mentions"]} == {
            "Kyiv Post Online", "Euro Wire", "Global News Desk"}
        assert all(m["evidence"]["text"] for m in story["mentions"])
        # The Odesa raid the same day, by the same attacker, is another story.
        odesa = query.stories(s, query.Filters(type="ASSAULT", search="grain"))
        assert odesa and not {o["id"] for o in odesa} & {story["id"]}


def test_assignment_is_incremental_and_stable(tmp_path, store_path):
    one_by_one = str(tmp_path / "one.db")
    assert run("ingest", str(EXAMPLE), str(STORIES), "--db", one_by_one,
               "--batch-size", "1").exit_code == 0
    assert partition(one_by_one) == partition(store_path)
    before = partition(one_by_one)
    again = run("ingest", str(EXAMPLE), str(STORIES), "--db", one_by_one)
    assert "already present 23" in again.output
    assert partition(one_by_one) == before


def test_example_twice_and_with_new_boilerplate_counts_once(tmp_path):
    db = str(tmp_path / "d.db")
    text = EXAMPLE.read_text(encoding="utf-8")
    variant = tmp_path / "variant.txt"
    variant.write_text("Subscribe to our newsletter for the latest news.\n\n" + text
                       + "\n\nCopyright 2024 Example Media. All rights reserved.\n",
                       encoding="utf-8")
    for path in (EXAMPLE, EXAMPLE, variant):
        assert run("ingest", str(path), "--db", db, "--published", "2024-11-15").exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM near_duplicates").fetchone()[0] == 1
    single = str(tmp_path / "single.db")
    run("ingest", str(EXAMPLE), "--db", single, "--published", "2024-11-15")
    other = sqlite3.connect(single)
    for table in ("events", "stories", "event_facts"):
        assert (conn.execute(f"SELECT count(*) FROM {table}").fetchone()
                == other.execute(f"SELECT count(*) FROM {table}").fetchone()), table


def test_upgrade_from_schema_4_gives_old_events_their_stories(tmp_path, example_doc):
    path = tmp_path / "v4.db"
    with Store(path) as s:
        s.add_documents([example_doc])
        n_events = s.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    # Take the store back to schema 4: drop what schemas 5 to 10 added.
    conn = sqlite3.connect(path)
    for table in ("story_mentions", "stories", "event_facts", "dyad_months", "actor_months",
                  "dyad_days", "actor_days", "country_days", "articles_vocab", "actor_roles"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP INDEX events_plover_date")
    conn.execute("ALTER TABLE events DROP COLUMN background")
    conn.execute("ALTER TABLE events DROP COLUMN plover_score")
    conn.execute("ALTER TABLE quotes DROP COLUMN speaker_role")
    conn.execute("ALTER TABLE quotes DROP COLUMN speaker_affiliation")
    conn.execute("ALTER TABLE quotes DROP COLUMN within")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    assert len(MIGRATIONS) == SCHEMA_VERSION >= 5
    with Store(path) as s:
        assert s.version() == SCHEMA_VERSION
        assert s.conn.execute("SELECT count(*) FROM story_mentions").fetchone()[0] == n_events
        assert s.conn.execute("SELECT count(DISTINCT event_id) FROM event_facts"
                              ).fetchone()[0] == n_events
        assert query.series(s, "USA", "IRN")


@pytest.mark.parametrize("a,b", [("USA", "IRN"), ("RUS", None), ("Russia", None),
                                 ("CHN", "PHL"), ("Egypt", None)])
def test_rollups_answer_as_the_facts_do(store_path, a, b):
    with Store(store_path, readonly=True) as s:
        for by in query.PERIODS:
            for count in query.COUNTS:
                fast = query._rollup_series(s, a, b, by, False, query.Filters(), count)
                exact = query._fact_series(s, a, b, by, False, query.Filters(), count)
                assert fast is not None
                assert sorted(map(tuple, fast)) == sorted(map(tuple, exact)), (by, count)


def test_stories_count_once_where_mentions_count_every_report(store_path):
    with Store(store_path, readonly=True) as s:
        stories = query.series(s, "RUS", None, by="week")
        mentions = query.series(s, "RUS", None, by="week", count="mentions")
        assert sum(p["events"] for p in stories) < sum(p["events"] for p in mentions)
        assert [p["mentions"] for p in stories] == [p["events"] for p in mentions]
        # Only events dated to the day go into weeks; each week is its Monday.
        import datetime as dt
        assert all(dt.date.fromisoformat(p["period"]).weekday() == 0 for p in stories)


def test_top_lists_and_alerts(tmp_path):
    db = str(tmp_path / "alerts.db")
    lines = []
    # Months of cooperation between two countries, then a week of attacks.
    for day, topic in (("2024-02-05", "trade"), ("2024-03-04", "security"),
                       ("2024-04-08", "energy")):
        lines.append({"text": "Nigerian President Bola Tinubu praised Cameroon for its"
                              f" cooperation on {topic} on Monday.", "published": day,
                      "outlet": f"Lagos Daily {day}"})
    for day, weekday, place in (("2024-05-06", "Monday", "Mora"),
                                ("2024-05-08", "Wednesday", "Kousseri"),
                                ("2024-05-10", "Friday", "Fotokol")):
        lines.append({"text": f"Nigerian troops attacked Cameroonian soldiers near {place} on"
                              f" {weekday}, officials said.", "published": day,
                      "outlet": f"Yaounde Post {place}"})
    path = tmp_path / "alerts.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    assert run("ingest", str(path), "--db", db).exit_code == 0
    with Store(db, readonly=True) as s:
        found = query.alerts(s, by="week", min_events=3)
        kinds = {(a["kind"], a["subject"], a["period"]) for a in found}
        assert ("events", "NGA", "2024-05-06") in kinds and ("events", "CMR", "2024-05-06") in kinds
        assert ("conflict", "CMR-NGA", "2024-05-06") in kinds
        assert not [a for a in found if a["period"] < "2024-05-06"]
        top = query.top_dyads(s, query.Filters(limit=5))
        assert (top[0]["source"], top[0]["target"]) == ("NGA", "CMR") and top[0]["stories"] == 6
        # The monthly rollups (no date bounds) and the facts (a day bound) agree.
        exact = query.top_dyads(s, query.Filters(limit=5, until="2024-12-30"))
        assert [(d["source"], d["target"], d["stories"], d["mentions"]) for d in top] == [
            (d["source"], d["target"], d["stories"], d["mentions"]) for d in exact]
        actors = query.top_actors(s, query.Filters(limit=5))
        assert {a["country"] for a in actors[:2]} == {"NGA", "CMR"}
    out = run("alerts", "--db", db).output
    assert "CMR-NGA" in out and "conflict" in out


def test_dataframes_and_layouts(store_path, tmp_path):
    import pandas as pd
    import pyarrow.parquet as pq

    import dyad

    with dyad.open(store_path) as db:
        weekly = db.series("RUS", by="week")
        assert isinstance(weekly, pd.DataFrame) and weekly.index.name == "period"
        assert {"events", "mentions", "goldstein_mean", "quad_4", "ASSAULT"} <= set(weekly)
        assert int(weekly["ASSAULT"].sum()) == int(weekly["events"].sum())
        nodes, edges = db.network()
        assert set(edges["source"]) <= set(nodes["id"])
        assert list(db.top_dyads().columns[:2]) == ["source", "target"]
        gdelt = db.frame("stories", layout="gdelt")
        assert {"GLOBALEVENTID", "SQLDATE", "Actor1CountryCode", "EventCode", "QuadClass",
                "GoldsteinScale", "NumMentions", "NumSources", "NumArticles"} <= set(gdelt)
        kharkiv = gdelt[(gdelt["EventRootCode"] == "19") & (gdelt["NumArticles"] == 3)]
        assert len(kharkiv) >= 1 and set(kharkiv["SQLDATE"]) == {"20240510"}
        polecat = db.frame("stories", layout="polecat")
        assert {"event_id", "story_date", "event_type", "source_country", "target_country",
                "num_mentions"} <= set(polecat)
        mentions = db.frame("mentions")
        assert {"story_id", "event_id", "article_id", "evidence_start"} <= set(mentions)
        # a root event is one that some report tells as its sentence's own news
        told_aside = mentions.groupby("story_id")["background"].all()
        expected = [int(not told_aside[i]) for i in gdelt["GLOBALEVENTID"]]
        assert list(gdelt["IsRootEvent"]) == expected and 1 in expected
    out = tmp_path / "stories.parquet"
    assert run("export", "stories", "--format", "parquet", "--out", str(out), "--db",
               store_path).exit_code == 0
    table = pq.read_table(out)
    assert table.num_rows == len(json.loads(run("stories", "--db", store_path, "--format",
                                                "json", "--limit", "100000").output))
    csv_text = run("export", "stories", "--layout", "polecat", "--db", store_path).output
    assert csv_text.startswith("event_id,story_date,event_date")
    assert run("export", "events", "--layout", "gdelt", "--db", store_path).exit_code == 2
    assert run("export", "events", "--format", "parquet", "--db", store_path).exit_code == 2
    assert pq.read_table(io.BytesIO(out.read_bytes())).num_columns > 10
