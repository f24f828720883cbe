"""dyad: sourced event data from news — who did what to whom, when, where, and who says so.

The Python API in two calls::

    import dyad
    doc = dyad.extract("Israel and Egypt signed an accord on Monday.", published="2024-11-15")
    doc.to_json()["events"]                      # the JSON contract of docs/schema.md

    with dyad.open("dyad.db") as db:             # a store made by `dyad ingest`
        db.events(country="IRN", since="2024-01-01")
        db.series("IRN", "USA", by="week")        # analyses are pandas DataFrames
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    import pandas as pd

    from dyad.model import Document
    from dyad.store import Store


def extract(text: str, published: str | None = None, **metadata: Any) -> Document:
    """One article through the whole path, without a store. ``metadata``: title, url,
    outlet, language."""
    from dyad.model import Article
    from dyad.pipeline import extract as run

    return run(Article(text=text, published=published, **metadata))


class Dyad:
    """A store opened for reading, with the query commands as methods returning the JSON
    contract's objects. Keyword filters are those of :class:`dyad.query.Filters`."""

    def __init__(self, path: str) -> None:
        from dyad.store import Store

        self.store: Store = Store(path, readonly=True)

    def __enter__(self) -> Dyad:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def _run(self, name: str, filters: dict[str, Any]) -> list[dict[str, Any]]:
        from dyad import query

        return getattr(query, name)(self.store, query.Filters(**filters))

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        return self._run("events", filters)

    def quotes(self, **filters: Any) -> list[dict[str, Any]]:
        return self._run("quotes", filters)

    def actors(self, **filters: Any) -> list[dict[str, Any]]:
        return self._run("actors", filters)

    def articles(self, **filters: Any) -> list[dict[str, Any]]:
        return self._run("articles", filters)

    def stories(self, **filters: Any) -> list[dict[str, Any]]:
        return self._run("stories", filters)

    # --- analyses, as DataFrames ---

    def series(self, a: str | None = None, b: str | None = None, by: str = "month",
               directed: bool = False, count: str = "stories", **filters: Any
               ) -> pd.DataFrame:
        """One row per period: ``events``, ``mentions``, ``goldstein_mean``, a column per
        quad class (``quad_1`` .. ``quad_4``) and per PLOVER type; ``a`` and ``b`` are
        country codes (IRN) or actors."""
        import pandas as pd

        from dyad import query

        rows = query.series(self.store, a, b, by=by, directed=directed,
                            f=query.Filters(**filters), count=count)
        flat = [{"period": r["period"], "events": r["events"], "mentions": r["mentions"],
                 "goldstein_mean": r["goldstein_mean"],
                 **{f"quad_{q}": r["by_quad_class"].get(str(q), 0) for q in range(1, 5)},
                 **r["by_type"]} for r in rows]
        frame = pd.DataFrame(flat, columns=None if flat else [
            "period", "events", "mentions", "goldstein_mean", "quad_1", "quad_2", "quad_3",
            "quad_4"])
        types = [c for c in frame.columns if c.isupper()]
        frame[types] = frame[types].fillna(0).astype(int)
        return frame.set_index("period")

    def timeline(self, actor: str, by: str = "month", **filters: Any) -> pd.DataFrame:
        """An actor's events per period (the series of the actor with anyone)."""
        return self.series(actor, None, by=by, **filters)

    def network(self, count: str = "stories", min_weight: int = 1, **filters: Any
                ) -> tuple[pd.DataFrame, pd.DataFrame]:
        """(nodes, edges): actors, and source -> target links weighted by events."""
        import pandas as pd

        from dyad import query

        net = query.network(self.store, query.Filters(**filters), min_weight=min_weight,
                            count=count)
        nodes, edges = pd.DataFrame(net["nodes"]), pd.DataFrame(net["edges"])
        if len(edges):
            names = dict(zip(nodes["id"], nodes["name"], strict=True))
            edges.insert(2, "source_name", edges["source"].map(names))
            edges.insert(3, "target_name", edges["target"].map(names))
        return nodes, edges

    def top_actors(self, **filters: Any) -> pd.DataFrame:
        import pandas as pd

        from dyad import query

        return pd.DataFrame(query.top_actors(self.store, query.Filters(**filters)))

    def top_dyads(self, level: str = "country", **filters: Any) -> pd.DataFrame:
        import pandas as pd

        from dyad import query

        return pd.DataFrame(query.top_dyads(self.store, query.Filters(**filters), level=level))

    def alerts(self, by: str = "week", min_events: int = 3, z: float = 2.0, **filters: Any
               ) -> pd.DataFrame:
        import pandas as pd

        from dyad import query

        return pd.DataFrame(query.alerts(self.store, query.Filters(**filters), by=by,
                                         min_events=min_events, z=z),
                            columns=["period", "subject", "kind", "value", "baseline_4",
                                     "baseline_52", "z"])

    def frame(self, kind: str = "events", layout: str = "dyad", **filters: Any
              ) -> pd.DataFrame:
        """Any exportable rows (events, stories, mentions, quotes, actors, articles) as a
        flat DataFrame, optionally in GDELT's or POLECAT's columns (stories)."""
        import pandas as pd

        from dyad import export, query

        found = export.rows(self.store, kind, query.Filters(**filters))
        if layout != "dyad":
            return pd.DataFrame(export.layout(self.store, found, layout))
        return pd.DataFrame([export.flat(r) for r in found])


def open(path: str = "dyad.db") -> Dyad:
    """Open a store for reading."""
    return Dyad(path)
