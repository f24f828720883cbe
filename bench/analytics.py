"""Analytics speed on a large store: a dyad's weekly series over the whole period, an
actor's monthly timeline, and the top dyads and actors, on a synthetic store of millions of
events (bench/synthetic.py), each the best of ``--rounds`` runs after one warm-up.

Beside the seconds, each query is given as a ratio to a baseline run in the same process
on the same store: one full scan of the events table (``SELECT count(*), sum(goldstein)
FROM events``), which measures the machine and its disk cache rather than dyad.

    python bench/analytics.py --store /tmp/syn10m.db [--events 10000000] [--json]

Builds the store first where it does not exist (10 million events: about 25 minutes and
11 GB here).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import build

from dyad import query
from dyad.store import Store


def best(fn, rounds: int) -> float:
    fn()  # warm-up: the page cache, SQLite's statement cache
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", required=True)
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not Path(args.store).exists():
        print(json.dumps(build(args.store, args.events)), file=sys.stderr)
    with Store(args.store, readonly=True) as s:
        n_events = s.conn.execute("SELECT count(*) FROM events").fetchone()[0]
        top = query.top_dyads(s, query.Filters(limit=1))[0]
        actor = query.top_actors(s, query.Filters(limit=1))[0]
        queries = {
            "baseline: one scan of the events table": lambda: s.conn.execute(
                "SELECT count(*), sum(goldstein) FROM events").fetchone(),
            f"series {top['source']}-{top['target']} by week, whole period (both ways)":
                lambda: query.series(s, top["source"], top["target"], by="week"),
            f"timeline of the most active actor ({actor['id']}) by month":
                lambda: query.series(s, actor["id"], None, by="month"),
            "top 20 dyads (countries), whole period":
                lambda: query.top_dyads(s, query.Filters(limit=20)),
            "top 20 actors, whole period":
                lambda: query.top_actors(s, query.Filters(limit=20)),
        }
        results = {name: best(fn, args.rounds) for name, fn in queries.items()}
    baseline = results["baseline: one scan of the events table"]
    rows = [{"query": name, "seconds": round(sec, 4), "ratio_to_baseline": round(sec / baseline, 4)}
            for name, sec in results.items()]
    if args.json:
        print(json.dumps({"events": n_events, "results": rows}, indent=2))
        return
    print(f"store: {args.store} ({n_events:,} events)")
    print(f"{'query':75} {'seconds':>8} {'÷ baseline':>11}")
    for r in rows:
        print(f"{r['query']:75} {r['seconds']:8.3f} {r['ratio_to_baseline']:11.3f}")


if __name__ == "__main__":
    main()
