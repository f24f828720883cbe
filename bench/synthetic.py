"""A synthetic dyad store of any size, for the analytics benchmark and for tests of the
analyses: articles, actors, events, their actors, and story events, written straight into
the store's tables (no parsing), with a seeded random generator.

Shaped like news: a few actors and countries take most of the events (Zipf weights),
dates spread over ``days`` days, a third of the events are further reports of an existing
story event, and every event carries a CAMEO code with its PLOVER type, quad class and
Goldstein score from dyad's own table.

    python bench/synthetic.py OUT.db --events 1000000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

from dyad import facts, lexicon
from dyad.store import Store

COUNTRIES = ["USA", "RUS", "UKR", "CHN", "IRN", "ISR", "PSE", "GBR", "FRA", "DEU", "TUR",
             "SYR", "IRQ", "SAU", "EGY", "IND", "PAK", "AFG", "JPN", "KOR", "PRK", "TWN",
             "PHL", "VNM", "NGA", "ETH", "SDN", "SOM", "KEN", "ZAF", "BRA", "MEX", "VEN",
             "COL", "ARG", "CAN", "AUS", "YEM", "LBN", "JOR", "QAT", "ARE", "LBY", "MLI",
             "POL", "BLR", "GEO", "ARM", "AZE", "SRB"]
SECTORS = [None, "GOV", "MIL", "REB", "OPP", "BUS", "MED", "CVL", "COP", "DIP"]


def zipf_weights(n: int, s: float = 1.1) -> list[float]:
    return [1 / (i + 1) ** s for i in range(n)]


def build(path: str | Path, events: int, actors: int = 2000, days: int = 1095,
          events_per_article: int = 20, seed: int = 7, start: str = "2022-01-01") -> dict:
    """Write a store with ``events`` events at ``path`` (which must not exist)."""
    rng = random.Random(seed)
    codes = [c for c in lexicon.cameo_codes().values() if c.plover and c.goldstein is not None]
    day0 = dt.date.fromisoformat(start)
    actor_rows = []
    for i in range(actors):
        country = rng.choices(COUNTRIES, weights=zipf_weights(len(COUNTRIES)))[0]
        actor_rows.append((f"A{i:07d}", f"Actor {i}", "org", country, rng.choice(SECTORS)))
    actor_w = zipf_weights(actors, 0.9)
    t0 = time.perf_counter()
    with Store(path) as store:
        c = store.conn
        c.execute("PRAGMA synchronous = OFF")
        with c:
            c.executemany("INSERT INTO actors(id, name, kind, country, sector)"
                          " VALUES (?, ?, ?, ?, ?)", actor_rows)
            c.executemany("INSERT INTO actor_aliases(actor_id, alias) VALUES (?, ?)",
                          [(a[0], a[1]) for a in actor_rows])
        # The store's triggers index each article's text; a short text keeps this quick.
        n_articles = max(1, events // events_per_article)
        story_of: list[str] = []
        batch = 200_000
        made = 0
        while made < events:
            n = min(batch, events - made)
            art_rows, ev_rows, ea_rows, sm_rows, story_rows = [], [], [], [], []
            for k in range(n):
                i = made + k
                a_idx = i // events_per_article
                day = day0 + dt.timedelta(days=rng.randrange(days))
                if i % events_per_article == 0:
                    art_rows.append((f"a{a_idx:09d}", f"Synthetic article {a_idx}",
                                     f"outlet{a_idx % 300}", day.isoformat(), "synthetic",
                                     "2026-01-01T00:00:00+00:00"))
                code = rng.choice(codes)
                src, tgt = rng.choices(range(actors), weights=actor_w, k=2)
                if src == tgt:
                    tgt = (tgt + 1) % actors
                eid = f"E{i:011d}"
                ev_rows.append((eid, f"a{a_idx:09d}", code.plover, code.code, code.quad_class,
                                code.goldstein, day.isoformat(), "day", 0, "asserted",
                                "asserted", json.dumps({"sources": [], "hedges": [],
                                                        "certainty": "asserted"})))
                ea_rows.append((eid, actor_rows[src][0], "source", 0))
                ea_rows.append((eid, actor_rows[tgt][0], "target", 0))
                if story_of and rng.random() < 1 / 3:
                    sid = rng.choice(story_of[-1000:])  # a recent story, reported again
                else:
                    sid = f"S{i:011d}"
                    story_of.append(sid)
                    story_rows.append((sid, code.plover, code.code, code.quad_class,
                                       code.goldstein, day.isoformat(), "day",
                                       day.isoformat(), day.isoformat(), 1, 1, 1,
                                       "asserted", 1, eid))
                sm_rows.append((eid, sid))
            with c:
                c.executemany(
                    "INSERT INTO articles(id, title, outlet, published, text, ingested_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)", art_rows)
                c.executemany(
                    "INSERT INTO events(id, article_id, plover, cameo, quad_class, goldstein,"
                    " date, date_precision, negated, modality, certainty, attribution,"
                    " evidence_start, evidence_end, evidence_text, trigger_start, trigger_end,"
                    " trigger_text, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0,1,'x',0,1,"
                    "'x',1.0)", ev_rows)
                c.executemany("INSERT INTO event_actors(event_id, actor_id, role, position)"
                              " VALUES (?, ?, ?, ?)", ea_rows)
                c.executemany(
                    "INSERT INTO stories(id, plover, cameo, quad_class, goldstein, date,"
                    " date_precision, first_seen, last_seen, mentions, articles, outlets,"
                    " certainty, happened, first_event) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    story_rows)
                c.executemany("INSERT INTO story_mentions(event_id, story_id) VALUES (?, ?)",
                              sm_rows)
            made += n
        with c:
            facts.rebuild(c)  # the analysis tables, as ingest keeps them
            c.execute("ANALYZE")
    return {"events": events, "articles": n_articles, "actors": actors,
            "stories": len(story_of), "seconds": round(time.perf_counter() - t0, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--events", type=int, default=1_000_000)
    args = ap.parse_args()
    if Path(args.out).exists():
        sys.exit(f"{args.out} exists")
    print(json.dumps(build(args.out, args.events)))


if __name__ == "__main__":
    main()
