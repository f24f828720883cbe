"""Actors: who is named or described in the article, one actor per real-world entity.

First version: named entities (people, organizations, states) grouped within the article
by name (a surname joins the full name), plus role phrases with a country ("two Iranian
officials", "Iran's ambassador"), each coded with a country and a sector from the lexicon.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from dyad import lexicon, parse
from dyad.model import Actor, Document, stable_id
from dyad.model import Span as TextSpan

PERSON_TITLES = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "sen.", "rep.", "gen."}
)
STATE_LABELS = frozenset({"GPE", "NORP", "LOC"})
# Where a surname alone stands as a name: what acts, is acted on, or owns
NAME_ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos"})
SHORT_SURNAME = 3  # letters: shorter surnames ("Abe", "Yi", "Un") are too often other words
# Codes of organizations across borders whose branches a country's name localizes
# (CAMEO's IMG: al-Qaeda, the Islamic State, the Muslim Brotherhood).
BRANCHED = frozenset({"IMG"})
LOCATED_PREPS = frozenset({"in", "throughout", "from", "across", "at"})
# participles that place a group where their preposition says: "a terror group based in
# Trinidad"
BASED_VERBS = frozenset({"base", "locate", "station", "headquarter"})
# a group "of" another, or one "within" it, is its members ("leaders of the party")
MEMBERSHIP_PREPS = frozenset({"of", "within"})
# roles (data/roles.tsv) that name machines, an actor only as some country's ("Israeli
# drones"): with no owner named they are things ("proposed jointly owned drones")
EQUIPMENT_ROLES = frozenset({"warplane", "fighter jet", "bomber", "warship", "gunboat",
                             "gunship", "helicopter", "drone", "tank", "artillery"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
PRONOUN_REACH = 600  # characters: a pronoun refers back a few sentences at most
# The gender "he" and "she" ask of the person they stand for, and the titles that tell it
PRONOUN_GENDERS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
TITLE_GENDERS = {"Mr": "male", "Mr.": "male", "Mrs": "female", "Mrs.": "female", "Ms": "female",
                 "Ms.": "female", "Miss": "female"}  # (as written: "I will miss Steve")
THING_PRONOUNS = frozenset({"it", "its"})
# Words that put a person's role in the past: "former prime minister", "ex-president"
FORMER_WORDS = frozenset({"former", "ex", "ex-", "retired", "onetime", "erstwhile"})
ELITE_SECTOR = "ELI"  # CAMEO: elites, former government officials among them
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "CRM"})  # sectors that bear arms
GROUP_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
# Plural possessive and reflexive pronouns, which go with a plural common noun their own
# clause has for subject ("its" does not: "the future is in aircraft like its A380" is the
# company's, "the news comes as its parent company ..." too)
BOUND_PRONOUNS = {"their": {"NNS"}, "themselves": {"NNS"}}
# "it" refers back to an organization or a state named in its own or the previous
# sentence; further back, some other thing named since has usually taken over.
THING_KINDS = frozenset({"organization", "state"})
# Nouns of a place whose "of" names it: "the town of El Bur", "the province of Idlib"
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "district", "province", "region",
                              "port", "county", "municipality", "governorate", "hamlet"})
ALIAS_VERBS = frozenset({"know", "nickname", "dub"})  # "known as Hemedti" (aliases)
COMPASS_WORDS = frozenset({"north", "south"})  # "the North": North Korea (compass_names)
# People who follow a person or party, are a person's kin, or stand to a person as another
# ("her former boss", "his rival"), whose deeds and sufferings are not that person's or
# party's ("investigating his wife")
FOLLOWER_NOUNS = frozenset({"supporter", "follower", "fan", "backer", "loyalist", "admirer",
                            "sympathizer", "sympathiser", "voter", "donor", "devotee",
                            "wife", "husband", "son", "daughter", "father", "mother",
                            "brother", "sister", "child", "parent", "cousin", "nephew",
                            "niece", "uncle", "aunt", "grandson", "granddaughter", "widow",
                            "stepson", "stepdaughter", "fiancee", "fiance", "boss",
                            "employer", "mentor", "predecessor", "successor", "rival",
                            "opponent", "challenger", "friend", "enemy", "foe",
                            "adversary", "relative", "grandmother",
                            "grandfather", "kin"})
# Plural nouns that, counted as two or "both", name two actors the article named together,
# by the kinds of actor each names: "the two countries", "both sides", "the two leaders"
_SIDES = frozenset({"state", "organization", "group"})
PAIR_NOUNS = {
    **dict.fromkeys(("country", "nation", "state", "government", "neighbour", "neighbor",
                     "capital"), frozenset({"state"})),
    **dict.fromkeys(("side", "rival", "foe", "adversary", "ally", "party", "enemy",
                     "belligerent"), _SIDES),
    **dict.fromkeys(("leader", "president", "man", "woman", "minister"), frozenset({"person"})),
}
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})
# "the company", "the airline": a definite description of a business refers back to the
# organization named last before it.
# Nouns of a government named by its head: "the Biden administration"
GOVERNMENT_NOUNS = frozenset({"administration", "government", "cabinet"})
# Prepositions of where something is or goes
LOCATIVE_PREPS = frozenset({"in", "near", "at", "outside", "around", "into", "toward",
                            "towards"})
# Nouns of news outlets, whose name comes before them: "the Mizan news agency"
OUTLET_NOUNS = frozenset({"agency", "newspaper", "daily", "weekly", "channel", "network",
                          "broadcaster", "website", "outlet", "television", "radio"})
# Nouns of bodies that a name set beside makes the body's name: "the human rights group
# Plataforma Decide"
BODY_NOUNS = frozenset({"group", "organization", "organisation", "movement", "party",
                        "agency", "newspaper", "network", "coalition", "alliance"})
# Verbs whose subject brings others together, and is not one of them
HOST_VERBS = frozenset({"host", "mediate", "broker", "facilitate", "arbitrate", "convene"})
BUSINESS_NOUNS = frozenset({"company", "firm", "airline", "carrier", "manufacturer", "maker",
                            "automaker", "retailer", "corporation", "conglomerate",
                            "airframer", "planemaker", "chipmaker", "label",
                            "contractor", "supplier", "bank", "lender", "insurer",
                            "broadcaster", "publisher", "operator"})
# Nouns that refer back to a named group or body: "Hamas said ... the group added"
GROUP_NOUNS = frozenset({"group", "movement", "militia", "organization", "organisation"})
# Nouns that refer back to a political party: "the party"
PARTY_NOUNS = frozenset({"party"})
PARTY_SECTOR = "PTY"
ORG_LABELS = frozenset({"ORG"})
NAMED_PLACES_AND_BODIES = frozenset({"ORG", "GPE", "FAC", "LOC"})
NON_STATE_CODES = frozenset({"IGO", "NGO", "MNC", "IMG"})
# An abbreviation, and one given in brackets right after a name: "... Office (GAO)".
ACRONYM_RX = re.compile(r"[A-Z][A-Z&]{1,7}")
ACRONYM_AFTER_RX = re.compile(r"\s*\((" + ACRONYM_RX.pattern + r")\)")
# A company's legal form after its name: "EADS N.V." is EADS
LEGAL_FORMS = frozenset({"inc.", "inc", "corp.", "corp", "co.", "ltd", "ltd.", "plc", "plc.",
                         "llc", "n.v.", "nv", "s.a.", "sa", "se", "ag", "gmbh", "group"})
INITIAL_SKIP = frozenset({"of", "the", "and", "for", "&"})  # words initials leave out
# A model designation: "787", "A380", "777s", "200LR" (three digits at least, so that "4" in
# "iPhone 4" and "9" in "DC-9" are not names of their own), not a measure ("150px" of an
# image's width, "128GB")
MODEL_RX = re.compile(r"(?![\d.]+(?:px|mm|cm|km|kg|mb|gb|tb|mhz|ghz|hz|lbs?|ft|mph|kph|kw|mw|hp"
                      r"|mah)$)"
                      r"[A-Za-z]{0,3}-?\d{3}[A-Za-z0-9]*", re.IGNORECASE)


@dataclass
class _Draft:
    """An actor being assembled: its identity key, names and mentions."""

    key: tuple[str, ...]
    name: str
    kind: str
    ner_label: str
    country: str | None = None
    sector: str | None = None
    global_id: bool = True
    names: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    count: str | None = None  # a counted group's number ("224 people")


def strip_name(text: str) -> str:
    """A name without a leading article, a trailing possessive, or surrounding punctuation,
    its apostrophes straight."""
    # (one apostrophe, so that "People’s Liberation Army" is the known "People's ...")
    s = text.strip().strip(",;:\"“”‘’'()").replace("’", "'")
    if s.endswith(".") and "." not in s[:-1]:  # a sentence's full stop, not "U.S."
        s = s[:-1]
    for suffix in ("'s", "'"):
        if s.endswith(suffix):
            s = s[: -len(suffix)]
    if s.lower().startswith("the "):
        s = s[4:]
    return s.strip()


def country_of(text: str, allow_gentilic: bool = True) -> str | None:
    """ISO3 (or IGO/NGO/...) of a country name, gentilic or known organization."""
    name = strip_name(text)
    key = name.lower()
    if not key or (key in lexicon.country_acronyms() and not name.isupper()) or name.islower():
        # ("a car bomb", "told us": no CAR, no US; "member-states": no "the States")
        return None
    code = lexicon.country_lookup().get(key)
    if code is None and allow_gentilic:
        code = lexicon.gentilic_lookup().get(key)
    if code is None:
        org = lexicon.organizations().get(key)
        code = org.country if org else None
    return code


def _party_country(text: str) -> str | None:
    """The country of a party a modifier names by its members' adjective: "Republican"
    (senator), "Democratic" (lawmakers), "Tory" (MPs)."""
    key = strip_name(text).lower()
    for name in (f"{key}s", f"{key} party"):
        org = lexicon.organizations().get(name)
        if org is not None and org.sector == "PTY":
            return org.country
    return None


def _named_body(doc: Doc, mods: list[Token], role: lexicon.Role, members: bool = False
                ) -> lexicon.Organization | None:
    """The organization the knowledge base knows that a body's role word is named by ("the
    Interfax news agency", "the ITAR-Tass news agency"): the phrase is that organization,
    where it is a body of the role's kind (not "the EADS CEO", a person), or a group whose
    members the role names in the plural ("Al-Shabaab militants", "Hezbollah fighters":
    the group, as ICEWS codes them)."""
    names = [t for t in mods if t.pos_ == "PROPN" or (t.is_punct and t.text == "-")]
    if not names or (role.kind == "person" and not members):
        return None
    name = doc[names[0].i : names[-1].i + 1].text
    org = lexicon.organizations().get(strip_name(name).lower())
    if org is None or org.sector != role.sector:
        return None
    return org if role.kind != "person" or org.kind == "group" else None


def role_of(tokens: list[Token]) -> tuple[str | None, str | None]:
    """(sector, role) of the first role word among tokens, two-word roles first. A person's
    role held no longer ("former prime minister", "ex-president") is an elite's (ELI), as
    CAMEO codes former officials and the Phoenix agents dictionary FORMER_PRESIDENT."""
    table = lexicon.roles()

    def held(at: int, role: lexicon.Role) -> str:
        if role.kind == "person" and any(t.lower_ in FORMER_WORDS for t in tokens[:at]):
            return ELITE_SECTOR
        return role.sector

    for i, tok in enumerate(tokens):
        if i + 1 < len(tokens):
            pair = f"{tok.lemma_.lower()} {tokens[i + 1].lemma_.lower()}"
            if pair in table:
                return held(i, table[pair]), pair
    for i, tok in enumerate(tokens):
        # a rank written out as a name's title is the rank its abbreviation is: "Captain
        # Ibrahim Traore" as "Capt." (not "volunteer captains")
        rank = _ranks().get(tok.lower_) if tok.is_title and tok.head.pos_ == "PROPN" else None
        for form in (tok.lemma_.lower(), tok.lower_, *([rank] if rank else [])):
            if form in table and not (tok.tag_ == "JJ" and tok.dep_ == "amod"
                                      and table[form].kind == "person"):
                # (a person's word used as an adjective describes another's role:
                # "national security adviser" is no national)
                return held(i, table[form]), form
    return None, None


@cache
def _ranks() -> dict[str, str]:
    """Each written-out title -> its abbreviation as roles.tsv lists it ("captain" ->
    "capt."), built once."""
    return {title: abbr.lower() for abbr, title in lexicon.title_abbreviations().items()}


def _out_of_office(date: str | None, sector: str) -> str:
    """The sector of a known person on a date no office of theirs covers. A politician out
    of office, before the first or after the last, is an elite (ELI), as the Phoenix country
    actors dictionary codes Barack Obama before 2009 and Hillary Clinton between offices;
    a commander or a cleric stays what they were ("the strike that killed Soleimani")."""
    return ELITE_SECTOR if date and sector == "GOV" else sector


def codes_in(tokens: list[Token], doc: Doc) -> str | None:
    """The first country or organization code named among tokens."""
    from dyad import places  # (the gazetteer reads actors' name rules: imported late)

    ids = {t.i for t in tokens}
    named = set()  # the words of longer place names: "New Jersey" is no Jersey
    for ent in parse.ents(doc):
        if ent.start in ids and ent.label_ in {"GPE", "NORP", "ORG", "LOC"}:
            code = country_of(spelled_out(doc, strip_name(ent.text)))
            if code is None and ent.label_ == "GPE" and (
                    (place := places.resolve(ent.text)) is not None and place.feature == "region"):
                code = place.country  # "Ohio Gov. John Kasich": a state's governor is American
            if code:
                return code
        if len(ent) > 1 and ent.label_ in {"GPE", "LOC"}:
            named.update(t.i for t in ent)
    tokens = [t for t in tokens if t.i not in named]
    for tok in tokens:
        code = country_of(spelled_out(doc, tok.text))
        if code:
            return code
    return next((code for tok in tokens if (code := _misspelled_country(tok))), None)


def _phrase_start(tok: Token, mods: list[Token]) -> Token:
    """The first word of a role's phrase: its first modifier but an article or the "both"
    of "both X and Y", else the role word."""
    return next((t for t in mods if t.lower_ not in {"the", "a", "an"}
                 and t.dep_ != "preconj"), tok)


def in_longer_name(tok: Token) -> bool:
    """Whether the word is one of a name of several words, and so no name of its own: "New
    Jersey" is no Jersey."""
    return tok.ent_iob_ == "I" or (tok.ent_iob_ == "B" and tok.i + 1 < len(tok.doc)
                                   and tok.doc[tok.i + 1].ent_iob_ == "I")


