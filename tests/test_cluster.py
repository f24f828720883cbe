"""The Dask engine: a LocalCluster of 2 worker processes gives exactly the store the
single-process path gives, survives a worker killed mid-run, and `dyad load` of the shards
is idempotent."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE, ROOT

from dyad import dedupe
from dyad.cli import main

pytest.importorskip("distributed")
STORIES = ROOT / "tests" / "data" / "stories.jsonl"

# Every table that holds what ingest stored, with the columns that do not depend on when.
CONTENT = {
    "articles": "id, title, url, outlet, published, language, text",
    "actors": "id, name, kind, country, sector",
    "actor_aliases": "actor_id, alias",
    "mentions": 'article_id, actor_id, start, "end", text',
    "events": "*",
    "event_actors": "*",
    "quotes": "*",
    "timexes": 'article_id, start, "end", text, type, value',
    "places": 'article_id, start, "end", text, name, country, region, lat, lon',
    "stories": "*",
    "story_mentions": "*",
    "event_facts": "*",
    "dyad_days": "*",
    "near_duplicates": "*",
}


def content(db: str) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    out = {t: sorted(map(tuple, conn.execute(f"SELECT {cols} FROM {t}")), key=repr)
           for t, cols in CONTENT.items()}
    conn.close()
    return out


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def local_store(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("local") / "local.db")
    assert run("ingest", str(EXAMPLE), str(STORIES), "--db", db).exit_code == 0
    return db


def test_local_cluster_gives_the_same_store(tmp_path, local_store):
    db = str(tmp_path / "dask.db")
    shards = tmp_path / "shards"
    r = run("ingest", str(EXAMPLE), str(STORIES), "--db", db, "--engine", "dask",
            "--workers", "2", "--batch-size", "4", "--shards", str(shards))
    assert r.exit_code == 0, r.output
    assert "stored 23" in r.output
    got, want = content(db), content(local_store)
    for table in CONTENT:
        assert got[table] == want[table], table
    # Shards partitioned by publication date, readable as plain Parquet.
    import pyarrow.parquet as pq

    dates = {p.name for p in (shards / "events").iterdir()}
    assert "published=2024-11-15" in dates and "published=2024-05-10" in dates
    events = pq.read_table(shards / "events").to_pylist()
    assert len(events) == len(want["events"])
    assert all(e["evidence_start"] < e["evidence_end"] for e in events)
    documents = pq.read_table(shards / "documents").to_pylist()
    assert all(len(d["signature"]) == 8 * dedupe.PERMUTATIONS for d in documents)
    # Loading the same shards again stores nothing.
    again = run("load", str(shards), "--db", db)
    assert "stored 0" in again.output and "already present 23" in again.output
    assert content(db) == got


def test_load_into_a_fresh_store_and_a_worker_lost_mid_run(tmp_path, local_store):
    """A worker process killed while partitions run: Dask runs its partitions again, the
    shards are whole, and the loaded store is the single-process one."""
    import contextlib
    import os
    import threading

    from dask.distributed import Client, LocalCluster

    from dyad import cluster
    from dyad.read import ReadOptions, read_paths
    from dyad.store import Store

    shards = tmp_path / "shards"
    lc = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None)
    killed = threading.Event()

    def kill_one_worker() -> None:
        with Client(lc.scheduler_address) as c:
            while not killed.is_set():
                running = [w for w, tasks in c.processing().items() if tasks]
                if running:
                    killed.set()
                    # The worker dies answering: the call itself fails, as expected.
                    with contextlib.suppress(Exception):
                        c.run(os._exit, 1, workers=running[:1])

    killer = threading.Thread(target=kill_one_worker, daemon=True)
    killer.start()
    try:
        with Store(tmp_path / "ignored.db") as store:
            report = cluster.run(read_paths([str(EXAMPLE), str(STORIES)], ReadOptions()),
                                 store, shards, scheduler=lc.scheduler_address,
                                 partition_size=2)
        assert killed.is_set(), "the worker was not killed mid-run"
        assert report.stored == 23 and report.failed == 0
    finally:
        killed.set()
        lc.close()
    assert not list(Path(shards).rglob("*.tmp"))
    fresh = str(tmp_path / "fresh.db")
    r = run("load", str(shards), "--db", fresh)
    assert "stored 23" in r.output
    got, want = content(fresh), content(local_store)
    for table in CONTENT:
        assert got[table] == want[table], table


def test_shards_of_different_partitions_read_as_one_dataset(tmp_path):
    """A partition whose events have no place, or whose articles all succeeded, writes
    those columns with their type, so that any reader sees one schema."""
    import pyarrow.parquet as pq

    from dyad.cluster import _write

    placed = {"article_id": "a", "id": "e1", "place_name": "Kyiv", "place_lat": 50.45,
              "negated": False, "quad_class": 4, "goldstein": -10.0}
    unplaced = {"article_id": "b", "id": "e2", "place": None, "negated": True}
    _write("events", [unplaced], tmp_path, "2024-01-01", "k1")
    _write("events", [placed], tmp_path, "2024-01-02", "k2")
    rows = sorted(pq.read_table(tmp_path / "events").to_pylist(), key=lambda r: r["id"])
    assert [(r["id"], r["place_name"], r["place_lat"], r["negated"]) for r in rows] == [
        ("e1", "Kyiv", 50.45, False), ("e2", None, None, True)]
    _write("documents", [{"seq": "1", "article_id": "a", "failed": None,
                          "signature": b"\x00"}], tmp_path, "2024-01-01", "k1")
    _write("documents", [{"seq": "2", "article_id": "b", "failed": "not English",
                          "signature": None}], tmp_path, "2024-01-02", "k2")
    docs = pq.read_table(tmp_path / "documents").to_pylist()
    assert sorted((d["failed"] or "") for d in docs) == ["", "not English"]


@pytest.mark.parametrize(("values", "type_name"), [
    (["Kyiv", None, "Zürich", ""], "string"), ([b"\x00\xff", None, b""], "binary"),
    ([1, None, -5, 2**40], "int64"), ([50.45, None, -0.0], "float64"),
    ([True, None, False] * 4, "bool_"), ([], "string")])
def test_shard_columns_hold_what_pyarrow_would(values, type_name):
    import pyarrow as pa

    from dyad.cluster import _column

    type_ = getattr(pa, type_name)()
    got = _column(values, type_)
    got.validate(full=True)
    assert got.equals(pa.array(values, type_))


def test_writing_a_shard_leaves_pandas_unimported(tmp_path):
    """A worker that writes shards has no use for pandas (~40 MB at its peak)."""
    import subprocess
    import sys

    probe = ("import sys; from pathlib import Path; from dyad.cluster import _write; "
             "_write('events', [{'article_id': 'a', 'id': 'e', 'goldstein': 1.0}], "
             f"Path({str(tmp_path)!r}), '2024-01-01', 'k'); print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True,
                         text=True).stdout.split()
    assert out == ["False"]
    assert list(tmp_path.rglob("part-k.parquet"))


MALLOC_PROBE = """
import ctypes
from dyad import cluster

class Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
        "uordblks", "fordblks", "keepcost")]

libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = Mallinfo2
libc.malloc.restype = ctypes.c_void_p

def mapped(size):
    # whether a block of `size` bytes comes from its own mapping rather than the heap
    before = libc.mallinfo2().hblks
    block = libc.malloc(size)
    after = libc.mallinfo2().hblks
    libc.free(ctypes.c_void_p(block))
    return after > before

# The heap's free memory after the imports (several MiB, more as the package grows) is
# first taken in 64 KiB blocks, held: a block carved from a free chunk comes from the heap
# whatever the threshold, so the probe would say nothing about it.
held = []
for _ in range(4096):
    free = libc.mallinfo2().fordblks
    if free < (1 << 20):
        break
    held.append(libc.malloc(64 << 10))
    if libc.mallinfo2().fordblks >= free:
        break  # (the heap grew: what is free now is fragments)
# (6 MiB: below the restored 8 MiB threshold, above the pinned 128 KiB one)
print(mapped(6 << 20), cluster._restore_malloc(), mapped(6 << 20))
"""


def test_workers_keep_the_allocators_usual_thresholds():
    """Dask's nanny sets MALLOC_TRIM_THRESHOLD_, which pins glibc's mmap threshold at
    128 KiB (a megabyte block gets a mapping of its own); a worker undoes it before it
    extracts, so such blocks come from the heap again."""
    import ctypes
    import os
    import subprocess
    import sys

    try:
        ctypes.CDLL("libc.so.6").mallinfo2  # noqa: B018 - glibc 2.33 or later
    except (OSError, AttributeError):
        pytest.skip("not glibc")
    env = {**os.environ, "MALLOC_TRIM_THRESHOLD_": "65536"}
    out = subprocess.run([sys.executable, "-c", MALLOC_PROBE], env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    assert out == ["True", "True", "False"]
    env.pop("MALLOC_TRIM_THRESHOLD_")
    out = subprocess.run([sys.executable, "-c", MALLOC_PROBE], env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    assert out[1] == "False"  # nothing to undo
