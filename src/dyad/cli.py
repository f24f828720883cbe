"""The ``dyad`` command line.

Exit status: 0 when everything went through, 1 when some input failed (the rest is
stored), 2 for usage errors.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import click

from dyad import query
from dyad.model import Article, Document
from dyad.read import ReadError, ReadOptions, parse_date, read_paths
from dyad.store import DEFAULT_DB, Store

FORMATS = click.Choice(["table", "csv", "json", "jsonl"])


def _db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", default=DEFAULT_DB, show_default=True,
                        envvar="DYAD_DB", help="The store (a SQLite file).")(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dyad")
def main() -> None:
    """dyad: sourced event data from news — who did what to whom, when, where, and who says so."""


# --- ingest ---


def _read_options(published: str | None, outlet: str | None, url: str | None,
                  fields: tuple[str, ...]) -> ReadOptions:
    overrides = {"published": published, "outlet": outlet, "url": url}
    mapping = {}
    for item in fields:
        if "=" not in item:
            raise click.UsageError(f"--field takes NAME=FIELD, got {item!r}")
        ours, theirs = item.split("=", 1)
        if ours not in {"text", "title", "url", "outlet", "published", "language"}:
            raise click.UsageError(f"--field: unknown name {ours!r}")
        mapping[ours] = theirs
    return ReadOptions(fields=mapping, overrides={k: v for k, v in overrides.items() if v})


def _use_lexicons(paths: tuple[str, ...]) -> None:
    """Add verb tables for this run (workers inherit the environment)."""
    if paths:
        from dyad import lexicon

        os.environ[lexicon.EXTRA_VERBS_ENV] = os.pathsep.join(paths)
        lexicon.event_verbs.cache_clear()


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise click.BadParameter(f"not a date: {value!r} (use YYYY-MM-DD)")
    return parsed


class _Progress:
    """A one-line counter on a terminal; silent otherwise."""

    def __init__(self) -> None:
        self.on = sys.stderr.isatty()
        self.n = 0

    def step(self, n: int = 1) -> None:
        self.n += n
        if self.on:
            click.echo(f"\r  processed {self.n} articles", nl=False, err=True)

    def done(self) -> None:
        if self.on and self.n:
            click.echo("", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option
@click.option("--published", callback=_check_date, help="Publication date for all input.")
@click.option("--outlet", help="Outlet name for all input.")
@click.option("--url", help="URL for all input.")
@click.option("--field", "fields", multiple=True, metavar="NAME=FIELD",
              help="JSON field that holds NAME (text, title, url, outlet, published, language).")
@click.option("--batch-size", default=64, show_default=True, type=click.IntRange(1, 10_000),
              help="Articles per parse batch and per store transaction.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Processes that parse and extract (each loads the model once).")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True),
              help="An extra verb table (e.g. from `dyad lexicon import-petrarch`).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="Extract here, or on a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler (tcp://host:8786); default: a local cluster of --workers.")
@click.option("--shards", type=click.Path(file_okay=False),
              help="Where Dask workers write Parquet shards (default: DB.shards/); on a "
                   "cluster, a folder all workers and this machine share.")
def ingest(paths: tuple[str, ...], db: str, published: str | None, outlet: str | None,
           url: str | None, fields: tuple[str, ...], batch_size: int, workers: int,
           lexicons: tuple[str, ...], engine: str, scheduler: str | None,
           shards: str | None) -> None:
    """Read articles from files, folders or - (stdin), extract, and store them."""
    from dyad.ingest import ingest as run_ingest

    _use_lexicons(lexicons)
    opts = _read_options(published, outlet, url, fields)
    progress = _Progress()
    with Store(db) as store:
        if engine == "dask":
            from dyad import cluster

            report = cluster.run(read_paths(paths, opts), store, shards or f"{db}.shards",
                                 scheduler=scheduler, workers=max(workers, 1),
                                 partition_size=batch_size, progress=progress.step)
        else:
            report = run_ingest(read_paths(paths, opts), store, batch_size=batch_size,
                                workers=workers, progress=progress.step)
    progress.done()
    for source, reason in report.failures:
        click.echo(f"failed: {source}: {reason}", err=True)
    for source, reason in report.warnings:
        click.echo(f"warning: {source}: {reason}", err=True)
    click.echo(
        f"read {report.read} articles: stored {report.stored}, "
        f"already present {report.present}, failed {report.failed} (store: {db})"
    )
    if report.present and not report.stored:
        click.echo("nothing new: every article was already in the store")
    if report.failed:
        sys.exit(1)


@main.command()
@click.argument("shards", nargs=-1, required=True, type=click.Path(exists=True))
@_db_option
def load(shards: tuple[str, ...], db: str) -> None:
    """Merge Parquet shards written by `dyad ingest --engine dask` into the store (articles
    it has are skipped: loading twice changes nothing)."""
    from dyad import cluster

    progress = _Progress()
    with Store(db) as store:
        report = cluster.load(shards, store, progress=progress.step)
    progress.done()
    for source, reason in report.failures:
        click.echo(f"failed: {source}: {reason}", err=True)
    click.echo(f"loaded {report.read} articles: stored {report.stored}, already present "
               f"{report.present}, failed {report.failed} (store: {db})")
    if report.failed:
        sys.exit(1)


# --- output ---


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, list | dict):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def emit(rows: list[dict[str, Any]], fmt: str, columns: list[tuple[str, Callable[[dict], Any]]],
         out: Any = None) -> None:
    """Print rows as a table, CSV, one JSON array, or JSON Lines."""
    out = out or sys.stdout
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        w = csv.writer(out)
        w.writerow([name for name, _ in columns])
        for r in rows:
            w.writerow([_cell(get(r)) for _, get in columns])
    else:
        table = [[name for name, _ in columns]]
        table += [[_cell(get(r)).replace("\n", " ") for _, get in columns] for r in rows]
        widths = [min(60, max(len(row[i]) for row in table)) for i in range(len(columns))]
        for n, row in enumerate(table):
            line = "  ".join(_clip(c, w).ljust(w) for c, w in zip(row, widths, strict=True))
            out.write(line.rstrip() + "\n")
            if n == 0:
                out.write("  ".join("-" * w for w in widths) + "\n")


def _clip(s: str, width: int) -> str:
    return s if len(s) <= width else s[: width - 1] + "…"


Columns = list[tuple[str, Callable[[dict], Any]]]

# The readable views of actors, events and quotes, shared by summary, extract and queries.
ACTOR_COLUMNS: Columns = [
    ("name", lambda r: r["name"]), ("kind", lambda r: r["kind"]),
    ("country", lambda r: r["country"]), ("sector", lambda r: r["sector"]),
    ("mentions", lambda r: r.get("mention_count", len(r.get("mentions", [])))),
    # an article's actor has the role it gives; a stored one, the role said most often
    ("role", lambda r: r.get("role") or next(
        (x["role"] for x in r.get("described_as", [])), None)),
    ("aliases", lambda r: "; ".join(r["aliases"])),
]


def _when(row: dict[str, Any]) -> str | None:
    """An event's date for a table: one that fell back to the publication date says only
    that the event was reported by then ("≤2024-11-15"). (CSV keeps the bare date, with
    its precision in the JSON.)"""
    if row["date"] and row.get("date_precision") == "unknown":
        return "≤" + row["date"]
    return row["date"]


def _event_columns(names: dict[str, str]) -> Columns:
    return [
        ("date", _when), ("type", lambda r: r["plover"]),
        ("cameo", lambda r: r["cameo"]),
        ("source", lambda r: "; ".join(names.get(x, x) for x in r["source"])),
        ("target", lambda r: "; ".join(names.get(x, x) for x in r["target"])),
        ("status", lambda r: ("not " if r["negated"] else "") + r["modality"] + ", "
         + r["attribution"]["certainty"]),
        ("trigger", lambda r: r["trigger"]["text"]),
    ]


def _quote_columns(names: dict[str, str]) -> Columns:
    return [
        ("speaker", lambda r: names.get(r["speaker"] or "", r["speaker_text"])),
        ("role", lambda r: r.get("speaker_role")),
        ("cue", lambda r: r["cue"]["text"] if r["cue"] else None),
        ("kind", lambda r: r["kind"]),
        ("content", lambda r: " … ".join(c["text"] for c in r["content"])),
    ]


def _filters(f: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--actor", help="Actor id, or part of a name or alias."),
        click.option("--country", help="Country code (ISO3, or IGO/NGO/MNC/...)."),
        click.option("--type", "type_", help="PLOVER type or CAMEO code prefix."),
        click.option("--since", callback=_check_date, help="From this date (inclusive)."),
        click.option("--until", callback=_check_date, help="Up to this date (inclusive)."),
        click.option("--search", help="Full-text search over article titles and text."),
        click.option("--article", help="Only this article id."),
        click.option("--limit", default=1000, show_default=True,
                     type=click.IntRange(1, query.MAX_LIMIT)),
        click.option("--offset", default=0, type=click.IntRange(0, None)),
        click.option("--format", "fmt", type=FORMATS, default="table", show_default=True),
        _db_option,
    ]
    for opt in reversed(options):
        f = opt(f)
    return f


def _make_filters(**kw: Any) -> query.Filters:
    return query.Filters(actor=kw.get("actor"), country=kw.get("country"), type=kw.get("type_"),
                         since=kw.get("since"), until=kw.get("until"), search=kw.get("search"),
                         article=kw.get("article"), certainty=kw.get("certainty"),
                         include_unreal=kw.get("all_modalities", True),
                         limit=kw.get("limit", 1000), offset=kw.get("offset", 0))


def _open(db: str) -> Store:
    try:
        return Store(db, readonly=True)
    except (FileNotFoundError, RuntimeError) as exc:
        raise click.UsageError(str(exc)) from exc


def _names(store: Store, rows: list[dict[str, Any]], keys: tuple[str, ...]) -> dict[str, str]:
    ids: set[str] = set()
    for r in rows:
        for k in keys:
            v = r.get(k)
            ids.update(v if isinstance(v, list) else [v] if v else [])
    return query.actor_names(store, ids)


@main.command()
@_filters
@click.option("--certainty", type=click.Choice(["asserted", "attributed", "hedged", "denied"]))
@click.option("--happened-only", "happened_only", is_flag=True,
              help="Leave out negated, hypothetical, intended, threatened and requested events.")
@click.option("--main-only", "main_only", is_flag=True,
              help="Leave out events told as background to their sentence's own report "
                   "(\"condemned the attack\", \"after the talks collapsed\").")
@click.option("--dyadic-only", "dyadic_only", is_flag=True,
              help="Leave out events that do not name both a source and a target actor "
                   "(ICEWS and PETRARCH code only such events).")
def events(db: str, fmt: str, happened_only: bool, main_only: bool, dyadic_only: bool,
           **kw: Any) -> None:
    """Events: who did what to whom, when and where, with evidence."""
    f = _make_filters(**kw, all_modalities=not happened_only)
    f.main_only, f.dyadic_only = main_only, dyadic_only
    with _open(db) as store:
        rows = query.events(store, f)
        names = _names(store, rows, ("source", "target"))
    emit(rows, fmt, [
        ("date", _when if fmt == "table" else lambda r: r["date"]),
        ("type", lambda r: r["plover"]),
        ("cameo", lambda r: r["cameo"]),
        ("source", lambda r: "; ".join(names.get(x, x) for x in r["source"])),
        ("target", lambda r: "; ".join(names.get(x, x) for x in r["target"])),
        ("modality", lambda r: ("not " if r["negated"] else "") + r["modality"]),
        ("certainty", lambda r: r["attribution"]["certainty"]),
        ("evidence", lambda r: r["evidence"]["text"]),
        ("article", lambda r: r["article_id"]),
        ("id", lambda r: r["id"]),
    ])


@main.command()
@_filters
def quotes(db: str, fmt: str, **kw: Any) -> None:
    """Quotes and reported speech, with speaker and cue."""
    with _open(db) as store:
        rows = query.quotes(store, _make_filters(**kw))
        names = _names(store, rows, ("speaker",))
    emit(rows, fmt, [*_quote_columns(names), ("article", lambda r: r["article_id"])])


@main.command()
@_filters
def actors(db: str, fmt: str, **kw: Any) -> None:
    """Actors with their codes, aliases, roles (as the articles describe them) and mention
    counts."""
    with _open(db) as store:
        rows = query.actors(store, _make_filters(**kw))
    emit(rows, fmt, [
        ("name", lambda r: r["name"]),
        ("kind", lambda r: r["kind"]),
        ("country", lambda r: r["country"]),
        ("sector", lambda r: r["sector"]),
        ("mentions", lambda r: r["mention_count"]),
        ("articles", lambda r: r["article_count"]),
        ("aliases", lambda r: "; ".join(r["aliases"])),
        ("roles", lambda r: "; ".join(
            x["role"] + (f" ({x['affiliation_name']})" if x["affiliation_name"] else "")
            for x in r["described_as"])),
        ("id", lambda r: r["id"]),
    ])


@main.command()
@_filters
@click.option("--with-duplicates", is_flag=True,
              help="List near-duplicate copies too (they are linked to their original).")
def articles(db: str, fmt: str, with_duplicates: bool, **kw: Any) -> None:
    """Stored articles (full-text search with --search)."""
    f = _make_filters(**kw)
    f.include_duplicates = with_duplicates
    with _open(db) as store:
        rows = query.articles(store, f, with_text=fmt in {"json", "jsonl"})
    emit(rows, fmt, [
        ("published", lambda r: r["published"]),
        ("title", lambda r: r["title"]),
        ("outlet", lambda r: r["outlet"]),
        ("events", lambda r: r["event_count"]),
        ("quotes", lambda r: r["quote_count"]),
        ("copies", lambda r: r["near_duplicates"]),
        ("duplicate of", lambda r: r["duplicate_of"]),
        ("id", lambda r: r["id"]),
        ("source", lambda r: r["source"]),
    ])


@main.command()
@click.argument("a", required=False)
@click.argument("b", required=False)
@click.option("--by", type=click.Choice(list(query.PERIODS)), default="month", show_default=True)
@click.option("--directed", is_flag=True, help="Only events with A as source and B as target.")
@click.option("--count", type=click.Choice(list(query.COUNTS)), default="stories",
              show_default=True, help="Count each real event once, or every report of it.")
@click.option("--type", "type_", help="PLOVER type or CAMEO code prefix.")
@click.option("--since", callback=_check_date, help="From this date (inclusive).")
@click.option("--until", callback=_check_date, help="Up to this date (inclusive).")
@click.option("--happened-only", "happened_only", is_flag=True,
              help="Leave out negated, hypothetical, intended, threatened and requested events.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@_db_option
def series(a: str | None, b: str | None, by: str, directed: bool, count: str, type_: str | None,
           since: str | None, until: str | None, happened_only: bool, fmt: str, db: str) -> None:
    """Event counts per period between A and B (country codes such as IRN, or actors), by
    quad class, with the mean Goldstein score: `dyad series IRN USA --by week`."""
    f = query.Filters(type=type_, since=since, until=until, include_unreal=not happened_only)
    with _open(db) as store:
        rows = query.series(store, a, b, by=by, directed=directed, f=f, count=count)
    emit(rows, fmt, [
        ("period", lambda r: r["period"]), ("events", lambda r: r["events"]),
        ("mentions", lambda r: r["mentions"]),
        *[(f"quad {q}", lambda r, q=q: r["by_quad_class"].get(q, 0)) for q in "1234"],
        ("goldstein", lambda r: r["goldstein_mean"]),
        ("types", lambda r: ", ".join(f"{k} {v}" for k, v in sorted(r["by_type"].items()))),
    ])


@main.command()
@click.option("--actor", help="Only events involving this actor (id, name, or country code).")
@click.option("--type", "type_", help="PLOVER type or CAMEO code prefix.")
@click.option("--since", callback=_check_date, help="From this date (inclusive).")
@click.option("--until", callback=_check_date, help="Up to this date (inclusive).")
@click.option("--min-weight", default=1, show_default=True, type=click.IntRange(1, None))
@click.option("--count", type=click.Choice(list(query.COUNTS)), default="stories",
              show_default=True, help="Weigh links by real events, or by every report.")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, query.MAX_LIMIT),
              help="The strongest links kept.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@_db_option
def network(actor: str | None, type_: str | None, since: str | None, until: str | None,
            min_weight: int, count: str, limit: int, fmt: str, db: str) -> None:
    """Who acts on whom: source -> target links weighted by story events (or mentions)."""
    f = query.Filters(actor=actor, type=type_, since=since, until=until, limit=limit)
    with _open(db) as store:
        net = query.network(store, f, min_weight=min_weight, count=count)
    names = {n["id"]: n["name"] for n in net["nodes"]}
    if fmt == "json":
        emit([net], "jsonl", [])  # one object: nodes and edges
        return
    emit(net["edges"], fmt, [
        ("source", lambda r: names[r["source"]]), ("target", lambda r: names[r["target"]]),
        ("stories", lambda r: r["stories"]), ("mentions", lambda r: r["mentions"]),
        ("goldstein", lambda r: r["goldstein_mean"]),
        ("types", lambda r: ", ".join(f"{k} {v}" for k, v in sorted(r["by_type"].items()))),
    ])


@main.command("export")
@click.argument("kind", type=click.Choice(
    ["events", "stories", "mentions", "quotes", "actors", "articles"]))
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default="csv",
              show_default=True)
@click.option("--layout", type=click.Choice(["dyad", "gdelt", "polecat"]), default="dyad",
              show_default=True, help="Columns of GDELT's event table or POLECAT's (stories).")
@click.option("--out", type=click.Path(dir_okay=False),
              help="File to write (default: stdout; Parquet needs a file).")
@click.option("--actor", help="Actor id, or part of a name or alias.")
@click.option("--country", help="Country code (ISO3, or IGO/NGO/MNC/...).")
@click.option("--type", "type_", help="PLOVER type or CAMEO code prefix.")
@click.option("--since", callback=_check_date, help="From this date (inclusive).")
@click.option("--until", callback=_check_date, help="Up to this date (inclusive).")
@click.option("--search", help="Full-text search over article titles and text.")
@_db_option
def export_cmd(kind: str, fmt: str, layout: str, out: str | None, db: str, **kw: Any) -> None:
    """Write every matching row as CSV, JSON Lines or Parquet; story events also in GDELT's
    or POLECAT's columns (--layout), so that tools made for those read them."""
    from dyad import export

    if fmt == "parquet" and not out:
        raise click.UsageError("--format parquet needs --out FILE")
    if layout != "dyad" and kind != "stories":
        raise click.UsageError("--layout gdelt|polecat is for `dyad export stories`")
    f = _make_filters(**kw, limit=query.MAX_LIMIT)
    with _open(db) as store:
        found = export.rows(store, kind, f)
        if layout != "dyad":
            found = export.layout(store, found, layout)
    if fmt == "parquet":
        Path(out).write_bytes(export.parquet(found))
        click.echo(f"wrote {len(found)} {kind} to {out}", err=True)
        return
    with open(out, "w", encoding="utf-8", newline="") if out else nullcontext(sys.stdout) as fh:
        for chunk in export.render(found, fmt):
            fh.write(chunk)
    if out:
        click.echo(f"wrote {len(found)} {kind} to {out}", err=True)


