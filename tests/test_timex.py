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
    # what has not happened yet: modals, schedules, "is to", "as soon as"
    ("The father could come as early as Tuesday.", "2000-04-03", "Tuesday", "2000-04-04"),
    ("He would be traveling to Washington Thursday.", "2000-04-05", "Thursday", "2000-04-06"),
    ("The prosecutor has scheduled a news conference Thursday.", "1999-05-05", "Thursday",
     "1999-05-06"),
    ("The stock is to resume trading in Paris Tuesday.", "1989-10-27", "Tuesday", "1989-10-31"),
    ("The group was ready to leave as soon as Tuesday.", "2000-04-03", "Tuesday", "2000-04-04"),
    # a plan dated in the past is the planning's date
    ("On Friday, the government planned to pay the claims.", "1998-09-30", "Friday",
     "1998-09-25"),
    # months and years
    ("It happened in September.", "2024-11-15", "September", "2024-09"),
    ("Elections are due in February.", "1989-10-30", "February", "1990-02"),
    ("He was named in January 2020.", "2024-11-15", "January 2020", "2020-01"),
    ("Since the attack on October 7 last year.", "2024-11-15", "October 7 last year",
     "2023-10-07"),
    ("Earlier this month, he spoke.", "2024-11-15", "Earlier this month", "2024-11"),
    ("Sales rose last year.", "1998-02-13", "last year", "1997"),
    ("It was built in the 1990s.", "2001-01-01", "the 1990s", "199"),
    ("The treaty was signed last May.", "1998-02-27", "last May", "1997-05"),
    ("The panel was appointed last May.", "1989-10-26", "last May", "1989-05"),
    # holidays (data/holidays.tsv): the last one, or the next one ahead
    ("Elian was found on Thanksgiving Day.", "2000-01-07", "Thanksgiving Day", "1999-11-25"),
    ("Stores will open on Christmas Eve.", "2024-11-15", "Christmas Eve", "2024-12-24"),
    # weekends, year-end, "for the year"
    ("Officials said over the weekend that talks failed.", "1990-08-13", "the weekend",
     "1990-W32-WE"),
    ("Traders squared positions ahead of the weekend.", "1989-10-30", "the weekend",
     "1989-W44-WE"),
    ("The change is measured since year-end.", "1989-10-30", "year-end", "1988-12-31"),
    ("The deal should close by year-end.", "1989-11-02", "year-end", "1989-12-31"),
    ("For the year, volume was flat.", "1989-11-02", "the year", "1989"),
    # parts of a named day; "this coming"
    ("He arrived Friday morning.", "1998-08-08", "Friday morning", "1998-08-07TMO"),
    ("They vote this coming Sunday.", "1998-03-05", "this coming Sunday", "1998-03-08"),
    # "recent": the past, unbounded
    ("After the recent sale of the unit, shares rose.", "1989-10-30", "recent", "PAST_REF"),
    ("Prices fell in recent weeks.", "1998-03-08", "recent weeks", "PAST_REF"),
    # durations, sets, references, quarters
    ("The war lasted three years.", "2024-11-15", "three years", "P3Y"),
    ("Prices rose in the past two months.", "1998-02-13", "the past two months", "P2M"),
    ("Inspectors come every week.", "1998-02-13", "every week", "P1W"),
    ("Prices are currently high.", "1998-02-13", "currently", "PRESENT_REF"),
    ("Profit rose in the fourth quarter.", "1998-01-26", "the fourth quarter", "1997-Q4"),
    ("Net rose 5% in the quarter. Sales in the latest period were flat.", "1989-11-01",
     "the latest period", "1989-Q3"),
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