def _misspelled_country(tok: Token) -> str | None:
    """The country a capitalized word misspells ("Quatar's emir", "the Phillippines
    military"), where it is no person's name and no place of its own ("Columbia")."""
    from dyad import places  # (the gazetteer reads actors' name rules: imported late)

    if not tok.text[:1].isupper() or tok.ent_type_ == "PERSON":
        return None
    code = lexicon.misspelled_country(tok.text)
    return code if code and places.resolve(tok.text) is None else None


def _gentilic_in(ent: Span) -> str | None:
    """The country of a gentilic or country name among an entity's own words ("Radical
    French", "Iranian Red Crescent"), where exactly one country is named."""
    # (no organization one word may name: "Times" of the "Global Times" is no New York Times)
    codes = {c for t in ent if t.text[:1].isupper() and (
        c := lexicon.country_lookup().get(t.lower_) or lexicon.gentilic_lookup().get(t.lower_))}
    return codes.pop() if len(codes) == 1 else None


def _left_modifiers(head: Token, before: int) -> list[Token]:
    out: list[Token] = []
    for child in head.lefts:
        if child.i < before:
            out.extend(child.subtree)
    return sorted(out, key=lambda t: t.i)


def _person_context(ent: Span) -> tuple[str | None, str | None]:
    head = ent.root
    tokens = _left_modifiers(head, ent.start) + list(ent)
    for child in head.rights:
        # "Sheena Toosi, a senior fellow at ...", "King Hassan of Morocco" (not a clause
        # about others: "Mahsa Amini, a woman arrested by the morality police")
        if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ == "of"):
            clauses = {t.i for c in child.children if c.dep_ in {"acl", "relcl"}
                       for t in c.subtree}
            tokens.extend(t for t in child.subtree if t.i not in clauses)
    if head.dep_ == "appos":  # "the commander, Qassim Soleimani"
        tokens.extend(t for t in head.head.subtree if t.i < ent.start)
    sector, role = role_of(tokens)
    if role in BODY_ROLES:
        # one who speaks for or leads a body is of the body's sector: "Hezbollah leader Naim
        # Qassem" is a militant's, not a government's
        ids = {t.i for t in tokens}
        sector = next((org.sector for e in parse.ents(ent.doc)
                       if e.start in ids and e.label_ in ORG_LABELS
                       and (org := lexicon.organizations().get(
                           spelled_out(ent.doc, strip_name(e.text)).lower()))
                       and org.sector), sector)
    country = codes_in([t for t in tokens if t.i < ent.start or t.i >= ent.end], ent.doc)
    return country, sector


# Roles held for a body, of whatever sector the body is
BODY_ROLES = frozenset({"leader", "spokesman", "spokeswoman", "spokesperson", "official"})


def _person_name(ent: Span) -> tuple[str, int, int]:
    """The name part of a PERSON entity (titles dropped) and its character span."""
    tokens = [t for t in ent if not t.is_punct or t.text in {"-", "."}]
    roles = lexicon.roles()
    given = lexicon.given_names()
    while tokens and (tokens[0].lower_ in PERSON_TITLES or tokens[0].lemma_.lower() in roles):
        if (len(tokens) > 2 and tokens[0].lower_ in given and tokens[0].lower_ not in PERSON_TITLES
                and tokens[1].lower_ not in given):
            break  # a given name that is also a role word, before no other: "Marine Le Pen"
        tokens = tokens[1:]
    while tokens and tokens[-1].text in {"'s", "’s", "'", "’"}:
        tokens = tokens[:-1]
    if not tokens:
        return strip_name(ent.text), ent.start_char, ent.end_char
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return strip_name(parse.text(ent.doc)[start:end]), start, end


# Spelling variants that transliteration produces ("Toosi"/"Tusi", "Qassim"/"Kassim").
_FOLDS = (("oo", "u"), ("ou", "u"), ("ee", "i"), ("y", "i"), ("q", "k"), ("ph", "f"),
          ("kh", "h"), ("dh", "d"), ("th", "t"))


def fold(name: str) -> str:
    """A spelling-insensitive key for one name: accents dropped, common transliteration
    variants folded, doubled letters collapsed."""
    s = unicodedata.normalize("NFKD", name.lower())
    s = "".join(c for c in s if c.isalpha())
    for a, b in _FOLDS:
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


def _same_person(a: str, b: str) -> bool:
    """Does one name shorten the other ("Musk" / "Elon Musk"), or spell its surname another
    way ("Tusi" / "Sheena Toosi")? A different first name is never the same person."""
    ta, tb = a.lower().split(), b.lower().split()
    if ta == tb:
        return True
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    if len(short) == len(long_):
        return False
    if short[-1] == long_[-1] and all(s in long_ for s in short):
        return True
    # A lone surname spelled another way: "Tusi" after "Sheena Toosi".
    return len(short) == 1 and len(short[0]) >= 4 and fold(short[0]) == fold(long_[-1])


