"""The cluster engine: the same pipeline on Dask distributed workers, its results written
as Parquet shards that ``dyad load`` merges into the store, or that DuckDB and Spark read
in place.

The client reads the input, leaves out what the store already holds, and sends
partitions of articles to the workers (``client.map``, one task per partition, keyed by
its content so that a resubmitted partition is the same task). Each worker loads the
model once (the first partition it runs) and writes, per partition and publication date::

    SHARDS/documents/published=2024-11-15/part-<key>.parquet   # one row per article
    SHARDS/events/published=2024-11-15/part-<key>.parquet      # flat event rows
    SHARDS/quotes/published=2024-11-15/part-<key>.parquet      # flat quote rows

A shard is written to a temporary name and renamed, so a worker lost mid-write leaves no
partial shard; Dask runs a lost worker's partitions again, and a partition written twice
is the same file. Loading is idempotent by article id, in input order (each document row
carries its position), so the store equals the one the single-process path makes.

On a real cluster, SHARDS must be a directory every worker and the client can reach (a
shared filesystem); see docs/scaling.md.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from dyad import parse
from dyad.ingest import IngestReport, _batches, _record, extract_batch
from dyad.model import Article, Document, Event, Place, Quote, Span, document_from_json
from dyad.read import ReadError, ReadResult
from dyad.store import Store

TABLES = ("documents", "events", "quotes")
# Characters per partition, besides its count of articles: partitions of a few long
# articles took several times the mean, and the last of them left the other workers idle.
PARTITION_CHARS = 60_000


def _key(part: list[tuple[str, Article]]) -> str:
    h = hashlib.sha1()
    for seq, article in part:
        h.update(seq.encode())
        h.update(article.id.encode())
    return h.hexdigest()[:16]


@functools.cache
def _schemas() -> dict[str, Any]:
    """One schema per shard table, whatever a partition holds: a partition whose events
    have no place, or whose articles all succeeded, still gives those columns their type,
    so that DuckDB, Spark and pyarrow datasets read every shard alike. The event and quote
    columns are those of a fully filled row (nested fields flattened as in exports)."""
    import pyarrow as pa

    span = Span(0, 1, "x")
    event = Event(id="", plover="", mode="", cameo="", quad_class=0, goldstein=0.0,
                  plover_score=0.0, source=[], target=[], evidence=span, trigger=span,
                  place=Place(start=0, end=1, text="x", name="", country="", lat=0.0,
                              lon=0.0, region="").ref())
    quote = Quote(id="", speaker="", speaker_text="", speaker_span=span, cue=span,
                  content=[span], kind="", within="")

    def typed(row: dict[str, Any]) -> Any:
        types = {bool: pa.bool_(), int: pa.int64(), float: pa.float64()}
        return pa.schema([("article_id", pa.string())] + [
            (k, types.get(type(v), pa.string())) for k, v in _flat_rows_of(row).items()])

    documents = pa.schema([("seq", pa.string()), ("article_id", pa.string()),
                           ("source", pa.string()), ("failed", pa.string()),
                           ("warnings", pa.string()), ("document", pa.string()),
                           ("signature", pa.binary())])
    return {"documents": documents, "events": typed(event.to_json()),
            "quotes": typed(quote.to_json())}


def _write(table: str, rows: list[dict[str, Any]], shards: Path, date: str, key: str) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = shards / table / f"published={date}"
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"part-{key}.parquet"
    tmp = folder / f".part-{key}.{uuid.uuid4().hex}.tmp"
    schema = _schemas()[table]
    pq.write_table(pa.Table.from_arrays([_column([r.get(f.name) for r in rows], f.type)
                                         for f in schema], schema=schema), tmp)
    os.replace(tmp, final)  # atomic: readers see the whole shard or none
    return str(final)


def _column(values: list[Any], type_: Any) -> Any:
    """An Arrow array of ``values`` (None for null) of a shard column's type, built from its
    buffers. ``pa.array`` would do the same, but it asks of every input whether it is a
    pandas object, and so imports pandas: 40 MB more at a worker's peak, in a process that
    has no other use for it."""
    import numpy as np
    import pyarrow as pa

    valid = np.array([v is not None for v in values], dtype=bool)
    nulls = len(values) - int(valid.sum())
    bitmap = pa.py_buffer(np.packbits(valid, bitorder="little")) if nulls else None
    if pa.types.is_string(type_) or pa.types.is_binary(type_):
        data = [b"" if v is None else v.encode() if isinstance(v, str) else bytes(v)
                for v in values]
        offsets = np.zeros(len(data) + 1, dtype=np.int32)
        np.cumsum([len(d) for d in data], out=offsets[1:])
        buffers = [bitmap, pa.py_buffer(offsets), pa.py_buffer(b"".join(data))]
    elif pa.types.is_boolean(type_):
        flags = np.array([bool(v) for v in values], dtype=bool)
        buffers = [bitmap, pa.py_buffer(np.packbits(flags, bitorder="little"))]
    else:  # int64 or float64
        numbers = np.array([0 if v is None else v for v in values],
                           dtype=np.int64 if pa.types.is_integer(type_) else np.float64)
        buffers = [bitmap, pa.py_buffer(numbers)]
    return pa.Array.from_buffers(type_, len(values), buffers, null_count=nulls)


def _flat_rows_of(row: dict[str, Any]) -> dict[str, Any]:
    from dyad.export import flat

    return {k: None if v is None else str(v) if not isinstance(v, int | float | bool) else v
            for k, v in flat(row).items()}


def _flat_rows(kind: str, d: Document) -> list[dict[str, Any]]:
    items = d.events if kind == "events" else d.quotes
    # The publication date is the shard's partition (published=...), not a column.
    return [{"article_id": d.article.id, **_flat_rows_of(x.to_json())} for x in items]


# glibc's mallopt parameters (malloc.h).
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
# Arrays up to this size come from the heap: the parse's larger arrays (a minibatch's
# layer outputs, a few MiB) then reuse freed memory instead of a fresh mapping each time.
# Measured on Dask workers over the 300 longest dev articles, 3 alternated rounds: system
# time 17 s as the nanny leaves it, 8.5 s at 4 MiB, 2 s at 8 MiB (no less at 16 or 32 MiB,
# which only kept more memory).
_MMAP_THRESHOLD = 8 << 20
# Free memory at the heap's top above this is given back to the system, as the nanny
# intends; 1 MiB rather than its 64 KiB, which shrank and regrew the heap between arrays.
_TRIM_THRESHOLD = 1 << 20


@functools.cache
def _restore_malloc() -> bool:
    """Undo what Dask's nanny does to a worker's allocator, once per worker.

    The nanny starts workers with ``MALLOC_TRIM_THRESHOLD_=65536``. Any such setting
    turns off glibc's dynamic thresholds, so the mmap threshold stays at 128 KiB and every
    larger array of the parse is mapped, faulted in and unmapped anew: a Dask worker spent
    a fifth more time on the same partitions than with the thresholds set here. False
    where the C library is not glibc or the variable is unset (nothing to undo)."""
    if "MALLOC_TRIM_THRESHOLD_" not in os.environ:
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)
                and mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD))


def _trim_malloc() -> None:
    """Give the heap's free pages back after a partition, where ``_restore_malloc`` kept
    larger arrays on the heap: what one partition's parse left free would otherwise add
    to the next one's peak."""
    import ctypes

    ctypes.CDLL("libc.so.6").malloc_trim(0)


