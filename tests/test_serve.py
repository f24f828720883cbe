"""The HTTP API with the test client: every endpoint, filters, paging bounds, the token,
injection strings, and the docs page served without a CDN."""

from __future__ import annotations

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


def test_paging_and_bad_parameters(client):
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert len(first) == 2 and first != second
    assert client.get("/api/events", params={"limit": MAX_PAGE + 1}).status_code == 422
    assert client.get("/api/events", params={"since": "yesterday-ish"}).status_code == 422


@pytest.mark.parametrize("bad", ["' OR 1=1 --", "\"; DROP TABLE events; --", "NEAR(", "*"])
def test_injection_strings_are_plain_values(client, bad):
    for name in ("actor", "country", "type", "search", "article"):
        r = client.get("/api/events", params={name: bad})
        assert r.status_code == 200
    assert client.get("/api/events").json()


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


def test_docs_page_is_served_locally(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/static/swagger/swagger-ui-bundle.js" in page.text and "cdn" not in page.text
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/quotes", "/api/actors", "/api/articles"} <= set(spec["paths"])
