"""The whole path on the example article: the JSON contract, offsets, first extractions."""

from __future__ import annotations

import json

import pytest

from dyad.model import Article, Event
from dyad.pipeline import STAGES, extract, process

EVENT_KEYS = {"id", "plover", "mode", "cameo", "quad_class", "goldstein", "source", "target",
              "date", "date_precision", "place", "negated", "modality", "attribution",
              "evidence", "confidence"}


def test_stages_listed_in_order():
    assert [name for name, _ in STAGES] == ["actors", "places", "time", "quotes", "events"]


def test_contract_shape(example_doc):
    out = json.loads(json.dumps(example_doc.to_json()))
    assert set(out) == {"article", "actors", "events", "quotes", "timexes", "places"}
    assert set(out["article"]) == {"id", "title", "url", "outlet", "published", "language", "text"}
    for a in out["actors"]:
        assert {"id", "name", "aliases", "kind", "country", "sector", "mentions"} <= set(a)
        assert a["kind"] in {"person", "organization", "state", "group", "other"}
    for e in out["events"]:
        assert set(e) >= EVENT_KEYS
        assert e["date_precision"] in {"day", "week", "month", "year", "unknown"}
        assert set(e["attribution"]) == {"sources", "hedges", "certainty"}
    for q in out["quotes"]:
        assert {"id", "speaker", "speaker_text", "cue", "content", "kind"} <= set(q)
        assert q["kind"] in {"direct", "indirect", "mixed"}


def test_every_offset_points_at_its_text(example_doc):
    text = example_doc.article.text
    spans = [m for a in example_doc.actors for m in a.mentions]
    spans += [e.evidence for e in example_doc.events] + [e.trigger for e in example_doc.events]
    spans += [c for q in example_doc.quotes for c in q.content]
    spans += [q.cue for q in example_doc.quotes if q.cue]
    for s in spans:
        assert text[s.start : s.end] == s.text
    for t in example_doc.timexes + example_doc.places:
        assert text[t.start : t.end] == t.text


def _event(text: str, trigger: str) -> Event:
    """The first event of the text, read alone, whose trigger is the word."""
    d = extract(Article(text, published="2016-06-17"))
    return next(e for e in d.events if e.trigger.text == trigger)


def _actor(doc, name):
    return next(a for a in doc.actors if a.name == name)


def test_example_actors_events_quotes_times(example_doc):
    d = example_doc
    names = {a.name for a in d.actors}
    assert {"Elon Musk", "Donald Trump", "Volodymyr Zelensky", "Qassem Soleimani"} <= names
    assert _actor(d, "Iran").country == "IRN" and _actor(d, "Iran").kind == "state"
    musk = _actor(d, "Elon Musk")
    met = next(e for e in d.events if e.trigger.text == "met")
    assert met.plover == "CONSULT" and met.source == [musk.id]
    assert met.date == "2024-11-11" and met.date_precision == "day"
    assert "reportedly" in met.attribution.hedges
    # "Musk, the world's richest man, has been helping with talks with foreign officials":
    # the parser joins Musk to "the Middle East" before him; the talks are his
    talks = [e for e in d.events if e.trigger.text == "talks"]
    officials = _actor(d, "foreign officials")
    assert any(e.source == [musk.id] and e.target == [officials.id] for e in talks)
    assert any(q.kind == "direct" and q.content[0].text.startswith("“He’s currently engaged")
               for q in d.quotes)
    values = {t.text: t.value for t in d.timexes}
    assert values["Monday"] == "2024-11-11"
    assert values["October 7 last year"] == "2023-10-07"
    assert values["January 2020"] == "2020-01"


def test_modality_of_unreal_events(example_doc):
    assassinate = next(e for e in example_doc.events if e.trigger.text == "assassinate")
    assert assassinate.modality == "intended"
    # "could pave the way for an all-out war between Israel and Iran if ...": a war that
    # could come, and no threat by either side
    war = [e for e in example_doc.events if e.trigger.text == "war"
           and "pave" in e.evidence.text]
    assert war and {(e.plover, e.modality) for e in war} == {("ASSAULT", "hypothetical")}