def process_partition(part: list[tuple[str, Article]], shards: str) -> dict[str, Any]:
    """Run on a worker: extract a partition and write its shards. Returns what it wrote."""
    restored = _restore_malloc()
    key = _key(part)
    seqs = {a.id: seq for seq, a in part}
    by_date: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for result in extract_batch([a for _, a in part]):
        if isinstance(result, Document):
            article, doc, reason = result.article, result, None
        else:
            (article, reason), doc = result, None
        date = article.published or "unknown"
        tables = by_date.setdefault(date, {t: [] for t in TABLES})
        tables["documents"].append({
            "seq": seqs[article.id], "article_id": article.id, "source": article.source,
            "failed": reason, "warnings": json.dumps(doc.warnings if doc else []),
            "document": json.dumps(doc.to_json(), ensure_ascii=False) if doc else None,
            "signature": doc.signature if doc else None})
        if doc is not None:
            tables["events"].extend(_flat_rows("events", doc))
            tables["quotes"].extend(_flat_rows("quotes", doc))
    written = [_write(table, rows, Path(shards), date, key)
               for date, tables in sorted(by_date.items())
               for table, rows in tables.items() if rows]
    if restored:
        _trim_malloc()
    return {"key": key, "articles": len(part), "shards": written}


def run(items: Iterable[ReadResult], store: Store, shards: str | Path,
        scheduler: str | None = None, workers: int = 2, partition_size: int = 32,
        progress: Callable[[int], None] | None = None) -> IngestReport:
    """Extract on a Dask cluster (``scheduler``'s address, or a local cluster of ``workers``
    processes), write shards under ``shards``, and load each partition's into ``store`` as
    soon as it and all before it are written."""
    from dask.distributed import Client, LocalCluster, as_completed

    shards = Path(shards).resolve()
    shards.mkdir(parents=True, exist_ok=True)
    report = IngestReport()
    run_id = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
    errors: list[ReadError] = []
    fresh: list[tuple[str, Article]] = []
    seen: set[str] = set()
    for batch in _batches(items, 512):
        articles = [r for r in batch if isinstance(r, Article)]
        errors += [r for r in batch if isinstance(r, ReadError)]
        report.read += len(articles)
        known = store.known_ids(a.id for a in articles)
        for a in articles:
            if a.id in known or a.id in seen:
                report.present += 1
            else:
                seen.add(a.id)
                fresh.append((f"{run_id}:{len(fresh):012d}", a))
    parts = list(parse.minibatches(fresh, partition_size, PARTITION_CHARS,
                                   size=lambda item: len(item[1].text)))
    cluster = None if scheduler else LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    loaded, seen_ids = IngestReport(), set[str]()
    try:
        with Client(scheduler or cluster) as client:
            futures = client.map(process_partition, parts, shards=str(shards), retries=3,
                                 key=[f"dyad-partition-{_key(p)}" for p in parts])
            # Each partition is loaded as soon as it and every one before it are done: the
            # store fills in input order while the cluster works, rather than after it.
            position = {f.key: i for i, f in enumerate(futures)}
            done: dict[int, dict[str, Any]] = {}
            following = 0
            for future in as_completed(futures):
                done[position[future.key]] = future.result()
                while following in done:
                    written = done.pop(following)
                    files = [Path(f) for f in written["shards"]
                             if Path(f).parent.parent.name == "documents"]
                    _load_rows(_read_rows(files), store, loaded, seen_ids)
                    following += 1
                    if progress:
                        progress(written["articles"])
    finally:
        if cluster is not None:
            cluster.close()
    report.stored, report.failed = loaded.stored, loaded.failed
    report.failures, report.warnings = loaded.failures, loaded.warnings
    if errors:
        store.add_errors([(e.source, None, e.reason) for e in errors])
        report.failed += len(errors)
        report.failures.extend((e.source, e.reason) for e in errors)
    return report


