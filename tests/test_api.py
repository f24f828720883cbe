"""The Python API: extract without a store, read a store with the query filters."""

from __future__ import annotations

from click.testing import CliRunner
from conftest import EXAMPLE

import dyad
from dyad.cli import main


def test_extract_returns_the_document():
    doc = dyad.extract("Israel and Egypt signed an accord in Cairo on Monday.",
                       published="2024-11-15", title="Accord")
    out = doc.to_json()
    assert out["article"]["title"] == "Accord"
    assert {e["plover"] for e in out["events"]} == {"SUPPORT"}
    assert out["events"][0]["date"] == "2024-11-11"


def test_open_reads_a_store(tmp_path):
    db = str(tmp_path / "a.db")
    assert CliRunner().invoke(main, ["ingest", str(EXAMPLE), "--db", db]).exit_code == 0
    with dyad.open(db) as store:
        assert store.events(type="CONSULT")
        assert store.actors(actor="Zelensky")[0]["country"] == "UKR"
        assert store.articles(search="Starlink")
        assert store.quotes(actor="Tusi")