def test_one_bad_article_does_not_stop_the_batch():
    good = Article("Israel attacked Hamas positions in Gaza on Monday.", published="2024-01-10")
    huge = Article("word " * 250_000)
    results = list(process([good, huge, Article("Egypt praised Jordan.")]))
    assert isinstance(results[1], tuple) and "limit" in results[1][1]
    assert results[0].events and results[2].events


def test_clause_walk_ends_at_a_root_that_is_not_a_verb():
    """Walking up from a place or date stops at the sentence root even when the root is a
    noun (a headline); token wrappers are compared by index, not identity."""
    import signal

    from dyad import parse
    from dyad.events import _in_clause

    doc = parse.parse("Fresh US sanctions on Iran in Geneva talks")
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(TimeoutError()))
    signal.alarm(5)
    try:
        for tok in doc:
            _in_clause(tok, {-1})
    finally:
        signal.alarm(0)
    headline = Article("Fresh US sanctions on Iran after talks in Geneva. Iran protested.")
    assert extract(headline).events


def test_meeting_attributed_to_officials_via_the_times(example_doc):
    """"According to two Iranian officials who spoke to The New York Times, the meeting
    ..." names its sources for the meeting told in the sentence before."""
    met = next(e for e in example_doc.events if e.trigger.text == "met")
    [source] = met.attribution.sources
    assert source["text"] == "two Iranian officials"
    assert source["via_text"] == "The New York Times"
    # unnamed, counted, and speaking for Iran
    names = {a.id: a.name for a in example_doc.actors}
    assert (source["anonymous"], source["count"], source["country"]) == (True, 2, "IRN")
    assert names[source["affiliation"]] == "Iran"
    assert met.attribution.certainty == "hedged"  # "reportedly"
    unrelated = next(e for e in example_doc.events if e.trigger.text == "killed")
    assert unrelated.attribution.sources == []


@pytest.mark.parametrize("text", [
    "The Interfax news agency quoted Defense Minister Sergei Shoigu as saying that Russia"
    " had sent troops to Syria.",
    "Defense Minister Sergei Shoigu was quoted by Interfax as saying that Russia had sent"
    " troops to Syria.",
    "Defense Minister Sergei Shoigu said that Russia had sent troops to Syria, the"
    " Interfax news agency reported.",
    "Russia had sent troops to Syria, Defense Minister Sergei Shoigu told Interfax.",
    "Russia had sent troops to Syria, Defense Minister Sergei Shoigu said in an interview"
    " with Interfax.",
    # (the parser hangs a tag whose speaker is a description and a name inside the words)
    "Defense Minister Sergei Shoigu said that Russia had sent troops to Syria, Russian news"
    " agency Interfax reported.",
])
def test_one_quoted_by_an_agency_is_the_source_via_the_agency(text):
    """Wire news relays officials through an agency: the one quoted is the source, the
    agency the way they are heard, not a second source."""
    d = extract(Article(text, published="2024-11-01"))
    [sent] = [e for e in d.events if e.trigger.text == "sent"]
    [source] = sent.attribution.sources
    assert source["text"].endswith("Sergei Shoigu")
    assert source["via_text"].startswith("Interfax")


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Iran lost two soldiers in the bombing.", "bombing", "two soldiers"),
    ("Israel suffered heavy losses in the attack.", "attack", "Israel"),
])
def test_one_who_loses_in_an_attack_suffered_it(text, trigger, target):
    d = extract(Article(text, published="2016-06-17"))
    event = next(e for e in d.events if e.trigger.text == trigger)
    names = {a.id: a.name for a in d.actors}
    assert (event.source, [names[t] for t in event.target]) == ([], [target])


