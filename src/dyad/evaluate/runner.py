"""Run dyad over a gold file's texts and write its output in the gold's own format."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from dyad import pipeline
from dyad.evaluate import scoring
from dyad.evaluate.mentions import predict_entities
from dyad.evaluate.scoring import SCORERS, Record
from dyad.model import Article, Document, Event

TASKS = tuple(SCORERS)
REAL = ("asserted",)


def read_gold(path: str | Path) -> list[Record]:
    records = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except ValueError as exc:
                    raise ValueError(f"{path}:{n}: not JSON: {exc}") from exc
    return records


def task_of(path: str | Path) -> str | None:
    name = Path(path).name
    for task in TASKS:
        if name.endswith(f".{task}.jsonl"):
            return task
    return None


def documents(records: list[Record]) -> Iterator[tuple[Record, Document | None]]:
    """Each record with dyad's document for its text (None where extraction failed)."""
    articles = [Article(text=r["text"], published=r.get("published")) for r in records]
    results = pipeline.process(articles)
    for record, result in zip(records, results, strict=True):
        yield record, result if isinstance(result, Document) else None


def _actor_codes(d: Document, ids: list[str]) -> list[dict[str, Any]]:
    out = []
    for actor_id in ids:
        a = d.actor(actor_id)
        if a is not None:
            out.append({"country": a.country, "sector": a.sector})
    return out


def _happened(e: Any) -> bool:
    return not e.negated and e.modality in REAL


def _actions(events: list[Event]) -> list[tuple[Event, list[str]]]:
    """dyad's events as the gold format counts them: each actor's act, with its targets.

    dyad stores one event per source and target; the format's event is one act, so the
    pairs one trigger coded with one code for one source are one event at all its targets
    ("threatened to break off relations with Congo and Costa Rica" is one threat to both).
    Each source's act stays its own ("US and British activists staged a protest": two
    protests), and so does each side of a reciprocal act.
    """
    by_act: dict[tuple[int, str | None], list[Event]] = {}
    for e in events:
        by_act.setdefault((e.trigger.start, e.cameo), []).append(e)
    out = []
    for act in by_act.values():
        if {a for e in act for a in e.source} & {a for e in act for a in e.target}:
            out.extend((e, e.target) for e in act)  # reciprocal: one event per direction
            continue
        by_source: dict[tuple[str, ...], list[Event]] = {}
        for e in act:
            by_source.setdefault(tuple(e.source), []).append(e)
        out.extend((group[0], list(dict.fromkeys(a for e in group for a in e.target)))
                   for group in by_source.values())
    return out


def _coded(d: Document, e: Event) -> bool:
    """Whether an actor of the event has a country code: the format compares actors by
    country, and event data (CAMEO, PLOVER, the gold sets) records only events with a coded
    actor. dyad keeps the others ("The release of Adli Yaish"), with their evidence."""
    return any((a := d.actor(i)) is not None and a.country for i in e.source + e.target)


def predict_events(r: Record, d: Document) -> Record:
    happened = [e for e in d.events
                if _happened(e) and not e.background and _coded(d, e)]
    events = [
        {"source": _actor_codes(d, e.source), "target": _actor_codes(d, targets),
         "plover": e.plover, "cameo": e.cameo}
        for e, targets in _actions(happened)
    ]
    return {"events": events}


def predict_eventtypes(r: Record, d: Document) -> Record:
    return {"labels": sorted({e.plover for e in d.events if _happened(e) and not e.background})}


def predict_quotes(r: Record, d: Document) -> Record:
    """Each report of what was said; one told within another's content is part of that
    one, as the format's attributions do not nest."""
    out = []
    for q in d.quotes:
        if q.within:
            continue
        out.append({
            "source": [[q.speaker_span.start, q.speaker_span.end]] if q.speaker_span else [],
            "cue": [[q.cue.start, q.cue.end]] if q.cue else [],
            "content": [[c.start, c.end] for c in q.content],
        })
    return {"attributions": out}


def predict_timex(r: Record, d: Document) -> Record:
    return {"timexes": [{"start": t.start, "end": t.end, "type": t.type, "value": t.value}
                        for t in d.timexes]}


PREDICTORS: dict[str, Callable[[Record, Document], Record]] = {
    "events": predict_events,
    "eventtypes": predict_eventtypes,
    "quotes": predict_quotes,
    "timex": predict_timex,
    "entities": predict_entities,
}
EMPTY = {"events": {"events": []}, "eventtypes": {"labels": []},
         "quotes": {"attributions": []}, "timex": {"timexes": []},
         "entities": {"mentions": []}}


def predict(task: str, gold: list[Record], failed: list[str] | None = None) -> list[Record]:
    """dyad's output for every gold record, in the gold's format with the same ids; the ids
    whose extraction failed (scored as finding nothing) are added to ``failed``."""
    keep = ("id", "text", "published")
    out = []
    for record, d in documents(gold):
        base = {k: record.get(k) for k in keep}
        if d is None and failed is not None:
            failed.append(str(record.get("id")))
        found = EMPTY[task] if d is None else PREDICTORS[task](record, d)
        out.append(base | found)
    return out


