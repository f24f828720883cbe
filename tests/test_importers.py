"""Importing a PETRARCH-2 verb dictionary, and using the result as an extra lexicon."""

from __future__ import annotations

from click.testing import CliRunner
from conftest import SHARED, needs_shared

from dyad import lexicon
from dyad.cli import main
from dyad.importers import petrarch_verbs
from dyad.model import Article
from dyad.pipeline import extract

SAMPLE = """\
&CURRENCY
+DOLLAR

####### VERB PATTERNS #######

---  SNUB   [1243]  ---
SNUB {SNUBBED SNUBBING SNUBS}
COLD_SHOULDER
- * (AT)                                              [1243]        # SNUB
- * INVITATION                                        [1243]        # SNUB

---  MISC   [---]  ---
RECEIVE [043]
PONDER
"""


def test_sample_dictionary():
    imported = petrarch_verbs(SAMPLE, "sample")
    rows = {(r["lemma"], r["cameo"]) for r in imported.rows}
    assert ("snub|snubbed|snubbing|snubs", "1243") in rows
    assert ("cold shoulder", "1243") in rows
    assert ("snub at", "1243") in rows and ("receive", "043") in rows
    assert not any(r["lemma"] == "ponder" for r in imported.rows)  # block without a code
    assert (imported.blocks, imported.prep_patterns, imported.skipped_patterns) == (2, 1, 1)


def test_imported_lexicon_codes_events(tmp_path, monkeypatch):
    path = tmp_path / "verbs.tsv"
    r = CliRunner().invoke(main, ["lexicon", "import-petrarch", str(_write(tmp_path)),
                                  "--out", str(path)])
    assert r.exit_code == 0 and "entries" in r.output
    monkeypatch.setenv(lexicon.EXTRA_VERBS_ENV, str(path))
    lexicon.event_verbs.cache_clear()
    try:
        d = extract(Article("Egypt snubbed Israel on Monday."))
        assert any(e.cameo == "1243" for e in d.events)
    finally:
        monkeypatch.delenv(lexicon.EXTRA_VERBS_ENV)
        lexicon.event_verbs.cache_clear()
    assert not any(e.cameo == "1243" for e in extract(Article("Egypt snubbed Israel.")).events)


def _write(tmp_path):
    src = tmp_path / "CAMEO.sample.txt"
    src.write_text(SAMPLE, encoding="utf-8")
    return src


@needs_shared(SHARED / "reference" / "petrarch2" / "CAMEO.2.0.txt")
def test_petrarch_cameo_2_dictionary():
    text = (SHARED / "reference" / "petrarch2" / "CAMEO.2.0.txt").read_text(errors="replace")
    imported = petrarch_verbs(text, "CAMEO.2.0.txt")
    assert imported.blocks == 397  # as the file's own description counts them
    assert len(imported.rows) > 1000
    codes = {r["lemma"].split("|")[0]: r["cameo"] for r in imported.rows}
    assert codes["agree with"] == "030" and codes["attack"] == "190"
    assert all(r["cameo"].isdigit() for r in imported.rows)