def test_what_a_thing_described_would_bring_is_no_ones_declaration():
    d = extract(Article("Mediators tried to broker a deal under which Hamas would release"
                        " hostages.", published="2016-06-17"))
    assert [(e.cameo, e.modality) for e in d.events if e.trigger.text == "release"] == [
        ("0841", "hypothetical")]
    # (its doer's own future is declared: 0353, intent to release)
    d = extract(Article("Hamas said it would release hostages.", published="2016-06-17"))
    assert {e.cameo for e in d.events if e.trigger.text == "release"} == {"0841", "0353"}


def test_what_the_parser_hung_on_the_subject_before_a_tag_is_reported_too():
    d = extract(Article("Israeli airstrikes killed at least 18 people overnight, including six"
                        " children, local health officials said Sunday, as talks stalled.",
                        published="2016-06-17"))
    [quote] = [q for q in d.quotes if q.cue and q.cue.text == "said"]
    assert quote.speaker_text == "local health officials"
    assert [c.text for c in quote.content] == [
        "Israeli airstrikes killed at least 18 people overnight, including six children"]
    killed = next(e for e in d.events if e.trigger.text == "killed")
    assert [s["text"] for s in killed.attribution.sources] == ["local health officials"]


def test_they_in_one_persons_words_are_others_not_the_speaker():
    shoot = _event('Police fired tear gas. "They can shoot us, but we will not stop," said'
                   ' student Brian Otieno.', "shoot")
    assert shoot.source == []
    # (a group's "they" is the group: "The rebels said they will release ...")
    d = extract(Article("The rebels said they will release the hostages.", published="2016-06-17"))
    release = next(e for e in d.events if e.trigger.text == "release")
    assert [a.name for a in d.actors if a.id in release.source] == ["rebels"]


@pytest.mark.parametrize(("text", "trigger", "certainty"), [
    # an event the denied claim names as given is not what is denied
    ("Tehran denied that the seizure was linked to U.S. strikes on Houthi targets.",
     "strikes", "attributed"),
    ("Iran denied that the attack on the embassy was planned by its agents.", "attack",
     "attributed"),
    # (what the claim says happened is)
    ("Iran denied that its forces attacked the tanker.", "attacked", "denied"),
    ("Iran denied that any attack took place.", "attack", "denied"),
    ("Turkey denies that the crime was a genocide.", "genocide", "denied"),
])
def test_a_denial_denies_its_claim_not_the_events_the_claim_names(text, trigger, certainty):
    assert _event(text, trigger).attribution.certainty == certainty


@pytest.mark.parametrize(("text", "hedge"), [
    ("Russia said, without providing evidence, that Ukraine had shelled the plant.",
     "without providing evidence"),
    ("Russia claimed without evidence that Ukraine had shelled the plant.", "without evidence"),
    ("Russia said Ukraine had shelled the plant but offered no evidence.",
     "offered no evidence"),
    ("Russia said Ukraine had shelled the plant. It did not provide evidence for the claim.",
     "did not provide evidence"),
])
def test_a_claim_made_without_evidence_is_hedged(text, hedge):
    shelled = _event(text, "shelled")
    assert (shelled.attribution.certainty, shelled.attribution.hedges) == ("hedged", [hedge])


def test_evidence_given_is_no_hedge_and_no_offer():
    d = extract(Article("Russia said Ukraine had shelled the plant. Officials later provided"
                        " evidence.", published="2016-06-17"))
    assert [(e.trigger.text, e.attribution.certainty) for e in d.events] == [
        ("shelled", "attributed")]
    d = extract(Article("Russia said Ukraine had shelled the plant but offered no evidence.",
                        published="2016-06-17"))
    assert [e.trigger.text for e in d.events] == ["shelled"]


def test_the_press_told_is_no_outlet_the_source_is_heard_through():
    sent = _event("Kremlin spokesman Dmitry Peskov told reporters in Brussels that Russia had"
                  " sent troops to Syria.", "sent")
    [source] = sent.attribution.sources
    assert source["text"] == "Kremlin spokesman Dmitry Peskov"
    assert "via" not in source


