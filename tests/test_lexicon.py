"""The data files: well formed, codes that exist, and every example sentence coded right."""

from __future__ import annotations

import pytest

from dyad import lexicon
from dyad.model import Article
from dyad.pipeline import extract

TRIGGERS = sorted({(t.lemma, t.cameo, t.example) for table in (
    lexicon.event_verbs(), lexicon.event_nouns(), lexicon.constructions())
    for t in table.values()})


def test_cameo_table_covers_every_root():
    codes = lexicon.cameo_codes()
    assert {c[:2] for c in codes} == {f"{i:02d}" for i in range(1, 21)}
    assert codes["042"].plover == "CONSULT" and codes["042"].quad_class == 1
    assert codes["190"].plover == "ASSAULT" and codes["190"].goldstein == -10.0
    assert codes["010"].plover is None  # statements: PLOVER does not code them


def test_every_plover_type_has_a_score_and_a_mode_scores_its_own():
    types = {c.plover for c in lexicon.cameo_codes().values() if c.plover}
    assert len(types) == 16
    assert all(lexicon.plover_score(t, None) is not None for t in types)
    assert lexicon.plover_score("ASSAULT", "aerial") == -9.5  # the mode's
    assert lexicon.plover_score("ASSAULT", "assassinate") == -9.0  # no score: the type's
    assert lexicon.plover_score("ACCUSE", None) < 0  # conflict, whatever the manual's sign
    bombed = extract(Article("Israeli jets bombed Beirut on Tuesday.")).events[0]
    assert bombed.plover_score == lexicon.plover_score(bombed.plover, bombed.mode)


@pytest.mark.parametrize(("lemma", "cameo", "example"), TRIGGERS)
def test_trigger_example_is_coded(lemma, cameo, example):
    info = lexicon.cameo_codes()[cameo]
    d = extract(Article(example))
    if info.plover:
        codes = {e.cameo for e in d.events}
        # (an intent to cooperate is coded as what is intended: "pledged to help" is 033)
        assert cameo in codes or (cameo == "030" and any(c[:2] == "03" for c in codes)), (
            lemma, example)
    else:
        # statements and appeals (CAMEO 01, 02): PLOVER drops them, and dyad does not force
        # them into another type
        first = lemma.split()[0]
        verb = next(t for t in d.doc if t.lemma_.lower() == first or t.lower_[:4] == first[:4])
        assert not [e for e in d.events if e.trigger.start == verb.idx], (lemma, example)


def test_lexicon_breadth():
    """At least 1,500 entries, across every PLOVER type and every CAMEO root."""
    verbs, nouns = lexicon.event_verbs(), lexicon.event_nouns()
    pairs = lexicon.constructions()
    entries = ({t.lemma for t in verbs.values()} | {f"noun:{t.lemma}" for t in nouns.values()}
               | {f"light:{v}" for v in lexicon.light_verbs()} | set(pairs)
               | {f"sense:{n}:{c}" for n, c in lexicon.noun_senses()})
    assert len(entries) >= 1500, len(entries)
    codes = lexicon.cameo_codes()
    used = [codes[t.cameo] for t in (*verbs.values(), *nouns.values(), *pairs.values())]
    assert {c.code[:2] for c in used} == {f"{i:02d}" for i in range(1, 21)}
    assert {c.plover for c in used if c.plover} == {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@pytest.mark.parametrize("row", lexicon._rows("noun_senses.tsv"),
                         ids=lambda r: f"{r['noun']}-{r['cue']}")
def test_noun_sense_example_is_coded(row):
    d = extract(Article(row["example"]))
    assert row["cameo"] in {e.cameo for e in d.events if e.trigger.text.lower() == row["noun"]}


def test_word_kinds_tables_name_their_kinds():
    assert set(lexicon.word_kinds("mishaps.tsv")) == {"cause", "mishap", "industry", "weapon"}
    assert set(lexicon.word_kinds("riots.tsv")) == {"fight", "crowd", "rioters", "action"}


def test_countries_and_organizations():
    assert lexicon.country_lookup()["iran"] == "IRN"
    assert lexicon.gentilic_lookup()["ukrainian"] == "UKR"
    assert lexicon.capital_lookup()["tehran"] == "IRN"
    assert lexicon.organizations()["nato"].country == "IGO"
    assert len(lexicon.countries()) >= 190
    assert lexicon.roles()["ambassador"].sector == "GOV"


def test_group_and_role_words_carry_their_sector():
    roles = lexicon.roles()
    assert (roles["warplane"].sector, roles["warplane"].kind) == ("MIL", "group")
    assert roles["farmer"].sector == "AGR"
    assert roles["media"].sector == "MED"