def _write_jsonl(path: str | Path, records: list[Record]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def evaluate(task: str, gold_path: str | Path, predictions_out: str | Path | None = None,
             errors_out: str | Path | None = None) -> dict[str, Any]:
    gold = read_gold(gold_path)
    failed: list[str] = []
    pred = predict(task, gold, failed)
    if predictions_out:
        _write_jsonl(predictions_out, pred)
    if errors_out:
        _write_jsonl(errors_out, scoring.errors(task, gold, pred))
    metrics = SCORERS[task](gold, pred)
    # A record whose extraction failed scores as finding nothing; say how many, so that a
    # crash is not read as a loss of accuracy.
    return {"task": task, "gold": str(gold_path)} | metrics | {
        "extraction_failures": len(failed)}


HEADLINE = {
    "events": ["dyad_f1", "type_f1", "cameo_root_f1", "dyad_precision", "dyad_recall"],
    "quotes": ["content_f1", "content_exact_f1", "source_accuracy", "cue_accuracy"],
    "timex": ["relaxed_f1", "strict_f1", "value_f1", "type_accuracy"],
    "entities": ["mention_f1", "mention_PER_f1", "mention_ORG_f1", "mention_LOC_f1", "b3_f1",
                 "b3_singleton_baseline_f1"],
    "eventtypes": ["micro_f1", "micro_precision", "micro_recall"],
}


# The targets the open issues set (file name prefix -> metric -> minimum), shown beside
# the figures so that the scoreboard says what is met.
TARGETS = {
    "plover_gsr_dev": {"dyad_f1": 0.75, "type_f1": 0.85},
    "petr2_gsr": {"dyad_f1": 0.65},
    "case2021_dev": {"micro_f1": 0.75},
    "polnear_dev": {"content_f1": 0.85, "source_accuracy": 0.88, "cue_accuracy": 0.90},
    "tbaq": {"relaxed_f1": 0.90, "value_f1": 0.80},
    "meantime_airbus_apple": {"b3_f1": 0.80},  # and mention F1 for PER/ORG/LOC (no figure set)
}


def _fmt(v: Any) -> str:
    return "n/a" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True, cwd=Path(__file__).parent).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def scoreboard(eval_dir: str | Path, progress: Callable[[str], None] | None = None) -> str:
    """The Markdown scoreboard over every gold file in eval_dir."""
    files = sorted(p for p in Path(eval_dir).glob("*.jsonl") if task_of(p))
    lines = [
        "# Evaluation scoreboard",
        "",
        f"Generated {dt.date.today().isoformat()} at commit `{_commit()}` by",
        "`dyad scoreboard --eval-dir ../shared/eval/dev --out docs/evaluation.md`.",
        "Scoring rules: `../shared/eval/FORMATS.md`; each figure is `dyad eval TASK --gold FILE`.",
        "Events and event types are those dyad finds happened (not negated, `asserted`) and",
        "tells as its sentence's own report (not `background`), as the gold sets code them.",
        "In the events file, one source's act on several targets is one event listing them",
        "(each source's act, and each side of a reciprocal one, stays its own), and only",
        "events with an actor that has a country are written: the format compares countries.",
        "In the quotes file, a quote told within another's content (`within`) is part of that",
        "one: the format's attributions do not nest.",
        "",
    ]
    for task in TASKS:
        task_files = [p for p in files if task_of(p) == task]
        if not task_files:
            continue
        cols = HEADLINE[task]
        lines += [f"## {task}", "",
                  "| file | records | extraction failures | " + " | ".join(cols) + " |",
                  "|---|---:|---:|" + "---:|" * len(cols)]
        for p in task_files:
            if progress:
                progress(p.name)
            m = evaluate(task, p)
            lines.append(f"| `{p.name}` | {m['records']} | {m['extraction_failures']} | "
                         + " | ".join(_fmt(m.get(c)) for c in cols) + " |")
            targets = TARGETS.get(p.name.split(".")[0], {})
            if targets:
                cells = [f"≥ {targets[c]:.2f}" if c in targets else "" for c in cols]
                lines.append("| target | | | " + " | ".join(cells) + " |")
        lines.append("")
    lines += _stories_section(progress)
    lines += _places_section(progress)
    return "\n".join(lines)


TEAM_DATA = Path(__file__).resolve().parents[3] / "tests" / "data"


def _team_section(task: str, gold: Path, intro: str, cols: list[str],
                  evaluate_file: Callable[[Path], dict[str, Any]], target: dict[str, float],
                  progress: Callable[[str], None] | None) -> list[str]:
    """A scoreboard section on a gold set the team wrote (in the repository, not ../shared),
    skipped where the repository's tests are not there."""
    if not gold.exists():
        return []
    if progress:
        progress(gold.name)
    m = evaluate_file(gold)
    rel = f"tests/data/{gold.name}"
    lines = [f"## {task}", "", f"{intro} On `{rel}`; `dyad eval {task} --gold {rel}`.", "",
             "| file | records | " + " | ".join(cols) + " |", "|---|---:|" + "---:|" * len(cols),
             f"| `{gold.name}` | {m['records']} | " + " | ".join(_fmt(m[c]) for c in cols) + " |"]
    if target:
        lines.append("| target | | " + " | ".join(
            f"≥ {target[c]:.2f}" if c in target else "" for c in cols) + " |")
    return [*lines, ""]


def _stories_section(progress: Callable[[str], None] | None) -> list[str]:
    from dyad.evaluate.stories import evaluate as evaluate_stories

    return _team_section(
        "stories", TEAM_DATA / "stories.jsonl",
        "Pairwise: do two articles report the same real event? Reports the team wrote:"
        " several outlets per event, and distinct events between the same actors on other"
        " days or in other places.",
        ["pair_precision", "pair_recall", "pair_f1", "stories", "articles_with_event"],
        evaluate_stories, {}, progress)


def _places_section(progress: Callable[[str], None] | None) -> list[str]:
    from dyad.evaluate.places import evaluate as evaluate_places

    return _team_section(
        "places", TEAM_DATA / "places_world_news.tsv",
        "Does a place name resolve to the country it is in? Names as world news writes"
        " them, with their country, written by the team.",
        ["accuracy"], evaluate_places, {"accuracy": 0.95}, progress)