def test_an_act_whose_decision_is_pending_is_open_not_denied():
    attend = _event("Peskov said President Vladimir Putin had not yet decided whether to"
                    " attend the summit.", "attend")
    assert (attend.negated, attend.modality) == (False, "hypothetical")
    assert attend.attribution.certainty == "attributed"
    # (a decision not made to do it still denies it)
    attend = _event("Putin did not decide to attend the summit.", "attend")
    assert attend.negated


def test_a_named_source_is_no_anonymous_one_and_a_lone_official_counts_one():
    d = extract(Article("Iran's Foreign Minister Abbas Araghchi said Israel attacked Gaza. "
                        "A senior official said Iran attacked Iraq.", published="2024-11-01"))
    sources = [s for e in d.events for s in e.attribution.sources]
    names = {a.id: a.name for a in d.actors}
    named = next(s for s in sources if s["text"].endswith("Araghchi"))
    assert (named["anonymous"], named["count"], names[named["affiliation"]]) == (
        False, None, "Iran")
    lone = next(s for s in sources if s["text"] == "A senior official")
    assert (lone["anonymous"], lone["count"]) == (True, 1)


def test_hearsay_sentence_hedges_the_one_before(example_doc):
    thanks = next(e for e in example_doc.events if e.trigger.text == "thanking")
    assert thanks.plover == "SUPPORT" and thanks.attribution.certainty == "hedged"
    names = {a.id: a.name for a in example_doc.actors}
    assert [names[x] for x in thanks.source] == ["Volodymyr Zelensky"]  # not Musk thanking Musk
    assert [names[x] for x in thanks.target] == ["Elon Musk"]
    assert "it is said" in thanks.attribution.hedges
    d = extract(Article("Egypt praised Jordan on Sunday. Officials said the talks went well."))
    assert all(e.attribution.certainty != "hedged" for e in d.events)


def test_blank_lines_end_sentences_single_line_breaks_do_not():
    from dyad import parse
    doc = parse.parse("Officials said\nthe talks failed.\n\nthe next paragraph starts here.")
    assert [s.text.strip() for s in doc.sents] == [
        "Officials said\nthe talks failed.", "the next paragraph starts here."]


def test_a_batchs_parses_are_freed_as_soon_as_extracted(monkeypatch):
    """The lookups kept on a doc (its entities, sentences) refer back to it; once its
    stages are done they are dropped, so the doc goes with its last reference rather than
    waiting, with its arrays, for the cyclic collector."""
    import gc
    import weakref

    from dyad import parse
    from dyad.ingest import extract_batch

    parsed: list[weakref.ref] = []
    parse_many = parse.parse_many

    def recording(texts):
        for doc in parse_many(texts):
            parsed.append(weakref.ref(doc))
            yield doc

    monkeypatch.setattr(parse, "parse_many", recording)
    texts = ["Iran's envoy met Elon Musk in New York on Monday, officials said.",
             "Israel struck Gaza. Hamas condemned the strike."]
    gc.disable()
    try:
        docs = extract_batch([Article(t) for t in texts])
        assert len(parsed) == 2 and [len(d.events) > 0 for d in docs] == [True, True]
        assert [r() for r in parsed] == [None, None]
    finally:
        gc.enable()


def test_a_relative_clauses_passive_is_no_hedge():
    """"rights that had been denied victims of other mass shootings": no one is said to
    deny the shootings, and nothing about them is hedged."""
    d = extract(Article("Obama spoke on Tuesday about rights that had been denied victims"
                        " of other mass shootings.", published="2016-01-05"))
    shootings = next(e for e in d.events if e.trigger.text == "shootings")
    assert shootings.attribution.hedges == []