@main.command()
@_filters
@click.option("--certainty", type=click.Choice(["asserted", "attributed", "hedged", "denied"]))
@click.option("--happened-only", "happened_only", is_flag=True,
              help="Only stories that some report asserts happened.")
def stories(db: str, fmt: str, happened_only: bool, **kw: Any) -> None:
    """Story events: each real event once, with how many reports, articles and outlets."""
    with _open(db) as store:
        rows = query.stories(store, _make_filters(**kw, all_modalities=not happened_only),
                             with_mentions=fmt in {"json", "jsonl"})
        names = _names(store, rows, ("source", "target"))
    emit(rows, fmt, [
        ("date", _when if fmt == "table" else lambda r: r["date"]),
        ("type", lambda r: r["plover"]), ("cameo", lambda r: r["cameo"]),
        ("source", lambda r: "; ".join(names.get(x, x) for x in r["source"])),
        ("target", lambda r: "; ".join(names.get(x, x) for x in r["target"])),
        ("mentions", lambda r: r["mention_count"]), ("articles", lambda r: r["article_count"]),
        ("outlets", lambda r: r["outlet_count"]), ("certainty", lambda r: r["certainty"]),
        ("first seen", lambda r: r["first_seen"]), ("id", lambda r: r["id"]),
    ])


