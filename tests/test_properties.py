"""Property-based tests: arbitrary text never raises out of the readers or the pipeline, and
every offset lies inside the text and points at its own text."""

from __future__ import annotations

import datetime as dt
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyad import timex
from dyad.model import Article
from dyad.pipeline import extract
from dyad.read import ReadOptions, read_stdin

WORDS = st.sampled_from([
    "Iran", "Israel", "the", "United", "States", "said", "attacked", "met", "with", "on",
    "Monday", "October", "7", "last", "year", "“", "”", '"', "'", ",", ".", "\n", "Mr.",
    "Musk", "he", "according", "to", "sanctions", "against", "could", "not", "2020",
    "officials", "Iranian", "talks", "in", "Tehran", "’s", "—", "(", ")", "week", "ago",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))


def _check_offsets(text: str, spans: list) -> None:
    for s in spans:
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start : s.end] == s.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_pipeline_never_raises_and_offsets_hold(text, published):
    if not text.strip():
        return
    d = extract(Article(text, published=published))
    spans = [m for a in d.actors for m in a.mentions]
    spans += [e.evidence for e in d.events] + [e.trigger for e in d.events]
    spans += [c for q in d.quotes for c in q.content] + [q.cue for q in d.quotes if q.cue]
    _check_offsets(text, spans + d.timexes + d.places)
    for e in d.events:
        ids = {a.id for a in d.actors}
        assert set(e.source) <= ids and set(e.target) <= ids


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.dates(min_value=dt.date(1900, 1, 1)))
def test_timex_values_are_strings_inside_text(text, published):
    for t in timex.find(text, published.isoformat()):
        assert text[t.start : t.end] == t.text and t.value and t.type in {
            "DATE", "TIME", "DURATION", "SET"}


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_stdin_reader_never_raises(data):
    for item in read_stdin(ReadOptions(), io.BytesIO(data)):
        assert hasattr(item, "reason") or item.text.strip()
