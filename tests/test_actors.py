"""Actors within an article: one per entity, coded with country and sector."""

from __future__ import annotations

from dyad.actors import _same_person, fold
from dyad.model import Article
from dyad.pipeline import extract


def actors_of(text: str) -> dict[str, object]:
    return {a.name: a for a in extract(Article(text, published="2024-05-01")).actors}


def test_surname_and_spelling_variants_merge():
    assert _same_person("Musk", "Elon Musk")
    assert _same_person("Tusi", "Sheena Toosi") and fold("Toosi") == fold("Tusi")


def test_different_people_do_not_merge():
    assert not _same_person("Jane Smith", "John Smith")  # same surname, other first name
    assert not _same_person("Tsai", "Sheena Toosi")
    assert not _same_person("Li", "Lee")  # too short to trust a folded spelling


def test_example_people(example_doc):
    by_name = {a.name: a for a in example_doc.actors}
    toosi = by_name["Sheena Toosi"]
    assert "Tusi" in toosi.aliases and len(toosi.mentions) == 3
    assert by_name["Seyyed Abbas Araghchi"].country == "IRN"
    assert by_name["Seyyed Abbas Araghchi"].sector == "GOV"
    assert by_name["Qassim Soleimani"].sector == "MIL"
    assert by_name["Volodymyr Zelensky"].country == "UKR"
    assert by_name["Tesla executives"].id != by_name["Elon Musk"].id
    assert {"two Iranian officials", "One Iranian official"} <= set(by_name)


def test_role_phrases_and_gentilics():
    found = actors_of("Senior Hungarian officials met Romanian diplomats in Budapest.")
    codes = {(a.country, a.sector) for a in found.values()}
    assert ("HUN", "GOV") in codes and ("ROU", "GOV") in codes


def test_capital_as_government_only_when_it_acts():
    acting = actors_of("Tehran rejected the proposal on Monday.")
    assert any(a.country == "IRN" and a.kind == "state" for a in acting.values())
    placed = actors_of("The delegates arrived in Tehran on Monday.")
    assert not any(a.country == "IRN" for a in placed.values())


def test_same_named_actor_keeps_its_id_across_articles():
    a = extract(Article("Egypt praised Jordan on Sunday.")).actors
    b = extract(Article("Jordan thanked Egypt for its help.")).actors
    assert {x.name: x.id for x in a} == {x.name: x.id for x in b}
