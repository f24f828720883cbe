"""Entity mentions as coreference corpora mark them, from dyad's document: every actor
mention, every place, every noun phrase and possessive determiner, each linked to the
real-world entity it names (an actor, a place, a product) or left an entity of its own."""

from __future__ import annotations

import re
from bisect import insort
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from dyad import lexicon, parse
from dyad.actors import MODEL_RX, actor_at
from dyad.evaluate.scoring import Record
from dyad.model import Document

# group roles that name people, not a body ("officials", "rebels"), beside the roles whose
# one member is a person ("workers"): the gold sets type such groups PER, as ACE does
PEOPLE_GROUPS = frozenset({"officials", "people", "rebels", "troops", "troop"})


def _entity_type(actor: Any) -> str:
    """An actor's entity type as entity gold sets name them."""
    if actor.kind == "group" and actor.ner_label == "ROLE":
        head = actor.name.split()[-1].lower()
        role = lexicon.roles().get(head) or lexicon.roles().get(head.removesuffix("s"))
        if head in PEOPLE_GROUPS or (role is not None and role.kind == "person"):
            return "PER"
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
    _product_chains(d, mentions)
    _coordinated_titles(d, mentions)
    _predicates(d, mentions)
    _same_heads(d, mentions)
    _same_root(d, mentions)
    _with_clauses(d, mentions)
    parents = _divisions(d)
    for m in mentions:
        m["entity"] = parents.get(m["entity"], m["entity"])
    return {"mentions": mentions}


def _divisions(d: Document) -> dict[str, str]:
    """Organizations that are a business of a company the article names, by id, to the
    company's id: entity corpora link a division's mentions to its company ("Boeing
    Commercial Airplanes CEO Scott Carson said ``We're ...''" is Boeing speaking); not a
    company of its own that shares a word ("Apple Corps")."""
    known = lexicon.organizations()
    companies = {a.name.lower(): a.id for a in d.actors
                 if a.kind == "organization" and a.name.lower() in known}
    parents = {}
    for a in d.actors:
        words = a.name.split()
        if a.kind != "organization" or a.name.lower() in known:
            continue
        for k in range(len(words) - 1, 0, -1):
            parent = companies.get(" ".join(words[:k]).lower())
            if parent is not None:
                if all(w.lower() in lexicon.word_list("division_words.txt")
                       for w in words[k:]):
                    parents[a.id] = parent
                break
    return parents


TITLE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "ADP"})


def _coordinated_titles(d: Document, mentions: list[Record]) -> None:
    """Titles joined by "and" before a person's name, which the parser breaks apart ("Apple
    Computer CEO and co-founder Steve Jobs", "The co-founder and former chief executive
    officer of Apple Inc. Steve Jobs"): the titles, each title and the titles with the name
    are mentions of the person."""
    doc = d.doc
    assert doc is not None
    at = {(m["start"], m["end"]): m for m in mentions}
    roles = lexicon.roles()

    def name(start: int, end: int, actor: Any) -> None:
        if (start, end) in at:
            at[start, end]["entity"], at[start, end]["type"] = actor.id, "PER"
        else:
            at[start, end] = {"start": start, "end": end, "type": "PER", "entity": actor.id}
            mentions.append(at[start, end])

    for ent in doc.ents:
        actor = actor_at(d, ent.start_char, ent.end_char) if ent.label_ == "PERSON" else None
        if actor is None or actor.kind != "person":
            continue
        # (the words before the name back to the sentence's start, a verb or a comma; a
        # determiner opens the titles)
        first = ent.start
        while first > ent.sent.start and (prev := doc[first - 1]).pos_ in TITLE_POS and (
                prev.pos_ != "ADP" or prev.lower_ == "of"):
            first -= 1
            if prev.pos_ == "DET":
                break
        run = doc[first : ent.start]
        while len(run) and (run[0].pos_ in {"CCONJ", "ADP"} or run[0].text == "-"):
            run = run[1:]
        ands = [t for t in run if t.lower_ == "and"]
        if len(ands) != 1 or "\n" in run.text:
            continue
        parts = [doc[run.start : ands[0].i], doc[ands[0].i + 1 : run.end]]
        if not all(len(p) and any(t.lemma_.lower() in roles or t.text.split("-")[-1].lower()
                                  in roles for t in p) for p in parts):
            continue
        for start, end in [(run.start_char, run.end_char), (run.start_char, ent.end_char),
                           *((p.start_char, p.end_char) for p in parts)]:
            name(start, end, actor)
    mentions.sort(key=lambda m: (m["start"], m["end"]))


