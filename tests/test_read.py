"""Readers: every input shape, and bad input reported per item without stopping."""

from __future__ import annotations

import io
import json

from dyad.model import Article, article_id
from dyad.read import ReadError, ReadOptions, parse_date, read_paths, read_stdin

HTML = """<!DOCTYPE html><html><head><title>Talks resume in Geneva</title>
<meta property="article:published_time" content="2024-03-05">
<meta property="og:site_name" content="Example Wire"></head>
<body><nav>Home | World | Sport</nav><script>alert('x')</script>
<article><h1>Talks resume in Geneva</h1>
<p>Iranian and European negotiators met in Geneva on Tuesday to discuss the nuclear programme,
officials said. The talks were the first since the summer.</p>
<p>The European Union said it hoped for progress within weeks, while Tehran insisted that
sanctions be lifted first.</p></article><footer>Copyright</footer></body></html>"""


def test_text_with_sidecar_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("Israel and Egypt signed an accord.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps(
        {"title": "Accord", "published": "2024-11-15T10:00:00Z", "outlet": "Wire"}))
    [art] = list(read_paths([str(tmp_path)]))
    assert isinstance(art, Article)
    assert (art.title, art.published, art.outlet) == ("Accord", "2024-11-15", "Wire")
    assert art.id == article_id("Israel and Egypt  signed an accord.\n")


def test_overrides_win_over_metadata(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Text of an article.", encoding="utf-8")
    opts = ReadOptions(overrides={"published": "2020-01-02", "outlet": "Mine"})
    [art] = list(read_paths([str(p)], opts))
    assert art.published == "2020-01-02" and art.outlet == "Mine"


def test_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    [art] = list(read_paths([str(p)]))
    assert isinstance(art, Article)
    assert "negotiators met in Geneva" in art.text
    assert "alert(" not in art.text and "Home | World" not in art.text
    assert art.title == "Talks resume in Geneva"
    assert art.published == "2024-03-05"


def test_jsonl_broken_line_is_reported_and_rest_read(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text('{"text": "First article.", "published": "2024-01-01"}\n'
                 '{"text": broken\n'
                 '{"title": "no text"}\n'
                 '{"text": 42}\n'
                 '{"body": "Custom field.", "date": "2024-02-02"}\n', encoding="utf-8")
    results = list(read_paths([str(p)]))
    assert [type(r).__name__ for r in results] == [
        "Article", "ReadError", "ReadError", "ReadError", "ReadError"]
    assert results[1].source.endswith("batch.jsonl:2")
    assert "broken JSON" in results[1].reason
    assert "no 'text' field" in results[2].reason
    custom = ReadOptions(fields={"text": "body", "published": "date"})
    last = list(read_paths([str(p)], custom))[-1]
    assert isinstance(last, Article) and last.published == "2024-02-02"


def test_json_array(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps([{"text": "One."}, {"text": "Two."}]), encoding="utf-8")
    assert [a.text for a in read_paths([str(p)])] == ["One.", "Two."]


def test_bad_files_give_reasons(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("caf\xe9 au lait".encode("latin-1"))
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "utf16.txt").write_bytes("Hello from UTF-16.".encode("utf-16"))
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")  # not an article type: skipped in folders
    results = {r.source.rsplit("/", 1)[-1]: r for r in read_paths([str(tmp_path)])}
    assert set(results) == {"empty.txt", "latin.txt", "bin.txt", "utf16.txt"}
    assert results["empty.txt"].reason == "empty file"
    assert "invalid UTF-8" in results["latin.txt"].reason
    assert "binary" in results["bin.txt"].reason
    assert isinstance(results["utf16.txt"], Article)
    [missing] = read_paths([str(tmp_path / "nope.txt")])
    assert isinstance(missing, ReadError) and missing.reason == "no such file or folder"
    [pdf] = read_paths([str(tmp_path / "notes.pdf")])
    assert isinstance(pdf, ReadError) and "unsupported" in pdf.reason


def test_stdin_text_and_jsonl():
    [a] = read_stdin(ReadOptions(), io.BytesIO(b"Plain text from a pipe."))
    assert a.text == "Plain text from a pipe." and a.source == "stdin"
    arts = list(read_stdin(ReadOptions(), io.BytesIO(b'{"text": "A."}\n{"text": "B."}\n')))
    assert [x.text for x in arts] == ["A.", "B."]


def test_parse_date_shapes():
    assert parse_date("2024-11-15") == "2024-11-15"
    assert parse_date("2024-11-15T23:10:00+02:00") == "2024-11-15"
    assert parse_date("November 15, 2024") == "2024-11-15"
    assert parse_date("15 November 2024") == "2024-11-15"
    assert parse_date("yesterday") is None and parse_date(None) is None
