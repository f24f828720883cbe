"""Read articles from text, HTML, JSON Lines/JSON, folders and standard input.

Readers never raise for bad input: each yields either an :class:`Article` or a
:class:`ReadError` naming the item and the reason, so one bad file never stops a batch.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyad.model import Article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
META_SUFFIX = ".meta.json"
# English news runs at 30-45% function words, headlines at 10% or more; other languages
# share few of these words ("a", "on", "die" by accident).
ENGLISH_SHARE = 0.08
METADATA_FIELDS = ("title", "url", "outlet", "published", "language")


@dataclass
class ReadError:
    source: str
    reason: str


@dataclass
class ReadOptions:
    """How to read: field names for JSON records, and metadata that overrides what is read."""

    fields: dict[str, str] = field(default_factory=dict)  # our name -> record's field name
    overrides: dict[str, str] = field(default_factory=dict)  # title/url/outlet/published/...

    def field_name(self, name: str) -> str:
        return self.fields.get(name, name)


ReadResult = Article | ReadError


def parse_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) from the common shapes dates come in, else None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    for fmt in ("%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%Y%m%d"):
        try:
            return dt.datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _decode(data: bytes, source: str) -> str | ReadError:
    if not data.strip():
        return ReadError(source, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return ReadError(source, f"invalid UTF-16: {exc.reason} at byte {exc.start}")
    if b"\x00" in data[:4096]:
        return ReadError(source, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ReadError(source, f"invalid UTF-8 at byte {exc.start}: {exc.reason}")


def _make_article(text: str, meta: dict[str, Any], source: str, opts: ReadOptions) -> ReadResult:
    if not isinstance(text, str):
        return ReadError(source, f"field 'text' is {type(text).__name__}, not a string")
    if not text.strip():
        return ReadError(source, "no text")
    merged = {k: meta.get(k) for k in METADATA_FIELDS}
    merged.update({k: v for k, v in opts.overrides.items() if v is not None})
    values: dict[str, str | None] = {}
    for key in METADATA_FIELDS:
        v = merged.get(key)
        if v is not None and not isinstance(v, str):
            v = str(v) if isinstance(v, int | float) else None
        values[key] = v.strip() if isinstance(v, str) and v.strip() else None
    published = parse_date(values["published"])
    warnings = []
    if values["published"] and published is None:
        warnings.append(f"unparseable publication date {values['published']!r}: left empty")
    if published and published > (dt.date.today() + dt.timedelta(days=1)).isoformat():
        warnings.append(f"publication date {published} is in the future")
    language = values["language"] or detect_language(text)
    if not language.lower().startswith("en"):
        warnings.append(f"not English (language {language}): stored, not extracted")
    return Article(
        text=text,
        title=values["title"],
        url=values["url"],
        outlet=values["outlet"],
        published=published,
        language=language,
        source=source,
        warnings=warnings,
    )


def detect_language(text: str) -> str:
    """"en" when English function words make up a fair share of the first words, else
    "und" (undetermined: most likely another language)."""
    from dyad import lexicon

    words = [w.strip(".,;:!?\"“”‘’()").lower() for w in text.split()[:400]]
    words = [w for w in words if w.isalpha()]
    if len(words) < 12:
        return "en"  # too short to tell; the extractors will find what they can
    common = lexicon.word_list("english_function_words.txt")
    share = sum(w in common for w in words) / len(words)
    return "en" if share >= ENGLISH_SHARE else "und"


def read_text_file(path: Path, opts: ReadOptions) -> Iterator[ReadResult]:
    source = str(path)
    text = _decode(path.read_bytes(), source)
    if isinstance(text, ReadError):
        yield text
        return
    meta: dict[str, Any] = {}
    sidecar = path.with_name(path.name[: -len(path.suffix)] + META_SUFFIX)
    if sidecar.exists():
        try:
            loaded = json.loads(sidecar.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            yield ReadError(str(sidecar), f"broken metadata JSON: {exc}")
            loaded = {}
        if isinstance(loaded, dict):
            meta = loaded
    yield _make_article(text, meta, source, opts)


def html_to_article_fields(html: str) -> tuple[str, dict[str, Any]]:
    """Main text and metadata of an HTML page (trafilatura), or ("", {}) when it has none."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, favor_precision=True
    )
    if result is None:
        return "", {}
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    meta = {
        "title": data.get("title"),
        "url": data.get("url"),
        "outlet": data.get("sitename") or data.get("hostname"),
        "published": data.get("date"),
        "language": data.get("language"),
    }
    return data.get("text") or "", meta


