"""The scorers on small hand-made records: perfect, empty, partial, one-to-one."""

from __future__ import annotations

import pytest

from dyad.evaluate.scoring import (
    bipartite_pairs,
    errors,
    score_entities,
    score_events,
    score_eventtypes,
    score_quotes,
    score_timex,
)


def ev(plover, src=(), tgt=(), cameo=None):
    return {"plover": plover, "cameo": cameo,
            "source": [{"country": c, "sector": None} for c in src],
            "target": [{"country": c, "sector": None} for c in tgt]}


def test_events_perfect_and_empty():
    gold = [{"id": "1", "text": "x", "events": [ev("CONSULT", ["USA"], ["CHN"], "042")]}]
    m = score_events(gold, gold)
    assert m["dyad_f1"] == 1.0 and m["type_f1"] == 1.0 and m["cameo_root_f1"] == 1.0
    m = score_events(gold, [])  # a gold id with no prediction counts as empty
    assert m["dyad_precision"] == 0.0 and m["dyad_recall"] == 0.0 and m["dyad_f1"] == 0.0
    nothing = [{"id": "1", "text": "x", "events": []}]
    m = score_events(nothing, nothing)
    assert m["dyad_f1"] is None and m["type_f1"] is None


def test_events_country_sets_intersect_and_nulls_ignored():
    gold = [{"id": "1", "text": "x", "events": [ev("ASSAULT", ["ISR", "USA"], [None])]}]
    pred = [{"id": "1", "events": [ev("ASSAULT", ["USA"], [])]}]
    assert score_events(gold, pred)["dyad_f1"] == 1.0  # all-null target counts as empty
    pred = [{"id": "1", "events": [ev("ASSAULT", ["IRN"], [])]}]
    m = score_events(gold, pred)
    assert m["dyad_f1"] == 0.0 and m["type_f1"] == 1.0


def test_events_one_to_one_maximum_matching():
    # Greedy would pair pred 0 with gold 0 and leave gold 1 unmatched; the maximum is 2.
    gold = [{"id": "1", "text": "x", "events": [ev("ACCUSE", ["USA"]), ev("ACCUSE", ["CHN"])]}]
    pred = [{"id": "1", "events": [
        {"plover": "ACCUSE", "source": [{"country": "USA"}, {"country": "CHN"}], "target": []},
        ev("ACCUSE", ["USA"]), ev("ACCUSE", ["USA"])]}]
    m = score_events(gold, pred)
    assert m["dyad_recall"] == 1.0
    assert m["dyad_precision"] == pytest.approx(2 / 3)


def test_bipartite_pairs_are_a_maximum_matching():
    assert bipartite_pairs(2, 2, lambda i, j: (i, j) in {(0, 0), (0, 1), (1, 0)}) == [
        (0, 1), (1, 0)]
    assert len(bipartite_pairs(2, 1, lambda i, j: True)) == 1


def test_cameo_root_only_where_gold_gives_codes():
    gold = [{"id": "1", "text": "x", "events": [ev("CONSULT", cameo="042")]},
            {"id": "2", "text": "y", "events": [ev("AGREE", cameo=None)]}]
    pred = [{"id": "1", "events": [ev("CONSULT", cameo="040"), ev("AID", cameo=None)]},
            {"id": "2", "events": [ev("AGREE", cameo="030")]}]
    m = score_events(gold, pred)
    assert m["cameo_root_precision"] == 1.0 and m["cameo_root_recall"] == 1.0


TEXT = "Officials said the talks would resume next week in Geneva."


def att(content, source=(), cue=()):
    return {"content": [list(c) for c in content], "source": [list(s) for s in source],
            "cue": [list(c) for c in cue]}


