"""Ingest: read → skip what the store has → extract (here, or in N worker processes) → store.

The store has one writer, this process; with ``workers > 1`` the parse and extraction run
in worker processes that load the model once each, and results come back in input order,
so a run with workers stores exactly what a run without them stores. Each batch is one
transaction: a run stopped at any moment is resumed by running it again.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from dyad import parse, pipeline
from dyad.model import Article, Document
from dyad.read import ReadError, ReadResult
from dyad.store import Store

Result = Document | tuple[Article, str]
WORKER_CHUNK = 16  # articles per task sent to a worker process


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    present: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _worker_init() -> None:
    """Load what every article needs, once per worker."""
    from dyad import places

    parse.load()
    places.load()


def extract_batch(articles: list[Article]) -> list[Result]:
    """Extraction results for a batch, without the spaCy parse (which stays in the worker)."""
    out: list[Result] = []
    for result in pipeline.process(articles, batch_size=max(1, len(articles))):
        if isinstance(result, Document) and result.doc is not None:
            parse.release(result.doc)
            result.doc = None
        out.append(result)
    return out


def ingest(items: Iterable[ReadResult], store: Store, batch_size: int = 64, workers: int = 1,
           progress: Callable[[int], None] | None = None) -> IngestReport:
    report = IngestReport()
    sent: set[str] = set()  # ids already on their way to the store in this run
    pool = None
    if workers > 1:
        method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        pool = mp.get_context(method).Pool(workers, initializer=_worker_init)
    pending: deque[tuple[Any, list[ReadError], int]] = deque()
    try:
        for batch in _batches(items, batch_size):
            errors = [r for r in batch if isinstance(r, ReadError)]
            articles = [r for r in batch if isinstance(r, Article)]
            report.read += len(articles)
            known = store.known_ids(a.id for a in articles)
            fresh = []
            for a in articles:
                if a.id in known or a.id in sent:
                    report.present += 1
                else:
                    sent.add(a.id)
                    fresh.append(a)
            # With workers, a batch goes out in parts so that the workers finish together:
            # whole batches left one worker parsing the last while the other waited.
            parts = ([pool.apply_async(extract_batch, (part,))
                      for part in _batches(fresh, WORKER_CHUNK)] if pool
                     else [extract_batch(fresh)])
            pending.append((parts, errors, len(batch)))
            # Keep every worker busy, but no more batches in flight than that.
            while pending and (pool is None or len(pending) > 2 * workers):
                _store(store, *pending.popleft(), report, progress)
        while pending:
            _store(store, *pending.popleft(), report, progress)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    return report


def _store(store: Store, parts: list[Any], errors: list[ReadError], size: int,
           report: IngestReport, progress: Callable[[int], None] | None) -> None:
    # A part is a list of results, or a worker's pending list of results.
    results: list[Result] = [r for part in parts
                             for r in (part if isinstance(part, list) else part.get())]
    docs = [r for r in results if isinstance(r, Document)]
    failed: list[tuple[str, str | None, str]] = [(e.source, None, e.reason) for e in errors]
    failed += [(a.source or a.id, a.id, reason) for a, reason in
               (r for r in results if not isinstance(r, Document))]
    _record(store, docs, failed, report)
    if progress:
        progress(size)


def _record(store: Store, docs: list[Document], failed: list[tuple[str, str | None, str]],
            report: IngestReport) -> None:
    """Store a batch's documents and note their warnings and its failures (source,
    article id, reason), in the store and in the report."""
    report.stored += store.add_documents(docs)
    noted = [(d.article.source or d.article.id, d.article.id, w) for d in docs
             for w in d.warnings]
    if noted:
        store.add_errors(noted, severity="warning")
        report.warnings.extend((s, w) for s, _a, w in noted)
    if failed:
        store.add_errors(failed)
        report.failed += len(failed)
        report.failures.extend((s, r) for s, _a, r in failed)