def test_what_was_announced_is_no_hedge_but_what_is_reportedly_so_is():
    """An announced deal is made known, not hedged; a reportedly planned attack is."""
    d = extract(Article("The ceasefire between Israel and Hamas was announced on Monday.",
                        published="2016-06-17"))
    assert [(e.trigger.text, e.attribution.certainty) for e in d.events][:1] == [
        ("ceasefire", "asserted")]
    d = extract(Article("Rebels reportedly attacked the army base.", published="2016-06-17"))
    attack = next(e for e in d.events if e.trigger.text == "attacked")
    assert attack.attribution.certainty == "hedged"


@pytest.mark.parametrize("text, trigger", [
    ("Residents decried the attack on the village.", "attack"),
    ("The bombing of the hospital was condemned by the European Union.", "bombing"),
    # the topic of speech is no claim either
    ("Israel declined to comment on the strike.", "strike"),
    ("The council discussed the bombing of the hospital.", "bombing"),
    # (nor does the next sentence's stance on another event retell this one)
    ("Residents decried the attack on the village. The UN condemned the bombing of the"
     " hospital.", "attack"),
])
def test_the_event_a_stance_is_taken_on_is_the_writers(text, trigger):
    """What one condemns or decries the writer gives as so; it is not the holder's claim."""
    event = _event(text, trigger)
    assert (event.attribution.certainty, event.attribution.sources) == ("asserted", [])


@pytest.mark.parametrize("text, trigger", [
    ("Iran denied that its forces attacked the tanker.", "attacked"),
    ("Russia denied attacking the convoy.", "attacking"),
    ("Iran rejected claims that it attacked the tanker.", "attacked"),
    ("The ministry dismissed reports that troops had shelled the village.", "shelled"),
])
def test_what_a_source_denies_is_denied_in_their_account(text, trigger):
    event = _event(text, trigger)
    assert event.attribution.certainty == "denied" and event.attribution.sources
    assert not event.negated  # (the writer does not say it did not happen)


def test_a_charge_denied_leaves_the_writers_clause_before_it_alone():
    """The parser makes the clause before "a charge he denied" the denial's complement."""
    d = extract(Article("Elian's Miami relatives have filed affidavits alleging Gonzalez abused"
                        " his former wife and his 6-year-old son, a charge Gonzalez denied.",
                        published="2000-04-17"))
    alleging = next(e for e in d.events if e.trigger.text == "alleging")
    assert alleging.attribution.certainty != "denied"


def test_what_a_holder_denies_or_accuses_of_stays_theirs():
    d = extract(Article("Iran denied the attack on the tanker. The rebels accused the army of"
                        " shelling the town.", published="2016-06-17"))
    sources = {e.trigger.text: [s["text"] for s in e.attribution.sources] for e in d.events}
    assert sources["attack"] == ["Iran"] and sources["shelling"] == ["The rebels"]


@pytest.mark.parametrize("text, hedged", [
    # a short sentence that only says the one before is hearsay hedges it
    ("Rebels attacked the convoy. It is said that it happened.", True),
    ("Rebels attacked the convoy. It was reported.", True),
    # one with a report of its own hedges that report, not the one before
    ("Rebels attacked the convoy. It is said that Russia bombed the hospital.", False),
])
def test_a_hearsay_sentence_hedges_the_one_before_only_when_it_names_it_again(text, hedged):
    attacked = _event(text, "attacked")
    assert (attacked.attribution.certainty == "hedged") is hedged


@pytest.mark.parametrize("text, negated", [
    ("Iran agreed to release the prisoners.", False),
    ("Iran refused to release the prisoners.", True),
])
def test_what_one_agrees_or_refuses_to_do_is_an_act_not_a_claim(text, negated):
    """The writer reports the commitment; the release is not Iran's claim of it."""
    release = _event(text, "release")
    assert release.attribution.sources == [] and release.negated is negated


