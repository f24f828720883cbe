"""Place resolution on a table of place names from world news, and events placed by clause."""

from __future__ import annotations

from conftest import ROOT

from dyad.evaluate.places import evaluate as evaluate_places
from dyad.model import Article
from dyad.pipeline import extract
from dyad.places import resolve

TABLE = ROOT / "tests" / "data" / "places_world_news.tsv"


def test_world_news_places_resolve_to_their_country():
    m = evaluate_places(TABLE)  # what `dyad eval places` and the scoreboard report
    assert m["records"] >= 200
    assert m["accuracy"] >= 0.95, m["wrong"]


def test_places_carry_region_and_coordinates():
    gaza = resolve("the Gaza Strip")
    assert (gaza.country, gaza.region) == ("PSE", "Gaza") and gaza.lat and gaza.lon
    assert resolve("Washington").region == "District of Columbia"  # the capital, not the state
    assert resolve("Florida").country == "USA"  # the state, not a town in Cuba
    assert resolve("Islamabad").country == "PAK"  # a city's own name beats another's alias
    assert resolve("São Paulo").country == resolve("Sao Paulo").country == "BRA"
    iran = resolve("Iran")
    assert iran.feature == "country" and 25 < iran.lat < 40 and 44 < iran.lon < 63
    assert resolve("Atlantis Minor") is None


def test_event_gets_the_place_of_its_clause():
    d = extract(Article("Rebels attacked an army post in Idlib on Monday.", published="2024-03-06"))
    [e] = d.events
    assert e.place["name"] == "Idlib" and e.place["country"] == "SYR"
    assert e.date == "2024-03-04"
    d = extract(Article("Israel, whose troops fought in Lebanon, condemned Iran."))
    condemn = next(e for e in d.events if e.plover == "ACCUSE")
    assert condemn.place is None  # Lebanon belongs to the other clause


def test_example_places(example_doc):
    places = {p.text: p for p in example_doc.places}
    # "satellites to Ukraine", "conflicts in Ukraine and the Middle East"
    assert places["Ukraine"].country == "UKR"
    assert places["Middle East"].country is None  # a region across borders
    assert "Iran" not in places  # "sanctions against Iran": an actor, not a place


def test_regions_by_their_administrative_word_or_direction_and_continents():
    assert resolve("Kandahar province").country == "AFG"
    assert resolve("West Darfur State").country == resolve("North Darfur").country == "SDN"
    assert resolve("southern Lebanon").country == "LBN"
    assert resolve("Northern Ireland").country == "GBR"  # not in Ireland
    # a continent is no town that shares its name (Mahdia, Tunisia, was once "Africa")
    assert (resolve("Africa").country, resolve("West Africa").country) == (None, None)
    assert resolve("Asia").country is None


def test_seats_of_power_are_where_they_are():
    # (geonames gives Casablanca the other name "White House")
    assert resolve("the White House").country == "USA"
    assert resolve("the Kremlin").country == "RUS"


def test_a_state_or_country_after_a_city_picks_which_city():
    assert resolve("Birmingham").country == "GBR"  # alone, the largest of the name
    birmingham = resolve("Birmingham", "Alabama")
    assert (birmingham.country, birmingham.region) == ("USA", "Alabama")
    assert resolve("Athens", "Ga.").region == resolve("Athens", "GA").region == "Georgia"
    assert resolve("Tripoli", "Lebanon").country == "LBN"
    assert resolve("Paris, Texas").country == "USA"  # the tagger's one name
    assert resolve("Paris", "Japan").country == "FRA"  # no such city: the qualifier is ignored
    d = extract(Article("Police arrested 12 protesters in Birmingham, Alabama on Monday. "
                        "Officials in Atlanta, Georgia met with the mayor."))
    arrest = next(e for e in d.events if e.plover == "COERCE")
    assert (arrest.place["country"], arrest.place["region"]) == ("USA", "Alabama")
    assert not any(a.country in {"GBR", "GEO"} for a in d.actors)  # no England, no Georgia
    d = extract(Article("The envoy visited Cairo, Egypt and Jordan last week."))
    assert {"EGY", "JOR"} <= {a.country for a in d.actors}  # a list, not "Cairo, Egypt"


def test_another_words_destination_is_not_where_the_event_is():
    d = extract(Article("The Canadian government announced bans on travel to Canada against "
                        "four senior officers.", published="2014-03-17"))
    [ban] = [e for e in d.events if e.trigger.text == "bans"]
    assert ban.place is None and ban.target == []  # Canada is where travel goes
    d = extract(Article("Thousands of protesters marched to Budapest on Sunday."))
    [march] = d.events  # the event's own destination is its place
    assert march.place["name"] == "Budapest"