def _same_root(d: Document, mentions: list[Record]) -> None:
    """Phrases of one head word name one thing: "iTunes Music Store, a online music store"
    is the store "iTunes Music Store" is (a list aside, which names none of its items)."""
    doc = d.doc
    assert doc is not None
    by_root: dict[int, list[Record]] = {}
    for m in mentions:
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is not None and not _is_list(span):
            by_root.setdefault(span.root.i, []).append(m)
    for group in by_root.values():
        known = next((m for m in sorted(group, key=lambda m: m["end"] - m["start"])
                      if m["entity"] is not None), None)
        for m in group:
            if known is not None and m["entity"] is None:
                m["entity"], m["type"] = known["entity"], known["type"]


DEFINITE = frozenset({"the", "this", "these", "those"})


def _same_heads(d: Document, mentions: list[Record]) -> None:
    """A definite phrase, or a plural with no article, names again the thing an earlier
    phrase of the same head noun named, where no actor or product took it ("black boxes"
    ... "the black boxes", "iPhone 4 antenna" ... "the antenna", "users" ... "users")."""
    doc = d.doc
    assert doc is not None
    last: dict[str, Record] = {}  # head lemma -> the latest phrase it heads
    for m in mentions:
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is None or span.root.pos_ != "NOUN" or span.root.i != span[-1].i:
            continue  # (only a phrase that ends at its head: no clause or phrase after it)
        lemma = span.root.lemma_.lower()
        earlier = last.get(lemma)
        # (saying nothing the earlier phrase did not: "the team" is not "the parent product
        # development team" named before it)
        said = {t.lower_ for t in span if t.dep_ in {"amod", "compound", "nummod", "nmod"}}
        # (a plural with no article names the kind again: "users" ... "users", "suppliers")
        generic = span.root.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod"}
                                                      for c in span.root.children)
        if (m["entity"] is None and earlier is not None
                and said <= {w.lower() for w in d.article.text[
                    earlier["start"]:earlier["end"]].split()}
                and (generic or any(c.dep_ == "det" and c.lower_ in DEFINITE
                                    for c in span.root.children))):
            if earlier["entity"] is None:
                earlier["entity"] = f"phrase:{earlier['start']}"
            m["entity"], m["type"] = earlier["entity"], earlier["type"]
        last[lemma] = m


def _with_clauses(d: Document, mentions: list[Record]) -> None:
    """A phrase with the clause about it is a mention of the same thing as well: "the
    popular DC-9 family of jets, which has sold over 2,400 units", "an application that
    limits the volume". MEANTIME marks both extents of such a phrase, in one chain, though
    not always; the phrase alone stays a mention too, also where a mention came with its
    clause."""
    doc = d.doc
    assert doc is not None
    seen = {(m["start"], m["end"]) for m in mentions}
    for m in list(mentions):
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is None:
            continue
        inside = next((c for c in span.root.rights if c.dep_ in {"relcl", "acl"}
                       and span.root.i < c.i < span.end), None)
        if inside is not None:
            # a mention that came with its clause (an actor's, a name's apposition): the
            # phrase alone as well
            last = doc[inside.left_edge.i - 1]
            while last.i > span.root.i and (last.is_punct or last.is_space):
                last = doc[last.i - 1]
            alone = (m["start"], last.idx + len(last.text))
            if alone not in seen:
                seen.add(alone)
                mentions.append({**m, "end": alone[1]})
            continue
        clauses = [c for c in span.root.rights if c.dep_ in {"relcl", "acl"} and c.i >= span.end]
        if not clauses:
            continue
        last = clauses[-1].right_edge
        while last.i > clauses[-1].i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        if any("\n" in t.text for t in doc[span.end : last.i]):
            continue
        wider = (m["start"], last.idx + len(last.text))
        if wider not in seen:
            seen.add(wider)
            mentions.append({**m, "end": wider[1]})
    mentions.sort(key=lambda m: (m["start"], m["end"]))


