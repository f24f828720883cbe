"""Story clustering measured: pairwise precision and recall of "these two articles report
the same real event" on a set of reports the team wrote (tests/data/stories.jsonl: several
outlets per event, and distinct events between the same actors on different dates).

Each record names its story and the PLOVER type of the event it reports. The articles are
ingested into a fresh store in file order; an article's story ids are the stories of its
events of that type (of the same quad class where dyad coded another type). Two articles
are predicted to report one event when their story ids intersect.
"""

from __future__ import annotations

import itertools
import json
import tempfile
from pathlib import Path
from typing import Any

from dyad import lexicon


def _quad(plover: str) -> int | None:
    """The quad class of a PLOVER type, from the CAMEO table's codes of that type."""
    classes = {c.quad_class for c in lexicon.cameo_codes().values() if c.plover == plover}
    return classes.pop() if len(classes) == 1 else None


def evaluate(gold_path: str | Path) -> dict[str, Any]:
    from dyad.ingest import ingest
    from dyad.read import ReadOptions, records_to_articles
    from dyad.store import Store

    records = [json.loads(line) for line in Path(gold_path).read_text(encoding="utf-8")
               .splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "stories.db") as store:
        items = list(records_to_articles(
            [(r["id"], {k: r[k] for k in ("text", "title", "outlet", "published")})
             for r in records], ReadOptions()))
        ingest(iter(items), store, batch_size=1)  # one at a time, as articles arrive
        predicted: dict[str, set[str]] = {}
        found = 0
        for r, item in zip(records, items, strict=True):
            rows = store.conn.execute(
                "SELECT e.plover, e.quad_class, sm.story_id FROM events e"
                " JOIN story_mentions sm ON sm.event_id = e.id WHERE e.article_id = ?",
                (item.id,)).fetchall()
            same = {s for p, _, s in rows if p == r["plover"]}
            if not same:
                same = {s for _, q, s in rows if q == _quad(r["plover"])}
            predicted[r["id"]] = same
            found += bool(same)
    tp = fp = fn = 0
    for a, b in itertools.combinations(records, 2):
        gold_same = a["story"] == b["story"]
        pred_same = bool(predicted[a["id"]] & predicted[b["id"]])
        tp += gold_same and pred_same
        fp += pred_same and not gold_same
        fn += gold_same and not pred_same
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"task": "stories", "gold": str(gold_path), "records": len(records),
            "stories": len({r["story"] for r in records}), "articles_with_event": found,
            "pair_precision": round(precision, 3), "pair_recall": round(recall, 3),
            "pair_f1": round(f1, 3), "true_pairs": tp + fn, "predicted_pairs": tp + fp}
