"""`dyad eval` over the shared gold files (skipped where ../shared is absent)."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import EVAL_DEV, needs_shared

from dyad.cli import main
from dyad.evaluate.runner import read_gold


@needs_shared(EVAL_DEV / "petr2_gsr.events.jsonl")
def test_eval_events_writes_predictions_in_gold_format(tmp_path):
    gold = EVAL_DEV / "petr2_gsr.events.jsonl"
    out = tmp_path / "pred.jsonl"
    r = CliRunner().invoke(main, ["eval", "events", "--gold", str(gold), "--predictions",
                                  str(out), "--json"])
    assert r.exit_code == 0, r.output
    metrics = json.loads(r.output)
    for key in ("dyad_precision", "dyad_recall", "dyad_f1", "type_f1", "cameo_root_f1"):
        assert key in metrics
    assert metrics["extraction_failures"] == 0
    pred = read_gold(out)
    assert [p["id"] for p in pred] == [g["id"] for g in read_gold(gold)]
    assert all(isinstance(p["events"], list) for p in pred)
    # The predictions score the same when read back by the same scorer.
    again = CliRunner().invoke(main, ["eval", "events", "--gold", str(gold), "--json"])
    assert json.loads(again.output)["dyad_f1"] == metrics["dyad_f1"]


@needs_shared(EVAL_DEV / "tbaq.timex.jsonl")
def test_eval_timex_runs(tmp_path):
    r = CliRunner().invoke(main, ["eval", "timex", "--gold",
                                  str(EVAL_DEV / "tbaq.timex.jsonl"), "--json"])
    m = json.loads(r.output)
    assert m["records"] == 256 and m["relaxed_f1"] > 0.5


def test_eval_reads_any_file_of_the_format(tmp_path):
    gold = tmp_path / "mine.eventtypes.jsonl"
    gold.write_text(json.dumps({"id": "1", "text": "Police arrested ten protesters in Lagos.",
                                "published": None, "labels": ["COERCE"]}) + "\n")
    r = CliRunner().invoke(main, ["eval", "eventtypes", "--gold", str(gold), "--json"])
    m = json.loads(r.output)
    assert m["micro_f1"] == 1.0 and m["extraction_failures"] == 0


def test_eval_counts_records_whose_extraction_failed(tmp_path, monkeypatch):
    """A record whose extraction fails scores as finding nothing, and is counted, so that a
    crash is not read as a loss of accuracy."""
    from dyad.evaluate import runner

    gold = tmp_path / "mine.eventtypes.jsonl"
    gold.write_text(json.dumps({"id": "1", "text": "Police arrested ten protesters in Lagos.",
                                "published": None, "labels": ["COERCE"]}) + "\n")
    monkeypatch.setattr(runner.pipeline, "process",
                        lambda articles: [(a, "extraction failed: boom") for a in articles])
    m = runner.evaluate("eventtypes", gold)
    assert m["extraction_failures"] == 1 and m["micro_f1"] == 0.0


@needs_shared(EVAL_DEV / "polnear_dev.quotes.jsonl")
def test_eval_quotes_extracts_every_record():
    r = CliRunner().invoke(main, ["eval", "quotes", "--gold",
                                  str(EVAL_DEV / "polnear_dev.quotes.jsonl"), "--json"])
    m = json.loads(r.output)
    assert m["extraction_failures"] == 0 and m["content_f1"] > 0.6


def test_entity_mentions_are_whole_noun_phrases_names_and_possessives():
    from dyad.evaluate.runner import predict

    text = ("Apple unveiled the newest version of its operating system on Monday. It also "
            "showed the new MacBook line, which includes the Macbook and the Macbook Pro.")
    found = predict("entities", [{"id": "1", "text": text, "published": "2006-01-10",
                                  "mentions": []}])[0]["mentions"]
    spans = {text[m["start"]:m["end"]] for m in found}
    # a phrase runs through its prepositional phrases, not into a list or a clause about it
    assert "the newest version of its operating system" in spans
    assert "the new MacBook line" in spans
    assert {"the Macbook", "the Macbook Pro", "its"} <= spans
    apple = next(m["entity"] for m in found if text[m["start"]:m["end"]] == "Apple")
    # the possessive is the company's
    assert next(m["entity"] for m in found if text[m["start"]:m["end"]] == "its") == apple


def test_a_title_before_a_name_and_an_apposition_are_the_persons_mentions():
    from dyad.evaluate.runner import predict

    text = ("Apple CEO Steve Jobs spoke on Monday. Tim Cook, the chief operating officer of "
            "Apple, will run the company.")
    found = predict("entities", [{"id": "1", "text": text, "published": "2011-01-17",
                                  "mentions": []}])[0]["mentions"]
    entity = {text[m["start"]:m["end"]]: m["entity"] for m in found}
    assert entity["Apple CEO"] == entity["Steve Jobs"] is not None
    assert entity["the chief operating officer of Apple"] == entity["Tim Cook"] is not None


def _entities(text: str) -> dict[str, object]:
    from dyad.evaluate.runner import predict

    found = predict("entities", [{"id": "1", "text": text, "published": "2009-06-01",
                                  "mentions": []}])[0]["mentions"]
    return {text[m["start"]:m["end"]]: (m["entity"], m["type"]) for m in found}


def test_a_product_is_one_entity_through_its_names_nouns_and_pronouns():
    text = ("Boeing unveiled its new 787 Dreamliner on Monday. The aircraft will enter service "
            "next year, and it is the first model built from carbon composites. The Dreamliner "
            "costs less to fly than the 767.")
    ent = _entities(text)
    plane = ent["its new 787 Dreamliner"]
    assert plane[1] == "PRO" and plane[0] is not None
    # the definite product noun, the pronoun, the predicate and the other name are the plane
    for said in ("The aircraft", "it", "the first model",
                 "The Dreamliner"):
        assert ent[said] == plane, said
    # the maker and its possessive are the company; another model is another product
    assert ent["Boeing"][0] == ent["its"][0] != plane[0]
    assert ent["the 767"][1] == "PRO" and ent["the 767"][0] != plane[0]


def test_a_product_named_inside_a_phrase_is_a_mention_and_its_noun_refers_back():
    text = ("Apple released the iPhone 4 handset in June. On Friday it offered iPhone 4 owners "
            "a free case. Complaints about the device's antenna had grown for weeks.")
    ent = _entities(text)
    phone = ent["the iPhone 4 handset"]
    assert phone[1] == "PRO" and ent["iPhone 4"] == ent["the device"] == phone
    # the phrase that only mentions the phone is not the phone, and "it" is the company
    assert ent["iPhone 4 owners"][0] != phone[0]
    assert ent["it"][0] == ent["Apple"][0]


def test_what_someone_is_said_to_be_is_them():
    ent = _entities("Steve Jobs was a visionary and a dear friend. The board described Jobs "
                    "as a genius.")
    jobs = ent["Steve Jobs"][0]
    assert jobs is not None
    assert ent["a visionary"][0] == ent["a dear friend"][0] == ent["a genius"][0] == jobs


def test_a_headline_and_dateline_on_their_own_lines_are_not_the_first_sentence():
    text = ("Boeing rolls out first 787 Dreamliner to go into service\nAugust 08, 2011\n"
            "Russian flag carrier Aeroflot will receive the aircraft next month.\n"
            "The plane is built of carbon composites.")
    ent = _entities(text)
    plane = ent["787 Dreamliner"]
    # the model named in the headline is what the body's definite nouns mean
    assert plane[1] == "PRO" and ent["the aircraft"] == ent["The plane"] == plane
    # the description before a company's name is the company, not the plane of the headline
    assert ent["Russian flag carrier"] == ent["Aeroflot"] and ent["Aeroflot"][1] == "ORG"


def test_a_numbered_or_described_model_is_a_mention_inside_its_phrase():
    text = ("Qantas ordered 24 A320s and the final 717 this week. Irish low cost airline, "
            "Ryanair, said the A320s would fly in May.")
    ent = _entities(text)
    assert ent["A320s"] == ent["the A320s"] and ent["A320s"][1] == "PRO"
    assert ent["717"][1] == "PRO" and ent["717"][0] != ent["A320s"][0]
    # the phrase before an apposition names the same company
    assert ent["Irish low cost airline"][0] == ent["Ryanair"][0] is not None


def test_a_company_spokesperson_says_we_for_the_company_the_article_is_about():
    ent = _entities("Boeing will not build the plane. Spokeswoman Sandy Angers said the team "
                    "had been merged. \u201cWe've reduced our design effort,\u201d said Angers.")
    assert ent["We"][0] == ent["our"][0] == ent["Boeing"][0] is not None


def test_a_list_is_a_mention_of_its_own_and_a_missed_name_is_the_actor_it_begins():
    text = ("Boeing delivered the final 717 to AirTran Airways on Tuesday. AirTran thanked "
            "Boeing and Airbus for the Macbook and the iPod.")
    ent = _entities(text)
    assert ent["Boeing and Airbus"][0] is None  # two companies, no one of them
    assert ent["Boeing"][0] != ent["Airbus"][0]
    assert ent["AirTran"][0] == ent["AirTran Airways"][0] is not None


def test_a_maker_and_model_as_subject_is_the_model_and_it_refers_back_to_it():
    ent = _entities("The Boeing 777 is a family of long range airliners built by Boeing. It "
                    "carries 305 passengers. The final Boeing 717 was built in Long Beach.")
    plane = ent["The Boeing 777"]
    assert plane[1] == "PRO" and ent["It"] == plane
    assert ent["The final Boeing 717"][1] == "PRO" and ent["The final Boeing 717"] != plane
    assert ent["Boeing"][1] == "ORG"


def test_a_name_said_to_be_a_product_noun_is_a_product():
    ent = _entities("Apple Inc. today introduced the much-anticipated iPhone. The iPhone is "
                    "claimed to be a revolutionary mobile phone. The device runs Mac OS X.")
    phone = ent["The iPhone"]
    assert phone[1] == "PRO" and ent["The device"] == phone == ent["the much-anticipated iPhone"]
    assert ent["Apple Inc."][1] == "ORG"


def test_a_relative_pronoun_names_the_thing_its_clause_describes():
    ent = _entities("The phone has an upgraded camera, which also records video.")
    assert ent["which"][0] == ent["an upgraded camera"][0] is not None


def test_a_phrase_with_its_clause_is_a_mention_of_the_same_thing():
    ent = _entities("Apple has released an application that limits the volume of its players.")
    assert ent["an application"][0] == ent["an application that limits the volume of its "
                                           "players"][0]


def test_a_product_noun_with_its_models_name_is_a_mention_inside_a_longer_phrase():
    ent = _entities("Aeroflot bought 22 new Boeing 787 Dreamliner aircraft. The aircraft fly "
                    "in 2014.")
    assert ent["Boeing 787 Dreamliner aircraft"][1] == "PRO"
    assert ent["Boeing 787 Dreamliner aircraft"] == ent["The aircraft"]


def test_a_name_that_begins_with_another_actors_name_holds_a_mention_of_it():
    ent = _entities("Boeing said on Monday that orders grew. Boeing Commercial Airplanes "
                    "delivered ten jets to Air France.")
    boeing = ent["Boeing"]
    assert boeing[1] == "ORG" and ent["Boeing Commercial Airplanes"][0] != boeing[0]
    text = "Boeing said on Monday that orders grew. Boeing Commercial Airplanes"
    from dyad.evaluate.runner import predict

    found = predict("entities", [{"id": "1", "text": text, "published": "2009-06-01",
                                  "mentions": []}])[0]["mentions"]
    inner = [m for m in found if (m["start"], m["end"]) == (40, 46)]
    assert inner and inner[0]["entity"] == boeing[0]


def test_a_phrase_does_not_start_inside_a_hyphenated_word():
    ent = _entities("Apple Inc. co-founder Steve Jobs died on Wednesday.")
    assert ent["Apple Inc. co-founder Steve Jobs"][0] == ent["Steve Jobs"][0] is not None
    assert ent["Apple Inc. co-founder"][0] == ent["Steve Jobs"][0]


def test_a_definite_phrase_names_again_what_an_earlier_one_of_its_head_named():
    ent = _entities("Airbus will fund a search for black boxes. Divers found the black boxes "
                    "in May. The team met. It joined the parent product development team.")
    assert ent["the black boxes"][0] == ent["black boxes"][0] is not None
    # a later phrase that says more than the earlier one is not it
    team = ent["The team"][0]
    assert team is None or ent["the parent product development team"][0] != team


def test_the_aircraft_is_the_product_the_article_set_out_with_not_one_named_in_passing():
    ent = _entities("Airbus unveiled plans for the A380, a twin-deck aircraft that can carry "
                    "840 people (550 for a Boeing 747). The new aircraft will fly in 2006.")
    assert ent["The new aircraft"] == ent["the A380"] != ent["a Boeing 747"]


def test_its_is_the_product_that_became_the_subject_since_the_company_was_named():
    ent = _entities("Airbus unveiled the A380 in Toulouse. After an inspection, Airbus decided "
                    "to continue. The plane left four hours after its scheduled departure.")
    assert ent["its"] == ent["The plane"] == ent["the A380"]
    assert ent["Airbus"][0] != ent["its"][0]


def test_phrases_of_one_head_word_name_one_thing():
    ent = _entities("Singapore opened Changi International Airport, the country's main "
                    "airport, in 1981.")
    wide = ent["Changi International Airport, the country's main airport"]
    assert ent["Changi International Airport"] == wide and wide[0] is not None


def test_a_persons_name_takes_no_phrase_after_it():
    ent = _entities("Apple Inc. CEO Steve Jobs on medical leave\nJanuary 17, 2011\nSteve Jobs "
                    "has taken medical leave.")
    assert ent["Apple Inc. CEO Steve Jobs"][0] == ent["Steve Jobs"][0] is not None


def test_counted_or_ordered_units_of_a_model_are_not_the_model():
    ent = _entities("Ryanair ordered five Boeing 737s on Monday. The airline said the five "
                    "new 737 aircraft would arrive in May. The 737 is Boeing's best seller. "
                    "Apple sold the iPhone 4 handset in June.")
    units = ent["five Boeing 737s"]
    assert units[1] == "PRO" and units == ent["the five new 737 aircraft"]
    assert ent["The 737"][1] == "PRO" and ent["The 737"][0] != units[0]
    # a number after a name is its version, not a count
    assert ent["the iPhone 4 handset"][1] == "PRO"
    assert "#" not in ent["the iPhone 4 handset"][0]


def test_a_name_with_its_version_number_and_a_brands_spelling_are_products():
    ent = _entities("Apple showed iOS 5 and iCloud on Monday. The company said the new iOS 5 "
                    "will ship in the fall.")
    assert ent["iOS 5"][1] == ent["iCloud"][1] == "PRO"
    assert ent["iOS 5"][0] == ent["the new iOS 5"][0] != ent["iCloud"][0]


def test_a_version_of_a_product_is_that_product():
    ent = _entities("Apple sells music through iTunes. A new version of iTunes came out on "
                    "Monday, and it plays video.")
    assert ent["A new version of iTunes"] == ent["iTunes"]
    assert ent["iTunes"][1] == "PRO"
    # also where the product is known by a noun only after the version
    ent = _entities("Apple showed the iPhone 4 in June. Gizmodo bought a prototype of the new "
                    "phone in a bar.")
    assert ent["a prototype of the new phone"] == ent["the new phone"] == ent["the iPhone 4"]


def test_an_organization_the_tagger_made_of_a_products_name_is_the_product():
    # (the tagger calls "iPod" an organization here, and the actor took its apposition)
    ent = _entities("Apple is the producer of the world's most-sold MP3 Player, the iPod and "
                    "launched the iTunes Music Store in 2003.")
    assert ent["the world's most-sold MP3 Player"] == ent["the iPod"]
    assert ent["the iPod"][1] == "PRO"


def test_a_measure_is_no_model_name():
    # an image's width left in the text is not a product named before the company
    ent = _entities("150px Airbus, Europe's biggest aircraft manufacturer, has cut 10,000 "
                    "jobs. Airbus said the A380 was late.")
    assert ent["150px Airbus"][0] == ent["Airbus"][0] != ent["the A380"][0]


def test_a_phrase_is_what_its_apposition_names():
    ent = _entities("The photos were published by a technology blog, Gizmodo, on Monday. "
                    "Gizmodo paid for them.")
    assert ent["a technology blog"][0] == ent["Gizmodo"][0] is not None


def test_a_mention_that_came_with_its_clause_is_also_the_phrase_alone():
    ent = _entities("Ryanair ordered five Boeing 737s. The new planes, which come from the "
                    "737-800 range, will arrive in May.")
    assert (ent["The new planes"] == ent["The new planes, which come from the 737-800 range"]
            == ent["which"])


def test_a_headlines_product_noun_is_the_product_of_its_kind_the_story_names_first():
    ent = _entities("World's largest passenger airliner makes first flight\nApril 27, 2005\n"
                    "The Airbus A380 took off from Toulouse. Boeing's 747 watched.")
    assert ent["World's largest passenger airliner"] == ent["The Airbus A380"]
    assert ent["The Airbus A380"][1] == "PRO"


def test_a_division_of_a_company_is_the_company_but_another_company_is_not():
    ent = _entities("Boeing won the order on Monday. The head of Boeing Commercial Airplanes, "
                    "Scott Carson, said the jets would be built in Seattle. Apple Corps sued "
                    "Apple Inc. in London.")
    assert ent["Boeing Commercial Airplanes"][0] == ent["Boeing"][0]
    assert ent["Apple Corps"][0] != ent["Apple Inc."][0]


def test_titles_joined_by_and_before_a_name_are_the_persons_mentions():
    ent = _entities("Apple Computer CEO and co-founder Steve Jobs gave his annual keynote on "
                    "Monday.")
    jobs = ent["Steve Jobs"]
    assert jobs[1] == "PER"
    for said in ("Apple Computer CEO and co-founder", "Apple Computer CEO",
                 "Apple Computer CEO and co-founder Steve Jobs", "co-founder"):
        assert ent[said] == jobs, said


def test_a_company_named_before_its_description_starts_the_phrase():
    ent = _entities("Northrop Grumman and Airbus parent EADS defeat Boeing for $40 billion US "
                    "airtanker contract\nMarch 01, 2008\nThe deal was announced on Friday.\n"
                    "EADS shares rose.")
    assert ent["Airbus parent EADS"][0] == ent["EADS"][0] != ent["Airbus"][0]


def test_a_plural_with_no_article_names_its_kind_again():
    from dyad.evaluate.runner import predict

    text = "The update lets users record video. Apple said users can also control it by voice."
    found = predict("entities", [{"id": "1", "text": text, "published": None,
                                  "mentions": []}])[0]["mentions"]
    users = [m["entity"] for m in found if text[m["start"]:m["end"]] == "users"]
    assert len(users) == 2 and users[0] == users[1] is not None


def test_eval_events_are_acts_with_lists_of_targets_and_one_per_source():
    """The gold format's event is one act: one source's act on several targets is one
    event listing them; each source's act and each side of a reciprocal act is its own."""
    from dyad.evaluate.runner import predict_events
    from dyad.model import Article
    from dyad.pipeline import extract

    def coded(text: str) -> list[tuple[str, list[str], list[str]]]:
        d = extract(Article(id="e", text=text, published="2000-01-01"))
        return sorted((e["plover"], sorted(a["country"] for a in e["source"]),
                       sorted(a["country"] for a in e["target"]))
                      for e in predict_events({}, d)["events"])

    assert coded("Pakistan threatened to break off diplomatic relations with Congo and "
                 "Costa Rica.") == [("THREATEN", ["PAK"], ["COG", "CRI"])]
    assert coded("US and British activists staged a protest in Beijing.") == [
        ("PROTEST", ["GBR"], ["CHN"]), ("PROTEST", ["USA"], ["CHN"])]
    # an event none of whose actors has a country is stored, but no event the format codes
    d = extract(Article(id="e", text="John Smith declined to resign.", published="2000-01-01"))
    assert [e.plover for e in d.events if not e.negated] == ["REJECT"]
    assert coded("John Smith declined to resign.") == []
    assert coded("The US, Russia, and Switzerland met yesterday.") == sorted(
        ("CONSULT", [a], [b]) for a in ("USA", "RUS", "CHE") for b in ("USA", "RUS", "CHE")
        if a != b)
