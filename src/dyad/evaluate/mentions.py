"""Entity mentions as coreference corpora mark them, from dyad's document: every actor
mention, every place, every noun phrase and possessive determiner, each linked to the
real-world entity it names (an actor, a place, a product) or left an entity of its own."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from dyad import lexicon
from dyad.evaluate.scoring import Record
from dyad.model import Document


def _entity_type(actor: Any) -> str:
    """An actor's entity type as entity gold sets name them."""
    return "PER" if actor.kind == "person" else "LOC" if actor.kind == "state" else "ORG"


def predict_entities(r: Record, d: Document) -> Record:
    mentions = []
    seen: set[tuple[int, int]] = set()
    for a in d.actors:
        kind = _entity_type(a)
        if a.ner_label == "ROLE":
            continue  # described actors are not named mentions
        for m in a.mentions:
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                mentions.append({"start": m.start, "end": m.end, "type": kind, "entity": a.id})
    for p in d.places:
        if (p.start, p.end) not in seen and not any(s < p.end and p.start < e for s, e in seen):
            seen.add((p.start, p.end))
            mentions.append({"start": p.start, "end": p.end, "type": "LOC",
                             "entity": f"place:{p.name}"})
    mentions += _noun_phrase_mentions(d, seen)
    mentions.sort(key=lambda m: (m["start"], m["end"]))
    return {"mentions": mentions}


NER_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
             "PRODUCT": "PRO", "MONEY": "FIN"}


# What follows a noun and is not part of its mention: the next item of a list ("the
# Macbook and Macbook Pro" are two mentions) and a clause about it ("the massive airliner,
# which has a 79-metre wingspan")
NOT_IN_PHRASE = frozenset({"conj", "cc", "relcl", "acl"})


def _phrase_end(chunk: Span) -> Token:
    """The last token of a noun phrase: its base chunk with the prepositional phrases and
    apposition after its head ("the newest version of Apple Computer's Mac OS X, version
    10.4"), short of a line break (a headline's dateline) and of trailing punctuation."""
    kids = [c for c in chunk.root.rights if c.dep_ not in NOT_IN_PHRASE]
    last = kids[-1].right_edge if kids and kids[-1].i >= chunk.end else chunk[-1]
    doc = chunk.doc
    for t in doc[chunk.end : last.i + 1]:
        if "\n" in t.text:
            last = doc[t.i - 1]
            break
    while last.i >= chunk.end and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    return last


def _noun_phrase_mentions(d: Document, seen: set[tuple[int, int]]) -> list[Record]:
    """Every noun phrase as a mention, as coreference corpora mark them: the whole phrase
    (see :func:`_phrase_end`), the names inside it ("Boeing" in "Boeing vice president")
    and its possessive determiners ("its", "our"). Linked to the actor it names, to a
    named product of the same name, or to the other phrases of the same proper-noun head
    ("the iPhone", "its new iPhone"); else an entity of its own."""
    from dyad.actors import actor_at

    out: list[Record] = []
    doc = d.doc
    if doc is None:
        return out

    def add(start: int, end: int, kind: str, entity: str | None) -> None:
        if (start, end) not in seen:
            seen.add((start, end))
            out.append({"start": start, "end": end, "type": kind, "entity": entity})

    for chunk in doc.noun_chunks:
        root = chunk.root
        last = _phrase_end(chunk)
        start, end = chunk.start_char, last.idx + len(last.text)
        actor = actor_at(d, root.idx, root.idx + len(root.text))
        if actor is None:
            # an apposition names what it stands beside: "Steve Jobs, the chief executive
            # officer of Apple", "its chief executive, Steve Jobs"
            beside = [root.head] if root.dep_ == "appos" else [
                c for c in root.children if c.dep_ == "appos"]
            actor = next((a for b in beside
                          if (a := actor_at(d, b.idx, b.idx + len(b.text))) is not None), None)
        if actor is not None:
            add(start, end, _entity_type(actor), actor.id)
        elif root.ent_type_ == "PRODUCT":
            ent = next(e for e in doc.ents if e.start <= root.i < e.end)
            add(start, end, "PRO", f"product:{ent.text.lower()}")
        else:
            add(start, end, NER_TYPES.get(root.ent_type_, "OTHER"),
                f"name:{root.lower_}" if root.pos_ == "PROPN" else None)
        if actor is not None and actor.kind == "person" and root.ent_type_ == "PERSON":
            # "Apple Inc. CEO Steve Jobs": the title before the name is the person too
            name = next(e for e in doc.ents if e.start <= root.i < e.end)
            title = doc[chunk.start : name.start]
            while len(title) and (title[-1].is_punct or title[-1].is_space):
                title = title[:-1]
            if len(title) and title[-1].lemma_.lower() in lexicon.roles():
                add(title.start_char, title.end_char, "PER", actor.id)
    for ent in doc.ents:
        if ent.label_ in NER_TYPES or ent.label_ == "NORP":
            actor = actor_at(d, ent.start_char, ent.end_char)
            product = f"product:{ent.text.lower()}" if ent.label_ == "PRODUCT" else None
            add(ent.start_char, ent.end_char, NER_TYPES.get(ent.label_, "LOC"),
                actor.id if actor else product)
    for tok in doc:
        if tok.tag_ == "PRP$":
            actor = actor_at(d, tok.idx, tok.idx + len(tok.text))
            add(tok.idx, tok.idx + len(tok.text), _entity_type(actor) if actor else "OTHER",
                actor.id if actor else None)
    return out
