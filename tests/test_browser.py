"""The web UI in a real browser: Debian's Chromium, headless, driven by Playwright, against
`dyad serve`'s application on a store holding the example article and a hostile one.

Screenshots of every view go to test-artifacts/screenshots/ (kept by CI as artifacts).
Skips cleanly where Chromium is not installed (the README's test command installs it).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE, ROOT

CHROMIUM = os.environ.get("DYAD_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SHOTS = ROOT / "test-artifacts" / "screenshots"
HOSTILE = ("Hostile page <script>window.__pwned = 1</script> said Egypt condemned Israel. "
           '<img src=x onerror="window.__pwned = 2"> Jordan praised Egypt on Monday.')

if not shutil.which(CHROMIUM):
    if os.environ.get("DYAD_REQUIRE_BROWSER"):
        raise RuntimeError(f"DYAD_REQUIRE_BROWSER is set and there is no Chromium at {CHROMIUM}")
    pytest.skip(f"no Chromium at {CHROMIUM} (scripts/install-browser installs it)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from dyad.cli import main
    from dyad.serve import create_app

    tmp = tmp_path_factory.mktemp("ui")
    db = str(tmp / "ui.db")
    hostile = tmp / "hostile.jsonl"
    hostile.write_text(json.dumps({"text": HOSTILE, "published": "2024-11-20",
                                   "title": "<script>window.__pwned = 3</script>Title"}) + "\n")
    for path in (EXAMPLE, ROOT / "tests" / "data" / "stories.jsonl", hostile):
        assert CliRunner().invoke(main, ["ingest", str(path), "--db", db]).exit_code == 0
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(viewport={"width": 1300, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.base = server
    yield pg
    assert pg.errors == []  # no uncaught script error in any view
    context.close()


def open_view(page, route: str) -> None:
    page.goto(f"{page.base}/#/{route}")
    page.wait_for_selector("#view[data-ready]")
    assert not page.locator("#view .error").count(), page.locator("#view .error").all_inner_texts()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_dashboard_lists_and_filters_events(page):
    open_view(page, "events")
    every = page.locator("#events-table tr.row").count()
    assert every > 10
    shot(page, "events")
    page.select_option("select[name=type]", "CONSULT")
    page.click("form.filters button[type=submit]")
    page.wait_for_function("location.hash.includes('type=CONSULT')")
    page.wait_for_selector("#view[data-ready]")
    types = page.locator("#events-table .pill").all_inner_texts()
    assert types and all(t.startswith("CONSULT") for t in types)
    assert 0 < page.locator("#events-table tr.row").count() < every
    page.fill("input[name=search]", "Starlink")
    page.click("form.filters button[type=submit]")
    page.wait_for_function("location.hash.includes('search=Starlink')")
    page.wait_for_selector("#view[data-ready]")
    assert "Zelensky" in page.inner_text("#events-table")
    shot(page, "events-filtered")


# "Main reports only": the killing of Soleimani is told in the strike's relative clause;
# "Both actors named": the October 7 attack names no actor, the meeting two
@pytest.mark.parametrize("checkbox", ["main_only", "dyadic_only"])
def test_a_checkbox_filter_leaves_out_some_events_and_stays_checked(page, checkbox):
    open_view(page, "events")
    every = page.locator("#events-table tr.row").count()
    page.check(f"input[name={checkbox}]")
    page.click("form.filters button[type=submit]")
    page.wait_for_function(f"location.hash.includes('{checkbox}=true')")
    page.wait_for_selector("#view[data-ready]")
    assert 0 < page.locator("#events-table tr.row").count() < every
    assert page.is_checked(f"input[name={checkbox}]")


def test_event_evidence_spells_out_the_attribution(page):
    open_view(page, "events?search=ambassador&type=CONSULT")
    page.locator("#events-table tr.row", has_text="met with").first.click()
    page.wait_for_function("location.hash.startsWith('#/evidence/')")
    page.wait_for_selector("#view[data-ready=evidence]")
    assert page.inner_text("#article-text .trigger") == "met"
    attribution = page.inner_text("#attribution")
    assert "The New York Times" in attribution and "two Iranian officials" in attribution
    assert "reportedly" in page.locator("#article-text .hedge").all_inner_texts()
    assert page.locator("#article-text .actor", has_text="Elon Musk").count() >= 1
    assert page.locator("#article-text .quote").count() >= 3
    shot(page, "evidence")


def test_actor_card_from_the_evidence(page):
    open_view(page, "events?type=CONSULT")
    page.locator("#events-table a.actor-link", has_text="Elon Musk").first.click()
    page.wait_for_selector("#view[data-ready=actor]")
    assert page.inner_text("#actor-name") == "Elon Musk"
    card = page.inner_text("#actor-card")
    assert "USA" in card and "Musk" in card and "2024-11-15" in card
    assert page.locator("#series-chart rect").count() >= 1
    assert page.locator("#actor-partners li").count() >= 1
    shot(page, "actor")


def test_dyad_chart_has_points_that_open_their_events(page):
    open_view(page, "dyad?a=USA&b=IRN&by=month")
    chart = page.locator("#series-chart")
    assert chart.locator("rect").count() >= 2 and chart.locator("circle.point").count() >= 2
    chart.locator("g.bar").first.click()
    page.wait_for_selector("#period-events li")
    assert page.locator("#period-events li a").count() >= 1
    shot(page, "dyad")
    page.locator("#period-events li a").first.click()
    page.wait_for_selector("#view[data-ready=evidence]")


def test_network_map_quotes_and_actors_views(page):
    open_view(page, "network")
    assert page.locator("#network-graph g.node").count() >= 5
    assert page.locator("#network-graph line.edge").count() >= 5
    shot(page, "network")
    page.locator("#network-graph g.node", has_text="Donald Trump").locator("circle").click()
    page.wait_for_selector("#view[data-ready=actor]")
    assert "President of the United States" in page.inner_text("#actor-roles")
    assert "President" in page.inner_text("#actor-described")  # as the article calls him
    open_view(page, "map")
    assert page.locator("#map circle.mentioned").count() >= 1
    assert page.locator("#map circle").count() > 190  # the country backdrop
    shot(page, "map")
    open_view(page, "quotes")
    assert "Sheena Toosi" in page.inner_text("#quotes-table")
    assert "senior fellow" in page.inner_text("#quotes-table")  # the speaker's role
    shot(page, "quotes")
    open_view(page, "actors")
    assert page.locator("#actors-table tbody tr").count() >= 10
    shot(page, "actors")


def test_story_events_show_their_reports(page):
    open_view(page, "stories?type=ASSAULT")
    row = page.locator("#stories-table tr.row", has_text="3 articles, 3 outlets").first
    assert "Russia" in row.inner_text() and "2024-05-10" in row.inner_text()
    row.locator("td").nth(4).click()  # the reports cell (other cells hold actor links)
    reports = page.locator("#stories-table tr.mentions:visible li")
    assert reports.count() >= 3
    assert {"Kyiv Post Online", "Euro Wire", "Global News Desk"} <= set(
        reports.locator("a").all_inner_texts())
    shot(page, "stories")
    reports.locator("a").first.click()
    page.wait_for_selector("#view[data-ready=evidence]")
    assert "Kharkiv" in "".join(page.locator("#article-text .evidence").all_inner_texts())


def test_alerts_and_top_lists(page):
    open_view(page, "alerts?by=week&min_events=2&z=1")
    alerts = page.locator("#alerts-table tbody tr")
    assert alerts.count() >= 1 and "RUS" in page.inner_text("#alerts-table")
    assert page.locator("#top-dyads li").count() >= 3
    assert "USA → IRN" in page.inner_text("#top-dyads")
    shot(page, "alerts")


def test_export_button_downloads_the_filtered_rows(page, tmp_path):
    open_view(page, "events?type=ASSAULT")
    with page.expect_download() as info:
        page.locator("a.export", has_text="Export CSV").click()
    path = Path(tmp_path / "events.csv")
    info.value.save_as(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,article_id,plover") and len(lines) > 1
    assert all(",ASSAULT," in line for line in lines[1:] if line.startswith("E"))


def test_article_text_stays_inert(page):
    open_view(page, "events?search=Hostile")
    page.locator("#events-table tr.row").first.click()
    page.wait_for_selector("#view[data-ready=evidence]")
    text = page.inner_text("#article-text")
    assert "<script>window.__pwned = 1</script>" in text
    assert '<img src=x onerror="window.__pwned = 2">' in text
    assert "<script>" in page.inner_text("#view h1")
    assert page.evaluate("window.__pwned") is None
    policy = page.request.get(page.base + "/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "object-src 'none'" in policy
    assert page.locator("#view script, #view img").count() == 0
    shot(page, "hostile-article")
