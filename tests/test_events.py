"""Event coding: who did what to whom, where the target is not the verb's object."""

from __future__ import annotations

import pytest

from dyad.model import Article
from dyad.pipeline import extract


def _coded(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    d = extract(Article(id="e", text=text, published="2000-01-01"))
    country = {a.id: a.country for a in d.actors}
    return [(e.plover, [country[i] for i in e.source], [country[i] for i in e.target])
            for e in d.events]


@pytest.mark.parametrize(("text", "event"), [
    # the place of the threatened action is its target
    ("Hamas threatened on Monday to resume attacks in Israel.", ("THREATEN", ["PSE"], ["ISR"])),
    # a country's demand or program, acted on, makes that country the target
    ("Berlin rejected recent calls by Belarus's rulers for economic aid.",
     ("REJECT", ["DEU"], ["BLR"])),
    ("The United States suspended a military aid program for Bosnia.",
     ("SANCTION", ["USA"], ["BIH"])),
    # "X of Country", and a gentilic inside a group's name, give the actor its country
    ("King Hassan of Morocco rejected the plan of the rebels.", ("REJECT", ["MAR"], [])),
    ("Radical French farmers threatened to blockade the capital.", ("THREATEN", ["FRA"], [])),
    # organizations from the knowledge base
    ("The Palestinian Islamic Jihad movement rejected an invitation.", ("REJECT", ["PSE"], [])),
    ("European Community foreign ministers demanded the withdrawal of Serbian forces.",
     ("REQUEST", ["IGO"], ["SRB"])),
    # an agreement acted on is one event, with the agreement's other party as target
    ("Ukraine ratified a sweeping agreement with the European Union on Tuesday.",
     ("SUPPORT", ["UKR"], ["IGO"])),
    ("The United States fired anti-aircraft batteries at Russia.",
     ("ASSAULT", ["USA"], ["RUS"])),
    # "X said Y must ...": X demands it of Y
    ("Russia said on Tuesday that Sudan must return the helicopter.",
     ("REQUEST", ["RUS"], ["SDN"])),
    ("A senior British minister reiterated that Libya must hand over the suspects.",
     ("REQUEST", ["GBR"], ["LBY"])),
])
def test_source_and_target_countries(text: str, event: tuple[str, list[str], list[str]]):
    assert event in _coded(text)


def test_what_must_be_done_has_not_happened():
    d = extract(Article(id="e", text="Russia said that Sudan must return the helicopter.",
                        published="2000-01-01"))
    done = [e for e in d.events if e.plover == "RETREAT"]
    assert done and all(e.modality == "requested" for e in done)


def test_an_agreement_ratified_is_coded_once():
    coded = _coded("Ukraine ratified a sweeping agreement with the European Union.")
    assert [c[0] for c in coded] == ["SUPPORT"]


@pytest.mark.parametrize(("text", "plover", "modality", "negated"), [
    ("The vice-president has declined to resign despite the pressure.", "CONCEDE", "asserted",
     True),
    ("The government is refusing to lift the curfew.", "CONCEDE", "asserted", True),
    ("The United Nations rejected a call for its peacekeeping forces to be deployed in "
     "East Timor.", "MOBILIZE", "requested", False),
])
def test_refused_and_called_for_actions_did_not_happen(text, plover, modality, negated):
    d = extract(Article(id="e", text=text, published="2000-01-01"))
    found = [(e.modality, e.negated) for e in d.events if e.plover == plover]
    assert found == [(modality, negated)]


def test_being_opposed_to_is_a_stance_but_opposed_by_is_a_passive():
    assert ("REJECT", ["ISR"], ["FRA"]) in _coded("Israel is opposed to French mediation.")
    assert ("REJECT", ["DEU"], []) in _coded("The plan was opposed by Germany.")