def _predicates(d: Document, mentions: list[Record]) -> None:
    """A phrase that says what another is names the same entity: an apposition ("the A380,
    a twin-deck aircraft"), the predicate of "be" ("It is the thinnest smartphone", "Jobs
    was a visionary and a mentor"), what someone is called ("described him as a
    genius") and a relative pronoun ("an upgraded camera, which ...")."""
    doc = d.doc
    assert doc is not None
    by_root: dict[int, Record] = {}
    for m in sorted(mentions, key=lambda m: m["end"] - m["start"], reverse=True):
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is not None:
            by_root[span.root.i] = m  # the tightest mention headed by each word
    for i, m in sorted(by_root.items()):
        if m["entity"] is not None:
            continue
        tok = doc[i]
        while tok.dep_ == "conj" and tok.head.dep_ in {"attr", "appos", "pobj"}:
            tok = tok.head  # "a dear friend and an inspiring mentor": what the first is
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB":
            other = next((by_root.get(c.i) for c in tok.head.head.children
                          if c.dep_ == "dobj"), None)
        elif tok.dep_ == "appos":
            other = by_root.get(tok.head.i)
            if other is not None and other["entity"] is None:
                continue  # (the phrase it describes may take its entity: below)
        elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
            said = _said_to_be(tok)  # "It is ...", "The iPhone is claimed to be ..."
            other = by_root.get(said.i) if said is not None else None
        elif tok.lower_ in RELATIVES and tok.head.dep_ == "relcl":
            other = by_root.get(tok.head.head.i)  # "an upgraded camera, which ..."
        else:
            continue
        if other is not None and other["entity"] is None and tok.dep_ != "appos":
            # a thing no actor or product is, named again by its relative pronoun or its
            # predicate ("a twin-deck aircraft that ...", "It is a milestone")
            other["entity"] = f"phrase:{other['start']}"
        if other is not None and other["entity"] is not None:
            m["entity"], m["type"] = other["entity"], other["type"]
    for i, m in sorted(by_root.items()):
        # a phrase is what its apposition names ("its parent company, EADS")
        named = next((by_root[c.i] for c in doc[i].children if c.dep_ == "appos"
                      and c.i in by_root and by_root[c.i]["entity"] is not None), None)
        if m["entity"] is None and named is not None:
            m["entity"], m["type"] = named["entity"], named["type"]


RELATIVES = frozenset({"which", "that", "who", "whom"})
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
    # (a person's name takes no phrase after it: "Steve Jobs on medical leave")
    kids = [c for c in chunk.root.rights if c.dep_ not in NOT_IN_PHRASE and not (
        c.dep_ == "prep" and chunk.root.ent_type_ == "PERSON")]
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
        begin = chunk.start
        while (begin >= 2 and doc[begin - 1].text == "-" and not doc[begin - 1].whitespace_
               and not doc[begin - 2].whitespace_):
            # a chunk never starts inside a hyphenated word: "Apple Inc. co-founder Steve
            # Jobs", which the tokenizer splits at the hyphen
            begin = doc[begin - 2].left_edge.i
        if (begin > 0 and doc[begin].pos_ == "NOUN" and doc[begin].is_lower
                and doc[begin].dep_ == "compound" and doc[begin - 1].ent_type_ == "ORG"
                and doc[begin - 1].head.i not in range(chunk.start, chunk.end)):
            # a company's name the parser hung elsewhere before its description: "Airbus
            # parent EADS", of "Northrop Grumman and Airbus parent EADS"
            begin = next(e.start for e in doc.ents if e.start < begin <= e.end)
        start, end = doc[begin].idx, last.idx + len(last.text)
        if root.dep_ != "conj" and (items := _coordinated_end(root)) is not None:
            # a list is a mention of its own beside its items: "Mac OS X Lion, iOS 5, and
            # iCloud", "a 30GB edition and a 60GB edition"
            add(start, items.idx + len(items.text), "OTHER", None)
        if "\n" in d.article.text[start:root.idx]:
            # a phrase begins after a line break: the dateline before a story's first words
            # ("June 6, 2005\nApple Computer CEO ...") is not part of it
            start = d.article.text.rindex("\n", start, root.idx) + 1
            while d.article.text[start].isspace():
                start += 1
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
        elif (named := _named_actor(d, root)) is not None:
            add(start, end, _entity_type(named), named.id)
        else:
            add(start, end, NER_TYPES.get(root.ent_type_, "OTHER"),
                f"name:{root.lower_}" if root.pos_ == "PROPN" else None)
        if actor is not None and root.ent_type_ in {"PERSON", "ORG"} and (
                actor.kind == "person") == (root.ent_type_ == "PERSON"):
            # "Apple Inc. CEO Steve Jobs", "Russian flag carrier Aeroflot": the title or
            # description before the name is the named one too
            name = next(e for e in doc.ents if e.start <= root.i < e.end)
            title = doc[begin : name.start]
            while len(title) and (title[-1].is_punct or title[-1].is_space):
                title = title[:-1]
            if len(title) and (title[-1].lemma_.lower() in lexicon.roles() if actor.kind
                               == "person" else title[-1].pos_ == "NOUN"
                               and title[-1].is_lower):
                add(title.start_char, title.end_char, _entity_type(actor), actor.id)
        if any(c.dep_ == "appos" and c.i > root.i for c in root.children):
            # "Irish low cost airline, Ryanair", "The Airbus A380, the world's largest
            # passenger plane": the phrase before its apposition as well
            beside = next(c for c in root.children if c.dep_ == "appos" and c.i > root.i)
            own = doc[begin : beside.left_edge.i]
            while len(own) and (own[-1].is_punct or own[-1].is_space):
                own = own[:-1]
            if len(own) and own.end_char <= end and own.start_char >= start:
                add(own.start_char, own.end_char,
                    _entity_type(actor) if actor else "OTHER", actor.id if actor else None)
    for ent in doc.ents:
        if ent.label_ in NER_TYPES or ent.label_ == "NORP":
            actor = actor_at(d, ent.start_char, ent.end_char)
            if actor is not None and actor.ner_label == "ROLE":
                # a name inside a described group ("Apple executives") is the named actor
                # of that name, where there is one
                actor = next((a for a in d.actors if a.ner_label != "ROLE" and any(
                    m.text == ent.text for m in a.mentions)), actor)
            product = f"product:{ent.text.lower()}" if ent.label_ == "PRODUCT" else None
            add(ent.start_char, ent.end_char, NER_TYPES.get(ent.label_, "LOC"),
                actor.id if actor else product)
            # a name that begins with another actor's: "[Boeing] Commercial Airplanes",
            # "[Air France] Flight 447", "[Apple] Worldwide Developers Conference"
            for k in range(len(ent) - 1, 0, -1):
                inner = ent[:k]
                owner = _named_as(d, inner.text)
                if owner is not None and owner is not actor:
                    add(inner.start_char, inner.end_char, _entity_type(owner), owner.id)
                    break
    for tok in doc:
        if tok.tag_ == "PRP$":
            actor = actor_at(d, tok.idx, tok.idx + len(tok.text))
            add(tok.idx, tok.idx + len(tok.text), _entity_type(actor) if actor else "OTHER",
                actor.id if actor else None)
        elif tok.dep_ == "poss" and tok.pos_ in {"NOUN", "PROPN"}:
            # a possessor is a mention of its own: "the device's antenna"
            actor = actor_at(d, tok.idx, tok.idx + len(tok.text))
            add(tok.left_edge.idx, tok.idx + len(tok.text),
                _entity_type(actor) if actor else "OTHER", actor.id if actor else None)
    return out


