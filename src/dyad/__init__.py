"""dyad: sourced event data from news — who did what to whom, when, where, and who says so.

The Python API in two calls::

    import dyad
    doc = dyad.extract("Israel and Egypt signed an accord on Monday.", published="2024-11-15")
    doc.to_json()["events"]                      # the JSON contract of docs/schema.md

    with dyad.open("dyad.db") as db:             # a store made by `dyad ingest`
        db.events(country="IRN", since="2024-01-01")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
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


def open(path: str = "dyad.db") -> Dyad:
    """Open a store for reading."""
    return Dyad(path)