class _Builder:
    def __init__(self, d: Document) -> None:
        self.d = d
        self.drafts: list[_Draft] = []
        self.taken: set[int] = set()  # token indices already part of an actor mention
        # group words with no country of their own, for the article's one country
        self.unplaced: list[tuple[Token, list[Token], lexicon.Role]] = []
        # A short name two states share is the one the article names in full: "Congo" after
        # "the Democratic Republic of Congo" is that one, not the Republic of the Congo
        self.short_names = _short_names(d.doc) if d.doc is not None else {}

    def find(self, draft_key: tuple[str, ...]) -> _Draft | None:
        """The draft of this identity key, if any."""
        return next((dr for dr in self.drafts if dr.key == draft_key), None)

    def add(self, draft_key: tuple[str, ...], **kw: object) -> _Draft:
        found = self.find(draft_key)
        if found is not None:
            return found
        dr = _Draft(key=draft_key, **kw)  # type: ignore[arg-type]
        self.drafts.append(dr)
        return dr

    def known_org(self, org: lexicon.Organization) -> _Draft:
        """The draft of an organization the knowledge base knows, under its own name."""
        return self.add(("org", org.name.lower()), name=org.name, kind=org.kind,
                        ner_label="ORG", country=org.country, sector=org.sector)

    def _covered_chars(self) -> set[int]:
        """Character offsets inside some actor's mention."""
        return {i for dr in self.drafts for s, e in dr.spans for i in range(s, e)}

    def mention(self, dr: _Draft, start: int, end: int, name: str | None = None) -> None:
        if (start, end) not in dr.spans:
            dr.spans.append((start, end))
        if name and name not in dr.names:
            dr.names.append(name)

    def person(self, ent: Span) -> None:
        name, start, end = _person_name(ent)
        if not name or len(name) < 2:
            return
        country, sector = _person_context(ent)
        # (not one the text places in another country: "King Hussein of Jordan" after
        # "Iraqi President Saddam Hussein"; of two a surname may shorten, the one named
        # more often so far, then the one named last: "Hussein said" after "King Hussein")
        matches = [dr for dr in self.drafts
                   if dr.kind == "person" and dr.key[0] == "person" and _same_person(dr.name, name)
                   and not (country and dr.country and country != dr.country
                            and not {country, dr.country} & NON_STATE_CODES)]
        match = max(matches, key=lambda dr: (sum(s < start for s, _ in dr.spans), max(
            (s for s, _ in dr.spans if s < start), default=-1)), default=None)
        if match is None and " " not in name:
            # A first name alone ("Steve" after "Steve Jobs"), where one person has it.
            first = [dr for dr in self.drafts if dr.kind == "person" and dr.key[0] == "person"
                     and len(dr.name.split()) > 1
                     and dr.name.split()[0].lower() == name.lower()]
            match = first[0] if len(first) == 1 else None
        if match is None:
            match = self.add(("person", name.lower()), name=name, kind="person", ner_label="PERSON")
        elif len(name.split()) > len(match.name.split()):
            match.name = name
            match.key = ("person", name.lower())
        match.country = match.country or country
        match.sector = match.sector or sector
        self.mention(match, start, end, name)

    def organization(self, ent: Span) -> None:
        ent = self._known_whole(ent)
        here = (ent.start_char, ent.end_char)
        if any(s <= here[0] and here[1] <= e and (s, e) != here
               for dr in self.drafts if dr.key[0] == "org" for s, e in dr.spans):
            return  # the end of a longer name already read whole: "U.S. Agency for
            # International Development", which the tagger cut in two
        owner = next((t for t in ent[1:-1] if t.tag_ == "POS"), None)
        if (owner is not None and strip_name(ent.text).lower() not in lexicon.organizations()
                and ent[-1].lower_ not in lexicon.word_list("body_words.txt")):
            # the tagger took in what the organization owns: "Apple Computer's Mac OS"
            # (not a body's name: "the People's Defence Force")
            ent = ent.doc[ent.start : owner.i]
        name = strip_name(ent.text)
        if not name:
            return
        # A country named before a transnational organization names its branch there:
        # "the Egyptian Muslim Brotherhood" (a gentilic in the name), or "Egypt's Muslim
        # Brotherhood" (before it; read below, for the known branched ones only).
        branch = None
        first, _, rest = name.partition(" ")
        gentile = lexicon.gentilic_lookup().get(first.lower())
        known = lexicon.organizations().get(rest.lower())
        if (gentile and known and known.country in BRANCHED
                and name.lower() not in lexicon.organizations()):
            name, branch = rest, gentile
        for dr in self.drafts:  # the tagger sometimes calls a known person an ORG
            if dr.kind == "person" and dr.key[0] == "person" and _same_person(dr.name, name):
                start, end = _trim(ent)
                self.mention(dr, start, end, name)
                return
        if name.lower() in lexicon.people() and name.lower() not in lexicon.organizations():
            # also before the person's full name comes: "Trump attacked Mexico. ... Donald
            # Trump said" is one person, not an organization and a person
            self.person(ent)
            return
        code = country_of(name, allow_gentilic=False)
        if code and lexicon.country_lookup().get(name.lower()) == code:
            self.state(ent, code)
            return
        org = lexicon.organizations().get(spelled_out(ent.doc, name).lower())
        short = ACRONYM_AFTER_RX.match(self.d.article.text, ent.end_char)
        if org is None and short is not None and (
                (known := lexicon.organizations().get(short.group(1).lower())) is not None
                and known.name.lower().startswith(name.lower())):
            # a name the knowledge base lists longer, with its acronym after it: "the National
            # Liberation Army (ELN)" is the ELN of Colombia, one of several so named
            org = known
        if (org and self.find(("org", org.name.lower())) is None
                and (same := self._same_organization(name)) is not None):
            # "Apple Inc." named first, then "Apple", which the knowledge base knows
            dr = same  # and takes the knowledge base's name and key, kept across articles
            dr.names.append(dr.name)
            dr.key, dr.name = ("org", org.name.lower()), org.name
            dr.kind, dr.country, dr.sector = org.kind, org.country, org.sector
        elif org:
            dr = self.known_org(org)
        elif (same := self.find(("org", name.lower()))
              or self._abbreviated(name) or self._same_organization(name)) is not None:
            dr = same  # the same name first: "Apple Corps" again, not "Apple"
        else:
            dr = self.add(("org", name.lower()), name=name, kind="organization", ner_label="ORG")
            # A country named before the organization ("the Iranian Red Crescent"), or a
            # gentilic among its own words ("Radical French" farmers).
            dr.country = (dr.country
                          or codes_in(_left_modifiers(ent.root, ent.start), ent.doc)
                          or _gentilic_in(ent))
            # the sector its head word names: "the Iranian Foreign Ministry" (GOV), "the
            # Palestinian Authority Security Forces" (MIL)
            role = lexicon.roles().get(ent.root.lemma_.lower())
            dr.sector = dr.sector or (role.sector if role else None)
            if role is not None and dr.country is None:
                # a state's body placed in its capital or country: "the Defense Ministry in
                # Moscow"
                dr.country = next((code for prep in ent.root.rights
                                   if prep.dep_ == "prep" and prep.lower_ == "in"
                                   for o in prep.children if o.dep_ == "pobj"
                                   and (code := country_of(o.text)
                                        or lexicon.capital_lookup().get(o.lower_))), None)
            said = (ent.root.head if ent.root.dep_ == "appos"
                    else ent.doc[ent.start - 1] if ent.start else None)
            if (said is not None and said.tag_ == "NN"
                    and (what := lexicon.roles().get(said.lemma_.lower())) is not None):
                # or what the words right before it, or set beside it, say it is: "the
                # Syrian newspaper Al-Watan" (a Syrian newspaper), "Egypt's state
                # broadcaster Nile TV", "the tanker's Greek operator, Empire Navigation"
                dr.country = dr.country or codes_in(_left_modifiers(said, said.i), ent.doc)
                dr.sector = dr.sector or what.sector
        if org and org.country in BRANCHED:
            branch = branch or codes_in(_left_modifiers(ent.root, ent.start), ent.doc)
            if branch in lexicon.countries():
                dr.country = branch
        start, end = _trim(ent)
        self.mention(dr, start, end, name)
        if short is not None and short.group(1) not in dr.names:
            dr.names.append(short.group(1))  # "the Government Accountability Office (GAO)"

    def _known_whole(self, ent: Span) -> Span:
        """An organization's name grown to the longer name the knowledge base knows it by,
        where the text goes on with it: the tagger's "the Liberation Tigers" of "the
        Liberation Tigers of Tamil Eelam"."""
        doc = ent.doc
        first = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent
        lowered = self.d.article.text.lower()
        for n in lexicon.multiword_names().get(lexicon.first_word(first.text), ()):
            end = first.start_char + len(n)
            if (end > ent.end_char and lowered.startswith(n, first.start_char)
                    and n in lexicon.organizations()
                    and (grown := doc.char_span(ent.start_char, end)) is not None):
                return grown
        return ent

    def _abbreviated(self, name: str) -> _Draft | None:
        """The organization an abbreviation stands for: one given in brackets after its
        name, or the initials of its name's words ("USAF": United States Air Force)."""
        if not ACRONYM_RX.fullmatch(name):
            return None
        found = [dr for dr in self.drafts if dr.key[0] == "org" and (
            name in dr.names or _initials(dr.name) == name)]
        return found[0] if len(found) == 1 else None

    def _same_organization(self, name: str) -> _Draft | None:
        """The one organization already named whose name this one shortens or lengthens by
        words at its end ("Apple" and "Apple Inc.", "Apple Computer"), or by its country
        at its start ("Air Force" and "US Air Force"), or that a body's word alone names
        ("the Commission" after "the European Commission")."""
        words = name.lower().split()
        known = lexicon.organizations()
        found, national = [], []
        for dr in self.drafts:
            if dr.key[0] != "org" or dr.kind != "organization":
                continue
            other = dr.name.lower().split()
            short, long_ = sorted((words, other), key=len)
            if len(short) < len(long_) and long_[:len(short)] == short and all(
                    w in LEGAL_FORMS for w in long_[len(short):]):
                found.append(dr)  # its legal form: "EADS N.V.", "Aer Lingus Group PLC"
                continue
            if len(short) == len(long_) or (long_ is words and dr.name.lower() in known):
                # (the knowledge base lists an organization's longer names: "Apple Corps"
                # after "Apple Inc." is another company)
                continue
            rest = long_[:len(long_) - len(short)]
            cased = (name if long_ is words else dr.name).split()[:len(rest)]  # ("US", not "us")
            if long_[len(rest):] == short and country_of(" ".join(cased)) is not None:
                national.append(dr)
            elif long_[:len(short)] == short or (
                    short is words and len(short) == 1 and long_[-1] == short[0]
                    and short[0] in lexicon.word_list("body_words.txt")):
                found.append(dr)  # (or the body's own word: "the Commission" after the
                # "European Commission")
        # a country in front says more than words at the end: "the Air Force" is the
        # "United States Air Force" named before, not the "Air Force Communications" office
        if len(national) == 1:
            return national[0]
        return found[0] if len(found) == 1 and not national else None

    def state(self, ent: Span, code: str) -> None:
        country = lexicon.countries().get(code)
        name = country.name if country else code
        dr = self.add(("state", code), name=name, kind="state", ner_label="GPE", country=code)
        start, end = _trim(ent)
        self.mention(dr, start, end, strip_name(ent.text))

    def compass_names(self, doc: Doc) -> None:
        """"The North" is the one state the article names that is called "North ..."
        ("North Korea ... Analysts say the North may be preparing a test"), "the South"
        the one called "South ..."; none where the article names two or none."""
        named: dict[str, set[str]] = {}
        for dr in self.drafts:
            first = dr.name.split()[0].lower() if dr.kind == "state" and " " in dr.name else ""
            if first in COMPASS_WORDS:
                named.setdefault(first, set()).add(dr.key[1])
        for tok in doc:
            codes = named.get(tok.lower_, set()) if tok.text[:1].isupper() else set()
            if (len(codes) == 1 and tok.i > 0 and tok.nbor(-1).lower_ == "the"
                    and tok.i not in self.taken and tok.dep_ not in {"compound", "amod"}):
                self.state(doc[tok.i - 1 : tok.i + 1], next(iter(codes)))

    def role_phrases(self, doc: Doc) -> None:
        """Described actors: a role word with a country ("Iranian officials", "Iran's envoy")."""
        person_tokens = {t.i for e in parse.ents(doc) if e.label_ == "PERSON"
                         and not _role_word_tagged_person(e) for t in e}
        # a role word inside a name ("European Union", "National Security Council") is the
        # name's, which the organization carries
        named = {t.i for e in parse.ents(doc) if e.label_ in NAMED_PLACES_AND_BODIES
                 for t in e if t.pos_ == "PROPN"}
        body_starts = {e.start for e in parse.ents(doc) if e.label_ == "ORG"}
        table = lexicon.roles()
        for tok in doc:
            if tok.pos_ not in {"NOUN", "PROPN"} or tok.i in person_tokens or tok.i in named:
                continue
            lemma = tok.lemma_.lower()
            # a two-word role whose head alone is none ("peacekeeping force"), or is another
            # ("ruling coalition": a participle, read as written)
            pair = next((p for p in (f"{doc[tok.i - 1].lemma_.lower()} {lemma}",
                                     f"{doc[tok.i - 1].lower_} {lemma}") if p in table),
                        f"{doc[tok.i - 1].lemma_.lower()} {lemma}") if tok.i else lemma
            if lemma not in table and tok.lower_ not in table and pair not in table:
                continue
            if lemma in COMMON_ONLY_ROLES and not tok.is_lower:
                continue  # "the Republican Jewish Coalition conference": a name's word
            if tok.head.i in person_tokens or tok.i + 1 in person_tokens:
                continue  # a title ("President Trump"): the person carries it
            if tok.tag_ == "NN" and tok.i + 1 in body_starts:
                continue  # what a body is ("Russian news agency TASS"): the body's words
            mods = _left_modifiers(tok, tok.i)
            # (no finite verb is a role's modifier, nor what comes before it: the parser hung
            # a headline's "Niger junta expels" on "French ambassador")
            finite = [t.i for t in mods if t.tag_ in {"VBZ", "VBD", "VBP"}]
            mods = [t for t in mods if not finite or t.i > finite[-1]]
            role = table.get(lemma) or table.get(tok.lower_) or table[pair]
            if mods and mods[-1].i == tok.i - 1:
                role = table.get(pair, role)
            if (body := _named_body(doc, mods, role, tok.tag_ in {"NNS", "NNPS"})) is not None:
                # "the Interfax news agency": Interfax, not some Russian news agency
                first = _phrase_start(tok, mods)
                dr = self.known_org(body)
                end = tok.idx + len(tok.text)
                self.mention(dr, first.idx, end, self.d.article.text[first.idx:end])
                self.taken.update(range(first.i, tok.i + 1))
                continue
            codes = (self._modifier_codes(tok, doc) or self._located_codes(tok, role)
                     or ([role.country] if role.country else []))
            if lemma in OWNED_ROLES and any(
                    c.dep_ == "poss" or (c.dep_ == "compound" and c.ent_type_ == "PERSON")
                    for c in tok.children):
                continue  # "His aides said", "Clinton aides": they speak for the one they serve
            if codes:
                self._add_role_actors(tok, mods, role, codes)
            elif lemma in NAMED_ONLY_ROLES:
                continue
            elif tok.tag_ == "NN" and any(t.lower_ == "the" for t in mods):
                self._resolve_bare_role(tok, mods, role)
            elif (tok.tag_ in {"NNS", "NNPS"} or role.kind == "group"
                  or any(t.lemma_.lower() in GOVERNMENT_NOUNS for t in mods)) and tok.dep_ in {
                    "nsubj", "nsubjpass", "dobj", "pobj", "conj", "dative"}:
                # (one of a government: "a senior administration official")
                self.unplaced.append((tok, mods, role))

    def _located_codes(self, tok: Token, role: lexicon.Role) -> list[str]:
        """The country of a place a group is in: "students throughout Indonesia",
        "demonstrators in Baghdad", "officials from Kenya"."""
        from dyad.places import qualifier, resolve  # places builds on actors: import at use

        if tok.tag_ not in {"NNS", "NNPS"} and role.kind != "group":
            return []
        for prep in (c for x in (tok, *(a for a in tok.children if a.dep_ == "acl"
                                         and a.lemma_.lower() in BASED_VERBS))
                     for c in x.children):
            if prep.dep_ != "prep" or prep.lower_ not in LOCATED_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                ent = next((e for e in parse.ents(tok.doc) if e.start <= obj.i < e.end), None)
                place = (resolve(ent.text, qualifier(ent)) if ent is not None
                         else resolve(obj.text))
                if place is not None and place.country:
                    return [place.country]
        return []

    def _modifier_codes(self, tok: Token, doc: Doc) -> list[str]:
        codes = self._codes_of(list(tok.children), tok, doc)
        if not codes and tok.dep_ in {"compound", "conj"}:
            # "Kampuchean guerrilla camps": the parser hangs the gentilic on the head noun;
            # "Israeli helicopters and tanks": on the first of a list (not where the noun
            # has its own: "Russian soldiers and Ukrainian troops")
            codes = self._codes_of([c for c in tok.head.children
                                    if c.i < tok.i and c.dep_ == "amod"], tok, doc)
        return codes

    def _codes_of(self, mods: list[Token], tok: Token, doc: Doc) -> list[str]:
        """The countries the modifiers before a noun name ("US and British activists")."""
        codes: list[str] = []
        for child in mods:
            if child.i > tok.i or child.dep_ not in {"amod", "compound", "poss", "nmod"}:
                continue
            if child.lemma_.lower() == "lead":
                # "Vietnamese-led forces", "the Saudi-led coalition": led by that country
                child = next((c for c in child.children if c.i < child.i
                              and c.dep_ in {"npadvmod", "compound", "amod"}), child)
            for t in [child, *child.conjuncts]:
                text = t.text
                for ent in parse.ents(doc):
                    if ent.start <= t.i < ent.end:
                        text = ent.text
                code = self.short_names.get(text.lower()) or country_of(text) or (
                    None if in_longer_name(t) else _misspelled_country(t)
                ) or _party_country(text)
                if code and code not in codes:
                    codes.append(code)
        return codes

    def _add_role_actors(self, tok: Token, mods: list[Token], role: lexicon.Role,
                         codes: list[str | None]) -> None:
        first = _phrase_start(tok, mods)
        start, end = first.idx, tok.idx + len(tok.text)
        text = self.d.article.text[start:end]
        # (a role word modifying a noun is a kind, of many: "guerrilla camps")
        plural = tok.tag_ in {"NNS", "NNPS"} or role.kind == "group" or tok.dep_ == "compound"
        if not plural and len(codes) == 1 and self._office_holder(tok, mods, codes[0], start):
            return
        # groups of no known country are one actor where their words are the same
        # ("protesters" ... "the protesters"), and others where they differ ("liberal
        # activists", "other activists")
        kind_words = " ".join(t.lemma_.lower() for t in mods if t.dep_ in {"amod", "compound"})
        # (and groups counted differently are others: "Seventeen people have been indicted"
        # after "killed 224 people")
        count = next((c.lower_ for c in tok.children if c.dep_ == "nummod"), None)
        for code in codes:
            name = text if len(codes) == 1 else f"{code} {tok.text}"
            org = code and next((o for o in lexicon.organizations().values()
                                 if o.country == code), None)
            sector = role.sector
            if org and code in {"MNC", "NGO"}:
                sector = org.sector or sector
            key: tuple[str, ...] = ("role", self.d.article.id, code or kind_words, role.role,
                                    str(plural))
            if (count is not None and (same := self.find(key)) is not None
                    and same.count not in {None, count}):
                key += (count,)
            if plural and _restricted_anew(tok):
                key += (str(tok.i),)
            dr = self.add(key, name=name, kind="group" if plural else "person",
                          ner_label="ROLE", country=code, sector=sector, global_id=False)
            dr.count = dr.count or count
            self.mention(dr, start, end, text)
        self.taken.update(range(first.i, tok.i + 1))

    def _office_holder(self, tok: Token, mods: list[Token], code: str, start: int) -> bool:
        """An office named by its title and country or organization, not by its holder's
        name ("Iran's foreign minister", "the SpaceX founder"): the person the knowledge
        base says held it on the article's date, where exactly one did. Whether found."""
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is not None and det.lower_ not in {"the", "this", "that"}:
            return False  # "no US president", "a French president": not the one in office
        # the title: the words of the phrase that name neither its country nor its holder's
        # organization ("foreign minister" of "Iran's foreign minister")
        named = {t.i for t in mods if country_of(t.text)}
        words = [t for t in mods if t.dep_ in {"amod", "compound"} and t.pos_ != "PROPN"
                 and t.i not in named] + [tok]
        where = {code.lower()} | {strip_name(t.text).lower() for t in mods if t.i in named}
        held = lexicon.holder(" ".join(t.lower_ for t in words), where,
                              self.d.article.published)
        if held is None:
            return False
        dr = next((x for x in self.drafts if x.kind == "person" and x.key[0] == "person"
                   and _same_person(x.name, held.name)), None) or self.add(
            ("person", held.name.lower()), name=held.name, kind="person", ner_label="PERSON")
        end = tok.idx + len(tok.text)
        self.mention(dr, start, end, self.d.article.text[start:end])
        for t in mods:  # the organization the office is of is named too: "SpaceX"
            org = lexicon.organizations().get(strip_name(t.text).lower())
            if org is not None and t.pos_ == "PROPN":
                body = self.known_org(org)
                self.mention(body, t.idx, t.idx + len(t.text), t.text)
        self.taken.update(range(_phrase_start(tok, mods).i, tok.i + 1))
        return True

    def _resolve_bare_role(self, tok: Token, mods: list[Token], role: lexicon.Role) -> None:
        """"the ambassador" after "Iran's ambassador": the same described actor; and "the
        army" after "Myanmar's military", armed forces under another word, where all the
        article has described so far are of one country."""
        for dr in reversed(self.drafts):
            if dr.key[0] == "role" and dr.key[3] == role.role:
                self.mention(dr, _phrase_start(tok, mods).idx, tok.idx + len(tok.text))
                return
        if role.kind != "group" or tok.tag_ != "NN" or role.sector != "MIL" or any(
                c.dep_ == "prep" for c in tok.children):
            return  # (forces only: "the government of Benjamin Netanyahu" is no embassy)
        kin = [dr for dr in self.drafts if dr.key[0] == "role" and dr.kind == "group"
               and dr.sector == role.sector and dr.country and dr.spans]
        if kin and len({dr.country for dr in kin}) == 1:
            self.mention(kin[-1], _phrase_start(tok, mods).idx, tok.idx + len(tok.text))

    def propagate_names(self, doc: Doc) -> None:
        """A person's name where the tagger missed it: one name, one person, per article."""
        covered = self._covered_chars()
        proper: dict[str, list[Token]] = {}
        for tok in doc:
            # (or a name the tagger read as a noun, yet as a name of another kind: a
            # headline's "Zelenskyy says ...", a place to it)
            if tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_title and tok.ent_type_):
                proper.setdefault(tok.text, []).append(tok)
        for dr in self.drafts:
            if dr.kind != "person" or dr.key[0] != "person":
                continue
            for tok in proper.get(dr.name.split()[-1], []):
                if tok.idx in covered:
                    continue
                first = tok
                while (first.i > 0 and tok.i - first.i < 3 and doc[first.i - 1].pos_ == "PROPN"
                       and doc[first.i - 1].text[:1].isupper()
                       and doc[first.i - 1].lemma_.lower() not in lexicon.roles()
                       and doc[first.i - 1].lower_ not in PERSON_TITLES):
                    first = doc[first.i - 1]
                end = tok.idx + len(tok.text)
                name = self.d.article.text[first.idx:end]
                if len(name.split()) > len(dr.name.split()):
                    dr.names.append(dr.name)
                    dr.name = name
                    dr.key = ("person", name.lower())
                self.mention(dr, first.idx, end, name)
                covered.update(range(first.idx, end))

    def resolve_pronouns(self, doc: Doc) -> None:
        """He, him, his, she, her: the person named last before it, within a few sentences;
        it, its: the organization or state named last in its own or the previous sentence;
        who, which: the actor its relative clause describes ("Boeing, which ...").
        First rules (gender agreement, no salience), so that events and quotes have an actor."""
        persons = [(start, end, dr) for dr in self.drafts if dr.kind == "person"
                   for start, end in dr.spans]
        # (a named group is an "it" too: "Hamas said its fighters ...")
        things = [(start, end, dr) for dr in self.drafts if dr.kind in THING_KINDS
                  or (dr.kind == "group" and dr.key[0] == "org")
                  for start, end in dr.spans]
        # (and a body the role words describe, named in the singular, in the pronoun's own
        # sentence or before a main clause's "it": "India's army said its soldiers ...
        # It did not report any casualties"; not "the security zone it occupies")
        described = [(start, end, dr) for dr in self.drafts
                     if dr.kind == "group" and dr.key[0] == "role" for start, end in dr.spans
                     if (last := parse.token_at(doc, end - 1)) is not None
                     and last.tag_ in {"NN", "NNP"}]
        # "they": a group, or an organization as its people ("Boeing said they would ...")
        groups = [(start, end, dr) for dr in self.drafts if dr.kind in {"group", "organization"}
                  for start, end in dr.spans]
        covered = self._covered_chars()
        text = self.d.article.text
        genders = {id(dr): gender_of([dr.name, *dr.names], dr.spans, text)
                   for dr in self.drafts if dr.kind == "person"}

        def agreeing(found: list[tuple[int, _Draft]], pronoun: str) -> list[tuple[int, _Draft]]:
            # "she" is no man the text names, "he" no woman ("Clinton got off to a head
            # start over Sanders ..., and both she and her husband ...")
            wanted = PRONOUN_GENDERS.get(pronoun)
            return [(end, dr) for end, dr in found
                    if wanted is None or genders.get(id(dr)) in {None, wanted}]

        for tok in doc:
            if tok.pos_ != "PRON":
                continue
            if tok.lower_ in RELATIVE_PRONOUNS:
                dr = self._described(tok)
                if dr is not None:
                    self.mention(dr, tok.idx, tok.idx + len(tok.text))
                continue
            if tok.lower_ in PERSON_PRONOUNS:
                before = [(end, dr) for _start, end, dr in persons
                          if end <= tok.idx < end + PRONOUN_REACH]
                main = tok.head if tok.dep_ == "poss" else tok
                if main.dep_ in {"nsubj", "nsubjpass"} and main.head.dep_ == "ROOT":
                    # a subject "he" goes on with the person the sentence before was about,
                    # not one its object named last ("Jobs announced that ... the App
                    # Store. He said ..."); so does the subject's "his" ("Macron named
                    # Bayrou as prime minister, his office said")
                    sent = parse.sentence_at(doc, tok.idx) or tok.sent
                    since = (parse.sentence_at(doc, doc[sent.start - 1].idx) or sent
                             if sent.start > 0 else sent).start_char
                    before = agreeing([(end, dr) for start, end, dr in persons
                                       if since <= start and end <= tok.idx
                                       and _is_subject(doc, start, end)], tok.lower_) or before
            elif ((tok.lower_ in THING_PRONOUNS and (tok.lower_ == "its" or _acting_it(tok)
                                                     or _its_spelled_it_s(tok)))
                  or tok.lower_ in GROUP_PRONOUNS):
                sent = parse.sentence_at(doc, tok.idx) or tok.sent
                since = (parse.sentence_at(doc, doc[sent.start - 1].idx) or sent
                         if sent.start > 0 else sent).start_char
                pool = things if tok.lower_ in THING_PRONOUNS else groups
                if tok.lower_ in THING_PRONOUNS:
                    opens_main = tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT"
                    pool = pool + [(start, end, dr) for start, end, dr in described
                                   if opens_main or start >= sent.start_char]
                before = [(end, dr) for start, end, dr in pool
                          if since < end <= tok.idx and _is_subject(doc, start, end)]
            else:
                continue
            if _bound_to_common_noun(tok, covered) or after_things(tok, covered):
                continue  # "Billionaires often disagree with their valuations": theirs
            if tok.dep_ in {"dobj", "dative", "pobj"} and tok.lower_ not in {"his", "its"}:
                # "calling them an occupying army", "Trump told him": an object pronoun is
                # not its own clause's subject
                bound = {b.idx + len(b.text) for b in _clause_subjects(tok)}
                before = [(end, dr) for end, dr in before if end not in bound]
            if tok.lower_ in {"its", "their"}:
                # the one a clause's infinitive is about: "forced Apple Inc. to lower its
                # prices"; one named right after a fronted phrase: "At its headquarters,
                # Apple released ..."
                pool = things if tok.lower_ == "its" else groups
                told = _controller(tok) or _credited(tok)
                ahead = _fronted_subject(tok)
                for word, pick in ((told, True), (ahead, not before)):
                    if word is not None and pick and (dr := next(
                            (dr for start, end, dr in pool
                             if start <= word.idx < end), None)) is not None:
                        before = [(tok.idx, dr)]
                        break
            if tok.lower_ in {"his", "her"} and (ahead := _fronted_subject(tok)) is not None:
                # "In his keynote address Wednesday, Jobs announced ...": the person the
                # main clause goes on to name
                named = next((dr for start, end, dr in persons if start <= ahead.idx < end),
                             None)
                before = [(tok.idx, named)] if named is not None else before
            if (dr := _last(agreeing(before, tok.lower_))) is not None:
                self.mention(dr, tok.idx, tok.idx + len(tok.text))

    def _draft_at(self, word: Token, kinds: frozenset[str] | None = None) -> _Draft | None:
        """The draft (of these kinds, if given) whose tightest mention holds the word."""
        found = [(e - s, dr) for dr in self.drafts if kinds is None or dr.kind in kinds
                 for s, e in dr.spans if s <= word.idx < e]
        return min(found, key=lambda f: f[0])[1] if found else None

    def pairs(self, doc: Doc) -> None:
        """"The two countries", "both sides", "the two leaders": the two actors of the kind
        the noun names that the article last named together as a list of two ("Armenia and
        Azerbaijan have agreed ... The two neighbours fought two wars"), within a few
        sentences."""
        for tok in doc:
            kinds = PAIR_NOUNS.get(tok.lemma_.lower()) if tok.tag_ == "NNS" else None
            if kinds is None or not any(
                    (c.dep_ == "nummod" and c.lower_ == "two")
                    or (c.dep_ in {"det", "predet"} and c.lower_ == "both")
                    for c in tok.children if c.i < tok.i):
                continue
            pair = self._last_pair(doc, tok, kinds)
            if pair is not None:
                start = min(c.idx for c in tok.children if c.i < tok.i)
                for dr in pair:
                    self.mention(dr, start, tok.idx + len(tok.text))

    def _last_pair(self, doc: Doc, tok: Token, kinds: frozenset[str]
                   ) -> tuple[_Draft, _Draft] | None:
        """The last two actors of these kinds joined as a list of two before tok ("X and
        Y", "between X and Y") within PRONOUN_REACH characters."""
        for word in reversed(doc[: tok.i]):
            if word.idx + PRONOUN_REACH < tok.idx:
                return None
            first = word.head
            if (word.dep_ != "conj" or first.i >= word.i or first.dep_ == "conj"
                    or sum(c.dep_ == "conj" for c in first.children) != 1
                    or any(c.dep_ == "conj" for c in word.children)):
                continue
            if _third_party(first, word, tok):
                continue
            one, other = self._draft_at(first, kinds), self._draft_at(word, kinds)
            if one is not None and other is not None and one is not other:
                return one, other
        return None

    def aliases(self, doc: Doc) -> None:
        """A name given as another's is that one's, wherever it is used: "Mohamed Hamdan
        Dagalo, known as Hemedti", "a former police officer known as Barbecue" (not a name
        the knowledge base knows, nor a state's)."""
        for tok in doc:
            verb = tok.head.head
            if not (tok.dep_ == "pobj" and tok.head.lower_ == "as" and verb.dep_ == "acl"
                    and verb.lemma_.lower() in ALIAS_VERBS):
                continue
            owner, alias = self._draft_at(verb.head), self._draft_at(tok)
            if (owner is None or alias is None or alias is owner or alias.key[0] == "state"
                    or alias.name.lower() in lexicon.people()
                    or alias.name.lower() in lexicon.organizations()):
                continue
            for start, end in alias.spans:
                self.mention(owner, start, end, alias.name)
            self.drafts.remove(alias)

    def descriptions(self, doc: Doc) -> None:
        """"The company", "the US manufacturer", "the company's": the organization named
        last before it, within a few sentences."""
        orgs = [(end, dr) for dr in self.drafts if dr.kind == "organization"
                for _start, end in dr.spans]
        # ("the group" is a named group, or a body the article calls one: "Hamas", "Our
        # Principles PAC, a group set up to ...", "the rights group B'Tselem"; not any body
        # named last: "the Rickettses, who own the Chicago Cubs, provided $2 million to the
        # group")
        bodies = [(end, dr) for dr in self.drafts if dr.key[0] == "org" and (
            dr.kind == "group" or any(_called_group(doc, s, e) for s, e in dr.spans))
                  for _start, end in dr.spans]
        # ("the party": a party the knowledge base knows, or a body the article calls one:
        # "the ruling Georgian Dream party")
        parties = [(end, dr) for dr in self.drafts if dr.key[0] == "org" and (
            dr.sector == PARTY_SECTOR or any(_called_group(doc, s, e, PARTY_NOUNS)
                                             for s, e in dr.spans))
                   for _start, end in dr.spans]
        # (a name that only modifies a noun, "ten Boeing 737 jets", is not what the
        # article goes on to talk about where a name stands as an argument)
        heads = {end: parse.token_at(doc, end - 1) for end, _dr in orgs + bodies + parties}
        # (a described group the role words made of it, "the American computer company",
        # gives way to the organization it refers back to)
        described = {(s, e): dr for dr in self.drafts if dr.key[0] == "role"
                     for s, e in dr.spans}
        covered = {i for dr in self.drafts if dr.key[0] != "role"
                   for s, e in dr.spans for i in range(s, e)}
        for tok in doc:
            if ((tok.lower_ not in BUSINESS_NOUNS and tok.lower_ not in GROUP_NOUNS
                 and tok.lower_ not in PARTY_NOUNS)
                    or tok.tag_ != "NN" or tok.idx in covered
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                    # (a clause that describes it after a comma refers back all the same:
                    # "The Islamic extremist group, which is linked to al-Qaida, claimed")
                    or any(c.i > tok.i and c.dep_ not in {"case", "punct"} and not (
                        c.dep_ == "relcl" and doc[tok.i + 1].text == ",")
                        for c in tok.children)):
                continue
            group = tok.lower_ in GROUP_NOUNS
            if group and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
                continue  # (a group its own words name: "the McAlpine group"; not "the
                # Islamic extremist group", which describes)
            # (a group is not one past another group introduced: "a group of protesters"
            # before "the group")
            pool = parties if tok.lower_ in PARTY_NOUNS else bodies if group else orgs
            before = [(end, dr) for end, dr in pool
                      if end <= tok.idx < end + 2 * PRONOUN_REACH
                      and not (group and any(_introduced(t, tok.lower_) for t in doc.char_span(
                          end, tok.idx, alignment_mode="expand") or ()))]
            argued = [(end, dr) for end, dr in before
                      if (h := heads[end]) is not None
                      and h.dep_ not in {"compound", "nmod", "amod"}]
            if (dr := _speakers_body(tok, before) or _last(argued or before)) is not None:
                end = tok.idx + len(tok.text)
                for (s, e), group in described.items():
                    if e == end and (s, e) in group.spans:
                        group.spans.remove((s, e))
                self.mention(dr, tok.left_edge.idx, end)

    def _name_ends(self, doc: Doc, kinds: frozenset[str], key: str
                   ) -> Iterator[tuple[_Draft, Token]]:
        """Each named draft of these kinds with the last word of each of its mentions that
        ends on a name (the word appositions hang on)."""
        for dr in self.drafts:
            if dr.kind not in kinds or dr.key[0] != key:
                continue
            for _start, end in list(dr.spans):
                name = parse.token_at(doc, end - 1)
                if name is not None and name.pos_ == "PROPN":
                    yield dr, name

    def appositions(self, doc: Doc) -> None:
        """A description set beside a person's name is a mention of the person: "Musk, the
        world's richest man", "Sheena Toosi, a senior fellow at ...", "Qassim Soleimani,
        commander of ..."."""
        roles = lexicon.roles()
        for dr, name in self._name_ends(doc, frozenset({"person"}), "person"):
            for c in name.children:
                # (a capitalized title is one too: "Steve Jobs, the Apple Chief
                # Executive Officer")
                if c.dep_ != "appos" or c.i < name.i or not (
                        c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.lemma_.lower() in roles
                                             and not c.ent_type_)) or not (
                        any(x.dep_ in {"det", "poss"} for x in c.children)
                        or c.lemma_.lower() in roles):
                    continue
                # (up to a clause that describes the one set beside the name, which
                # others act in: "Mahsa Amini, a 22-year-old Kurdish woman arrested by
                # the morality police")
                clause = next((x for x in c.rights if x.dep_ in {"acl", "relcl"}), None)
                last = doc[clause.left_edge.i - 1] if clause is not None else c.right_edge
                while last.i > c.i and (last.is_punct or last.is_space):
                    last = doc[last.i - 1]
                start, stop = c.left_edge.idx, last.idx + len(last.text)
                self.mention(dr, start, stop)
                for other in self.drafts:
                    # (a role it lists is the person's too, no one else: "Marc Elias, an
                    # election law expert and general counsel to the campaign")
                    if other.key[0] == "role" and other.kind == "person":
                        other.spans = [(s, e) for s, e in other.spans
                                       if not start <= s < e <= stop]
            self._as_role(dr, name)
            # a role set before the name is the person too: "said Airbus President and
            # Chief Executive Officer, Tom Enders" (the role words made a described
            # person of it, who is this one)
            head = name.head
            if name.dep_ != "appos" or head.i > name.i:
                continue
            while head.dep_ == "conj" and head.head.i < head.i:
                head = head.head
            for other in self.drafts:
                if (other.key[0] == "role" and other.kind == "person"
                        and any(s <= head.idx < e for s, e in other.spans)):
                    for start, end in other.spans:
                        # the role's words are the person's; the body's name before
                        # them is the body's ("Airbus")
                        words = doc.char_span(start, end, alignment_mode="expand")
                        first = next((t for t in words or () if t.ent_type_
                                      not in NAME_TYPES), None)
                        if first is None:
                            continue
                        self.mention(dr, first.idx, end)
                        named = parse.text(doc)[start:first.idx].strip()
                        if (body := self._named_body(named)) is not None:
                            self.mention(body, start, start + len(named))
                    other.spans.clear()

    def body_appositions(self, doc: Doc) -> None:
        """A group described beside a body's name is the body: "The ELN, Colombia's largest
        remaining guerrilla group, has been at war ..." (the described group the role words
        made is this one)."""
        for dr, name in self._name_ends(doc, frozenset({"organization", "group"}), "org"):
            for c in name.children:
                if c.dep_ != "appos" or c.i < name.i or c.pos_ != "NOUN" or not any(
                        x.dep_ in {"det", "poss"} for x in c.children):
                    continue
                # (the group the apposition's own words describe, not one inside its
                # clause: "a Cuban exile group that frequently rescues Cuban refugees")
                head_end = c.idx + len(c.text)
                for other in self.drafts:
                    if (other.key[0] == "role" and other.kind == "group" and other.spans
                            and all(c.left_edge.idx <= s and e == head_end
                                    for s, e in other.spans)):
                        for s, e in other.spans:
                            self.mention(dr, s, e)
                        other.spans.clear()

    def titles(self, doc: Doc) -> None:
        """A bare title is the one person the article named with it before: "the prime
        minister" after "Prime Minister Keir Starmer", "the Fed chair" after "Fed Chair
        Jerome Powell". Every word of the bare phrase must be in the title ("the former
        president" is not "President Trump"), and one person only must hold it so far."""
        roles = lexicon.roles()
        held: list[tuple[int, _Draft, set[str]]] = []  # (where, who, the title's words)
        for dr in self.drafts:
            if dr.kind != "person" or dr.key[0] != "person":
                continue
            for start, end in dr.spans:
                name = doc.char_span(start, end, alignment_mode="expand")
                if name is None:
                    continue
                run = _title_run(doc, name.start)[0]
                # (an abbreviation stands for its word: "the general" after "Gen. X")
                words = {t.lemma_.lower() for t in run} | {
                    full for t in run if (full := lexicon.title_abbreviations().get(t.text))}
                if any(w in roles for w in words):
                    held.append((end, dr, words))
        if not held:
            return
        for tok in doc:
            if (tok.tag_ not in {"NN", "NNP"} or tok.lemma_.lower() not in roles
                    or roles[tok.lemma_.lower()].kind != "person"
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                    or any(c.i > tok.i for c in tok.children)):
                continue
            start, end = tok.left_edge.idx, tok.idx + len(tok.text)
            owners = [dr for dr in self.drafts if any(s <= tok.idx < e for s, e in dr.spans)]
            if any(dr.key[0] != "role" for dr in owners):
                continue  # already someone's mention (an apposition, a known office)
            words = {t.lemma_.lower() for t in doc[tok.left_edge.i : tok.i + 1]
                     if t.dep_ != "det"}
            found = {id(dr): dr for at, dr, title in held if at <= start and words <= title}
            if len(found) != 1:
                continue
            for dr in owners:  # the described person the role words made is this one
                dr.spans = [(s, e) for s, e in dr.spans if not s <= tok.idx < e]
            self.mention(next(iter(found.values())), start, end)

    def _as_role(self, dr: _Draft, name: Token) -> None:
        """The role a person acts "as" is the person ("Aung San Suu Kyi visited the White
        House as Burma's de facto leader"), where the verb has no person for its object,
        whom the role would describe instead ("named him as secretary")."""
        verb = name.head
        if name.dep_ != "nsubj" or any(
                c.dep_ in {"dobj", "dative"} and (c.ent_type_ == "PERSON" or c.pos_ == "PRON"
                                                 or c.lemma_.lower() in lexicon.roles())
                for c in verb.children):
            return
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            for role in (c for c in prep.children if c.dep_ == "pobj"):
                for other in self.drafts:
                    if (other is not dr and other.key[0] == "role" and other.kind == "person"
                            and any(s <= role.idx < e for s, e in other.spans)):
                        for start, end in other.spans:
                            self.mention(dr, start, end)
                        other.spans.clear()

    def _named_body(self, name: str) -> _Draft | None:
        """The organization or state drafted under a name, or under the knowledge base's
        name for it."""
        org = lexicon.organizations().get(name.lower())
        key = org.name.lower() if org else name.lower()
        return next((dr for dr in self.drafts if dr.kind != "person"
                     and (dr.key[-1] == key or dr.name.lower() == name.lower())), None)

    def _described(self, pron: Token) -> _Draft | None:
        """The actor a relative pronoun stands for: the noun its clause hangs on (also
        through a clause reported inside it: "Al-Masri, whom Israel says it killed")."""
        clause = pron.head
        if clause.dep_ == "ccomp" and pron.i < clause.head.i:
            clause = clause.head
        if clause.dep_ != "relcl":
            return None
        noun = clause.head
        for dr in self.drafts:
            if any(s <= noun.idx < e for s, e in dr.spans):
                return dr
        if noun.dep_ == "appos" and noun.head.i < noun.i:
            # (a description set beside a name: "JNIM, al-Qaeda's Sahel affiliate, which")
            return self._draft_at(noun.head)
        return None

    def surnames(self, doc: Doc) -> None:
        """A known person's surname the tagger left untagged ("Rubio attacked Trump on
        Tuesday"): one capitalized name that acts, is acted on or owns, read as the tagger
        reads a person's name (the knowledge base then says who, on the article's date)."""
        covered = [(s, e) for dr in self.drafts for s, e in dr.spans]
        # and the surname of one the article has named, however the tagger read it, in any
        # of its spellings: "Zelenskyy welcomed ..." (a noun to the tagger) after "President
        # Volodymyr Zelenskyy", whom the knowledge base spells Zelensky
        people = [dr for dr in self.drafts if dr.kind == "person" and dr.key[0] == "person"]
        named = {fold(n.split()[-1]) for dr in people for n in (dr.name, *dr.names) if " " in n}
        # (and a first name one person has, as a name: "Abiy said" after "Prime Minister
        # Abiy Ahmed", Ethiopians going by the first)
        firsts = Counter(fold(dr.name.split()[0]) for dr in people if " " in dr.name)
        for tok in doc:
            if (tok.pos_ in ("PROPN", "NOUN") and not tok.ent_type_ and tok.is_title
                    and len(tok.text) > SHORT_SURNAME and tok.dep_ in NAME_ROLE_DEPS
                    and ((tok.pos_ == "PROPN" and (tok.lower_ in lexicon.surnames()
                                                  or firsts[fold(tok.text)] == 1))
                         or fold(tok.text) in named)
                    and tok.lower_ not in lexicon.word_list("english_function_words.txt")
                    and not any(s <= tok.idx < e for s, e in covered)):
                self.person(doc[tok.i : tok.i + 1])

    def known_names(self) -> None:
        """Full names from the knowledge base that the tagger missed ("Elon Musk" opening a
        sentence, "an Islamic State target"), and acronyms in capitals ("ECOWAS"): other
        one-word aliases are left to the tagger, being too ambiguous."""
        text = self.d.article.text
        lowered = text.lower()
        covered = [(s, e) for dr in self.drafts for s, e in dr.spans]
        people = lexicon.people()
        names = lexicon.multiword_names()
        done = 0
        for tok in self.d.doc or ():
            start = tok.idx
            if start < done or not tok.text[:1].isupper():
                continue
            if (ACRONYM_RX.fullmatch(tok.text) and len(tok.text) >= 3 and tok.pos_ == "PROPN"
                    and (org := lexicon.organizations().get(tok.lower_)) is not None
                    and spelled_out(self.d.doc, tok.text) == tok.text
                    and not any(s < start + len(tok.text) and start < e for s, e in covered)):
                # an acronym in capitals the tagger missed is a known body's: "as ECOWAS
                # threatens force" (one word in capitals, unlike "Apple", is not ambiguous)
                self.mention(self.known_org(org), start, start + len(tok.text), tok.text)
                covered.append((start, start + len(tok.text)))
                continue
            key = lexicon.first_word(tok.text)
            if key not in names:
                continue
            found = next((n for n in names[key] if lowered.startswith(n, start) and not (
                start + len(n) < len(text) and (text[start + len(n)].isalnum()
                                                or text[start + len(n)] == "_"))), None)
            if found is None:
                continue
            end = done = start + len(found)
            if any(s < end and start < e for s, e in covered):
                continue
            said = text[start:end]
            rows = people.get(found)
            if not rows:
                org = lexicon.organizations()[found]
                dr = self.known_org(org)
                self.mention(dr, start, end, said)
                covered.append((start, end))
                continue
            name = rows[0].name
            dr = next((x for x in self.drafts if x.kind == "person"
                       and x.key[0] == "person" and _same_person(x.name, name)), None)
            if dr is None:
                dr = self.add(("person", name.lower()), name=name, kind="person",
                              ner_label="PERSON")
            self.mention(dr, start, end, said)
            covered.append((start, end))

    def apply_knowledge(self) -> None:
        """Known people get their country, and the sector of the office they held on the
        article's date ("President Trump" in 2019 and in 2025 alike: USA, GOV; in 2022, out
        of office, ELI, unless the text gives a role)."""
        date = self.d.article.published
        for dr in self.drafts:
            if dr.kind != "person" or dr.key[0] != "person":
                continue
            for name in (dr.name, *dr.names):
                person, held = lexicon.person_at(name, date)
                if person is not None:
                    dr.country = person.country
                    if dr.sector != ELITE_SECTOR:  # (the text's "former" outranks the table)
                        dr.sector = held.sector if held else dr.sector or _out_of_office(
                            date, person.sector)
                    if person.name != dr.name:  # the knowledge base's name is canonical
                        dr.names.append(dr.name)
                        dr.name = person.name
                        dr.key = ("person", person.name.lower())
                    break

    def home_country(self, doc: Doc) -> None:
        """A person holding an office the text names ("Judge Alejandro Rivera", "Vice-
        President Moody Awori") but no country, and a group named by its role alone
        ("police", "protesters"), is of the one country the article names."""
        named = {dr.country for dr in self.drafts
                 if dr.country and dr.country not in NON_STATE_CODES}
        # (and every country a name or gentilic names, actor or not: "Israeli helicopters")
        named |= {code for e in parse.ents(doc) if e.label_ in STATE_LABELS
                  and (code := country_of(e.text)) and code not in NON_STATE_CODES}
        home = next(iter(named)) if len(named) == 1 else None
        if home is not None:
            for dr in self.drafts:
                if dr.kind == "person" and dr.sector and not dr.country:
                    dr.country = home
        # and so are the groups it names by role alone: "police arrested 12 protesters";
        # where it names none or several, such a group is an actor of no known country,
        # unless it is another's members, whom that other stands for ("inspectors of the
        # IAEA", "leaders of Egypt's Muslim Brotherhood")
        covered = self._covered_chars()
        # the countries of the governments the article names by their heads ("the Biden
        # administration")
        governments = {dr.country for t in doc if t.lemma_.lower() in GOVERNMENT_NOUNS
                       for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                       if (dr := self._draft_at(c, frozenset({"person"}))) is not None
                       and dr.country}
        for tok, mods, role in self.unplaced:
            if tok.idx in covered:
                continue
            # a group named as a body's own by "its" or "their": "Israel said its troops"
            # are Israel's, "Hamas said its fighters" are Hamas, where both bear arms
            poss = next((t for t in mods if t.lower_ in {"its", "their"} and t.dep_ == "poss"),
                        None)
            owner = (self._draft_at(poss, frozenset(THING_KINDS | {"group"}))
                     if poss is not None else None)
            if owner is not None and owner.kind == "state" and owner.country:
                self._add_role_actors(tok, mods, role, [owner.country])
                continue
            if (owner is not None and owner.key[0] == "org" and owner.sector in ARMED_SECTORS
                    and role.sector in ARMED_SECTORS):
                self.mention(owner, _phrase_start(tok, mods).idx, tok.idx + len(tok.text))
                continue
            if (len(governments) == 1 and home is None
                    and any(t.lemma_.lower() in GOVERNMENT_NOUNS for t in mods)):
                # "a senior administration official" after "the Biden administration"
                self._add_role_actors(tok, mods, role, list(governments))
                continue
            for t in mods:
                # (a body the text names as the group's is of the group's sector, where
                # nothing else says: "the Iran-backed Huthi rebels")
                body = self._draft_at(t, frozenset({"organization"}))
                if body is not None and body.sector is None and (
                        role.kind == "group" or tok.tag_ in {"NNS", "NNPS"}):
                    body.sector = role.sector
            if home is not None:
                self._add_role_actors(tok, mods, role, [home])
            elif tok.tag_ in {"NNS", "NNPS"} and role.role not in EQUIPMENT_ROLES and not any(
                    c.dep_ == "prep" and c.lower_ in MEMBERSHIP_PREPS
                    for c in tok.children) and not any(
                    t.ent_type_ in {"ORG", "PERSON"} and t.lower_ not in lexicon.roles()
                    for t in mods):
                # (nor a named one's: "Starr International companies", "Clinton aides"; a
                # body in the singular is one the text names elsewhere: "his company")
                self._add_role_actors(tok, mods, role, [None])

    def build(self) -> list[Actor]:
        actors: list[Actor] = []
        # (what the short name's words coded elsewhere, "Congo's health minister", is the
        # state the article names in full too)
        renamed = {lexicon.country_lookup()[s]: code for s, code in self.short_names.items()}
        for dr in self.drafts:
            if not dr.spans:
                continue  # a description that turned out to be another actor's mention
            dr.country = renamed.get(dr.country or "", dr.country)
            # Named actors keep one id across articles; described ones belong to their article.
            actor_id = stable_id("A" if dr.global_id else "R", *dr.key)
            spans = sorted(set(dr.spans))
            text = self.d.article.text
            actors.append(Actor(
                id=actor_id, name=dr.name, kind=dr.kind, country=dr.country or None,
                sector=dr.sector or None,  # (a role of no sector of its own: "chairman")
                aliases=[n for n in dict.fromkeys(dr.names) if n != dr.name],
                mentions=[TextSpan(s, e, text[s:e]) for s, e in spans],
                ner_label=dr.ner_label,
            ))
        return actors


