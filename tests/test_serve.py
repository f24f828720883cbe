"""The HTTP API with the test client: every endpoint, filters, paging bounds, the token,
injection strings, and the docs page served without a CDN."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE
from fastapi.testclient import TestClient

from dyad.cli import main
from dyad.serve import MAX_PAGE, create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("api") / "api.db")
    assert CliRunner().invoke(main, ["ingest", str(EXAMPLE), "--db", path]).exit_code == 0
    return path


@pytest.fixture()
def client(db):
    return TestClient(create_app(db, token="s3cret"))


def test_read_endpoints(client):
    events = client.get("/api/events", params={"type": "CONSULT"}).json()
    assert events and {e["plover"] for e in events} == {"CONSULT"}
    assert all(e["evidence"]["text"] for e in events)
    assert client.get("/api/actors", params={"actor": "Zelensky"}).json()[0]["country"] == "UKR"
    assert client.get("/api/quotes", params={"actor": "Tusi"}).json()
    arts = client.get("/api/articles", params={"search": "Starlink"}).json()
    assert len(arts) == 1
    one = client.get(f"/api/articles/{arts[0]['id']}").json()
    assert one["article"]["text"].startswith("Elon Musk") and one["events"] and one["quotes"]
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/errors").status_code == 200
    real = client.get("/api/events", params={"happened_only": True}).json()
    assert all(e["modality"] == "asserted" for e in real)
    main = client.get("/api/events", params={"main_only": True}).json()
    every = client.get("/api/events").json()
    assert main and len(main) < len(every) and not any(e["background"] for e in main)
    dyadic = client.get("/api/events", params={"dyadic_only": True}).json()
    assert dyadic == [e for e in every if e["source"] and e["target"]] and len(dyadic) < len(every)


def test_paging_and_bad_parameters(client):
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert len(first) == 2 and first != second
    assert client.get("/api/events", params={"limit": MAX_PAGE + 1}).status_code == 422
    assert client.get("/api/events", params={"since": "yesterday-ish"}).status_code == 422


def test_a_repeated_parameter_is_rejected(client):
    # the schema gives each query parameter one value: the last of repeated values was
    # taken silently before (schemathesis found it)
    for q in ("country=IRN&country=ISR", "limit=5&limit=6"):
        r = client.get(f"/api/stories?{q}")
        assert r.status_code == 422, q
        assert r.json()["detail"][0]["loc"] == ["query", q.split("=")[0]]
    assert client.get("/api/stories?quad_class=2&limit=10").status_code == 200


@pytest.mark.parametrize("bad", ["' OR 1=1 --", "\"; DROP TABLE events; --", "NEAR(", "*", " "])
def test_injection_strings_are_plain_values(client, bad):
    for name in ("actor", "country", "type", "search", "article", "certainty"):
        for path in ("/api/events", "/api/quotes", "/api/actors", "/api/articles",
                     "/api/network", "/api/places", "/api/export/events"):
            r = client.get(path, params={name: bad})
            assert r.status_code == 200, (path, name)
    if bad.strip():  # (a blank country is no country: the series of all events)
        assert client.get("/api/series", params={"a": bad, "b": bad}).json() == []
    assert client.get(f"/api/actors/{bad}").status_code == 404
    assert client.get(f"/api/events/{bad}").status_code == 404
    assert client.get("/api/events").json()


def test_series_counts_events_between_two_countries(client):
    both = client.get("/api/series", params={"a": "USA", "b": "IRN", "by": "month",
                                             "event_ids": True}).json()
    assert both and all(p["events"] == sum(p["by_quad_class"].values()) for p in both)
    assert [p["period"] for p in both] == sorted(p["period"] for p in both)
    one_way = client.get("/api/series", params={"a": "USA", "b": "IRN", "directed": True}).json()
    assert sum(p["events"] for p in one_way) <= sum(p["events"] for p in both)
    # Each point names its events, and each of them is between the two countries.
    for p in both:
        for eid in p["event_ids"]:
            e = client.get(f"/api/events/{eid}").json()
            countries = {client.get(f"/api/actors/{a}").json()["country"]
                         for a in e["source"] + e["target"]}
            assert countries >= {"USA", "IRN"} and e["date"].startswith(p["period"])
    weekly = client.get("/api/series", params={"by": "week"}).json()
    assert weekly and all(p["period"][:4].isdigit() and len(p["period"]) == 10 for p in weekly)
    assert client.get("/api/series", params={"by": "fortnight"}).status_code == 422


def test_network_actor_card_and_map(client):
    net = client.get("/api/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert net["edges"] and all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    trump = next(n for n in net["nodes"] if n["name"] == "Donald Trump")
    card = client.get(f"/api/actors/{trump['id']}").json()
    assert card["country"] == "USA" and card["first_seen"] == "2024-11-15"
    assert any(r["role"].startswith("President") for r in card["roles"])
    assert {p["name"] for p in card["partners"]} >= {"Iran"}
    assert card["timeline"]
    toosi = client.get("/api/actors", params={"actor": "Toosi"}).json()[0]
    assert client.get(f"/api/actors/{toosi['id']}").json()["quotes"]
    places = client.get("/api/places").json()
    assert {p["name"] for p in places["mentioned"]} >= {"Ukraine"}
    assert len(places["countries"]) > 190


def test_exports(client):
    csv_text = client.get("/api/export/events", params={"type": "CONSULT"}).text
    header, *rows = csv_text.strip().splitlines()
    assert "evidence_start" in header and "source_names" in header and rows
    lines = client.get("/api/export/quotes", params={"format": "jsonl"}).text.splitlines()
    import json
    assert all(json.loads(x)["article_id"] for x in lines) and lines
    r = client.get("/api/export/actors")
    assert r.headers["content-disposition"].endswith('dyad-actors.csv"')
    assert client.get("/api/export/nothing").status_code == 422


def test_stories_top_lists_alerts_and_layouts(client):
    stories = client.get("/api/stories", params={"type": "CONSULT"}).json()
    assert stories and all(s["plover"] == "CONSULT" and s["mentions"] for s in stories)
    one = client.get(f"/api/stories/{stories[0]['id']}").json()
    assert one["id"] == stories[0]["id"] and one["mention_count"] == len(one["mentions"])
    assert client.get("/api/stories/nope").status_code == 404
    dyads = client.get("/api/top/dyads").json()
    assert (dyads[0]["source"], dyads[0]["target"]) == ("USA", "IRN")
    by_actor = client.get("/api/top/dyads", params={"level": "actor"}).json()
    assert by_actor[0]["source_name"] and by_actor[0]["target_name"]
    actors = client.get("/api/top/actors", params={"limit": 3}).json()
    assert len(actors) == 3 and actors[0]["stories"] >= actors[-1]["stories"]
    assert client.get("/api/alerts").json() == []  # one article: no baseline to depart from
    assert client.get("/api/alerts", params={"by": "day"}).status_code == 422
    gdelt = client.get("/api/export/stories/gdelt").text.splitlines()
    assert gdelt[0].startswith("GLOBALEVENTID,SQLDATE,") and len(gdelt) > 1
    polecat = client.get("/api/export/stories/polecat", params={"format": "jsonl"}).text
    assert all(json.loads(x)["event_type"] for x in polecat.splitlines())
    parquet = client.get("/api/export/mentions", params={"format": "parquet"})
    import io

    import pyarrow.parquet as pq
    assert pq.read_table(io.BytesIO(parquet.content)).num_rows == len(
        client.get("/api/events", params={"limit": 1000}).json())


def test_csv_cells_cannot_be_formulas():
    from dyad import export

    text = "".join(export.render([{"a": "=HYPERLINK(\"x\")", "b": -3.5, "c": "@SUM(1)",
                                   "d": ["+1", "fine"], "e": "plain"}], "csv"))
    import csv
    import io

    row = list(csv.reader(io.StringIO(text)))[1]
    assert row == ["'=HYPERLINK(\"x\")", "-3.5", "'@SUM(1)", "'+1|fine", "plain"]


def test_writes_need_the_token(db):
    article = {"text": "Egypt praised Jordan on Sunday for hosting the talks in Amman.",
               "published": "2024-03-04", "title": "Praise"}
    closed = TestClient(create_app(db, token=None))
    assert closed.post("/api/articles", json=article).status_code == 403
    app = TestClient(create_app(db, token="s3cret"))
    assert app.post("/api/articles", json=article).status_code == 401
    assert app.post("/api/articles", json=article,
                    headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = app.post("/api/articles", json=article, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 201 and r.json()["stored"] and r.json()["events"] >= 1
    again = app.post("/api/articles", json=article, headers={"Authorization": "Bearer s3cret"})
    assert again.json()["stored"] is False
    assert app.post("/api/articles", json={"text": ""},
                    headers={"Authorization": "Bearer s3cret"}).status_code == 422


def test_concurrent_requests_on_a_real_server(db):
    """Many requests at once through uvicorn's thread pool: every one answers 200 (a
    reader opened on one thread and closed on another once made most of them fail)."""
    import concurrent.futures as cf
    import socket
    import threading
    import time
    import urllib.request

    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    try:
        ids = [e["id"] for e in json.load(urllib.request.urlopen(f"{base}/api/events"))]
        paths = [f"/api/events/{i}" for i in ids] * 4 + ["/api/series?a=USA&b=IRN"] * 20

        def status(path: str) -> int:
            try:
                return urllib.request.urlopen(base + path).status
            except urllib.error.HTTPError as exc:
                return exc.code

        with cf.ThreadPoolExecutor(32) as pool:
            codes = list(pool.map(status, paths))
        assert codes.count(200) == len(paths) > 100
    finally:
        server.should_exit = True
        thread.join(10)


def test_docs_page_is_served_locally(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/static/swagger/swagger-ui-bundle.js" in page.text and "cdn" not in page.text
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/quotes", "/api/actors", "/api/articles"} <= set(spec["paths"])


def test_a_text_of_whitespace_alone_is_refused_by_the_schema() -> None:
    from pydantic import ValidationError

    from dyad.serve import WHITESPACE, ArticleIn

    assert all(c.isspace() for c in WHITESPACE)
    assert not any(chr(i).isspace() for i in range(0x3001, 0x110000))
    for text in ("\t", " \n ", "\x1f\u3000\xa0"):
        with pytest.raises(ValidationError):
            ArticleIn(text=text)
    assert ArticleIn(text=" \tx ").text == " \tx "