@main.command()
@click.argument("what", type=click.Choice(["actors", "dyads"]))
@click.option("--level", type=click.Choice(["country", "actor"]), default="country",
              show_default=True, help="Dyads of countries or of actors.")
@click.option("--type", "type_", help="PLOVER type or CAMEO code prefix.")
@click.option("--country", help="Only actors of this country (top actors).")
@click.option("--since", callback=_check_date, help="From this date (inclusive).")
@click.option("--until", callback=_check_date, help="Up to this date (inclusive).")
@click.option("--happened-only", "happened_only", is_flag=True)
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, query.MAX_LIMIT))
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@_db_option
def top(what: str, level: str, type_: str | None, country: str | None, since: str | None,
        until: str | None, happened_only: bool, limit: int, fmt: str, db: str) -> None:
    """The most active actors, or source -> target dyads, by story events."""
    f = query.Filters(type=type_, country=country, since=since, until=until, limit=limit,
                      include_unreal=not happened_only)
    with _open(db) as store:
        if what == "actors":
            rows = query.top_actors(store, f)
            columns: Columns = [("name", lambda r: r["name"]), ("country", lambda r: r["country"]),
                                ("sector", lambda r: r["sector"])]
        else:
            rows = query.top_dyads(store, f, level=level)
            names = ("source_name", "target_name") if level == "actor" else ("source", "target")
            columns = [("source", lambda r: r[names[0]]), ("target", lambda r: r[names[1]])]
    emit(rows, fmt, [*columns, ("stories", lambda r: r["stories"]),
                     ("mentions", lambda r: r["mentions"]),
                     ("goldstein", lambda r: r["goldstein"])])