def _said_to_be(noun: Token) -> Token | None:
    """What a noun says a thing is: the subject of "be" it is the predicate of (through
    "is said to be", "is claimed to be"), or the word it is set beside."""
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ != "attr":
        return None
    verb = noun.head
    while True:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or verb.dep_ != "xcomp":
            return subject
        verb = verb.head


ORDERS = frozenset({"first", "last", "final"})


def _units(span: Span, names: set[str]) -> str | None:
    """What picks out some units of a model in a phrase: a count ("22", "five") or an
    order ("first", "final"), not the model's own number ("787")."""
    for c in span.root.lefts:
        if c.i < span.start:
            continue
        # (a number after a name is its version: "iPhone 4", "the iPhone 4 handset")
        if (c.dep_ == "nummod" and _key(c) not in names and c.ent_type_ != "MONEY"
                and not any(_proper(t) for t in span.doc[span.start : c.i])):
            return c.lower_
        if c.lower_ in ORDERS or c.ent_type_ == "ORDINAL":
            return c.lower_
    return None


def _is_list(span: Span) -> bool:
    """Whether a phrase is a list ("Boeing and Airbus"), which names none of its items."""
    return any(c.dep_ == "conj" and c.i < span.end for c in span.root.rights)


def _subject(doc: Doc, start: int, end: int) -> bool:
    """Whether the phrase at [start, end) is its clause's subject."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ in {"nsubj", "nsubjpass"}


def _coordinated_end(root: Token) -> Token | None:
    """The last word of the list a noun heads ("the Macbook and the Macbook Pro"), if it
    heads one: its last conjunct's phrase, short of a clause about it."""
    conj = root
    while (nxt := next((c for c in conj.rights if c.dep_ == "conj"
                        and c.pos_ in {"NOUN", "PROPN", "NUM"}), None)) is not None:
        conj = nxt
    if conj is root:
        return None
    kids = [c for c in conj.rights if c.dep_ not in NOT_IN_PHRASE]
    last = kids[-1].right_edge if kids else conj
    while last.i > conj.i and (last.is_punct or last.is_space):
        last = last.doc[last.i - 1]
    return None if any("\n" in t.text for t in root.doc[root.i : last.i]) else last


def _named_as(d: Document, name: str) -> Any:
    """The one named actor a mention of which reads exactly `name`, if only one."""
    low = name.lower()
    found = [a for a in d.actors if a.ner_label != "ROLE"
             and any(m.text.lower() == low for m in a.mentions)]
    return found[0] if len(found) == 1 else None


