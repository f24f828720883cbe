"""The document model every stage enriches.

A :class:`Document` starts as an :class:`Article` read from somewhere, gets a spaCy parse,
and then each extraction stage appends its findings (actors, places, time expressions,
quotes, events).  Everything an extractor finds carries character offsets into
``article.text`` so that every stored row links back to its evidence.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import insort
from dataclasses import asdict, dataclass, field
from typing import Any

from spacy.tokens import Doc

_WS = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """The text as it is compared for identity: NFC, whitespace collapsed, trimmed."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    """A stable id from the article's normalized text (same text, same id, on any machine)."""
    return "a" + hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()[:16]


def stable_id(prefix: str, *parts: object) -> str:
    """A short deterministic id for an extracted item, from the values that identify it."""
    key = "\x1f".join(str(p) for p in parts)
    return prefix + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


@dataclass
class Span:
    """A stretch of ``article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Article:
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    language: str | None = None
    source: str | None = None  # where it was read from: a path, "stdin", "path:line"
    id: str = ""
    warnings: list[str] = field(default_factory=list, compare=False)  # noted while reading

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "language": self.language,
            "text": self.text,
        }


@dataclass
class Actor:
    id: str
    name: str
    kind: str  # person | organization | state | group | other
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    ner_label: str | None = None  # the spaCy label that introduced it (kept for eval typing)
    # what this article says the actor is, and for whom: "a senior fellow" at the Center
    # for International Policy (role as written; affiliation an actor id)
    role: str | None = None
    affiliation: str | None = None

    def add_mention(self, span: Span) -> None:
        """Add a mention in text order, unless one already starts where it does."""
        if all(m.start != span.start for m in self.mentions):
            insort(self.mentions, span, key=lambda m: m.start)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "aliases": self.aliases,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
            "affiliation": self.affiliation,
            "mentions": [m.to_json() for m in self.mentions],
        }


@dataclass
class Place:
    start: int
    end: int
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str = "place"  # country | city | region | place
    region: str | None = None  # first-level region: a name, or a geonames admin1 code

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "region": self.region,
            "lat": self.lat,
            "lon": self.lon,
        }

    def ref(self) -> dict[str, Any]:
        """The short form an event carries."""
        return {"name": self.name, "country": self.country, "region": self.region,
                "lat": self.lat, "lon": self.lon}


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Quote:
    id: str
    speaker: str | None  # actor id
    speaker_text: str | None
    speaker_span: Span | None
    cue: Span | None
    content: list[Span]
    kind: str  # direct | indirect | mixed
    # the speaker's role and affiliation (an actor id) where the article gives them
    speaker_role: str | None = None
    speaker_affiliation: str | None = None
    # the quote whose content tells this one: reported speech within reported speech
    # ("Trump said he believes Obama was born in the United States")
    within: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            "speaker_span": self.speaker_span.to_json() if self.speaker_span else None,
            "speaker_role": self.speaker_role,
            "speaker_affiliation": self.speaker_affiliation,
            "cue": self.cue.to_json() if self.cue else None,
            "content": [c.to_json() for c in self.content],
            "kind": self.kind,
            "within": self.within,
        }


@dataclass
class Attribution:
    sources: list[dict[str, Any]] = field(default_factory=list)  # {"actor": id|None, "text"}
    hedges: list[str] = field(default_factory=list)
    certainty: str = "asserted"  # asserted | attributed | hedged | denied

    def to_json(self) -> dict[str, Any]:
        return {"sources": self.sources, "hedges": self.hedges, "certainty": self.certainty}


@dataclass
class Event:
    id: str
    plover: str
    mode: str | None
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    source: list[str]
    target: list[str]
    evidence: Span
    trigger: Span
    date: str | None = None
    date_precision: str = "unknown"
    place: dict[str, Any] | None = None
    negated: bool = False
    modality: str = "asserted"
    attribution: Attribution = field(default_factory=Attribution)
    confidence: float = 0.5
    # Told as background to the sentence's own report: inside another event ("condemned
    # the attack"), a relative clause ("a helicopter that was captured") or a clause of
    # time or reason ("after ..."). GDELT's IsRootEvent marks the reverse.
    background: bool = False
    # PLOVER's conflict-cooperation score of the type and mode (data/plover_scores.tsv)
    plover_score: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "plover": self.plover,
            "mode": self.mode,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover_score": self.plover_score,
            "source": self.source,
            "target": self.target,
            "date": self.date,
            "date_precision": self.date_precision,
            "place": self.place,
            "negated": self.negated,
            "modality": self.modality,
            "attribution": self.attribution.to_json(),
            "evidence": self.evidence.to_json(),
            "trigger": self.trigger.to_json(),
            "confidence": self.confidence,
            "background": self.background,
        }


@dataclass
class Document:
    """One article on its way through the pipeline; each stage fills in its part."""

    article: Article
    doc: Doc | None = None
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The text's MinHash (dedupe.to_blob), made where the parse runs so that the one writer
    # only compares it; not part of the JSON contract.
    signature: bytes | None = None

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.article.text[start:end])

    def actor(self, actor_id: str | None) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article.to_json(),
            "actors": [a.to_json() for a in self.actors],
            "events": [e.to_json() for e in self.events],
            "quotes": [q.to_json() for q in self.quotes],
            "timexes": [t.to_json() for t in self.timexes],
            "places": [p.to_json() for p in self.places],
        }


def _span(data: dict[str, Any] | None) -> Span | None:
    return None if data is None else Span(data["start"], data["end"], data["text"])


def document_from_json(data: dict[str, Any], source: str | None = None,
                       warnings: list[str] | None = None) -> Document:
    """A Document (without its parse) from the JSON contract of :meth:`Document.to_json`:
    how results travel from cluster workers through Parquet shards to the store."""
    a = data["article"]
    article = Article(text=a["text"], title=a["title"], url=a["url"], outlet=a["outlet"],
                      published=a["published"], language=a["language"], source=source,
                      id=a["id"])
    actors = [Actor(x["id"], x["name"], x["kind"], x["country"], x["sector"],
                    list(x["aliases"]), [Span(**m) for m in x["mentions"]],
                    role=x.get("role"), affiliation=x.get("affiliation"))
              for x in data["actors"]]
    events = [Event(x["id"], x["plover"], x["mode"], x["cameo"], x["quad_class"],
                    x["goldstein"], list(x["source"]), list(x["target"]),
                    Span(**x["evidence"]), Span(**x["trigger"]), x["date"],
                    x["date_precision"], x["place"], x["negated"], x["modality"],
                    Attribution(**x["attribution"]), x["confidence"],
                    x.get("background", False), x.get("plover_score"))
              for x in data["events"]]
    quotes = [Quote(x["id"], x["speaker"], x["speaker_text"], _span(x["speaker_span"]),
                    _span(x["cue"]), [Span(**c) for c in x["content"]], x["kind"],
                    x.get("speaker_role"), x.get("speaker_affiliation"), x.get("within"))
              for x in data["quotes"]]
    timexes = [Timex(**x) for x in data["timexes"]]
    places = [Place(x["start"], x["end"], x["text"], x["name"], x["country"], x["lat"],
                    x["lon"], region=x["region"]) for x in data["places"]]
    return Document(article=article, actors=actors, places=places, timexes=timexes,
                    quotes=quotes, events=events, warnings=list(warnings or []))
