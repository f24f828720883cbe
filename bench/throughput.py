"""Throughput and peak memory: plain spaCy ``nlp.pipe`` against dyad's whole path.

Reads the article texts of ../shared/eval/dev (skips with a message where it is absent),
then, in one process, alternates (a) ``nlp.pipe`` with dyad's model and batch size,
(b) dyad's whole path as ``dyad ingest`` runs it (parse, every extraction stage, writes
into a fresh SQLite store) and (c) the same with ``--workers 2``, and prints articles/s,
words/s and the ratios b/a and c/b. Peak memory (max RSS of the largest process) of each
mode is measured in a fresh child process per mode, so that one mode's peak does not hide
another's.

    python bench/throughput.py [--eval-dir DIR] [--rounds 2] [--include-train] [--dask] [--json]
"""

from __future__ import annotations

import argparse
import functools
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DEFAULT_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"


def load_texts(eval_dir: Path, include_train: bool) -> list[str]:
    seen: set[str] = set()
    texts = []
    for path in sorted(eval_dir.glob("*.jsonl")):
        if "_train." in path.name and not include_train:
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line)["text"]
                if text not in seen:
                    seen.add(text)
                    texts.append(text)
    return texts


@functools.cache
def plain_model() -> Any:
    """The model as spaCy loads it: the naive parse that dyad is measured against."""
    import spacy

    from dyad import parse

    return spacy.load(parse.MODEL)


def run_plain(texts: list[str]) -> float:
    from dyad import parse

    nlp = plain_model()
    t0 = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=parse.BATCH_SIZE):
        pass
    return time.perf_counter() - t0


def run_dyad(texts: list[str], workers: int = 1) -> float:
    """dyad's whole path, as `dyad ingest --workers N` runs it, into a fresh store."""
    from dyad.ingest import ingest
    from dyad.model import Article
    from dyad.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        with Store(Path(tmp) / "bench.db") as store:
            # dyad as `dyad ingest` runs it: its default window of 64 articles per batch
            ingest((Article(t) for t in texts), store, workers=workers)
        return time.perf_counter() - t0


def run_dyad2(texts: list[str]) -> float:
    return run_dyad(texts, workers=2)


MODES = {"plain": run_plain, "dyad": run_dyad, "dyad-2w": run_dyad2}


def _worker_peak_mb() -> float:
    return _vm_hwm_kb() / 1024


def run_dask(texts: list[str], rounds: int) -> dict[int, tuple[float, float]]:
    """For a LocalCluster of 1 and one of 2 worker processes: (best seconds, largest
    worker's peak RSS in MB) of `dyad ingest --engine dask`. Both clusters are started and
    warmed (model and gazetteer loaded) untimed, as standing clusters would be, and the
    rounds alternate between them as the local modes do, so that the machine's slow spells
    fall on both; each round writes fresh shards and a fresh store, in the command's
    default partitions (``--batch-size`` 64)."""
    from contextlib import ExitStack

    from dask.distributed import Client, LocalCluster

    from dyad import cluster
    from dyad.ingest import _worker_init
    from dyad.model import Article
    from dyad.store import Store

    with ExitStack() as stack:
        clusters = {}
        for n in (1, 2):
            lc = stack.enter_context(LocalCluster(n_workers=n, threads_per_worker=1,
                                                  processes=True, dashboard_address=None))
            client = stack.enter_context(Client(lc, set_as_default=False))
            client.run(_worker_init)
            clusters[n] = (lc, client)
        best = {n: float("inf") for n in clusters}
        for _ in range(rounds):
            for n, (lc, _client) in clusters.items():
                with tempfile.TemporaryDirectory() as tmp:
                    t0 = time.perf_counter()
                    with Store(Path(tmp) / "bench.db") as store:
                        cluster.run((Article(t) for t in texts), store, Path(tmp) / "shards",
                                    scheduler=lc.scheduler_address, partition_size=64)
                    best[n] = min(best[n], time.perf_counter() - t0)
        return {n: (best[n], max(client.run(_worker_peak_mb).values()))
                for n, (_lc, client) in clusters.items()}


def _vm_hwm_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def peak_rss_mb(mode: str, eval_dir: Path, include_train: bool) -> float:
    """Max RSS of a child process that runs one mode once."""
    cmd = [sys.executable, __file__, "--child", mode, "--eval-dir", str(eval_dir)]
    if include_train:
        cmd.append("--include-train")
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return float(out.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--include-train", action="store_true",
                    help="also the large *_train files (about 4x the words)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--dask", action="store_true",
                    help="also the Dask engine on a LocalCluster of 1 and of 2 workers")
    ap.add_argument("--child", choices=sorted(MODES), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.eval_dir.is_dir():
        print(f"skipped: no evaluation texts at {args.eval_dir}")
        return 0
    texts = load_texts(args.eval_dir, args.include_train)
    if args.child:
        MODES[args.child](texts)
        # The largest process: this one, or (with workers) the largest worker. This
        # process's own peak is read from VmHWM, because Linux carries the parent's
        # ru_maxrss across fork and exec (the bench's own size would show instead).
        own = _vm_hwm_kb()
        workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(max(own, workers) / 1024)
        return 0
    words = sum(len(t.split()) for t in texts)
    run_plain(texts[:20])  # load the model and warm caches before timing
    run_dyad(texts[:20])
    times: dict[str, list[float]] = {mode: [] for mode in MODES}
    for _ in range(args.rounds):
        for mode, run in MODES.items():
            times[mode].append(run(texts))
    result = {"articles": len(texts), "words": words, "rounds": args.rounds}
    for mode, ts in times.items():
        best = min(ts)
        result[mode] = {"seconds": round(best, 2), "articles_per_s": round(len(texts) / best, 1),
                        "words_per_s": round(words / best),
                        "peak_rss_mb": round(peak_rss_mb(mode, args.eval_dir,
                                                         args.include_train))}
    result["ratio_dyad_over_plain_words_per_s"] = round(
        result["dyad"]["words_per_s"] / result["plain"]["words_per_s"], 3)
    result["ratio_2_workers_over_1"] = round(
        result["dyad-2w"]["words_per_s"] / result["dyad"]["words_per_s"], 3)
    if args.dask:
        for n, (sec, peak) in run_dask(texts, args.rounds).items():
            result[f"dask-{n}w"] = {"seconds": round(sec, 2),
                                    "articles_per_s": round(len(texts) / sec, 1),
                                    "words_per_s": round(words / sec), "peak_rss_mb": round(peak)}
        result["ratio_dask_2_workers_over_1"] = round(
            result["dask-2w"]["words_per_s"] / result["dask-1w"]["words_per_s"], 3)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{len(texts)} articles, {words:,} words, best of {args.rounds} rounds")
        print(f"{'mode':<8}{'seconds':>9}{'articles/s':>12}{'words/s':>10}{'peak MB':>9}")
        for mode in [m for m in (*MODES, "dask-1w", "dask-2w") if m in result]:
            r = result[mode]
            print(f"{mode:<8}{r['seconds']:>9}{r['articles_per_s']:>12}{r['words_per_s']:>10}"
                  f"{r['peak_rss_mb']:>9}")
        print(f"ratio dyad/plain (words/s): {result['ratio_dyad_over_plain_words_per_s']}")
        print(f"ratio 2 workers / 1 (words/s): {result['ratio_2_workers_over_1']}")
        if args.dask:
            print("ratio Dask 2 workers / 1 (words/s): "
                  f"{result['ratio_dask_2_workers_over_1']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