def _named_actor(d: Document, root: Token) -> Any:
    """The one actor whose name a proper name the tagger missed is, or begins ("AirTran"
    for AirTran Airways, "AirTran Airways" in a quote), if only one."""
    if root.pos_ != "PROPN":
        return None
    first = root
    while first.i > 0 and first.doc[first.i - 1].dep_ == "compound" and first.doc[
            first.i - 1].pos_ == "PROPN" and first.doc[first.i - 1].head.i == root.i:
        first = first.doc[first.i - 1]
    name = first.doc[first.i : root.i + 1].text
    found = _named_as(d, name)  # one named so exactly before one whose name it begins
    if found is not None:
        return found
    low = name.lower()
    begun = [a for a in d.actors if a.ner_label != "ROLE" and any(
        x.text.lower().startswith(low + " ") for x in a.mentions)]
    return begun[0] if len(begun) == 1 else None


# the tagger's PRODUCT names sometimes take in a date ("the 777-200LR in February")
DATE_WORD_RX = re.compile(
    r"(?i)(january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?")
YEAR_RX = re.compile(r"(1[89]|20)\d\d")
CAMEL_RX = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]+")  # "iPhone", "iOS", "eBay"
# How far back a definite product noun looks for the product it means ("the aircraft")
PRODUCT_REACH = 6  # sentences
REFERRING_DETS = frozenset({"the", "this", "that", "these", "those", "its", "their"})
PRODUCT_PRONOUNS = frozenset({"it", "its", "which", "that"})
# a kind of product noun that fits a product of any kind ("the device", "the new model")
ANY_KIND = frozenset({"any", "device"})
# kinds of things made for another product: a name compounded with a common noun of one
# ("the new iPhone 3.0 software") is not said to be of that kind ("the new phone" after it
# is still the iPhone), though its own capitalized name is ("the App Store")
FOR_ANOTHER = frozenset({"software", "store"})


@cache
def _product_nouns() -> dict[str, str]:
    """Product noun -> its kind ("airliner" -> aircraft), from data/product_nouns.tsv."""
    return {w: k for k, words in lexicon.word_kinds("product_nouns.tsv").items() for w in words}


def _key(tok: Token) -> str:
    """A product name's key: "777s", "iPhones" and "iPhone" are one."""
    low = tok.lower_
    plural = tok.tag_ in {"NNS", "NNPS"} or any(c.isdigit() for c in low)
    return low[:-1] if plural and len(low) > 3 and low.endswith("s") else low