@main.command()
@click.option("--by", type=click.Choice(["week", "month"]), default="week", show_default=True)
@click.option("--min-events", default=3, show_default=True, type=click.IntRange(1, None))
@click.option("--z", default=2.0, show_default=True, type=click.FloatRange(0, None),
              help="Standard deviations above the 52-period mean.")
@click.option("--since", callback=_check_date, help="Only alerts from this date.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@_db_option
def alerts(by: str, min_events: int, z: float, since: str | None, fmt: str, db: str) -> None:
    """Periods where a country's events or a dyad's conflict depart from their 4- and
    52-period baselines."""
    with _open(db) as store:
        rows = query.alerts(store, by=by, min_events=min_events, z=z)
    rows = [r for r in rows if not since or r["period"] >= since]
    emit(rows, fmt, [(k, lambda r, k=k: r[k]) for k in
                     ("period", "subject", "kind", "value", "baseline_4", "baseline_52", "z")])


@main.command()
@_db_option
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def errors(db: str, fmt: str) -> None:
    """Input that failed, with the reason."""
    with _open(db) as store:
        rows = query.errors(store)
    emit(rows, fmt, [("at", lambda r: r["at"]), ("severity", lambda r: r["severity"]),
                     ("source", lambda r: r["source"]), ("reason", lambda r: r["reason"])])


@main.command()
@_db_option
@click.option("--article", help="Only this article id (default: every article).")
def summary(db: str, article: str | None) -> None:
    """A readable summary of what the store holds: actors, events and quotes."""
    with _open(db) as store:
        f = query.Filters(article=article, limit=query.MAX_LIMIT)
        arts = query.articles(store, f)
        acts = query.actors(store, f)
        evs = query.events(store, f)
        qts = query.quotes(store, f)
        names = _names(store, evs, ("source", "target")) | _names(store, qts, ("speaker",))
    out = io.StringIO()
    out.write(f"{len(arts)} article(s), {len(acts)} actor(s), {len(evs)} event(s), "
              f"{len(qts)} quote(s) in {db}\n")
    for a in arts[:20]:
        date, title = a["published"] or "????-??-??", a["title"] or "(untitled)"
        out.write(f"  [{date}] {title}  ({a['id']})\n")
    out.write("\nActors\n")
    emit(acts[:40], "table", ACTOR_COLUMNS, out)
    out.write("\nEvents\n")
    emit(evs[:60], "table", _event_columns(names), out)
    out.write("\nQuotes\n")
    emit(qts[:40], "table", _quote_columns(names), out)
    click.echo(out.getvalue().rstrip())


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--published", callback=_check_date, help="Publication date (overrides metadata).")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json",
              show_default=True)
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True),
              help="An extra verb table (e.g. from `dyad lexicon import-petrarch`).")