def spelled_out(doc: Doc, name: str) -> str:
    """The name an acronym stands for where the article spells it out, before or after
    ("RSF" in a story that names the Rapid Support Forces, not the knowledge base's
    Reporters Without Borders); else the name as it is."""
    if not ACRONYM_RX.fullmatch(name):
        return name
    names = {full for e in parse.ents(doc) if e.label_ in ORG_LABELS | {"NORP"}
             and len((full := strip_name(e.text)).split()) > 1 and _initials(full) == name}
    return names.pop() if len(names) == 1 else name


def _in_title(ent: Span) -> bool:
    """Whether a name is the last words of a title of several ("Secretary of State")."""
    return any(ent.start >= n and _role_words(ent.doc[ent.start - n : ent.end]) for n in (1, 2))


def _portfolio(ent: Span) -> bool:
    """Whether a name is one word of a portfolio before a title ("Interior" of "Interior
    Minister Gerald Darmanin", data/portfolio_words.txt), not a body."""
    return (len(ent) == 1 and ent.end < len(ent.doc)
            and ent[0].lower_ in lexicon.word_list("portfolio_words.txt")
            and ent.doc[ent.end].lemma_.lower() in lexicon.roles())


def _title_run(doc: Doc, start: int) -> tuple[list[Token], int]:
    """The words of the title right before a name that starts at token start ("Texas
    Attorney General" before "Ken Paxton"), and how many of the last of them are a title of
    several words that holds a name of its own ("Secretary of State": 3, else 0)."""
    roles = lexicon.roles()
    run: list[Token] = []
    i = start - 1
    titled = next((n for n in (4, 3) if start >= n and _role_words(doc[start - n : start])), 0)
    if titled:
        run, i = list(doc[start - titled : start]), start - titled - 1
    # (the word right before the name may be misparsed: "Trump and Ukrainian President
    # Volodymyr Zelensky" hangs "President" on Trump)
    while i >= 0 and (doc[i].dep_ in {"compound", "amod"} or (
            i == start - 1 and doc[i].lemma_.lower() in roles
            and doc[i].pos_ != "VERB") or (  # (not "would judge Bayrou")
            # (a hyphened title: "Secretary-General")
            doc[i].tag_ == "HYPH" and i > 0 and run
            and doc[i - 1].dep_ in {"compound", "amod"})):
        run.insert(0, doc[i])
        i -= 1
    return run, titled


