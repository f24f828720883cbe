"""The command line: ingest a mixed folder, re-ingest, query in every format, extract."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE
from test_read import HTML

from dyad.cli import main


@pytest.fixture()
def mixed_folder(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    shutil.copy(EXAMPLE, src / EXAMPLE.name)
    shutil.copy(EXAMPLE.with_name(EXAMPLE.stem + ".meta.json"), src)
    (src / "sub" / "page.html").write_text(HTML, encoding="utf-8")
    (src / "batch.jsonl").write_text(
        json.dumps({"text": "Russia attacked Ukraine on Tuesday. Ukraine condemned Russia.",
                    "published": "2024-02-21", "title": "War report"}) + "\n", encoding="utf-8")
    (src / "broken.txt").write_bytes(b"\xff\xfe\xfd not utf8 \x00\x00")
    return src


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_ingest_mixed_folder_reports_broken_and_exits_1(tmp_path, mixed_folder):
    db = str(tmp_path / "d.db")
    r = run("ingest", str(mixed_folder), "--db", db)
    assert r.exit_code == 1
    assert "broken.txt" in r.output and "failed" in r.output
    assert "stored 3" in r.output and "failed 1" in r.output
    again = run("ingest", str(mixed_folder / EXAMPLE.name), "--db", db)
    assert again.exit_code == 0 and "already present 1" in again.output
    assert "nothing new" in again.output
    errs = run("errors", "--db", db, "--format", "json")
    assert json.loads(errs.output)[0]["source"].endswith("broken.txt")
    arts = json.loads(run("articles", "--db", db, "--format", "json").output)
    assert {a["title"] for a in arts} == {
        "Musk reportedly met Iran's ambassador to the UN", "Talks resume in Geneva", "War report"}


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "q.db")
    assert run("ingest", str(EXAMPLE), "--db", path).exit_code == 0
    return path


def test_query_formats(db):
    rows = json.loads(run("events", "--db", db, "--format", "json").output)
    assert rows and {"plover", "source", "target", "evidence", "attribution"} <= set(rows[0])
    lines = run("events", "--db", db, "--format", "jsonl").output.splitlines()
    assert len(lines) == len(rows)
    table = list(csv.reader(io.StringIO(run("events", "--db", db, "--format", "csv").output)))
    assert table[0][:3] == ["date", "type", "cameo"] and len(table) == len(rows) + 1
    text = run("events", "--db", db, "--type", "CONSULT").output
    assert "CONSULT" in text and "ASSAULT" not in text
    assert "Elon Musk" in run("actors", "--db", db).output
    assert "Sheena Toosi" in run("quotes", "--db", db, "--actor", "tusi").output  # by alias
    assert run("articles", "--db", db, "--search", "Starlink").output.count("Musk") == 1
    assert "0 article" not in run("summary", "--db", db).output


def test_happened_only_leaves_out_unreal_events(db):
    every = json.loads(run("events", "--db", db, "--format", "json").output)
    real = json.loads(run("events", "--db", db, "--format", "json", "--happened-only").output)
    assert len(real) < len(every)
    assert all(e["modality"] == "asserted" and not e["negated"] for e in real)


def test_main_only_leaves_out_background_events(db):
    every = json.loads(run("events", "--db", db, "--format", "json").output)
    main = json.loads(run("events", "--db", db, "--format", "json", "--main-only").output)
    # the example tells the killing of Soleimani in the strike's relative clause
    assert any(e["background"] for e in every)
    assert main == [e for e in every if not e["background"]]


def test_dyadic_only_keeps_events_that_name_a_source_and_a_target(db):
    every = json.loads(run("events", "--db", db, "--format", "json").output)
    dyadic = json.loads(run("events", "--db", db, "--format", "json", "--dyadic-only").output)
    assert any(not (e["source"] and e["target"]) for e in every)
    assert dyadic == [e for e in every if e["source"] and e["target"]]


def test_series_network_and_export(db, tmp_path):
    monthly = json.loads(run("series", "USA", "IRN", "--db", db, "--format", "json").output)
    assert monthly and all(len(p["period"]) == 7 for p in monthly)
    weekly = json.loads(run("series", "--by", "week", "--db", db, "--format", "json").output)
    every = json.loads(run("events", "--db", db, "--format", "json").output)
    # Only events dated to the day can be put in a week.
    assert sum(p["events"] for p in weekly) == sum(e["date_precision"] == "day" for e in every)
    net = json.loads(run("network", "--db", db, "--format", "json").output)
    assert net["edges"] and net["nodes"]
    assert "Donald Trump" in run("network", "--db", db).output
    out = tmp_path / "events.csv"
    r = run("export", "events", "--db", db, "--out", str(out), "--type", "ASSAULT")
    assert r.exit_code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows and {r["plover"] for r in rows} == {"ASSAULT"}
    assert all(int(r["evidence_start"]) < int(r["evidence_end"]) for r in rows)
    lines = run("export", "quotes", "--db", db, "--format", "jsonl").output.splitlines()
    assert lines and all(json.loads(x)["content"] for x in lines)


@pytest.mark.parametrize("bad", ["' OR 1=1 --", "\"; DROP TABLE events; --", "NEAR(", "*"])
def test_injection_strings_in_every_cli_filter_are_plain_values(db, bad):
    total = len(json.loads(run("events", "--db", db, "--format", "json").output))
    for command in ("events", "quotes", "actors", "articles"):
        every = json.loads(run(command, "--db", db, "--format", "json").output)
        for option in ("--actor", "--country", "--type", "--search", "--article"):
            r = run(command, "--db", db, option, bad, "--format", "json")
            # Nothing matches, or (a filter that does not apply to this kind) everything.
            assert r.exit_code == 0 and json.loads(r.output) in ([], every), (command, option)
    for args in (["series", bad, bad], ["network", "--actor", bad], ["export", "events",
                 "--actor", bad]):
        assert run(*args, "--db", db).exit_code == 0
    assert len(json.loads(run("events", "--db", db, "--format", "json").output)) == total


def test_usage_errors_exit_2(tmp_path, db):
    assert run("events", "--db", str(tmp_path / "none.db")).exit_code == 2
    assert run("events", "--db", db, "--since", "not-a-date").exit_code == 2
    assert run("ingest").exit_code == 2
    assert run("ingest", str(EXAMPLE), "--field", "nonsense", "--db", db).exit_code == 2


def test_extract_json_contract():
    r = run("extract", str(EXAMPLE), "--format", "json")
    assert r.exit_code == 0
    out = json.loads(r.output)
    assert out["article"]["published"] == "2024-11-15"  # from the sidecar
    assert out["actors"] and out["events"] and out["quotes"] and out["timexes"]
    r = run("extract", str(EXAMPLE), "--published", "2024-11-18", "--format", "json")
    values = {t["text"]: t["value"] for t in json.loads(r.output)["timexes"]}
    assert values["Monday"] == "2024-11-18"  # the day itself when published on a Monday


def test_extract_table_and_stdin():
    r = run("extract", "-", "--format", "table", input="Egypt praised Jordan on Sunday.")
    assert r.exit_code == 0 and "SUPPORT" in r.output


def test_table_marks_dates_that_are_only_the_publication_date(db):
    # "Egypt praised Jordan" names no day: the table says only that it was reported by then;
    # CSV keeps the bare date for machines
    text = "Egypt praised Jordan. Iran condemned Israel on 3 March 2024."
    r = run("extract", "-", "--published", "2024-03-05", "--format", "table", input=text)
    rows = {line.split()[1]: line.split()[0] for line in r.output.splitlines()
            if line[:1] in {"2", "≤"}}
    assert rows == {"SUPPORT": "≤2024-03-05", "ACCUSE": "2024-03-03"}
    table = list(csv.reader(io.StringIO(run("events", "--db", db, "--format", "csv").output)))
    assert not any(row[0].startswith("≤") for row in table)
    assert "≤" in run("events", "--db", db).output


def test_eval_lists_the_errors_on_a_users_own_gold(tmp_path):
    # An analyst's own annotation: one event dyad finds, one it cannot (no such report).
    gold = tmp_path / "mine.events.jsonl"
    found = {"source": [{"country": "ISR", "sector": None}],
             "target": [{"country": "LBN", "sector": None}], "plover": "ASSAULT", "cameo": "190"}
    absent = {"source": [{"country": "USA", "sector": None}],
              "target": [{"country": "CHN", "sector": None}], "plover": "CONSULT", "cameo": "042"}
    gold.write_text(json.dumps({"id": "a1", "published": "2024-10-01",
                                "text": "Israel attacked Lebanon on Monday.",
                                "events": [found, absent]}) + "\n", encoding="utf-8")
    errs = tmp_path / "errors.jsonl"
    r = CliRunner().invoke(main, ["eval", "events", "--gold", str(gold), "--errors", str(errs),
                                  "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["dyad_recall"] == 0.5
    assert [json.loads(line) for line in errs.read_text().splitlines()] == [
        {"id": "a1", "missed": [absent], "extra": []}]
    r = CliRunner().invoke(main, ["eval", "places", "--gold", str(gold), "--errors", str(errs)])
    assert r.exit_code != 0 and "--errors" in r.output
