"""The HTTP API: every query of the CLI as a read endpoint, OpenAPI at /docs (served from
the installed swagger-ui-bundle: no CDN), and ingest by POST when ``DYAD_TOKEN`` is set.

Reads open the store read-only per request (WAL: they never wait for a writer); page sizes
and request bodies are bounded; every filter is a bound SQL parameter (``dyad.query``).
"""


# No `from __future__ import annotations` here: FastAPI reads the endpoint annotations
# (Annotated[..., Depends(...)] aliases local to create_app) when the endpoints are defined.
import hmac
import os
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from dyad import __version__, query
from dyad.read import parse_date
from dyad.store import Store

MAX_PAGE = 1000
MAX_BODY = 5_000_000  # bytes of a POSTed article
TOKEN_ENV = "DYAD_TOKEN"


class ArticleIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_BODY)
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=4000)
    outlet: str | None = Field(default=None, max_length=500)
    published: str | None = Field(default=None, max_length=40)
    language: str | None = Field(default=None, max_length=20)


class Ingested(BaseModel):
    id: str
    stored: bool
    duplicate: bool
    events: int
    quotes: int
    warnings: list[str]


def _date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise HTTPException(422, f"{name}: not a date: {value!r} (use YYYY-MM-DD)")
    return parsed


def create_app(db: str, token: str | None = None) -> FastAPI:
    """The application over the store at ``db``; writes need ``token`` (default: the
    ``DYAD_TOKEN`` environment variable; none set means no writes)."""
    token = token if token is not None else os.environ.get(TOKEN_ENV) or None
    app = FastAPI(title="dyad", version=__version__, docs_url=None, redoc_url=None,
                  description="Sourced event data from news: who did what to whom, when, "
                              "where, and who says so. Every row links to its evidence.")
    try:
        import swagger_ui_bundle

        app.mount("/static/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path),
                  name="swagger")
        has_swagger = True
    except ImportError:  # the API works without its documentation page
        has_swagger = False

    def store() -> Iterator[Store]:
        try:
            s = Store(db, readonly=True)
        except (FileNotFoundError, RuntimeError) as exc:
            raise HTTPException(503, str(exc)) from exc
        try:
            yield s
        finally:
            s.close()

    Db = Annotated[Store, Depends(store)]

    def filters(actor: str | None = None, country: str | None = None,
                type: str | None = None, since: str | None = None, until: str | None = None,
                search: str | None = None, article: str | None = None,
                certainty: str | None = None, happened_only: bool = False,
                limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
                offset: Annotated[int, Query(ge=0)] = 0) -> query.Filters:
        return query.Filters(actor=actor, country=country, type=type,
                             since=_date(since, "since"), until=_date(until, "until"),
                             search=search, article=article, certainty=certainty,
                             include_unreal=not happened_only, limit=limit, offset=offset)

    F = Annotated[query.Filters, Depends(filters)]

    @app.get("/docs", include_in_schema=False, response_model=None)
    def docs() -> HTMLResponse:
        if not has_swagger:
            raise HTTPException(404, "swagger-ui-bundle is not installed")
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="dyad API",
            swagger_js_url="/static/swagger/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger/swagger-ui.css",
            swagger_favicon_url="/static/swagger/favicon-32x32.png")

    @app.get("/api/events", summary="Events with all filters and paging")
    def events(s: Db, f: F) -> list[dict[str, Any]]:
        return query.events(s, f)

    @app.get("/api/quotes", summary="Quotes and reported speech")
    def quotes(s: Db, f: F) -> list[dict[str, Any]]:
        return query.quotes(s, f)

    @app.get("/api/actors", summary="Actors with codes, aliases and counts")
    def actors(s: Db, f: F) -> list[dict[str, Any]]:
        return query.actors(s, f)

    @app.get("/api/articles", summary="Articles (full-text search with `search`)")
    def articles(s: Db, f: F, with_duplicates: bool = False) -> list[dict[str, Any]]:
        f.include_duplicates = with_duplicates
        return query.articles(s, f)

    @app.get("/api/articles/{article_id}", summary="One article with what dyad found in it")
    def article(s: Db, article_id: str) -> dict[str, Any]:
        f = query.Filters(article=article_id, limit=query.MAX_LIMIT)
        found = query.articles(s, f, with_text=True)
        if not found:
            raise HTTPException(404, f"no article {article_id}")
        return {"article": found[0], "events": query.events(s, f),
                "quotes": query.quotes(s, f), "actors": query.actors(s, f)}

    @app.get("/api/errors", summary="Input that failed or drew a warning, with the reason")
    def errors(s: Db, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100
               ) -> list[dict[str, Any]]:
        return query.errors(s, limit)

    @app.post("/api/articles", summary="Ingest one article (needs the token)", status_code=201)
    def ingest(item: ArticleIn, request: Request,
               authorization: Annotated[str | None, Header()] = None) -> Ingested:
        if token is None:
            raise HTTPException(403, f"writes are off: start the server with {TOKEN_ENV} set")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "a valid token is needed: Authorization: Bearer TOKEN")
        length = int(request.headers.get("content-length") or 0)
        if length > MAX_BODY + 10_000:
            raise HTTPException(413, f"request larger than {MAX_BODY} bytes")
        from dyad import pipeline
        from dyad.read import ReadError, ReadOptions, records_to_articles

        [result] = records_to_articles([("api", item.model_dump())], ReadOptions())
        if isinstance(result, ReadError):
            raise HTTPException(422, result.reason)
        try:
            doc = pipeline.extract(result)
        except pipeline.ExtractionError as exc:
            raise HTTPException(422, str(exc)) from exc
        with Store(db) as w:
            stored = w.add_documents([doc]) == 1
            duplicate = bool(w.conn.execute(
                "SELECT 1 FROM near_duplicates WHERE article_id = ?", (doc.article.id,)
            ).fetchone())
            if stored and doc.warnings:
                w.add_errors([("api", doc.article.id, x) for x in doc.warnings], "warning")
        return Ingested(id=doc.article.id, stored=stored, duplicate=duplicate,
                        events=len(doc.events), quotes=len(doc.quotes), warnings=doc.warnings)

    return app
