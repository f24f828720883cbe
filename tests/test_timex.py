"""Time expressions normalized against the publication date, rule by rule."""

from __future__ import annotations

import pytest

from dyad import parse, timex


def values(text: str, published: str) -> dict[str, str]:
    return {t.text: t.value for t in timex.find(text, published, parse.parse(text))}


@pytest.mark.parametrize(("text", "published", "span", "value"), [
    # weekdays: the past one; the day itself on its own weekday; the coming one ahead
    ("They met on Monday.", "2024-11-15", "Monday", "2024-11-11"),
    ("They met on Monday.", "2024-11-18", "Monday", "2024-11-18"),
    ("They will meet on Monday.", "2024-11-15", "Monday", "2024-11-18"),
    ("Talks are set to resume Monday.", "1998-03-22", "Monday", "1998-03-23"),
    ("He said in Thursday's post that talks went well.", "2024-11-15", "Thursday", "2024-11-14"),
    # months and years
    ("It happened in September.", "2024-11-15", "September", "2024-09"),
    ("Elections are due in February.", "1989-10-30", "February", "1990-02"),
    ("He was named in January 2020.", "2024-11-15", "January 2020", "2020-01"),
    ("Since the attack on October 7 last year.", "2024-11-15", "October 7 last year",
     "2023-10-07"),
    ("Earlier this month, he spoke.", "2024-11-15", "Earlier this month", "2024-11"),
    ("Sales rose last year.", "1998-02-13", "last year", "1997"),
    ("It was built in the 1990s.", "2001-01-01", "the 1990s", "199"),
    # durations, sets, references, quarters
    ("The war lasted three years.", "2024-11-15", "three years", "P3Y"),
    ("Prices rose in the past two months.", "1998-02-13", "the past two months", "P2M"),
    ("Inspectors come every week.", "1998-02-13", "every week", "P1W"),
    ("Prices are currently high.", "1998-02-13", "currently", "PRESENT_REF"),
    ("Profit rose in the fourth quarter.", "1998-01-26", "the fourth quarter", "1997-Q4"),
    ("Profit rose in the third quarter, up from a year earlier.", "1989-11-02",
     "a year earlier", "1988-Q3"),
    ("The vote is at 10 p.m. Wednesday.", "1998-02-13", "10 p.m. Wednesday",
     "1998-02-11T22:00"),
    ("He was born in nineteen ninety-six.", "2024-11-15", "nineteen ninety-six", "1996"),
])
def test_normalization(text, published, span, value):
    assert values(text, published).get(span) == value


def test_no_publication_date_leaves_unknown_parts():
    assert values("They met on Monday.", None)["Monday"] == "XXXX-WXX-1"


def test_precision_of_values():
    assert [timex.precision_of(v) for v in ("2024-11-11", "2024-W45", "2024-11", "2024",
                                            "PRESENT_REF")] == [
        "day", "week", "month", "year", "unknown"]