def _proper(tok: Token) -> bool:
    """A name: a proper noun, or a capitalized noun inside its sentence (the tagger calls
    "Dreamliner" in "first 787 Dreamliner" a common noun)."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper()
                                   and not tok.is_sent_start)


def _makers(d: Document) -> set[str]:
    """Words that name the organizations that make things, not the things: organizations
    the knowledge base knows ("Boeing", "Apple"). "Boeing 787" names the 787. (A possessor
    is no sign of a maker: "the iPod's volume".)"""
    doc = d.doc
    assert doc is not None
    known = lexicon.organizations()
    words: set[str] = set()
    for a in d.actors:
        if a.kind == "organization" and a.name.lower() in known:
            words |= {_key(t) for m in a.mentions
                      if (span := doc.char_span(m.start, m.end)) is not None for t in span}
    return words


def _product_names(d: Document) -> set[str]:
    """The keys of the words that name products in this article: the tagger's PRODUCT
    names, model designations ("the 787", "A380") and proper names compounded with a product
    noun ("its iPad tablet", "iPhone device"), their makers' names aside. A word that names
    a product once does so throughout ("iPhone", which the tagger also calls an
    organization)."""
    doc = d.doc
    assert doc is not None
    nouns = _product_nouns()
    names: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PRODUCT":
            names |= {_key(t) for t in ent if t.pos_ in {"PROPN", "NOUN", "NUM"}
                      and not DATE_WORD_RX.fullmatch(t.text)}
    for tok in doc:
        # (a number that counts something is no name: "326 pixels", "149 aircraft"; one
        # before a name is: "787 Dreamliner")
        model = (MODEL_RX.fullmatch(tok.text) and not YEAR_RX.fullmatch(tok.text)
                 and (tok.dep_ not in {"nummod", "quantmod"} or _proper(tok.head))
                 and tok.ent_type_ not in {"MONEY", "DATE", "TIME", "PERCENT", "QUANTITY"})
        if model or (tok.pos_ == "PROPN" and tok.dep_ in {"compound", "nmod"}
                     and tok.head.lemma_.lower() in nouns
                     and tok.ent_type_ not in {"PERSON", "GPE", "NORP", "DATE", "TIME"}):
            names.add(_key(tok))
        if (tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.head.pos_ == "NUM"
                and tok.head.ent_type_ in {"", "CARDINAL", "PRODUCT"}):
            names.add(_key(tok))  # a name with its version number: "iOS 5", "Windows 7"
        if tok.pos_ == "PROPN" and CAMEL_RX.fullmatch(tok.text):
            names.add(_key(tok))  # "iCloud", "iOS": a brand's spelling
        if (model and _proper(tok.head) and tok.head.i > tok.i
                and tok.head.ent_type_ not in {"DATE", "TIME"}):
            names.add(_key(tok.head))  # "787 Dreamliner": the Dreamliner too
    for tok in doc:
        # a name said to be a product noun is a product's ("The iPhone is claimed to be a
        # revolutionary mobile phone", "the Walkman, a portable player")
        if tok.lemma_.lower() in nouns and (said := _said_to_be(tok)) is not None and (
                said.pos_ == "PROPN" and said.ent_type_ not in {"PERSON", "GPE", "NORP"}):
            names.add(_key(said))
    names -= _makers(d)
    # the one of many names the one ("iPods" names the iPod)
    return names | {n[:-1] for n in names if len(n) > 3 and n.endswith("s")}


def _name_mentions(doc: Doc, names: set[str], mentions: list[Record]) -> None:
    """A product's name where no noun phrase holds it alone: its maker and model ("Airbus
    A380", "Boeing's 747"), one that modifies another noun ("iPhone 4 owners") and a model
    number that heads its phrase, which the parser's noun chunks leave out ("the 787")."""
    seen = {(m["start"], m["end"]) for m in mentions}
    nouns = _product_nouns()

    def add(span: tuple[int, int]) -> None:
        if span not in seen:
            seen.add(span)
            mentions.append({"start": span[0], "end": span[1], "type": "PRO", "entity": None})

    for tok in doc:
        if _key(tok) not in names or tok.dep_ in {"nummod", "quantmod"}:
            continue
        first = tok
        while first.i > 0:
            prev = doc[first.i - 1]
            if prev.tag_ == "POS" and prev.i > 0 and doc[prev.i - 1].dep_ == "poss":
                prev = doc[prev.i - 1]  # "Boeing's 747"
            elif prev.pos_ not in {"PROPN", "NUM"} or (
                    prev.dep_ not in {"compound", "nmod"}
                    and not (prev.dep_ == "nummod" and _key(prev) in names)):
                break  # (a model number before its name is part of it: "787 Dreamliner")
            if prev.head.i != tok.i:
                break
            first = prev
        # with its number, the parser's child or its neighbour ("iPhone 4 owners")
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else tok
        last = after if after.pos_ == "NUM" and (
            after.dep_ == "nummod" or after.i == tok.head.i) else tok  # "iOS 5"
        modifier = (tok.dep_ in {"compound", "nmod"} and tok.head.lemma_.lower() not in nouns
                    and tok.head.pos_ not in {"PROPN", "NUM"})
        spans = []
        if tok.pos_ == "NUM" and not modifier and tok.dep_ not in {"compound", "nmod"}:
            spans.append((tok.left_edge.idx, last.idx + len(last.text)))  # "the 787"
        # (a name its phrase describes is a mention of its own: "final 717", "18 777s",
        # "22 new Boeing 787 Dreamliners")
        if last.i == tok.head.i != tok.i:  # its version heads the phrase: "the new iOS 4"
            spans += [(last.left_edge.idx, last.idx + len(last.text)),
                      (first.idx, last.idx + len(last.text))]
        elif modifier or first.i < tok.i or any(
                c.i < first.i and c.dep_ not in {"det", "poss", "case", "punct"}
                for c in tok.lefts):
            spans.append((first.idx, last.idx + len(last.text)))
        for span in spans:
            add(span)
    for head in doc:
        # a product noun with its model's name, inside a longer phrase: "[Boeing 787
        # Dreamliner aircraft]" of "22 new ...", "[777 planes]" of "Boeing's larger ..."
        if head.pos_ != "NOUN" or head.lemma_.lower() not in nouns:
            continue
        named = [c for c in head.lefts if _key(c) in names
                 and c.dep_ in {"compound", "nmod", "nummod"}]
        if named and (first := named[0].left_edge).i > head.left_edge.i and all(
                t.pos_ in {"PROPN", "NUM"} for t in doc[first.i : named[-1].i + 1]):
            add((first.idx, head.idx + len(head.text)))
    mentions.sort(key=lambda m: (m["start"], m["end"]))


def _version_of(root: Token, mentions: list[Record], products: set[str]) -> str | None:
    """The product a version, model or prototype is of ("a 3G version of its iPhone
    device", "a prototype of the new phone"), where its "of" phrase names one."""
    objects = [c.idx for p in root.rights if p.dep_ == "prep" and p.lower_ == "of"
               for c in p.children if c.dep_ == "pobj"]
    return next((x["entity"] for x in mentions if x["entity"] in products
                 and any(x["start"] <= i < x["end"] for i in objects)), None)