def extract(file: str, published: str | None, fmt: str, lexicons: tuple[str, ...]) -> None:
    """Extract one article and print it, without a store."""
    from dyad import pipeline

    _use_lexicons(lexicons)
    opts = ReadOptions(overrides={"published": published} if published else {})
    results = list(read_paths([file], opts))
    articles_ = [r for r in results if isinstance(r, Article)]
    for r in results:
        if isinstance(r, ReadError):
            click.echo(f"failed: {r.source}: {r.reason}", err=True)
    if not articles_:
        sys.exit(1)
    docs = []
    for a in articles_:
        try:
            docs.append(pipeline.extract(a))
        except pipeline.ExtractionError as exc:
            click.echo(f"failed: {a.source}: {exc}", err=True)
    if fmt == "json":
        payload: Any = docs[0].to_json() if len(docs) == 1 else [d.to_json() for d in docs]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for d in docs:
            _print_document(d)
    if len(docs) < len(results):
        sys.exit(1)


def _print_document(d: Document) -> None:
    names = {a.id: a.name for a in d.actors}
    a = d.article
    click.echo(f"{a.title or '(untitled)'} [{a.published or 'no date'}] {a.id}")
    click.echo("\nActors")
    emit([x.to_json() for x in d.actors], "table", ACTOR_COLUMNS)
    click.echo("\nEvents")
    emit([e.to_json() for e in d.events], "table", _event_columns(names))
    click.echo("\nQuotes")
    emit([q.to_json() for q in d.quotes], "table", _quote_columns(names))
    click.echo("\nTime expressions")
    emit([t.to_json() for t in d.timexes], "table", [
        ("text", lambda r: r["text"]), ("type", lambda r: r["type"]),
        ("value", lambda r: r["value"]),
    ])