def test_quotes_perfect_partial_and_accuracies():
    gold = [{"id": "q", "text": TEXT, "attributions": [att([(15, 58)], [(0, 9)], [(10, 14)])]}]
    m = score_quotes(gold, gold)
    assert m["content_f1"] == 1.0 and m["content_exact_f1"] == 1.0
    assert m["source_accuracy"] == 1.0 and m["cue_accuracy"] == 1.0
    # 5 of the 8 gold tokens: at least half of the longer -> a match, but not exact
    pred = [{"id": "q", "attributions": [att([(15, 40)], [], [(10, 14)])]}]
    m = score_quotes(gold, pred)
    assert m["content_f1"] == 1.0 and m["content_exact_f1"] == 0.0
    assert m["source_accuracy"] == 0.0 and m["cue_accuracy"] == 1.0
    # 2 of 8 tokens: no match
    pred = [{"id": "q", "attributions": [att([(15, 24)])]}]
    assert score_quotes(gold, pred)["content_f1"] == 0.0
    assert score_quotes(gold, pred)["source_accuracy"] is None


def test_quotes_exact_merges_touching_pieces():
    gold = [{"id": "q", "text": TEXT, "attributions": [att([(15, 58)])]}]
    pred = [{"id": "q", "attributions": [att([(30, 58), (15, 30)])]}]
    assert score_quotes(gold, pred)["content_exact_f1"] == 1.0


def test_quotes_greedy_one_to_one():
    gold = [{"id": "q", "text": TEXT, "attributions": [att([(15, 58)]), att([(15, 58)])]}]
    pred = [{"id": "q", "attributions": [att([(15, 58)])]}]
    m = score_quotes(gold, pred)
    assert m["content_precision"] == 1.0 and m["content_recall"] == 0.5


def test_timex_strict_relaxed_value_type():
    text = "He left on Monday, March 3, and returned last week."
    gold = [{"id": "t", "text": text, "timexes": [
        {"start": 11, "end": 26, "type": "DATE", "value": "2014-03-03"},
        {"start": 41, "end": 50, "type": "DATE", "value": "2014-W09"}]}]
    pred = [{"id": "t", "timexes": [
        {"start": 11, "end": 17, "type": "DATE", "value": "2014-03-03"},
        {"start": 41, "end": 50, "type": "DURATION", "value": "P1W"},
        {"start": 0, "end": 2, "type": "DATE", "value": "X"}]}]
    m = score_timex(gold, pred)
    assert m["strict_precision"] == pytest.approx(1 / 3) and m["strict_recall"] == 0.5
    assert m["relaxed_recall"] == 1.0 and m["relaxed_precision"] == pytest.approx(2 / 3)
    assert m["value_recall"] == 0.5 and m["type_accuracy"] == 0.5
    assert score_timex(gold, gold)["value_f1"] == 1.0


def test_entities_mentions_and_b3():
    gold = [{"id": "e", "text": "Boeing said Boeing and Airbus", "mentions": [
        {"start": 0, "end": 6, "type": "ORG", "entity": "b"},
        {"start": 12, "end": 18, "type": "ORG", "entity": "b"},
        {"start": 23, "end": 29, "type": "ORG", "entity": "a"}]}]
    m = score_entities(gold, gold)
    assert m["mention_f1"] == 1.0 and m["b3_f1"] == 1.0
    # all detected, none linked: the singleton baseline
    singles = [{"id": "e", "mentions": [dict(x, entity=None) for x in gold[0]["mentions"]]}]
    m = score_entities(gold, singles)
    assert m["b3_precision"] == 1.0
    assert m["b3_recall"] == pytest.approx((0.5 + 0.5 + 1) / 3)
    assert m["b3_f1"] == pytest.approx(m["b3_singleton_baseline_f1"])
    # everything merged into one entity
    merged = [{"id": "e", "mentions": [dict(x, entity="z") for x in gold[0]["mentions"]]}]
    m = score_entities(gold, merged)
    assert m["b3_recall"] == 1.0 and m["b3_precision"] == pytest.approx((2 / 3 * 2 + 1 / 3) / 3)
    # one undetected mention scores 0 in recall and is left out of precision
    partial = [{"id": "e", "mentions": gold[0]["mentions"][:2]}]
    m = score_entities(gold, partial)
    assert m["b3_precision"] == 1.0 and m["b3_recall"] == pytest.approx(2 / 3)
    assert m["per_type"]["ORG"]["mention_recall"] == pytest.approx(2 / 3)