def read_html_file(path: Path, opts: ReadOptions) -> Iterator[ReadResult]:
    source = str(path)
    raw = _decode(path.read_bytes(), source)
    if isinstance(raw, ReadError):
        yield raw
        return
    try:
        text, meta = html_to_article_fields(raw)
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        yield ReadError(source, f"HTML could not be parsed: {exc}")
        return
    if not text.strip():
        yield ReadError(source, "no main text found in HTML")
        return
    yield _make_article(text, meta, source, opts)


def records_to_articles(
    records: Iterable[tuple[str, Any]], opts: ReadOptions
) -> Iterator[ReadResult]:
    """Articles from (source, record) pairs, record being a decoded JSON value."""
    text_key = opts.field_name("text")
    for source, record in records:
        if not isinstance(record, dict):
            yield ReadError(source, f"record is {type(record).__name__}, not an object")
            continue
        if text_key not in record:
            yield ReadError(source, f"record has no '{text_key}' field")
            continue
        meta = {k: record.get(opts.field_name(k)) for k in METADATA_FIELDS}
        yield _make_article(record[text_key], meta, source, opts)


def _jsonl_records(lines: Iterable[str], name: str) -> Iterator[tuple[str, Any]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        source = f"{name}:{number}"
        try:
            yield source, json.loads(line)
        except ValueError as exc:
            yield source, _BrokenLine(str(exc))


@dataclass
class _BrokenLine:
    reason: str


def read_json_file(path: Path, opts: ReadOptions) -> Iterator[ReadResult]:
    source = str(path)
    text = _decode(path.read_bytes(), source)
    if isinstance(text, ReadError):
        yield text
        return
    yield from read_json_text(text, source, jsonl=path.suffix != ".json", opts=opts)


def read_json_text(text: str, source: str, jsonl: bool, opts: ReadOptions) -> Iterator[ReadResult]:
    if jsonl:
        pairs: Iterable[tuple[str, Any]] = _jsonl_records(text.splitlines(), source)
    else:
        try:
            value = json.loads(text)
        except ValueError as exc:
            yield ReadError(source, f"broken JSON: {exc}")
            return
        items = value if isinstance(value, list) else [value]
        pairs = ((f"{source}[{i}]", v) for i, v in enumerate(items))
    for src, record in pairs:
        if isinstance(record, _BrokenLine):
            yield ReadError(src, f"broken JSON line: {record.reason}")
        else:
            yield from records_to_articles([(src, record)], opts)


def read_stdin(opts: ReadOptions, stream: Any = None) -> Iterator[ReadResult]:
    data = (stream or sys.stdin.buffer).read()
    text = _decode(data, "stdin")
    if isinstance(text, ReadError):
        yield text
        return
    stripped = text.lstrip()
    if stripped.startswith("{"):
        yield from read_json_text(text, "stdin", jsonl=True, opts=opts)
    elif stripped[:15].lower().startswith(("<!doctype", "<html")):
        text_, meta = html_to_article_fields(text)
        if not text_.strip():
            yield ReadError("stdin", "no main text found in HTML")
        else:
            yield _make_article(text_, meta, "stdin", opts)
    else:
        yield _make_article(text, {}, "stdin", opts)


def read_file(path: Path, opts: ReadOptions) -> Iterator[ReadResult]:
    name = path.name.lower()
    suffix = path.suffix.lower()
    try:
        if name.endswith(META_SUFFIX):
            return
        if suffix in TEXT_SUFFIXES:
            yield from read_text_file(path, opts)
        elif suffix in HTML_SUFFIXES:
            yield from read_html_file(path, opts)
        elif suffix in JSON_SUFFIXES:
            yield from read_json_file(path, opts)
        else:
            yield ReadError(str(path), f"unsupported file type '{suffix or name}'")
    except OSError as exc:
        yield ReadError(str(path), f"cannot read: {exc.strerror or exc}")


def is_article_file(path: Path) -> bool:
    name = path.name.lower()
    if name.startswith(".") or name.endswith(META_SUFFIX):
        return False
    return path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES


def read_paths(paths: Iterable[str], opts: ReadOptions | None = None) -> Iterator[ReadResult]:
    """Everything at the given paths, in a stable order; folders are read recursively."""
    opts = opts or ReadOptions()
    for raw in paths:
        if raw == "-":
            yield from read_stdin(opts)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if is_article_file(child):
                    yield from read_file(child, opts)
        elif path.exists():
            yield from read_file(path, opts)
        else:
            yield ReadError(raw, "no such file or folder")