def _product_chains(d: Document, mentions: list[Record]) -> None:
    """Products as entities: the mentions that name one product ("the Airbus A380", "the
    A380", "A380s"; "787 Dreamliner" joins "787" and "Dreamliner"), the definite product
    nouns that refer back to it ("the aircraft", "the new phone"), and the "it", "its" and
    "which" that stand for it where no actor took them. Each becomes a PRO mention of one
    entity."""
    doc = d.doc
    if doc is None:
        return
    names = _product_names(d)
    if not names:
        return
    nouns = _product_nouns()
    _name_mentions(doc, names, mentions)
    parent = {n: n for n in names}

    def find(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def tokens(m: Record) -> Span | None:
        """The mention's words; none for a list, which names no one product ("18 777s and
        14 787s")."""
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        return None if span is None or _is_list(span) else span

    for n in names:
        if n.endswith("s") and n[:-1] in names:
            parent[find(n)] = find(n[:-1])
    named: list[tuple[Record, list[str], Span]] = []
    for m in mentions:
        span = tokens(m)
        if span is None:
            continue
        root = span.root
        # the phrase's head, or the name compounded with its product noun ("its iPhone
        # device"), not a name that only modifies another thing ("iPhone 4 owners") or one
        # in a phrase it takes ("a version of its iPhone")
        own = [root] + ([t for t in span
                         if (t.i < root.i and (t.dep_ in {"compound", "nmod", "nummod"}
                                               or (root.pos_ == "NUM" and t.head.i == root.i
                                                   and t.pos_ == "PROPN")))  # "iOS 5"
                         or (t.dep_ == "nummod" and t.head.i == root.i)]  # "Boeing 777"
                        if (_proper(root) and (_key(root) in names or not root.is_upper))
                        or root.pos_ == "NUM" or root.lemma_.lower() in nouns
                        else [])
        keys = [k for t in own if (k := _key(t)) in names]
        if keys:
            for k in keys[1:]:
                parent[find(k)] = find(keys[0])
            named.append((m, keys, span))
    # the kinds each product is said to be, by the nouns its names go with ("787 aircraft")
    kinds: dict[str, set[str]] = {}
    # actors whose own name is a product's: the tagger's organization "iPod"
    misnamed = {a.id for a in d.actors if a.kind != "person"
                and a.name.split()[-1].lower() in names}
    taken: dict[str, str] = {}  # such an actor's id -> the product its mentions name
    for m, keys, span in named:
        if m["entity"] in misnamed:
            taken.setdefault(m["entity"], f"product:{find(keys[0])}")
        m["entity"], m["type"] = f"product:{find(keys[0])}", "PRO"
        if (units := _units(span, names)) is not None:
            # so many of them, or the first or last: those units, not the model ("22 new
            # Boeing 787 Dreamliners", "five new 737 aircraft", "the final Boeing 717")
            m["entity"] += f"#{units}"
        kind = nouns.get(span.root.lemma_.lower())
        if kind in FOR_ANOTHER and not _proper(span.root):
            kind = None
        kinds.setdefault(m["entity"], set()).update({kind} - {None} - ANY_KIND)
    # such an actor is the product, with what it went with ("the world's most-sold MP3
    # Player, the iPod")
    for m in mentions:
        if m["entity"] in taken:
            m["entity"], m["type"] = taken[m["entity"]], "PRO"
    # and by what it is said to be ("the A380, a twin-deck aircraft")
    heads = {span.root.i: m["entity"] for m, _keys, span in named}
    for tok in doc:
        kind = nouns.get(tok.lemma_.lower())
        if (kind is not None and kind not in ANY_KIND and tok.pos_ == "NOUN"
                and (said := _said_to_be(tok)) is not None and said.i in heads):
            kinds[heads[said.i]].add(kind)
    # (start, sentence index, entity, end) of each product mention, in order
    sent_of = {s.start_char: i for i, s in enumerate(parse.sents(doc))}

    def sentence(char: int) -> int:
        s = parse.sentence_at(doc, char)
        return sent_of.get(s.start_char, -1) if s is not None else -1

    # (units of a model are not what "the aircraft" or "it" go back to: the model is)
    chain: list[tuple[int, int, str, int]] = [
        (m["start"], sentence(m["start"]), m["entity"].partition("#")[0], m["end"])
        for m, _, _ in named]
    products = {m["entity"] for m, _, _ in named}
    bodies = [x.start for a in d.actors if a.kind != "person" for x in a.mentions]
    for m in mentions:
        if m["entity"] in products:
            continue
        span = tokens(m)
        if span is None:
            continue
        root = span.root
        here = sentence(m["start"])
        if len(span) == 1 and root.lower_ in PRODUCT_PRONOUNS and root.pos_ in {"PRON", "DET"}:
            if m["entity"] is not None and not str(m["entity"]).startswith(("name:", "product:")):
                # an actor's "it", unless a product was its clause's subject since the
                # actor was named ("Airbus decided ... The plane left after its scheduled
                # departure")
                named = max((x["start"] for x in mentions if x["entity"] == m["entity"]
                             and x["start"] < m["start"]), default=-1)
                since = [(s, e) for s, n, e, end in chain if named < s < m["start"]
                         and n >= here - 1 and root.lower_ in {"it", "its"}
                         and _subject(doc, s, end)]
                if not since:
                    continue
                m["entity"], m["type"] = since[-1][1], "PRO"
                continue
            if root.lower_ in {"which", "that"}:
                if root.head.dep_ != "relcl":
                    continue
                head = root.head.head  # the noun the clause describes
                found = next((x["entity"] for x in mentions if x["entity"] in products
                              and x["start"] <= head.idx < x["end"]), None)
            else:
                # the product named last in this or the previous sentence, unless an
                # organization or a country was named after it ("Ryanair ordered five 737s
                # and said it ..."), where the product was not its clause's subject ("The
                # Boeing 777 is built by Boeing. It carries ...")
                last = next(((s, end, e) for s, n, e, end in reversed(chain)
                             if s < m["start"] and n >= here - 1), None)
                found = last[2] if last is not None and (
                    any(_subject(doc, s, end) for s, n, e, end in chain
                        if e == last[2] and s < m["start"] and n >= here - 1)
                    or not any(last[1] <= s < m["start"] for s in bodies)) else None
        elif (nouns.get(root.lemma_.lower()) == "any" and m["entity"] is None
              and (found := _version_of(root, mentions, products)) is not None):
            pass  # a version of a product is that product: "A new version of iTunes"
        elif (root.lemma_.lower() in nouns and m["entity"] is None
              and any((c.dep_ == "det" and c.lower_ in REFERRING_DETS) or c.dep_ == "poss"
                      for c in root.children)):
            # the product of its kind named last ("the aircraft": not the engines)
            kind = nouns[root.lemma_.lower()]
            fits = [e for s, n, e, _end in chain
                    if s < m["start"] and n >= here - PRODUCT_REACH
                    and (kind in ANY_KIND or not kinds.get(e) or kind in kinds[e])]
            # one said to be of this kind before one of no known kind ("the store": the App
            # Store, not the iPhone)
            fits = [e for e in fits if kind in kinds.get(e, ())] or fits
            # the product the article has talked about most (a phrase inside another of
            # the same product counting once: "a Boeing 747"), the first named on a tie (the
            # one the article set out to talk about)
            said = [(s, end, e) for s, _n, e, end in chain if s < m["start"]]
            weight = {e: sum(1 for s, end, x in said if x == e and not any(
                          y == e and s2 <= s and end <= end2 and (s2, end2) != (s, end)
                          for s2, end2, y in said)) for e in fits}
            found = max(fits, key=lambda e: weight[e]) if fits else None
        else:
            continue
        if found is not None:
            m["entity"], m["type"] = found, "PRO"
            products.add(found)
            if root.lemma_.lower() in nouns and nouns[root.lemma_.lower()] not in ANY_KIND:
                kinds.setdefault(found, set()).add(nouns[root.lemma_.lower()])
            insort(chain, (m["start"], here, found, m["end"]))
    # a version of a product named inside it after it ("a prototype of the new phone",
    # where "the new phone" found its product after the version was passed)
    for m in mentions:
        span = tokens(m) if m["entity"] is None else None
        if span is not None and nouns.get(span.root.lemma_.lower()) == "any" and (
                found := _version_of(span.root, mentions, products)) is not None:
            m["entity"], m["type"] = found, "PRO"
    # a headline's product noun names the product of its kind the story names first
    # ("World's largest passenger airliner makes first flight\n... The A380 ...")
    headline = d.article.text.find("\n")
    for m in mentions:
        span = tokens(m) if 0 < m["end"] <= headline and m["entity"] is None else None
        kind = nouns.get(span.root.lemma_.lower()) if span is not None else None
        if kind is None or span.root.pos_ != "NOUN":
            continue
        found = next((e for s, _n, e, _end in chain if s > headline
                      and (kind in ANY_KIND or not kinds.get(e) or kind in kinds[e])), None)
        if found is not None:
            m["entity"], m["type"] = found, "PRO"