def _role_words(words: Span) -> bool:
    """Whether the words, as written, are a role of several words ("secretary of state")."""
    return " ".join(t.lower_ for t in words) in lexicon.roles()


def _initials(name: str) -> str:
    """The acronym of a name's words: "United States Air Force" USAF."""
    return "".join(w[0] for w in name.split() if w.lower() not in INITIAL_SKIP).upper()


def _called_group(doc: Doc, start: int, end: int,
                  words: frozenset[str] = GROUP_NOUNS) -> bool:
    """Whether the name at [start, end) is set beside a noun that refers back to groups
    (or to another kind of body, as words say): "Our Principles PAC, a group set up to
    ...", "the rights group B'Tselem"."""
    first, name = parse.token_at(doc, start), parse.token_at(doc, end - 1)
    if first is None or name is None:
        return False
    beside = [c for c in name.children if c.dep_ == "appos"]
    if name.dep_ in {"appos", "compound"}:
        beside.append(name.head)
    if first.i:
        beside.append(doc[first.i - 1])
    return any(t.lemma_.lower() in words for t in beside)


def _introduced(tok: Token, word: str) -> bool:
    """Whether tok is the word, not as a reference back ("a group of protesters", not "the
    group")."""
    return tok.lower_ == word and not any(c.dep_ == "det" and c.lower_ == "the"
                                          for c in tok.children)