def _read_rows(files: Iterable[Path]) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    rows: list[dict[str, Any]] = []
    for f in files:
        rows += pq.read_table(f).to_pylist()
    rows.sort(key=lambda r: r["seq"])
    return rows


def load(paths: Iterable[str | Path], store: Store, batch_size: int = 64,
         progress: Callable[[int], None] | None = None) -> IngestReport:
    """Merge document shards (files, or shard folders) into the store, in input order;
    articles the store has are skipped, so loading again changes nothing."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            folder = p / "documents" if (p / "documents").is_dir() else p
            files += sorted(folder.rglob("part-*.parquet"))
        elif p.suffix == ".parquet":
            files.append(p)
    rows = _read_rows(files)
    report = IngestReport()
    _load_rows(rows, store, report, set(), batch_size, progress)
    return report


def _load_rows(rows: list[dict[str, Any]], store: Store, report: IngestReport,
               seen: set[str], batch_size: int = 64,
               progress: Callable[[int], None] | None = None) -> None:
    """Store document rows (in their order) that neither ``seen`` nor the store has."""
    for batch in _batches(rows, batch_size):
        fresh = [r for r in batch if r["article_id"] not in seen]
        seen.update(r["article_id"] for r in fresh)
        known = store.known_ids(r["article_id"] for r in fresh)
        report.read += len(batch)
        report.present += len(batch) - len(fresh) + len(known)
        fresh = [r for r in fresh if r["article_id"] not in known]
        kept = [r for r in fresh if r["document"] is not None]
        docs = [document_from_json(json.loads(r["document"]), r["source"],
                                   json.loads(r["warnings"])) for r in kept]
        for d, r in zip(docs, kept, strict=True):
            d.signature = r.get("signature")  # shards written before it was kept lack it
        failed: list[tuple[str, str | None, str]] = [
            (r["source"] or r["article_id"], r["article_id"], r["failed"])
            for r in fresh if r["document"] is None]
        _record(store, docs, failed, report)
        if progress:
            progress(len(batch))
