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
    # a year's end is that year (TIMEX3 marks the end with a modifier, not the value)
    ("The change is measured since year-end.", "1989-10-30", "year-end", "1988"),
    ("The deal should close by year-end.", "1989-11-02", "year-end", "1989"),
    ("Rules should be in place by year's end.", "1989-10-26", "year's end", "1989"),
    ("For the year, volume was flat.", "1989-11-02", "the year", "1989"),
    # parts of a named day; "this coming"
    ("He arrived Friday morning.", "1998-08-08", "Friday morning", "1998-08-07TMO"),
    ("They vote this coming Sunday.", "1998-03-05", "this coming Sunday", "1998-03-08"),
    # "recent": the past, unbounded
    ("After the recent sale of the unit, shares rose.", "1989-10-30", "recent", "PAST_REF"),
    ("Prices fell in recent weeks.", "1998-03-08", "recent weeks", "PXW"),
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
    # a date without its year: the weekday named with it decides; else the tense, unless
    # the other side is near; a bare month of no clear tense leans to the past
    ("The Times said in an editorial on Saturday, April 25:", "1998-04-24",
     "Saturday, April 25", "1998-04-25"),
    ("Directors declared a dividend payable Dec. 7.", "1989-10-27", "Dec. 7", "1989-12-07"),
    ("The index set its record high on Aug. 6.", "1998-02-06", "Aug. 6", "1997-08-06"),
    ("Sales suffered from computers introduced in April.", "1989-10-26", "April", "1989-04"),
    ("The ratification began in February this year.", "1998-12-03", "February this year",
     "1998-02"),
    ("He was shot to death last Oct. 23 at his home.", "1999-04-19", "last Oct. 23",
     "1998-10-23"),
    ("The talks are supposed to conclude by May.", "1998-03-22", "May", "1998-05"),
    # durations: halves, hyphenated, "more", ages left out
    ("The talks took 2 1/2 years.", "1998-02-27", "2 1/2 years", "P2Y6M"),
    ("It lasted a minute and a half.", "1998-01-14", "a minute and a half", "PT1M30S"),
    ("She arrived after a 16-hour flight.", "1998-08-17", "16-hour", "PT16H"),
    ("The navy may use the base for at least 20 more years.", "1998-02-27", "20 more years",
     "P20Y"),
    ("It will not change for a couple of years.", "1998-01-08", "a couple of years", "P2Y"),
    ("Revenue for the year ended March 31 rose.", "1989-10-31", "the year", "P1Y"),
    # counted from the date named before: "later that year", "the following month"
    ("He fled in June 1998 and returned to Cuba later that year.", "2000-01-28",
     "later that year", "1998"),
    ("He was promoted on May 22, 1995, and the following year he left.", "1998-04-18",
     "the following year", "1996"),
    # quarters and halves of a named year; the future of the earnings page
    ("Profit fell from the 1988 second quarter.", "1989-11-01", "the 1988 second quarter",
     "1988-Q2"),
    ("Net fell in the quarter, from the 1988 quarter.", "1989-10-30", "the 1988 quarter",
     "1988-Q3"),
    ("Growth slowed in the last half of 1989.", "1989-10-26", "the last half of 1989",
     "1989-H2"),
    ("Sales should pick up in next year's first quarter.", "1989-10-31",
     "next year's first quarter", "1990-Q1"),
    ("Analysts see no change in the near term.", "1989-10-30", "the near term", "FUTURE_REF"),
    ("Trading halted mid-afternoon yesterday.", "1989-11-02", "mid-afternoon yesterday",
     "1989-11-01TAF"),
    ("It was the most important event of the 20th century.", "1989-11-01", "20th century",
     "19"),
    # a thing expected or scheduled in the past tense is still to come on its date
    ("Economists said they still expected a cut in September.", "2025-05-07", "September",
     "2025-09"),
    ("He scheduled a meeting for Friday.", "2025-05-07", "Friday", "2025-05-09"),
    # (not where the date is the planning's)
    ("The company planned on Friday to pay the debt.", "2025-05-07", "Friday", "2025-05-02"),
])

def test_normalization(text, published, span, value):
    assert values(text, published).get(span) == value


@pytest.mark.parametrize(("text", "published", "span"), [
    ("Kopp, a 44-year-old protester, fled.", "1999-04-19", "44-year"),
    ("Mr. Schwarz, 52 years old, will succeed him.", "1989-10-26", "52 years"),
    ("Iraq imports about three-quarters of its food.", "1990-08-15", "three-quarters"),
    ("They hold more than a quarter of the market.", "1989-10-30", "a quarter"),
    ("Two governors favored a quarter-point cut.", "2025-05-07", "a quarter"),
    ("The bank raised rates by a quarter point.", "2025-05-07", "a quarter"),
    ("Trades made that day lost money.", "1989-10-30", "that day"),
    ("Protesters planned to march on parliament on Thursday.", "2024-06-20", "march"),
])
def test_not_time(text, published, span):
    """Ages, fractions and a "that day" with no date before it are not time expressions."""
    assert span not in values(text, published)


def test_no_publication_date_leaves_unknown_parts():
    assert values("They met on Monday.", None)["Monday"] == "XXXX-WXX-1"


def test_precision_of_values():
    assert [timex.precision_of(v) for v in ("2024-11-11", "2024-W45", "2024-11", "2024",
                                            "PRESENT_REF")] == [
        "day", "week", "month", "year", "unknown"]