def _speakers_body(tok: Token, before: list[tuple[int, _Draft]]) -> _Draft | None:
    """The body whose officer says what "the company" is in ("Louis Gallois, the Airbus
    chief executive, said the company expects ..."): an organization named in the
    speaker's phrase, where a role in it speaks for a body (an analyst's "the company" is
    the one the article is about)."""
    reporting = lexicon.reporting_verbs()
    verb, subject = tok, None
    while verb.head.i != verb.i and subject is None:
        verb = verb.head
        if verb.pos_ == "VERB" and verb.lemma_ in reporting:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"
                            and c.right_edge.i < tok.i), None)
    if subject is None or not any(speaks_for_body(t.text) for t in subject.subtree):
        return None
    lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
    return _last([(end, dr) for end, dr in before if lo < end <= hi])


def gender_of(names: list[str], spans: list[tuple[int, int]], text: str) -> str | None:
    """The gender a person's titles in the text give ("Mrs. Clinton", "Mr. Clinton"), else
    the given name that opens one of their names after any titles (data/given_names.tsv);
    None where neither tells. Only for "he" and "she" to agree with whom they stand for."""
    votes = {"male": 0, "female": 0}
    for start, end in spans:
        before = text[max(0, start - 6):start].split()
        words = (before[-1:] if before else []) + text[start:end].split()[:1]
        for w in words:
            if (g := TITLE_GENDERS.get(w)) is not None:
                votes[g] += 1
    if votes["male"] != votes["female"]:
        return max(votes, key=lambda g: votes[g])
    own = {g for name in names if (g := _given_gender(name)) is not None}
    if len(own) == 1:
        return own.pop()
    # a known person's full name where the text gives a surname ("Vice President Biden")
    keys = [strip_name(n).lower() for n in names if n]
    known = [r.name for k in keys for r in lexicon.people().get(k, [])] or [
        r.name for k in keys for r in lexicon.surnames().get(k.split()[-1], []) if k]
    told = {g for name in known if (g := _given_gender(name)) is not None}
    return told.pop() if len(told) == 1 else None


def _given_gender(name: str) -> str | None:
    """The gender data/given_names.tsv gives the first word of a name after its titles."""
    for word in name.split():
        w = word.lower().strip(",")
        if w in PERSON_TITLES or w in lexicon.roles():
            continue  # ("Sen. Bernie Sanders", "President Trump")
        return next((g for g, words in lexicon.word_kinds("given_names.tsv").items()
                     if w in words), None)
    return None


def _last(candidates: list[tuple[int, _Draft]]) -> _Draft | None:
    """The draft of the mention that ends last among (end, draft) candidates."""
    return max(candidates, key=lambda x: x[0])[1] if candidates else None


def _clause_subjects(tok: Token) -> list[Token]:
    """The subjects of the clause a word is in, and of the clauses it hangs on through
    participles, infinitives and conjoined verbs (whose subject is the same)."""
    found = []
    verb = tok.head
    while True:
        found += [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if (verb.dep_ not in {"xcomp", "advcl", "conj", "acl", "prep", "pobj"}
                or verb.head.i == verb.i):
            return found
        verb = verb.head


def _bound_to_common_noun(pron: Token, covered: set[int]) -> bool:
    """Whether "their" or "themselves" goes with its own clause's subject, a plural
    common noun that names no actor: "Many billionaires disagree with their valuations",
    "the people working on it were in their learning curve" are theirs, not those of the
    last body named."""
    tags = BOUND_PRONOUNS.get(pron.lower_)
    if tags is None:
        return False
    verb = pron.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return any(s.dep_ in {"nsubj", "nsubjpass"} and s.i < pron.i and s.pos_ == "NOUN"
               and s.tag_ in tags and pron not in s.subtree
               and not any(t.idx in covered for t in s.subtree) for s in verb.children)


def after_things(pron: Token, covered: set[int]) -> bool:
    """Whether "them" stands for things its sentence named last before it, no actor:
    "Germany voted against the tariffs, while France, Italy and Poland backed them"; so does
    "they" where no plural actor is named before it in its sentence ("The Taliban government
    condemned the strikes, saying they killed eight civilians")."""
    if pron.lower_ == "they":
        if any(t.idx in covered and t.tag_ in {"NNS", "NNPS"}
               for t in pron.doc[pron.sent.start : pron.i]):
            return False
    elif pron.lower_ != "them":
        return False
    # (not its own clause's subject, which an object "them" cannot be)
    own = {t.i for s in pron.head.children if s.dep_ in {"nsubj", "nsubjpass"}
           for t in s.subtree}
    for t in reversed(pron.doc[pron.sent.start : pron.i]):
        if t.i in own:
            continue
        if t.idx in covered:
            return False
        if t.tag_ == "NNS" and t.pos_ == "NOUN":
            return t.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass", "conj"}
    return False


# Verbs that credit or blame their object "for" something: "thanked the UAE for its
# mediation", "blamed Iran for its support of the rebels"
CREDIT_VERBS = frozenset({"thank", "praise", "commend", "congratulate", "credit", "blame",
                          "criticize", "criticise", "condemn", "fault", "punish", "reward",
                          "sanction", "accuse"})


def _credited(tok: Token) -> Token | None:
    """The object a verb credits or blames, which "its" or "their" in its "for" phrase
    stands for: "the UAE" in "It thanked the UAE for its mediation"."""
    noun = tok.head
    prep = noun.head
    if (tok.dep_ != "poss" or noun.dep_ != "pobj" or prep.lower_ not in {"for", "over"}
            or prep.head.lemma_.lower() not in CREDIT_VERBS):
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)


