"""Where the parse's time goes: each spaCy component of dyad's pipeline, timed on its own,
then each extraction stage over the parsed sample, as a share of the parse.

Draws a sample of the article texts of ../shared/eval/dev (as bench/throughput.py reads
them), tokenizes them, then runs the components one after the other over the whole sample
in minibatches, timing each, and prints seconds and shares. A profile, not a throughput
figure: the shares are what compare.

    python bench/components.py [--eval-dir DIR] [--sample 300] [--seed 0] [--plain]

With ``--plain``, the model exactly as spaCy loads it (spaCy's own rule components and
matrix library), for comparison.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from throughput import DEFAULT_EVAL, load_texts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--sample", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--plain", action="store_true", help="the model as spaCy loads it")
    args = ap.parse_args()
    if not args.eval_dir.is_dir():
        print(f"skipped: {args.eval_dir} not present", file=sys.stderr)
        return 0
    from dyad import parse

    texts = load_texts(args.eval_dir, include_train=False)
    texts = random.Random(args.seed).sample(texts, min(args.sample, len(texts)))
    nlp = parse.load(fast=not args.plain)
    list(nlp.pipe(texts[:20]))  # warm up: a profile of a long run, not of first calls
    parse.headline_case(texts[0])
    t0 = time.perf_counter()
    # what the parser reads: title-case headlines in the body's case (dyad.truecase)
    cased = [parse.headline_case(t) for t in texts] if not args.plain else texts
    seconds = {"headline case": time.perf_counter() - t0}
    t0 = time.perf_counter()
    docs = [nlp.make_doc(t) for t in cased]
    seconds["tokenizer"] = time.perf_counter() - t0
    for name, component in nlp.pipeline:
        t0 = time.perf_counter()
        with parse.one_thread():
            if hasattr(component, "pipe"):
                docs = list(component.pipe(docs, batch_size=parse.BATCH_SIZE))
            else:  # a plain function component (dyad's own)
                docs = [component(d) for d in docs]
        seconds[name] = time.perf_counter() - t0
    t0 = time.perf_counter()
    # the docs of re-cased texts, given back the texts' own characters
    docs = [parse.recased(d, t) if c is not t else d
            for d, c, t in zip(docs, cased, texts, strict=True)]
    seconds["headline restore"] = time.perf_counter() - t0
    total = sum(seconds.values())
    print(f"{len(texts)} articles, {sum(len(d) for d in docs):,} tokens")
    for name, s in sorted(seconds.items(), key=lambda kv: -kv[1]):
        print(f"{name:16} {s:7.2f} s  {s / total:6.1%}")
    if not args.plain:
        _stages(texts, docs, total)
    return 0


def _stages(texts: list[str], docs: list, parse_seconds: float) -> None:
    """Each extraction stage over the parsed sample, in pipeline order, as a share of the
    parse's time: what dyad adds to the parse (event coding: the issue asks ≤ 15%)."""
    from dyad import pipeline
    from dyad.model import Article, Document

    documents = [Document(article=Article(t), doc=d) for t, d in zip(texts, docs, strict=True)]
    print("extraction stages, as a share of the parse:")
    for name, stage in pipeline.STAGES:
        t0 = time.perf_counter()
        for document in documents:
            stage(document)
        s = time.perf_counter() - t0
        print(f"{name:16} {s:7.2f} s  {s / parse_seconds:6.1%}")


if __name__ == "__main__":
    sys.exit(main())