@main.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def serve(db: str, host: str, port: int) -> None:
    """Serve the web UI (at /) and the HTTP API (OpenAPI at /docs). Writes need DYAD_TOKEN."""
    import uvicorn

    from dyad.serve import create_app

    if not Path(db).exists():
        raise click.UsageError(f"no dyad store at {db}: run `dyad ingest` first")
    click.echo(f"dyad serving {db}: web UI at http://{host}:{port}/ , API docs at /docs")
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


@main.group()
def lexicon() -> None:
    """Import other coders' dictionaries into dyad's formats."""


@lexicon.command("import-petrarch")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", required=True, type=click.Path(dir_okay=False),
              help="Where to write the verb table (dyad's verbs.tsv format).")
def import_petrarch(file: str, out: str) -> None:
    """Convert a PETRARCH-2 verb dictionary (CAMEO.2.0.txt format). Use the result with
    `--lexicon OUT` on ingest and extract, or DYAD_LEXICON=OUT."""
    from dyad.importers import petrarch_verbs, write_verbs_tsv

    imported = petrarch_verbs(Path(file).read_text(encoding="utf-8", errors="replace"),
                              source=Path(file).name)
    write_verbs_tsv(imported, out, Path(file).name)
    click.echo(f"{imported.blocks} verb blocks, {imported.verbs} verbs, "
               f"{imported.prep_patterns} preposition patterns -> {len(imported.rows)} entries "
               f"in {out}; {imported.skipped_patterns} patterns with object nouns left out")