def _controller(tok: Token) -> Token | None:
    """The object a word's infinitive clause is about: "Apple" for "its" in "forced Apple
    to lower its prices" (the object of "forced" does the lowering)."""
    verb = tok.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "xcomp" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in {"dobj", "dative"}), None)


def _fronted_subject(tok: Token) -> Token | None:
    """The subject of the main clause a phrase before it belongs to ("During an event held
    at its headquarters, Apple released ..."): the one a possessive in that phrase means,
    where nothing before it is named."""
    root = tok.sent.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i < tok.i:
        return None
    top = tok
    while top.head.i != root.i and top.head.i != top.i:
        top = top.head
    return subject if top.dep_ in {"prep", "advcl", "npadvmod"} and top.i < subject.i else None


def _acting_it(tok: Token) -> bool:
    """An "it" that acts or is acted on: the subject of a verb other than "be", "seem" or
    "appear", which take an empty "it" ("it is hoped", "it is better to wait", "it seems
    that ..."), or of a passive in what a speaker says of itself ("Singapore Airlines says
    that it will be compensated"; a passive "it" elsewhere is more often a thing's)."""
    if tok.dep_ == "nsubjpass":
        verb = tok.head
        return (verb.dep_ == "ccomp" and verb.head.lemma_ in lexicon.reporting_verbs()
                and not any(c.dep_ in {"ccomp", "xcomp", "csubj"} for c in verb.children))
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() not in {"be", "seem", "appear"}


def _its_spelled_it_s(tok: Token) -> bool:
    """An "it's" that is "its", as web text often spells it: after a verb that wants an
    object or a preposition, before a noun with no article ("modernising it's long-haul
    fleet"); not "it is" ("said it's time", "It's a big deal")."""
    doc = tok.doc
    if tok.lower_ != "it" or tok.i == 0 or tok.i + 2 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    if after.text not in {"'s", "’s"} or not (
            before.pos_ == "ADP" or (before.pos_ == "VERB"
                                     and before.lemma_ not in lexicon.reporting_verbs())):
        return False
    words = doc[tok.i + 2 : tok.i + 6]
    nouns = [t for t in words if t.pos_ in {"NOUN", "PROPN"}]
    return bool(nouns) and all(t.pos_ in {"ADJ", "NOUN", "PROPN", "PUNCT"}
                               for t in doc[tok.i + 2 : nouns[0].i])


def _is_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention at [start, end) is a clause's subject, or the name set beside
    it ("Irish low cost airline, Ryanair, announced that it ...") or one of several."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if any(c.dep_ == "nummod" and MODEL_RX.fullmatch(c.text) for c in root.children):
        return False  # "The Boeing 777 is ...": the subject is the aircraft, not its maker
    return root.dep_ in {"nsubj", "nsubjpass"} or (
        root.dep_ in {"appos", "conj"} and root.head.dep_ in {"nsubj", "nsubjpass"})


def _trim(ent: Span) -> tuple[int, int]:
    """Character span of an entity without a leading "the" or a trailing possessive."""
    tokens = list(ent)
    if tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    if tokens and tokens[-1].text in {"'s", "’s", "'", "’"}:
        tokens = tokens[:-1]
    if not tokens:
        return ent.start_char, ent.end_char
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _whole_name(ent: Span) -> Span:
    """An entity grown to the whole proper name it is part of: "Seyyed Abbas" is tagged,
    "Araghchi" (the head the tagged words are compounds of) is not, or is tagged apart
    ("Hassan Sheikh" and "Mohamud")."""
    doc = ent.doc
    end = ent.end
    while (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
           and doc[end].ent_type_ in {"", "PERSON"} and doc[end - 1].head.i == end):
        end += 1
    return doc[ent.start : end] if end != ent.end else ent


def _third_party(first: Token, last: Token, tok: Token) -> bool:
    """Is the list of first and last the one hosting or brokering what tok's pair does
    ("Iraq and Oman, which hosted earlier rounds of talks between the two sides"): a host is
    no side."""
    verbs = [first.head] if first.dep_ == "nsubj" else []
    verbs += [c for w in (first, last) for c in w.children if c.dep_ == "relcl"]
    return any(v.lemma_.lower() in HOST_VERBS and v.left_edge.i <= tok.i <= v.right_edge.i
               for v in verbs)


def _restricted_anew(tok: Token) -> bool:
    """Is a plural with no article narrowed by the clause after it, so that it names a group
    of its own: "people who were trying to help the wounded", "people fleeing the
    fighting" after "killed at least 40 people" are others ("the people who were killed",
    with its article, may be the same)."""
    return (not any(c.dep_ in {"det", "poss", "nummod"} for c in tok.children)
            and any(c.dep_ in {"relcl", "acl"} and c.i > tok.i
                    and tok.doc[c.left_edge.i - 1].text != "," for c in tok.children))


def _settlement(ent: Span) -> bool:
    """Whether a name is a town's or a city's as its words say: "the town of El Bur", "El
    Fasher, the last major city in Darfur"."""
    root = ent.root
    return ((root.dep_ == "pobj" and root.head.lower_ == "of"
             and root.head.head.lemma_.lower() in SETTLEMENT_NOUNS)
            or any(c.dep_ == "appos" and c.lemma_.lower() in SETTLEMENT_NOUNS
                   for c in root.children)
            or (root.dep_ == "appos" and root.head.lemma_.lower() in SETTLEMENT_NOUNS))


def _described_as_business(ent: Span) -> bool:
    """Does the name's apposition say it is a business ("Gazprombank, one of Russia's
    largest lenders", "Acme, a Greek shipping company")?"""
    for app in (c for c in ent.root.children if c.dep_ == "appos"):
        if app.lower_ == "one":
            app = next((o for p in app.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"), app)
        if app.lemma_.lower() in BUSINESS_NOUNS:
            return True
    return False


def _role_word_tagged_person(ent: Span) -> bool:
    """A role word opening a sentence that the tagger took for a name: "Gang members opened
    fire" (one word, a role's, modifying a common noun; not "King Abdullah")."""
    tok = ent[0]
    return (len(ent) == 1 and ent.label_ == "PERSON" and tok.dep_ == "compound"
            and tok.head.pos_ == "NOUN" and tok.lower_ in lexicon.roles())


def _looks_like_person(ent: Span) -> bool:
    """A name the tagger gave another label, whose apposition or title names a person's role
    ("Sheena Toosi, a senior fellow at ...")."""
    if ent.label_ in {"PERSON", "GPE", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                      "PERCENT", "QUANTITY"}:
        return False
    if ent[-1].lower_ in lexicon.word_list("body_words.txt"):
        return False  # a body's name that opens on a role word: "National Unity Government"
    title = lexicon.roles().get(ent[0].lemma_.lower())
    if (title is not None and title.kind == "person" and 3 <= len(ent) <= 4
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent[1:])):
        return True  # a person's title, a first name and a surname: "Spokeswoman Sandy Angers"
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent) or len(ent) > 4:
        return False
    if lexicon.organizations().get(strip_name(ent.text).lower()):
        return False
    roles = lexicon.roles()
    before = ent.doc[ent.start - 1] if ent.start else None
    title = roles.get(before.lemma_.lower()) if before is not None else None
    if (title is not None and title.kind == "person" and before.pos_ in {"NOUN", "PROPN"}
            and before.dep_ == "compound" and 2 <= len(ent) <= 3):
        return True  # a person's title right before a name: "Vice-President Moody Awori"
    for child in ent.root.children:
        if child.dep_ == "appos" and child.lemma_.lower() in roles:
            return roles[child.lemma_.lower()].kind == "person"
    head = ent.root.head
    # a name set beside a person's role: "The mission's commander, Godfrey Otunge, told"
    return (ent.root.dep_ == "appos" and head.i < ent.start and 2 <= len(ent) <= 3
            and (role := roles.get(head.lemma_.lower())) is not None and role.kind == "person")


def _body_tagged_place(ent: Span, key: str, org_names: set[str]) -> bool:
    """Whether a name the tagger calls a place names an organized body instead: it ends in a
    body's head word ("the Syrian Observatory for Human Rights", data/body_words.txt), or
    the article calls the same name of several words an organization elsewhere ("Cineplex
    Odeon Corp"), and no gazetteer knows it as a place ("the Soviet Union" is one). (A
    single word the tagger calls both is as often a person's or a people's: "Brafman",
    "the Kuwaiti request".)"""
    from dyad import places  # (places builds on actors: imported at use)

    if country_of(ent.text) is not None or places.resolve(strip_name(ent.text)) is not None:
        return False
    return ((len(ent) > 1 and key in org_names)
            or ent.root.lemma_.lower() in lexicon.word_list("body_words.txt"))


def run(d: Document) -> None:
    from dyad import places  # (places builds on actors: imported at use)

    doc = d.doc
    assert doc is not None
    b = _Builder(d)
    b.role_phrases(doc)
    # A name the tagger calls an organization somewhere in the article is one everywhere:
    # it calls "Ryanair" a person in some sentences and an organization in others.
    org_names = {strip_name(e.text).lower() for e in parse.ents(doc) if e.label_ in ORG_LABELS}
    # and so is a name that a body's head word follows: "the judiciary's Mizan news agency"
    # (the tagger called it a place there, a person in "Mizan said")
    # (a business or an outlet: not "the Bush administration", "the Baghdad government")
    headed = {key for e in parse.ents(doc)
              if e.root.dep_ == "compound" and e.label_ in {"PERSON", "GPE", "LOC"}
              and e.root.head.lemma_.lower() in BUSINESS_NOUNS | OUTLET_NOUNS
              and country_of(e.text) is None
              and (key := strip_name(e.text).lower()) not in lexicon.people()
              and key not in lexicon.capital_lookup()}
    org_names |= headed
    # and one its words call a town or a city somewhere is a place everywhere ("Sudan's RSF
    # shells El Fasher" above "El Fasher, the last major city in Darfur")
    towns = {strip_name(e.text).lower() for e in parse.ents(doc) if _settlement(e)}
    # (a dateline names where the story was filed and by whom, no actor: "CARACAS,
    # Venezuela (AFP) —")
    filed = parse.datelines(d.article.text)
    grown: set[int] = set()
    for ent in parse.ents(doc):
        if any(s <= ent.start_char < e for s, e in filed) or _in_title(ent):
            continue
        if ent.start in grown:
            continue  # the rest of a name read whole ("Mohamud" of "Hassan Sheikh Mohamud")
        titled = ent.label_ != "PERSON" and _looks_like_person(ent)
        if ent.label_ == "PERSON" or titled:
            ent = _whole_name(ent)
            ent.label_ = "PERSON"
            grown.update(range(ent.start + 1, ent.end))
        if ent.start in b.taken or _role_word_tagged_person(ent) or (
                ent.label_ == "PERSON" and _settlement(ent)):
            continue  # (nor a town the tagger took for a person: "the border town of X")
        label = ent.label_
        key = strip_name(ent.text).lower()
        if label == "PERSON" and not titled and key not in lexicon.people() and (
                key in org_names or key in lexicon.organizations()):
            # the article or the knowledge base knows better: "Boko Haram has launched ..."
            label = "ORG"
        elif (label == "PERSON" and not titled and key not in lexicon.people()
              and key in lexicon.country_lookup()):
            label = "GPE"  # a country's name: "Mali and Burkina Faso ... have warned"
        elif (label == "PERSON" and not titled and len(ent) > 1 and ent.start == ent.sent.start
              and strip_name(ent[1:].text).lower() in lexicon.country_lookup()):
            # a country after the word opening its sentence: "Neighbouring Mali and Niger"
            ent, label = ent[1:], "GPE"
            key = strip_name(ent.text).lower()
        elif label == "PERSON" and not titled and b._known_whole(ent) is not ent:
            label = "ORG"  # the start of a known body's longer name: "Jama'at Nusrat al-Islam"
        if label in {"GPE", "LOC"} and (_body_tagged_place(ent, key, org_names)
                                        or key in headed):
            label = "ORG"
        if (label == "PERSON" and not titled and key not in lexicon.people() and (
                (ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in BUSINESS_NOUNS
                 | BODY_NOUNS)
                or _described_as_business(ent))):
            # a name set beside what a business is: "the tanker's Greek operator, Empire
            # Navigation, said", "Gazprombank, one of Russia's largest lenders"
            label = "ORG"
        if not titled and (code := _governing_capital(ent, key)) is not None:
            b.state(ent, code)  # (the tagger may call it a person: "an attack on Kyiv")
            continue
        if not titled and places.misread(ent):
            continue  # a place the tagger took for a name: "the Benghazi attack"
        if (label == "PERSON" and not titled and ent.root.dep_ == "pobj"
                and ent.root.head.lower_ in LOCATIVE_PREPS and key not in lexicon.people()
                and places.resolve(strip_name(ent.text)) is not None
                and not any(dr.kind == "person" and _same_person(dr.name, strip_name(ent.text))
                            for dr in b.drafts)):
            continue  # a town the tagger took for a person, where things are: "a base near
            # Kiryat Shmona" (not one the article names as a person: "Jackson")
        if label == "PERSON":
            b.person(ent)
        elif label in ORG_LABELS and _portfolio(ent):
            continue  # a title's word: "Interior Minister Gerald Darmanin"
        elif label in ORG_LABELS and key in towns and key not in lexicon.organizations():
            continue  # a place the tagger took for a body: "in the town of El Bur"
        elif (label in ORG_LABELS and ent.root.dep_ == "pobj" and ent.root.head.lower_ in {
                "in", "at"} and key not in lexicon.organizations()
              and country_of(strip_name(ent.text)) is None
              and places.resolve(strip_name(ent.text)) is not None):
            continue  # a city the tagger took for a body, where things happen: "In Bordeaux"
        elif label in ORG_LABELS:
            b.organization(ent)
        elif label in STATE_LABELS:
            if places.qualifies(ent):
                continue  # "Atlanta, Georgia": where the city is, no actor
            body = (b._draft_at(doc[ent.start - 1], frozenset({"organization"}))
                    if ent.start and label == "GPE" and doc[ent.start - 1].ent_type_ == "ORG"
                    and doc[ent.start - 1].head.i == ent.root.i else None)
            before = doc[ent.start - 1] if ent.start else None
            first = min((s for s, e in body.spans if before is not None
                         and e == before.idx + len(before.text)), default=None) if (
                body is not None and body.country in NON_STATE_CODES) else None
            if body is not None and first is not None:
                # a body's branch named by its country: "Amnesty International Kenya said"
                b.mention(body, first, ent.end_char)
                continue
            name = strip_name(ent.text)
            code = b.short_names.get(name.lower()) or lexicon.country_lookup().get(name.lower())
            if code is None and label == "NORP" and ent.root.dep_ not in {"amod", "compound"}:
                code = lexicon.gentilic_lookup().get(name.lower())
            if code is None and (label == "GPE" or (
                    label == "NORP" and ent.root.dep_ not in {"amod", "compound"})):
                # ("Republicans blocked the bill": a party's members are the party)
                org = lexicon.organizations().get(name.lower())
                if org:
                    b.organization(ent)
                    continue
            if code:
                b.state(ent, code)
    # The small model's recognizer misses capitals newer in the news ("Moscow accused Kyiv
    # of shelling the plant"): one that acts or is acted on is its government all the same.
    named = {t.i for e in parse.ents(doc) for t in e}
    for tok in doc:
        if (tok.pos_ == "PROPN" and tok.i not in named and tok.i not in b.taken
                and (code := _governing_capital(doc[tok.i:tok.i + 1], tok.lower_)) is not None):
            b.state(doc[tok.i:tok.i + 1], code)
    b.compass_names(doc)
    b.known_names()
    b.surnames(doc)  # (after the full names: "Elon Musk" opening an article is one name)
    b.propagate_names(doc)
    b.appositions(doc)
    b.body_appositions(doc)
    b.titles(doc)
    b.descriptions(doc)
    b.aliases(doc)
    b.resolve_pronouns(doc)
    b.pairs(doc)
    b.apply_knowledge()
    b.home_country(doc)
    d.actors = b.build()
    _describe(d)