@pytest.mark.parametrize("text, trigger, negated", [
    # what one did not say is not one's claim, nor is it said not to have happened
    ("Iran did not say that it seized the tanker.", "seized", False),
    ("Israel did not confirm the strike.", "strike", False),
    # a verb of thinking lends its negation to its clause
    ("Officials do not think that Iran attacked the tanker.", "attacked", True),
])
def test_a_negated_saying_is_no_claim_and_no_denial_of_what_it_tells(text, trigger, negated):
    event = _event(text, trigger)
    assert event.negated is negated
    assert bool(event.attribution.sources) is negated  # (the thinkers hold it, not so)


@pytest.mark.parametrize("text, trigger, hedge", [
    ("Israel did not comment on reports that it struck the consulate.", "struck", "reports"),
    ("There were allegations that soldiers shot the protesters.", "shot", "allegations"),
])
def test_a_claim_no_one_is_named_to_hold_hedges_its_clause(text, trigger, hedge):
    event = _event(text, trigger)
    assert (event.attribution.certainty, event.attribution.hedges) == ("hedged", [hedge])


def test_what_an_unowned_claim_dates_itself_by_is_not_hedged():
    d = extract(Article("There were allegations that soldiers shot protesters after the bombing"
                        " of the market.", published="2016-06-17"))
    certainty = {e.trigger.text: e.attribution.certainty for e in d.events}
    assert certainty["shot"] == "hedged" and certainty["bombing"] == "asserted"


def test_a_claim_someone_holds_is_theirs_not_a_hedge():
    d = extract(Article("Trump repeated his claim that Iran attacked the tanker.",
                        published="2016-06-17"))
    attacked = next(e for e in d.events if e.trigger.text == "attacked")
    assert attacked.attribution.certainty == "attributed" and not attacked.attribution.hedges


@pytest.mark.parametrize("text, trigger, hedge", [
    # the writer says the claim of the same sentence could not be checked
    ("Ukraine's military said it had shot down 20 drones overnight, a claim that could not be"
     " independently verified.", "shot", "could not be independently verified"),
    ("The army said it killed 20 militants, which Reuters was unable to verify.", "killed",
     "unable to verify"),
    # or of the sentence before, named again
    ("The army said it killed 20 militants. Reuters could not independently verify the"
     " figures.", "killed", "could not independently verify"),
    ("Rebels said they shot down a helicopter. It was not possible to verify the claim.", "shot",
     "was not possible to verify"),
    # a source its own words hedge
    ("Troops killed 20 protesters, according to unconfirmed media reports.", "killed",
     "unconfirmed"),
    ("A purported video showed troops firing on protesters.", "firing", "purported"),
])
def test_a_claim_the_writer_could_not_check_is_hedged(text, trigger, hedge):
    event = _event(text, trigger)
    assert event.attribution.sources  # (still theirs)
    assert (event.attribution.certainty, event.attribution.hedges) == ("hedged", [hedge])


@pytest.mark.parametrize("text, trigger", [
    # what the writer tells as fact stays so
    ("Russian forces shelled the town on Monday. Officials could not confirm the death toll.",
     "shelled"),
    # a next sentence that names no claim of the one before leaves it
    ("The army said it killed 20 militants. Reuters could not verify how many died.", "killed"),
])
def test_what_the_writer_tells_or_does_not_name_again_is_not_hedged_as_unchecked(text, trigger):
    event = _event(text, trigger)
    assert not event.attribution.hedges


def test_what_comes_after_the_words_that_a_claim_was_not_checked_is_not_hedged_by_them():
    d = extract(Article("Officials said the operation was over, but that has not yet been "
                        "confirmed by Belgrade, where the attack is thought to have been planned."
                        " He said he cannot confirm there is evidence linking the blasts to Bin "
                        "Laden.", published="2016-06-17"))
    hedges = {e.trigger.text: e.attribution.hedges for e in d.events}
    assert not any("confirm" in h for h in hedges["attack"] + hedges["blasts"])