# --- evaluation ---


@main.command("eval")
@click.argument("task", type=click.Choice(["events", "quotes", "timex", "entities",
                                           "eventtypes", "stories", "places"]))
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="A gold file in the format of shared/eval/FORMATS.md (stories: the "
                   "format of tests/data/stories.jsonl; places: of "
                   "tests/data/places_world_news.tsv).")
@click.option("--predictions", type=click.Path(dir_okay=False),
              help="Also write dyad's output here, in the gold's format.")
@click.option("--errors", type=click.Path(dir_okay=False),
              help="Also write, per record, the gold items dyad missed and the items it "
                   "found that the gold does not have (JSON Lines).")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
def eval_(task: str, gold: str, predictions: str | None, errors: str | None,
          as_json: bool) -> None:
    """Score dyad against a gold file."""
    from dyad.evaluate import runner

    if (errors or predictions) and task in {"stories", "places"}:
        raise click.UsageError("--errors and --predictions apply to the gold formats of "
                               "shared/eval/FORMATS.md, not to stories or places")
    try:
        if task == "stories":
            from dyad.evaluate.stories import evaluate as evaluate_stories

            metrics = evaluate_stories(gold)
        elif task == "places":
            from dyad.evaluate.places import evaluate as evaluate_places

            metrics = evaluate_places(gold)
        else:
            metrics = runner.evaluate(task, gold, predictions, errors)
    except (ValueError, KeyError) as exc:
        raise click.UsageError(f"cannot read gold file {gold}: {exc}") from exc
    if as_json:
        click.echo(json.dumps(metrics, indent=2))
        return
    for key, value in metrics.items():
        if isinstance(value, dict):
            click.echo(f"{key}:")
            for k, v in value.items():
                click.echo(f"  {k}: {json.dumps(v)}")
        else:
            click.echo(f"{key}: {value:.4f}" if isinstance(value, float) else f"{key}: {value}")


@main.command()
@click.option("--eval-dir", default="../shared/eval/dev", show_default=True,
              type=click.Path(file_okay=False))
@click.option("--out", default="docs/evaluation.md", show_default=True,
              type=click.Path(dir_okay=False))
def scoreboard(eval_dir: str, out: str) -> None:
    """Regenerate the evaluation scoreboard from every gold file in --eval-dir."""
    from dyad.evaluate import runner

    if not Path(eval_dir).is_dir():
        raise click.UsageError(f"no gold folder at {eval_dir}")
    text = runner.scoreboard(eval_dir, progress=lambda name: click.echo(f"scoring {name}",
                                                                         err=True))
    Path(out).write_text(text + "\n", encoding="utf-8")
    click.echo(f"wrote {out}")


if __name__ == "__main__":
    main()