def test_eventtypes_counts_only_gold_types():
    gold = [{"id": "1", "text": "a", "labels": ["PROTEST"]},
            {"id": "2", "text": "b", "labels": []}]
    pred = [{"id": "1", "labels": ["PROTEST", "CONSULT"]}, {"id": "2", "labels": ["PROTEST"]}]
    m = score_eventtypes(gold, pred)
    assert m["micro_precision"] == 0.5 and m["micro_recall"] == 1.0
    assert m["ignored_predictions"] == 1


def test_errors_list_what_each_score_counts_against_the_system():
    gold = [{"id": "1", "text": "x", "events": [ev("ACCUSE", ["USA"]), ev("ACCUSE", ["CHN"])]},
            {"id": "2", "text": "x", "events": [ev("CONSULT", ["USA"], ["CHN"])]}]
    pred = [{"id": "1", "events": [ev("ACCUSE", ["CHN"]), ev("ASSAULT", ["CHN"])]},
            {"id": "2", "events": [ev("CONSULT", ["USA"], ["CHN"])]}]
    # the matched pair and the perfect record are left out
    assert errors("events", gold, pred) == [
        {"id": "1", "missed": [ev("ACCUSE", ["USA"])], "extra": [ev("ASSAULT", ["CHN"])]}]

    text = "Obama said the talks failed. Putin said nothing new."
    said = {"source": [[0, 5]], "cue": [[6, 10]], "content": [[11, 27]]}
    other = {"source": [[29, 34]], "cue": [[35, 39]], "content": [[40, 51]]}
    out = errors("quotes", [{"id": "q", "text": text, "attributions": [said, other]}],
                 [{"id": "q", "attributions": [said]}])
    assert out == [{"id": "q", "missed": [other | {"words": "nothing new"}], "extra": []}]

    gold = [{"id": "t", "text": "on Monday and Friday", "timexes": [
        {"start": 3, "end": 9, "type": "DATE", "value": "2024-W01-1"},
        {"start": 14, "end": 20, "type": "DATE", "value": "2024-W01-5"}]}]
    pred = [{"id": "t", "timexes": [{"start": 3, "end": 9, "type": "DATE", "value": "x"}]}]
    assert [m["words"] for m in errors("timex", gold, pred)[0]["missed"]] == ["Friday"]

    gold = [{"id": "e", "text": "Apple and Airbus", "mentions": [
        {"start": 0, "end": 5, "type": "ORG", "entity": "a"},
        {"start": 10, "end": 16, "type": "ORG", "entity": "b"}]}]
    pred = [{"id": "e", "mentions": [{"start": 0, "end": 5, "type": "ORG", "entity": "1"},
                                     {"start": 10, "end": 16, "type": "PER", "entity": "2"}]}]
    out = errors("entities", gold, pred)[0]
    assert ([m["words"] for m in out["missed"]], [m["type"] for m in out["extra"]]) == (
        ["Airbus"], ["PER"])

    gold = [{"id": "c", "text": "x", "labels": ["ASSAULT"]}, {"id": "d", "text": "x", "labels": []}]
    pred = [{"id": "c", "labels": ["PROTEST"]}, {"id": "d", "labels": ["ASSAULT", "CONSULT"]}]
    # CONSULT is no type of this gold file, so it is no error, as it is no false positive
    assert errors("eventtypes", gold, pred) == [
        {"id": "c", "missed": ["ASSAULT"], "extra": []},
        {"id": "d", "missed": [], "extra": ["ASSAULT"]}]