def _short_names(doc: Doc) -> dict[str, str]:
    """Short names two states share -> the code of the one the article names in full
    ("congo" -> COD after "the Democratic Republic of Congo"); none where it names both."""
    lookup = lexicon.country_lookup()
    found: dict[str, str] = {}
    full: set[str] = set()  # the states named in more than one word
    for ent in parse.ents(doc):
        # (from its first capital: "eastern Democratic Republic of Congo")
        name = strip_name(ent.text[next((t.idx - ent.start_char for t in ent
                                         if t.text[:1].isupper()), 0):])
        last = name.split()[-1].lower() if name else ""
        code = lookup.get(name.lower())
        if (code and last in SHARED_SHORT_NAMES and name.lower() != last
                and lookup.get(last) != code):
            found[last] = code
        if " " in ent.text.strip() and (whole := lookup.get(strip_name(ent.text).lower())):
            full.add(whole)
    return {short: code for short, code in found.items() if lookup[short] not in full}


# Short names that two states go by ("Congo": the Republic of the Congo, and the Democratic
# Republic of the Congo, which news often calls so); data/country_names.tsv gives the one
# meant where the article does not name the other in full
SHARED_SHORT_NAMES = frozenset({"congo"})


# Role words that, capitalized, are a word of an organization's name rather than the role
# ("the Republican Jewish Coalition", the "Syrian National Coalition"; where "the Iraqi
# Army" is still Iraq's army)
COMMON_ONLY_ROLES = frozenset({"coalition"})
# Role words that name an actor only where a country or body is named with them ("Russian
# banks", "Iran's central bank"): alone they are as often things ("grass banks")
NAMED_ONLY_ROLES = frozenset({"bank", "lender"})
# Role words of those who serve someone, who, named as that one's, speak for that one
OWNED_ROLES = frozenset({"aide"})


def _governing_capital(name: Span, key: str) -> str | None:
    """The country whose government a capital's name stands for ("talks with Tehran",
    "Moscow accused Kyiv", "Beijing's warning": one that acts, is acted on or owns), else
    None: not a name a person or an organization of the knowledge base bears, nor a city
    its country names ("serves Bangkok, Thailand": a place)."""
    from dyad import places  # (places builds on actors: imported at use)

    code = lexicon.capital_lookup().get(key)
    if (code is None or key in lexicon.people() or key in lexicon.organizations()
            or not _argument(name.root)
            or (places.qualifier(name) or "").lower() in lexicon.country_lookup()):
        return None
    return code


def _argument(tok: Token) -> bool:
    """Whether a name is one a clause's act is done by, to or with: a subject, object,
    agent or owner, or the object of "with", "against", "on", "toward" or "by" (not of
    "in", "at", "from", "to": where it happens); a conjunct is what its list is
    ("accused Washington and Seoul")."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in ARGUMENT_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ in ARGUMENT_PREPS)


ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent", "poss"})
ARGUMENT_PREPS = frozenset({"with", "against", "on", "toward", "towards", "by"})


# Prepositions that name whom a role is held for: "a senior fellow at the Center for
# International Policy", "King Hassan of Morocco", "a spokesman for the ministry"
AFFILIATION_PREPS = frozenset({"at", "of", "for", "with", "from", "in"})
NAME_TYPES = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})  # names no title is part of


def _describe(d: Document) -> None:
    """Each person's role and affiliation as the article gives them, from the first
    mention that gives one: an apposition ("Sheena Toosi, a senior fellow at the Center
    for International Policy"), a title before the name ("Iran's Foreign Minister Seyyed
    Abbas Araghchi", "Apple CEO Steve Jobs", "King Hassan of Morocco"), or a description
    that names the person ("the SpaceX founder")."""
    doc = d.doc
    assert doc is not None
    for a in d.actors:
        if a.kind != "person" or a.ner_label == "ROLE":
            continue
        for m in a.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root.pos_ == "PRON":
                continue
            found = _role_of_mention(d, a, span)
            if found is not None:
                a.role, a.affiliation = found
                break


def _role_of_mention(d: Document, person: Actor, name: Span) -> tuple[str, str | None] | None:
    """(role, affiliation) that one mention of a person gives, if any."""
    head = name.root
    roles = lexicon.roles()
    # (a description that is the person's mention; a capitalized title one too: "the Apple
    # Chief Executive Officer")
    if head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.lemma_.lower() in roles
                               and not head.ent_type_):
        return _role_described(d, person, head)
    if head.dep_ == "appos" and head.head.i < head.i and head.head.pos_ in {"NOUN", "PROPN"}:
        # "its chief executive, Steve Jobs", "Airbus President and Chief Executive
        # Officer, Tom Enders"
        noun = head.head
        if (noun.dep_ == "pobj" and noun.head.head.i < noun.i
                and noun.head.head.lemma_.lower() in roles):
            # (the parser may hang the name on the body the role is held at: "A spokesman
            # for the M23, Lawrence Kanyuka")
            noun = noun.head.head
        return _role_described(d, person, noun)
    # a description set after the name that names an office ("Major General Qassim
    # Soleimani, commander of ..."), else the title before it ("President Salome
    # Zourabichvili, a fierce critic of the government", is a president), else any
    # description after it
    after = [c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ == "NOUN"]
    described = _role_described(d, person, after[0]) if after else None
    if after and (after[0].lemma_.lower() in roles or after[0].lower_ in roles):
        return described
    titled = _titled(d, person, name)
    if titled is not None and titled[1] is None and described is not None:
        # (where the description says whom for: "Rep. Bobby Scott, the top Democrat on the
        # House committee")
        return titled[0], described[1]
    return titled or described


def _titled(d: Document, person: Actor, name: Span) -> tuple[str, str | None] | None:
    """(role, affiliation) from a title right before the name: "Iran's Foreign Minister
    ...", "Apple CEO Steve Jobs", "Ukrainian President Volodymyr Zelensky"."""
    head = name.root
    roles = lexicon.roles()
    run, titled = _title_run(head.doc, name.start)
    if not any(t.lemma_.lower() in roles or t.lower_ in roles for t in run):
        return None
    codes = {t.i: country_of(t.text) for t in run}
    # (a title the tagger took into a name is still the title: "Spokeswoman Sandy Angers")
    # (spaced as written: "Vice-President")
    # (an age is no part of it: "24-year-old student")
    run = [t for t in run if not (t.lower_ == "old" and t.doc[t.i - 1].tag_ == "HYPH")]
    title = set(range(name.start - titled, name.start))
    role = "".join(t.text_with_ws for t in run if t.i in title or (codes[t.i] is None and (
        t.ent_type_ not in NAME_TYPES or t.lemma_.lower() in roles or t.lower_ in roles
        or _portfolio(t.doc[t.i : t.i + 1]))
        and not _names_other(d, person, t))).strip()
    if not role:
        return None  # the words before the name were all names: "Republican nominee" no role
    state = next((a.id for a in d.actors if a.kind == "state" and a.country in codes.values()),
                 None)
    return role, state or _affiliation(d, person, [*head.lefts, *head.rights],
                                       before=name.start)


def _role_described(d: Document, person: Actor,
                    noun: Token) -> tuple[str, str | None] | None:
    """The role a noun describes ("a senior fellow", "founder") and whom it is for."""
    if noun.lemma_.lower() not in lexicon.roles() and noun.lower_ not in lexicon.roles() and (
            not any(c.dep_ == "prep" and c.lower_ in AFFILIATION_PREPS for c in noun.children)):
        return None  # a description that is no role: "the world's richest man"
    words = [t for t in noun.lefts if t.dep_ in {"amod", "compound"}
             and not _names_other(d, person, t)]
    role = " ".join(t.text for t in [*words, noun])
    return role, _affiliation(d, person, [*noun.lefts, *noun.rights], before=None)


def _names_other(d: Document, person: Actor, tok: Token) -> bool:
    """Whether a word is part of a mention of another actor."""
    other = actor_at(d, tok.idx, tok.idx + len(tok.text))
    return other is not None and other.id != person.id


def _affiliation(d: Document, person: Actor, around: list[Token],
                 before: int | None) -> str | None:
    """The organization, state or group a role is held for: a possessor ("Iran's"), else
    the object of "at", "of", "for" after the role, else a name before it ("Apple"). (The
    phrase after it outranks a name before: "Iran project director at the International
    Crisis Group" is the Group's.)"""
    for t in sorted(around, key=lambda t: 0 if t.dep_ == "poss" else 1 if t.dep_ == "prep" else 2):
        if t.dep_ == "prep":
            if t.lower_ not in AFFILIATION_PREPS:
                continue
            words = [o for o in t.children if o.dep_ == "pobj"]
        elif before is not None and t.i >= before:
            continue
        else:
            words = [t]
        for w in words:
            for x in (w, *w.subtree):
                other = actor_at(d, x.idx, x.idx + len(x.text))
                if other is not None and other.id != person.id and other.kind != "person":
                    return other.id
    return None


# Sectors whose people speak for themselves, not for a body: think tanks, universities,
# civilians, the press
OWN_VOICE_SECTORS = frozenset({"NGO", "EDU", "CVL", "MED"})


def speaks_for_body(word: str) -> bool:
    """Whether a role word ("spokeswoman", "minister", "executive") speaks for the body it
    is of, not for its holder alone ("analyst", "professor")."""
    found = lexicon.roles().get(word.lower())
    return found is not None and found.sector not in OWN_VOICE_SECTORS


def actors_at(d: Document, start: int, end: int) -> list[Actor]:
    """The actors whose tightest mention overlapping [start, end) is tightest of all:
    several where one phrase names several ("US and British activists")."""
    best: list[Actor] = []
    least = 0
    for a in d.actors:
        sizes = [m.end - m.start for m in a.mentions if m.start < end and start < m.end]
        if not sizes:
            continue
        if not best or min(sizes) < least:
            best, least = [a], min(sizes)
        elif min(sizes) == least:
            best.append(a)
    return best


def actor_at(d: Document, start: int, end: int) -> Actor | None:
    """The actor with a mention overlapping [start, end), the tightest one first."""
    found = actors_at(d, start, end)
    return found[0] if found else None