@pytest.mark.parametrize("text, negated, certainty", [
    # the declaration that was not made is negated, and so denied
    ("Russia did not announce that it would withdraw its troops.", True, "denied"),
    ("Russia announced that it would withdraw its troops.", False, "attributed"),
    # a declared refusal was made: Russia's, not denied
    ("Russia said it would not withdraw its troops.", False, "attributed"),
])
def test_a_declaration_not_made_is_negated_and_one_made_is_not(text, negated, certainty):
    d = extract(Article(text, published="2016-06-17"))
    declared = next(e for e in d.events if e.trigger.text == "withdraw"
                    and e.cameo[:2] in {"03", "12"})
    assert (declared.negated, declared.attribution.certainty) == (negated, certainty)


@pytest.mark.parametrize("text, speaks_for", [
    ("Two Iranian officials said Israel had attacked the consulate in Iran.", "Iran"),
    ("Officials in Tehran said Israel had attacked the consulate in Iran.", "Iran"),
    # a source's description that names no country speaks for none, whatever the article's
    # one country
    ("Two diplomats, speaking on condition of anonymity, said Russia had shelled the port.",
     None),
])
def test_an_unnamed_source_speaks_for_the_country_its_own_words_name(text, speaks_for):
    d = extract(Article(text, published="2016-06-17"))
    event = next(e for e in d.events if e.trigger.text in {"attacked", "shelled"})
    (source,) = event.attribution.sources
    body = d.actor(source["affiliation"]) if source["affiliation"] else None
    assert (body.name if body else None) == speaks_for


def test_a_noun_event_its_own_modifier_hedges_is_hedged():
    d = extract(Article("Police arrested two men over the alleged attack on the synagogue.",
                        published="2016-06-17"))
    attack = next(e for e in d.events if e.trigger.text == "attack")
    assert (attack.attribution.certainty, attack.attribution.hedges) == ("hedged", ["alleged"])
    # the verb is an allegation made, not a hedge on itself
    d = extract(Article("The SEC has alleged that Antar defrauded the shareholders.",
                        published="2016-06-17"))
    alleged = next(e for e in d.events if e.trigger.text == "alleged")
    assert (alleged.attribution.certainty, alleged.attribution.hedges) == ("asserted", [])


@pytest.mark.parametrize("text", [
    "Iran seized the tanker, Reuters reported, citing two security sources.",
    "Citing two security sources, Reuters reported that Iran seized the tanker.",
])
def test_the_sources_an_outlet_cites_are_heard_through_it(text):
    seized = _event(text, "seized")
    assert [(s["text"], s["anonymous"], s["count"], s.get("via_text"))
            for s in seized.attribution.sources] == [
        ("two security sources", True, 2, "Reuters")]


def test_one_who_cites_a_source_and_is_no_outlet_still_holds_the_claim():
    d = extract(Article("Iran seized the tanker, the ministry said, citing intelligence "
                        "reports.", published="2016-06-17"))
    seized = next(e for e in d.events if e.trigger.text == "seized")
    assert [s["text"] for s in seized.attribution.sources] == ["the ministry"]


@pytest.mark.parametrize("text, anonymous", [
    # a body described, not named, speaks on the record
    ("The Iranian foreign ministry said in a statement that Israel had attacked the "
     "consulate.", False),
    ("Police said that Israel had attacked the consulate.", False),
    # a document speaks as its author
    ("A statement from the Iranian foreign ministry said that Israel had attacked the "
     "consulate.", False),
    # people described are unnamed sources
    ("Two officials said that Israel had attacked the consulate.", True),
    ("A source close to the talks said that Israel had attacked the consulate.", True),
])
def test_a_body_described_is_no_anonymous_source(text, anonymous):
    attacked = _event(text, "attacked")
    assert [s["anonymous"] for s in attacked.attribution.sources] == [anonymous]


def test_a_document_counts_no_one():
    attacked = _event("A statement from Hamas said that Israel had attacked the consulate.",
                      "attacked")
    assert [s["count"] for s in attacked.attribution.sources] == [None]
