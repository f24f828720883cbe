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
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import parse_qsl

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from dyad import __version__, export, query
from dyad.store import Store

MAX_PAGE = 1000
MAX_EXPORT = 100_000  # rows in one download
MAX_BODY = 5_000_000  # bytes of a POSTed article
TOKEN_ENV = "DYAD_TOKEN"
UI_DIR = Path(__file__).parent / "ui"  # the web UI: plain HTML, CSS and JS, no build step


# What str.strip() removes (every such character is at or below U+3000): a text of these
# alone is no text to the reader, so the schema says so too, and a client learns it from
# the schema rather than from a 400.
WHITESPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace())


class ArticleIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_BODY, pattern=f"[^{WHITESPACE}]")
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=4000)
    outlet: str | None = Field(default=None, max_length=500)
    published: str | None = Field(default=None, max_length=40)
    language: str | None = Field(default=None, max_length=20)


class Message(BaseModel):
    detail: str


def _said(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the errors an endpoint answers with a plain message."""
    what = {400: "The article could not be read or extracted", 401: "No valid token",
            403: "Writes are off (no DYAD_TOKEN)", 404: "Not found",
            413: "Request too large", 503: "The store cannot be opened"}
    return {c: {"model": Message, "description": what[c]} for c in codes}


class Ingested(BaseModel):
    id: str
    stored: bool
    duplicate: bool
    events: int
    quotes: int
    warnings: list[str]


# ISO dates at day, month or year precision; validated by FastAPI against the schema.
DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
DateParam = Annotated[str | None, Query(pattern=DATE_PATTERN, examples=["2024-11-15"])]


def _until(value: str | None) -> str | None:
    """A month or year as the last day it covers (dates compare as ISO strings)."""
    if value is None or len(value) == 10:
        return value
    return value + ("-31" if len(value) == 7 else "-12-31")


def create_app(db: str, token: str | None = None) -> FastAPI:
    """The application over the store at ``db``; writes need ``token`` (default: the
    ``DYAD_TOKEN`` environment variable; none set means no writes)."""
    token = token if token is not None else os.environ.get(TOKEN_ENV) or None
    app = FastAPI(title="dyad", version=__version__, docs_url=None, redoc_url=None,
                  responses=_said(503),
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
                type: str | None = None, since: DateParam = None, until: DateParam = None,
                search: str | None = None, article: str | None = None,
                certainty: str | None = None,
                quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
                happened_only: bool = False,
                limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
                offset: Annotated[int, Query(ge=0, le=query.MAX_OFFSET)] = 0) -> query.Filters:
        return query.Filters(actor=actor, country=country, type=type,
                             since=since, until=_until(until),
                             search=search, article=article, certainty=certainty,
                             quad_class=quad_class, include_unreal=not happened_only,
                             limit=limit, offset=offset)

    F = Annotated[query.Filters, Depends(filters)]
    Count = Annotated[Literal["stories", "mentions"],
                      Query(description="count each real event once, or every report")]

    app.mount("/ui", StaticFiles(directory=UI_DIR), name="ui")

    @app.middleware("http")
    async def scalar_queries(request: Request, call_next: Any) -> Any:
        # Every query parameter of the API takes one value: a repeated one ("country=IRN&
        # country=ISR") was answered silently for its last value, where the schema says the
        # request is invalid.
        if request.url.path.startswith("/api/"):
            names = [k for k, _ in parse_qsl(request.url.query, keep_blank_values=True)]
            repeated = sorted({k for k in names if names.count(k) > 1})
            if repeated:
                return JSONResponse(status_code=422, content={"detail": [
                    {"loc": ["query", k], "msg": "a single value is expected",
                     "type": "value_error"} for k in repeated]})
        return await call_next(request)

    @app.middleware("http")
    async def ui_headers(request: Request, call_next: Any) -> Any:
        # Defence in depth for the UI (it renders article text as text already): no script
        # but the UI's own file, no plugins, no framing.
        response = await call_next(request)
        if request.url.path == "/" or request.url.path.startswith("/ui/"):
            response.headers["Content-Security-Policy"] = (
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                "img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; "
                "frame-ancestors 'none'")
            response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    @app.get("/", include_in_schema=False, response_model=None)
    def ui() -> FileResponse:
        return FileResponse(UI_DIR / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False, response_model=None)
    def docs() -> HTMLResponse:
        if not has_swagger:
            raise HTTPException(404, "swagger-ui-bundle is not installed")
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="dyad API",
            swagger_js_url="/static/swagger/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger/swagger-ui.css",
            swagger_favicon_url="/static/swagger/favicon-32x32.png")

    @app.get("/api/events", summary="Events with all filters and paging, with actor names")
    def events(s: Db, f: F, main_only: bool = False,
               dyadic_only: bool = False) -> list[dict[str, Any]]:
        f.main_only, f.dyadic_only = main_only, dyadic_only
        return export.rows(s, "events", f)

    @app.get("/api/events/{event_id}", summary="One event", responses=_said(404))
    def event(s: Db, event_id: str) -> dict[str, Any]:
        found = export.rows(s, "events", query.Filters(event=event_id))
        if not found:
            raise HTTPException(404, f"no event {event_id}")
        return found[0]

    @app.get("/api/quotes", summary="Quotes and reported speech, with speaker names")
    def quotes(s: Db, f: F) -> list[dict[str, Any]]:
        return export.rows(s, "quotes", f)

    @app.get("/api/actors", summary="Actors with codes, aliases and counts")
    def actors(s: Db, f: F) -> list[dict[str, Any]]:
        return query.actors(s, f)

    @app.get("/api/articles", summary="Articles (full-text search with `search`)")
    def articles(s: Db, f: F, with_duplicates: bool = False) -> list[dict[str, Any]]:
        f.include_duplicates = with_duplicates
        return query.articles(s, f)

    @app.get("/api/articles/{article_id}", summary="One article with what dyad found in it",
             responses=_said(404))
    def article(s: Db, article_id: str) -> dict[str, Any]:
        f = query.Filters(article=article_id, limit=query.MAX_LIMIT)
        found = query.articles(s, f, with_text=True)
        if not found:
            raise HTTPException(404, f"no article {article_id}")
        return {"article": found[0], "events": query.events(s, f),
                "quotes": query.quotes(s, f), "actors": query.actors(s, f),
                "mentions": query.mentions(s, article_id)}

    @app.get("/api/actors/{actor_id}", responses=_said(404),
             summary="An actor's card: names, codes, dated roles, first and last seen, "
             "timeline, partners and quotes")
    def actor(s: Db, actor_id: str) -> dict[str, Any]:
        card = query.actor_card(s, actor_id)
        if card is None:
            raise HTTPException(404, f"no actor {actor_id}")
        return card

    @app.get("/api/series", summary="Event counts per period between two parties (country "
             "codes such as IRN, or actors), by PLOVER type and quad class, with the mean "
             "Goldstein score; `a` alone gives every event of that party")
    def series(s: Db, f: F, a: str | None = None, b: str | None = None,
               by: Literal["day", "week", "month", "year"] = "month",
               directed: bool = False, count: Count = "stories", event_ids: bool = False
               ) -> list[dict[str, Any]]:
        return query.series(s, a, b, by=by, directed=directed, f=f, count=count,
                            event_ids=event_ids)

    @app.get("/api/network", summary="Actors as nodes, source-to-target event counts as "
             "weighted edges (the strongest `limit` edges)")
    def network(s: Db, f: F, min_weight: Annotated[int, Query(ge=1)] = 1,
                count: Count = "stories") -> dict[str, Any]:
        return query.network(s, f, min_weight=min_weight, count=count)

    @app.get("/api/stories", summary="Story events: each real event once, with its reports "
             "(mentions), articles, outlets and combined certainty")
    def stories(s: Db, f: F) -> list[dict[str, Any]]:
        return export.rows(s, "stories", f)

    @app.get("/api/stories/{story_id}", summary="One story event", responses=_said(404))
    def story(s: Db, story_id: str) -> dict[str, Any]:
        found = export.rows(s, "stories", query.Filters(story=story_id))
        if not found:
            raise HTTPException(404, f"no story {story_id}")
        return found[0]

    @app.get("/api/top/actors", summary="Actors ranked by story events")
    def top_actors(s: Db, f: F) -> list[dict[str, Any]]:
        return query.top_actors(s, f)

    @app.get("/api/top/dyads", summary="Source -> target dyads ranked by story events")
    def top_dyads(s: Db, f: F, level: Literal["country", "actor"] = "country"
                  ) -> list[dict[str, Any]]:
        return query.top_dyads(s, f, level=level)

    @app.get("/api/alerts", summary="Periods where a country's events or a dyad's conflict "
             "depart from their 4- and 52-period baselines")
    def alerts(s: Db, f: F, by: Literal["week", "month"] = "week",
               min_events: Annotated[int, Query(ge=1, le=10_000)] = 3,
               z: Annotated[float, Query(ge=0, le=100)] = 2.0) -> list[dict[str, Any]]:
        return query.alerts(s, f, by=by, min_events=min_events, z=z)

    @app.get("/api/places", summary="The map: events by place, and places the articles name")
    def places(s: Db, f: F) -> dict[str, Any]:
        from dyad.places import country_points

        return {"events": query.places(s, f), "mentioned": query.place_mentions(s, f),
                "countries": country_points()}

    def download(found: list[dict[str, Any]], name: str, format: str) -> Response:
        headers = {"Content-Disposition": f'attachment; filename="{name}.{format}"'}
        if format == "parquet":
            return Response(export.parquet(found), media_type=export.MEDIA_TYPES[format],
                            headers=headers)
        return StreamingResponse(export.render(found, format),
                                 media_type=export.MEDIA_TYPES[format], headers=headers)

    @app.get("/api/export/{kind}", summary="Download events, story events, mentions, quotes, "
             "actors or articles as CSV, JSON Lines or Parquet, with the same filters",
             response_class=StreamingResponse)
    def export_rows(s: Db, f: F,
                    kind: Literal["events", "stories", "mentions", "quotes", "actors",
                                  "articles"],
                    format: Literal["csv", "jsonl", "parquet"] = "csv",
                    rows: Annotated[int, Query(ge=1, le=MAX_EXPORT)] = MAX_EXPORT,
                    main_only: bool = False, dyadic_only: bool = False) -> Response:
        f.limit, f.offset = rows, 0  # a download is every matching row, not one page
        f.main_only, f.dyadic_only = main_only, dyadic_only  # (events only)
        # Read now: the store closes before the body streams.
        return download(export.rows(s, kind, f), f"dyad-{kind}", format)

    @app.get("/api/export/stories/{layout}", summary="Download story events in GDELT's "
             "event-table columns or POLECAT's PLOVER columns", response_class=StreamingResponse)
    def export_layout(s: Db, f: F, layout: Literal["gdelt", "polecat"],
                      format: Literal["csv", "jsonl", "parquet"] = "csv",
                      rows: Annotated[int, Query(ge=1, le=MAX_EXPORT)] = MAX_EXPORT
                      ) -> Response:
        f.limit, f.offset = rows, 0
        found = export.layout(s, export.rows(s, "stories", f), layout)
        return download(found, f"dyad-stories-{layout}", format)

    @app.get("/api/errors", summary="Input that failed or drew a warning, with the reason")
    def errors(s: Db, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100
               ) -> list[dict[str, Any]]:
        return query.errors(s, limit)

    @app.post("/api/articles", summary="Ingest one article (needs the token)", status_code=201,
              responses=_said(400, 401, 403, 413))
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
            raise HTTPException(400, result.reason)
        try:
            doc = pipeline.extract(result)
        except pipeline.ExtractionError as exc:
            raise HTTPException(400, str(exc)) from exc
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
