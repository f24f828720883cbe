"""Draw a random sample of the events dyad codes as having happened, for reading by hand.

News without event gold (PolNeAr's political articles, say) still shows whether the coder
is precise: read each drawn event against its sentence and count the right ones. Reads any
JSON Lines file whose records have "id" and "text" (and "published"), such as the gold files
in ../shared/eval/dev; prints the number of events, then one JSON line per drawn event.

    python scripts/sample_events.py ../shared/eval/dev/polnear_dev.quotes.jsonl --seed 11
"""

from __future__ import annotations

import argparse
import json
import random
import sys

from dyad.model import Article
from dyad.pipeline import extract


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("-n", type=int, default=40)
    args = ap.parse_args()
    rows = []
    with open(args.file, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            d = extract(Article(id=r["id"], text=r["text"], published=r.get("published")))
            names = {a.id: a.name for a in d.actors}
            sents = list(d.doc.sents)
            for e in d.events:
                if e.modality != "asserted" or e.negated or not e.plover:
                    continue
                sent = next((s for s in sents if s.start_char <= e.trigger.start < s.end_char),
                            None)
                rows.append({"id": r["id"], "plover": e.plover, "cameo": e.cameo,
                             "source": [names.get(i) for i in e.source],
                             "target": [names.get(i) for i in e.target],
                             "trigger": e.trigger.text,
                             "sentence": sent.text.strip() if sent is not None else ""})
    print(len(rows), file=sys.stderr)
    random.seed(args.seed)
    for row in random.sample(rows, min(args.n, len(rows))):
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
