"""The data's path, top to bottom: read -> parse -> extract stages -> store.

``STAGES`` lists the extraction stages in the order they run; each takes the
:class:`~dyad.model.Document` and enriches it in place, as spaCy components enrich a ``Doc``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from dyad import actors, dedupe, events, parse, places, quotes, timex
from dyad.model import Article, Document

Stage = Callable[[Document], None]

STAGES: list[tuple[str, Stage]] = [
    ("actors", actors.run),  # who is named or described
    ("places", places.run),  # where (needs actors: a capital that acts is not a place)
    ("time", timex.run),  # when, against the publication date
    ("quotes", quotes.run),  # who says what (needs actors for speakers)
    ("events", events.run),  # who did what to whom (needs all of the above)
]


class ExtractionError(Exception):
    """An article the pipeline could not process; the batch goes on without it."""


def check(article: Article) -> None:
    if len(article.text) > parse.MAX_CHARS:
        raise ExtractionError(
            f"text is {len(article.text):,} characters; the limit is {parse.MAX_CHARS:,}"
        )


def enrich(d: Document) -> Document:
    d.warnings.extend(d.article.warnings)
    d.signature = dedupe.to_blob(dedupe.signature(d.article.text))
    language = d.article.language or "en"
    if not language.lower().startswith("en"):
        return d  # the extractors read English: the text is stored and searchable only
    for _name, stage in STAGES:
        stage(d)
    return d


def process(articles: Iterable[Article], batch_size: int = parse.BATCH_SIZE
            ) -> Iterator[Document | tuple[Article, str]]:
    """Documents for articles, in input order, parsed in batches; an article that fails
    comes back as (article, reason) and the rest go on."""
    pending: list[tuple[Article, str | None]] = []  # (article, reason it cannot be parsed)

    def flush() -> Iterator[Document | tuple[Article, str]]:
        texts = [a.text for a, reason in pending if reason is None]
        # Parsed lazily in spaCy's minibatches: however large the window (an ingest batch),
        # only one minibatch of parses is held at a time.
        docs = parse.parse_many(texts)
        for article, reason in pending:
            if reason is not None:
                yield article, reason
                continue
            doc = next(docs)
            try:
                yield enrich(Document(article=article, doc=doc))
            except Exception as exc:  # one bad article must not stop the batch
                parse.release(doc)
                yield article, f"extraction failed: {type(exc).__name__}: {exc}"
        pending.clear()

    for article in articles:
        try:
            check(article)
            pending.append((article, None))
        except ExtractionError as exc:
            pending.append((article, str(exc)))
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()


def extract(article: Article) -> Document:
    """One article through the whole path, without a store."""
    check(article)
    return enrich(Document(article=article, doc=parse.parse(article.text)))
