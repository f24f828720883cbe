"""Time expressions: found in the text and normalized to TIMEX3 values.

A span finder (one table of patterns below, longest match wins) and a normalizer that
resolves each expression against the publication date: weekdays to the past one in
past-tense context and the coming one in future context, a month or day without its year
to the year its weekday, the tense or nearness says, "last year", "earlier this month",
"October 7 last year", durations, sets and the vague PRESENT_REF / PAST_REF / FUTURE_REF.
A few ("later that year", "the following month") count from the date the text named
before them, and are resolved after the rest.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from dyad import parse
from dyad.model import Document, Timex

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "hundred": 100, "twenty-four": 24, "twenty four": 24, "several": None, "few": None,
    "a few": None, "many": None, "some": None,
}
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "month": "M", "year": "Y", "decade": "DE", "century": "CE", "quarter": "Q",
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI"}
YEAR_STEP = {"last": -1, "this": 0, "next": 1}  # "last year", "this spring", "next May"
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 2}  # "the last half"
FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "going"})
MODAL_AUX = frozenset({"would", "could", "may", "might", "should", "can", "must"})

_MONTH = (r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|"
          r"June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|"
          r"Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY = rf"(?P<weekday>{_DAY_NAMES})"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_NUM = (r"(?P<num>\d+(?:\.\d+)?|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
        r"twenty(?:[- ]four)?|thirty|forty|fifty|sixty|hundred|several|few|many|some)")
_UNIT = r"(?P<unit>second|minute|hour|day|week(?:end)?|month|year|decade|century|quarter)s?"
_REL = r"(?P<rel>last|this|next|past|coming|previous|current|following)"


@dataclass
class _Ctx:
    dct: dt.date | None
    tense: str | None  # "past" | "future" | None (unknown: the nearest date)
    quarterly: bool = False  # the sentence speaks of a quarter (earnings news)
    anchor: str | None = None  # the value of the last dated expression before this one


Handler = Callable[[re.Match[str], _Ctx], tuple[str, str] | None]
PATTERNS: list[tuple[re.Pattern[str], Handler, tuple[str, ...]]] = []


def pattern(regex: str, needs: tuple[str, ...] = ()) -> Callable[[Handler], Handler]:
    """Register a handler for a pattern. ``needs``: lowercase strings of which a match holds
    at least one; a text holding none is not scanned (a regex that opens on a long
    alternation costs a try at every word of every text)."""
    def register(fn: Handler) -> Handler:
        rx = re.compile(r"(?<![\w$])" + regex + r"(?![\w])", re.IGNORECASE)
        PATTERNS.append((rx, fn, needs))
        return fn

    return register


# A date named without its year lies on the side of the publication date that the tense
# says, unless it is within this many days on the other side and far nearer there: "declared
# a dividend payable Dec. 7" in late October is this December, not last.
NEAR_DAYS = 60


def _year_for_month(month: int, ctx: _Ctx, day: int | None = None,
                    weekday: int | None = None) -> int | None:
    """The year of a month (and day) named without one: the year whose date falls on the
    weekday given with it ("Saturday, April 25"); else the side of the publication date
    that the tense says unless the other side is near; else, for a day, the nearest, and
    for a bare month the last one unless the next is less than half as far."""
    if ctx.dct is None:
        return None
    dct = ctx.dct
    years = (dct.year - 1, dct.year, dct.year + 1)
    if weekday is not None and day is not None:
        fitting = [y for y in years if dt.date(y, month, day).weekday() == weekday]
        if fitting:
            return min(fitting, key=lambda y: abs((dt.date(y, month, day) - dct).days))
    on = min(day or 15, 28)
    last = max(y for y in years if dt.date(y, month, on) <= dct)
    following = min(y for y in years if dt.date(y, month, on) > dct)
    back = (dct - dt.date(last, month, on)).days
    ahead = (dt.date(following, month, on) - dct).days
    if ctx.tense == "future":
        return last if back <= NEAR_DAYS and back * 3 < ahead else following
    if ctx.tense == "past":
        return following if ahead <= NEAR_DAYS and ahead * 3 < back else last
    if day is None:
        # A bare month in a clause of no clear tense leans to the past, as news reports
        # it: "problems with computers introduced in April" in late October.
        return following if ahead * 2 < back else last
    return last if back <= ahead else following


def _num(s: str | None) -> int | float | None:
    if s is None:
        return None
    s = s.lower()
    if s in NUMBERS:
        return NUMBERS[s]
    try:
        f = float(s)
    except ValueError:
        return None
    return int(f) if f.is_integer() else f


def _duration(n: int | float | None, unit: str) -> str:
    code = UNITS[unit]
    amount = "X" if n is None else (str(n) if not isinstance(n, float) else f"{n:g}")
    if code == "DE":
        return f"P{'X' if n is None else int(n) * 10}Y"
    if code == "CE":
        return f"P{'X' if n is None else int(n) * 100}Y"
    if code == "Q":
        return f"P{'X' if n is None else int(n) * 3}M"
    if code == "WE":
        return f"P{amount}WE"
    if unit in {"second", "minute", "hour"}:
        return f"PT{amount}{code}"
    return f"P{amount}{code}"


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _shift(dct: dt.date, unit: str, n: int) -> str:
    """The calendar unit n steps from the publication date, at that unit's granularity."""
    if unit == "day":
        return (dct + dt.timedelta(days=n)).isoformat()
    if unit in {"week", "weekend"}:
        return _week(dct + dt.timedelta(weeks=n)) + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        m = dct.year * 12 + dct.month - 1 + n
        return f"{m // 12}-{m % 12 + 1:02d}"
    if unit == "quarter":
        q = dct.year * 4 + (dct.month - 1) // 3 + n
        return f"{q // 4}-Q{q % 4 + 1}"
    if unit == "decade":
        return f"{(dct.year // 10 + n)}"[:3]
    if unit == "century":
        return f"{dct.year // 100 + n}"
    return str(dct.year + n)


# --- patterns, most specific first (ties between equal-length matches go to the earlier) ---


@pattern(rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}")
def _month_day_year(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    month = MONTHS[m["month"].lower().rstrip(".")]
    return "DATE", f"{m['year']}-{month:02d}-{int(m['day']):02d}"


@pattern(rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}")
def _day_month_year(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    month = MONTHS[m["month"].lower().rstrip(".")]
    return "DATE", f"{m['year']}-{month:02d}-{int(m['day']):02d}"


@pattern(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
def _iso_date(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    return "DATE", f"{m['y']}-{m['m']}-{m['d']}"


@pattern(rf"{_MONTH}(?:\s+{_DAY})?\s+(?P<rel>last|this|next)\s+year")
def _month_rel_year(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    """"October 7 last year", "June last year", "February this year"."""
    month = MONTHS[m["month"].lower().rstrip(".")]
    year = "XXXX" if ctx.dct is None else ctx.dct.year + YEAR_STEP[m["rel"].lower()]
    day = f"-{int(m['day']):02d}" if m["day"] else ""
    return "DATE", f"{year}-{month:02d}{day}"


@pattern(rf"last\s+{_MONTH}\s+{_DAY}(?!\s*,?\s*\d)")
def _last_month_day(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    """"last Oct. 23": the last one before the publication date."""
    month = MONTHS[m["month"].lower().rstrip(".")]
    day = int(m["day"])
    if ctx.dct is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    year = ctx.dct.year if (month, day) < (ctx.dct.month, ctx.dct.day) else ctx.dct.year - 1
    return "DATE", f"{year}-{month:02d}-{day:02d}"


@pattern(rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?!\s*,?\s*\d)")
def _month_day(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    month = MONTHS[m["month"].lower().rstrip(".")]
    day = int(m["day"])
    if not 1 <= day <= 31:
        return None
    named = m.groupdict().get("weekday")
    weekday = WEEKDAYS[named.lower()] if named else None
    year = _year_for_month(month, ctx, day, weekday)
    return "DATE", f"{year if year else 'XXXX'}-{month:02d}-{day:02d}"


@pattern(rf"{_DAY}\s+{_MONTH}(?!\s*,?\s*\d)")
def _day_month(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    return _month_day(m, ctx)


@pattern(rf"(?:(?:early|late|mid|the end of|the beginning of|the start of)[-\s]+)?{_MONTH}"
         rf"(?:\s+of)?,?\s+{_YEAR}")
def _month_year(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    month = MONTHS[m["month"].lower().rstrip(".")]
    return "DATE", f"{m['year']}-{month:02d}"


@pattern(r"(?:(?:early|late|mid)[-\s]+)?(?:(?P<rel>last|this|next)\s+)?"
         r"(?P<month>(?<=last\s)May|(?<=next\s)May|(?<=this\s)May|"
         r"(?:(?<=in\s)|(?<=by\s)|(?<=of\s)|(?<=since\s)|(?<=until\s)|(?<=early\s)|(?<=mid-))"
         # (a verb or noun "march" is no month: "planned to march on parliament")
         r"(?-i:May)|January|February|(?-i:March|MARCH)|April|June|July|August|September|"
         r"October|November|December|Sept\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)")
def _month(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    month = MONTHS[m["month"].lower().rstrip(".")]
    rel = (m["rel"] or "").lower()
    if ctx.dct is None:
        return "DATE", f"XXXX-{month:02d}"
    if rel == "last":
        year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
    elif rel == "next":
        year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    elif rel == "this":
        year = ctx.dct.year
    else:
        year = _year_for_month(month, ctx) or ctx.dct.year
    return "DATE", f"{year}-{month:02d}"


@pattern(rf"(?:(?:late|early)\s+)?(?:(?P<rel>last|next|this\s+coming|this|coming)\s+)?"
         rf"{_WEEKDAY}(?:['’]s)?(?:\s+(?P<part>morning|afternoon|evening|night))?")
def _weekday(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    rel = (m["rel"] or "").lower()
    rel = "next" if "coming" in rel else rel  # "this coming Sunday" is ahead
    value = _weekday_date(WEEKDAYS[m["weekday"].lower()], rel, ctx)
    if m["part"]:  # "Friday morning": a time of that day (TIMEX3 TMO, TAF, TEV, TNI)
        return "TIME", f"{value}T{PARTS_OF_DAY[m['part'].lower()]}"
    return "DATE", value


def _weekday_date(wd: int, rel: str, ctx: _Ctx) -> str:
    """The date of a weekday: the past one, the coming one in future context, the day
    itself when it is the publication weekday."""
    if ctx.dct is None:
        return f"XXXX-WXX-{wd + 1}"
    delta = wd - ctx.dct.weekday()
    if rel == "next" or (ctx.tense == "future" and rel != "last"):
        days = delta if delta > 0 else delta + 7
    else:
        days = delta if delta <= 0 else delta - 7
    if rel == "last" and days == 0:
        days = -7
    return (ctx.dct + dt.timedelta(days=days)).isoformat()


@pattern(r"(?:(?P<mod>late|early)\s+)?(?P<word>yesterday|today|tomorrow|tonight)"
         r"(?:['’]s)?(?:\s+(?P<part>morning|afternoon|evening|night))?")
def _deictic_day(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    word = m["word"].lower()
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[word]
    value = "XXXX-XX-XX" if ctx.dct is None else (ctx.dct + dt.timedelta(days=offset)).isoformat()
    part = m["part"] or ("night" if word == "tonight" else None)
    if part:
        return "TIME", f"{value}T{PARTS_OF_DAY[part.lower()]}"
    return "DATE", value


@pattern(r"(?:(?:earlier|later|late|early)\s+(?:in\s+)?)?(?:the\s+)?(?P<rel>last|this|next|"
         r"previous|coming|current|same|latest)\s+(?:fiscal\s+)?(?P<unit>week(?:end)?|"
         r"month|year|quarter|decade|century)|(?:earlier|later)\s+in\s+the\s+(?P<unit2>week|month|"
         r"year)")
def _relative_unit(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    rel = (m["rel"] or "this").lower()  # "earlier in the year": this year
    unit = (m["unit"] or m["unit2"]).lower()
    step = {"last": -1, "previous": -1, "latest": -1, "this": 0, "current": 0, "same": 0,
            "next": 1, "coming": 1}[rel]
    if ctx.dct is None:
        return "DATE", "XXXX"
    return "DATE", _shift(ctx.dct, unit, step)


@pattern(rf"(?:the\s+)?(?:(?:past|last|next|coming|previous|first|latest|recent)\s+)?"
         rf"(?:{_NUM}|(?P<couple>a\s+couple\s+of))(?P<sep>[-\s]+)(?:(?:more|additional)\s+)?"
         rf"{_UNIT}(?P<ago>\s+(?:ago|earlier|before|later|from now))?")
def _amount(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    after = m.string[m.end():m.end() + 5].lower()
    if re.match(r"[-\s]old\b", after):
        return None  # an age: "a 52-year-old", "52 years old"
    n = 2 if m["couple"] else _num(m["num"])
    unit = m["unit"].lower()
    if isinstance(n, int) and n >= 1000:
        return None  # a year: "the 1988 quarter" is a date, not 1,988 quarters
    if unit == "quarter" and (after.startswith(" of") or (
            "-" in m["sep"] and not m["num"][0].isdigit())
            or re.match(r"[-\s]points?\b", m.string[m.end():m.end() + 8], re.I)):
        # a fraction: "a quarter of the market", "three-quarters", "a quarter-point cut"
        return None
    if m["ago"]:
        word = m["ago"].strip().lower()
        if word in {"earlier", "before", "later"} and unit not in {"year", "month", "quarter"}:
            return "DURATION", _duration(n, unit)
        if ctx.dct is None or not isinstance(n, int):
            return "DATE", "PAST_REF" if word == "ago" else "FUTURE_REF"
        sign = -1 if word in {"ago", "earlier", "before"} else 1
        if unit in {"second", "minute", "hour"}:
            return "TIME", "PAST_REF" if sign < 0 else "FUTURE_REF"
        if unit == "year" and ctx.quarterly:
            # "up from a year earlier" beside a quarter: that quarter, a year before
            return "DATE", _shift(ctx.dct, "quarter", -1 + 4 * sign * n)
        return "DATE", _shift(ctx.dct, unit, sign * n)
    return "DURATION", _duration(n, unit)


# Half a unit in the next smaller ones, as TIMEX3 writes "2 1/2 years" (P2Y6M).
HALVES = {"year": "6M", "month": "15D", "day": "T12H", "hour": "30M", "minute": "30S"}


@pattern(rf"(?:{_NUM}\s+(?:1/2|½)|{_NUM.replace('num', 'num2')}\s+and\s+a\s+half)[-\s]+{_UNIT}"
         rf"|{_NUM.replace('num', 'num3')}\s+{_UNIT.replace('unit', 'unit2')}\s+and\s+a\s+half",
         needs=("1/2", "½", "a half"))
def _and_a_half(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    """"2 1/2 years", "a minute and a half": a whole number of units and a half."""
    n = _num(m["num"] or m["num2"] or m["num3"])
    unit = (m["unit"] or m["unit2"]).lower()
    if not isinstance(n, int) or unit not in HALVES:
        return None
    return "DURATION", _duration(n, unit) + HALVES[unit]


@pattern(r"(?:the\s+)?(?:past|recent)\s+(?P<unit>day|week|month|year|decade|century)")
def _past_unit(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    return "DURATION", _duration(1, m["unit"].lower())


@pattern(r"(?:(?:the\s+)?(?P<ord>first|second|third|fourth)[-\s]+quarter|(?:the\s+)?"
         r"(?P<ord2>first|second|last)[-\s]+half)(?:\s+of\s+(?P<year>1[5-9]\d\d|20\d\d))?")
def _quarter(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    year = m["year"]
    if year is None and ctx.dct is not None:
        # This year's quarter once it has begun; before that, last year's unless the
        # clause looks ahead.
        first_month = (3 * ORDINALS[m["ord"].lower()] - 2 if m["ord"]
                       else 6 * ORDINALS[m["ord2"].lower()] - 5)
        begun = first_month <= ctx.dct.month or ctx.tense == "future"
        year = str(ctx.dct.year if begun else ctx.dct.year - 1)
    year = year or "XXXX"
    if m["ord2"]:
        return "DATE", f"{year}-H{ORDINALS[m['ord2'].lower()]}"
    return "DATE", f"{year}-Q{ORDINALS[m['ord'].lower()]}"


@pattern(rf"(?:the\s+)?{_YEAR}\s+(?:(?P<ord>first|second|third|fourth)[-\s]+)?"
         r"(?P<what>quarter|period)")
def _year_quarter(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    """"the 1988 second quarter"; "the 1988 quarter" (or "period") in an earnings passage:
    the quarter being reported, that year."""
    if m["ord"]:
        return "DATE", f"{m['year']}-Q{ORDINALS[m['ord'].lower()]}"
    if not ctx.quarterly or ctx.dct is None:
        return ("DATE", m["year"]) if m["what"].lower() == "period" else None
    reported = _shift(ctx.dct, "quarter", -1)
    return "DATE", f"{m['year']}-{reported.split('-')[1]}"


@pattern(r"(?P<rel>last|this|next)\s+year['’]s\s+(?P<ord>first|second|third|fourth)[-\s]+"
         r"quarter")
def _rel_year_quarter(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    """"next year's first quarter"."""
    if ctx.dct is None:
        return "DATE", f"XXXX-Q{ORDINALS[m['ord'].lower()]}"
    year = ctx.dct.year + YEAR_STEP[m["rel"].lower()]
    return "DATE", f"{year}-Q{ORDINALS[m['ord'].lower()]}"


@pattern(r"(?:(?P<rel>last|this|next)\s+)?(?P<season>spring|summer|fall|autumn|winter)"
         rf"(?:\s+(?:of\s+)?{_YEAR})?")
def _season(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    if not (m["rel"] or m["year"]):
        return None
    code = SEASONS[m["season"].lower()]
    if m["year"]:
        return "DATE", f"{m['year']}-{code}"
    if ctx.dct is None:
        return "DATE", f"XXXX-{code}"
    year = ctx.dct.year + YEAR_STEP[m["rel"].lower()]
    return "DATE", f"{year}-{code}"


@pattern(r"(?:fiscal|FY)\s*(?P<year>1[5-9]\d\d|20\d\d)")
def _fiscal(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    return "DATE", m["year"]


@pattern(r"(?:the\s+)?(?:(?:early|late|mid)[-\s])?(?P<dec>1[5-9]\d|20\d)0['’]?s")
def _decade(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    # TimeML writes a decade as its first three digits; news annotation adds an X when the
    # decade stands bare ("1980s") and not after "the" ("the late 1970s").
    bare = not m.group(0).lower().startswith("the")
    return "DATE", f"{m['dec']}X" if bare else m["dec"]


@pattern(r"(?P<n>1\d|2[01]|[1-9])(?:st|nd|rd|th)[-\s]+century")
def _century(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    """"the 20th century": TIMEX3 writes a century as its first two digits ("19")."""
    return "DATE", f"{int(m['n']) - 1:02d}"


@pattern(r"(?:(?:early|late|mid)[-\s]+)?(?:(?:in|since|until|by)\s+)?(?P<year>1[5-9]\d\d|20\d\d)"
         r"(?![-/.,]?\d)")
def _year(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    return "DATE", m["year"]


@pattern(r"(?:(?P<h>[01]?\d)(?::(?P<min>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am|pm)|(?P<noon>noon|"
         r"midnight))(?:\s+(?:EST|EDT|GMT|UTC|local\s+time))?(?:,?\s+(?:on\s+)?(?P<day>"
         rf"{_DAY_NAMES}|today|yesterday|tomorrow))?")
def _clock(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    if m["noon"]:
        h, minute = (12, "00") if m["noon"].lower() == "noon" else (24, "00")
        if not m["day"]:
            return None  # "noon" alone is mostly figurative
    else:
        h = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
        minute = m["min"] or "00"
    return "TIME", f"{_day_named(m['day'], ctx)}T{h:02d}:{minute}"


def _day_named(word: str | None, ctx: _Ctx) -> str:
    """The date of the day a time is set on: a weekday, "yesterday", "today" (also when
    none is named) or "tomorrow"."""
    word = (word or "today").lower()
    if word in WEEKDAYS:
        return _weekday_date(WEEKDAYS[word], "", ctx)
    if ctx.dct is None:
        return "XXXX-XX-XX"
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[word]
    return (ctx.dct + dt.timedelta(days=offset)).isoformat()


@pattern(r"(?:every|each|per)\s+(?P<unit>second|minute|hour|day|week|month|year|quarter)"
         r"|(?P<adv>daily|weekly|monthly|yearly|hourly)")
def _set(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    adv = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
           "yearly": "year", "hourly": "hour", "quarterly": "quarter"}
    unit = m["unit"] or adv[m["adv"].lower()]
    return "SET", _duration(1, unit.lower())


@pattern(rf"(?:every|each)\s+{_WEEKDAY}")
def _set_weekday(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    return "SET", f"XXXX-WXX-{WEEKDAYS[m['weekday'].lower()] + 1}"


@pattern(r"now|currently|current|nowadays|at present|these days")
def _present(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    return "DATE", "PRESENT_REF"


@pattern(r"recently|lately|the past|recent(?=\s+\w)")
def _past(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    # "recent" before a noun ("the recent sale"): the past, unbounded.
    return "DATE", "PAST_REF"


@pattern(r"recent\s+(?P<unit>day|week|month|year)s")
def _recent_units(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    # "in recent weeks": a stretch of an unknown number of weeks up to now (TimeML's PXW).
    return "DURATION", f"PX{UNITS[m['unit'].lower()]}"


@pattern(r"(?:(?<=over\s)|(?<=during\s)|(?<=after\s)|(?<=ahead\sof\s)|(?<=before\s))"
         r"the\s+weekend")
def _the_weekend(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    """"over the weekend": the last one (the weekend itself, on a Saturday or Sunday);
    "ahead of the weekend", or in future context: the coming one."""
    if ctx.dct is None:
        return "DATE", "XXXX-WXX-WE"
    lead = m.string[max(0, m.start() - 9):m.start()].lower()
    ahead = "ahead of" in lead or ctx.tense == "future"
    on_weekend = ctx.dct.weekday() >= 5
    day = ctx.dct if ahead or on_weekend else ctx.dct - dt.timedelta(weeks=1)
    return "DATE", _week(day) + "-WE"


@pattern(r"(?:(?<=since\s)|(?<=by\s)|(?<=at\s)|(?<=before\s)|(?<=until\s)|(?<=around\s))"
         r"(?:year[-\s]end|year['’]s\s+end)")
def _year_end(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    """"by year-end": the year whose end it is (TIMEX3 gives the year)."""
    if ctx.dct is None:
        return "DATE", "XXXX"
    lead = m.string[max(0, m.start() - 6):m.start()].lower()
    past = "since" in lead or (ctx.tense == "past" and "by" not in lead)
    return "DATE", str(ctx.dct.year - 1 if past else ctx.dct.year)


@pattern(r"(?:(?<=for\s)|(?<=of\s))the\s+(?:full\s+|fiscal\s+|whole\s+)?year"
         r"(?!\s+end(?:ed|ing)\b)")
def _the_year(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    """"for the year": the publication year."""
    return "DATE", str(ctx.dct.year) if ctx.dct else "XXXX"


@pattern(r"the\s+(?:fiscal\s+)?year(?=\s+end(?:ed|ing)\b)")
def _year_ended(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    """"the year ended June 30": a year's span, which the date that follows ends."""
    return "DURATION", "P1Y"


def _holidays() -> list[tuple[str, str]]:
    from dyad.lexicon import _rows

    return [(r["name"], r["rule"]) for r in _rows("holidays.tsv")]


_HOLIDAYS = dict((n.lower(), rule) for n, rule in _holidays())


def _holiday_date(rule: str, year: int) -> dt.date:
    parts = [int(x) for x in rule.split("-")]
    if len(parts) == 2:
        return dt.date(year, parts[0], parts[1])
    nth, weekday, month = parts
    first = dt.date(year, month, 1)
    offset = (weekday - 1 - first.weekday()) % 7
    day = first + dt.timedelta(days=offset + 7 * (nth - 1))
    while day.month != month:  # "the last": step back into the month
        day -= dt.timedelta(weeks=1)
    return day


@pattern("|".join(re.escape(n).replace("'", "['’]").replace(r"\ ", r"\s+")
                  for n in sorted(_HOLIDAYS, key=len, reverse=True)))
def _holiday(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    """A holiday named without its year: the last one, or the next in future context."""
    rule = _HOLIDAYS[re.sub(r"\s+", " ", m.group(0).lower().replace("’", "'"))]
    if ctx.dct is None:
        return "DATE", "XXXX-" + (rule if rule.count("-") == 1 else "XX-XX")
    this_year = _holiday_date(rule, ctx.dct.year)
    if ctx.tense == "future":
        day = this_year if this_year >= ctx.dct else _holiday_date(rule, ctx.dct.year + 1)
    else:
        day = this_year if this_year <= ctx.dct else _holiday_date(rule, ctx.dct.year - 1)
    return "DATE", day.isoformat()


@pattern(r"the\s+(?:near\s+)?future|(?:in\s+)?the\s+coming\s+(?P<unit>day|week|month|year)s"
         r"|the\s+(?P<unit2>day|week|month|year)s\s+ahead|the\s+(?:near|short|long)\s+term"
         r"|(?:coming|future)\s+quarters|a\s+later\s+date",
         needs=("future", "coming", "ahead", "term", "quarters", "later"))
def _future(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    unit = m["unit"] or m["unit2"]  # "in the coming weeks", "in the weeks ahead"
    if unit:
        return "DURATION", f"PX{UNITS[unit.lower()]}"
    return "DATE", "FUTURE_REF"


@pattern(r"(?:the\s+)?(?:year|month|week)[-\s]earlier(?:\s+(?:quarter|period))?"
         r"|(?:the\s+)?year-ago(?:\s+(?:quarter|period))?")
def _year_earlier(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    if ctx.dct is None:
        return "DATE", "XXXX"
    word = m.group(0).lower()
    unit = "month" if "month" in word else "week" if "week" in word else "year"
    if unit == "year" and ctx.quarterly:
        return "DATE", _shift(ctx.dct, "quarter", -5)
    return "DATE", _shift(ctx.dct, unit, -1)


@pattern(r"(?:this|that|the same)\s+(?P<part>morning|afternoon|evening|night)")
def _part_of_day(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    day = ctx.dct.isoformat() if ctx.dct and m.group(0).lower().startswith("this") else None
    return "TIME", f"{day or 'XXXX-XX-XX'}T{PARTS_OF_DAY[m['part'].lower()]}"


@pattern(r"the\s+(?:latest\s+|most\s+recent\s+|recent\s+)?quarter")
def _the_quarter(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    # News reports a quarter once it is over: "the quarter" is the last complete one.
    return "DATE", _shift(ctx.dct, "quarter", -1) if ctx.dct else "XXXX-QX"


@pattern(r"the\s+(?:latest|most\s+recent)\s+period")
def _latest_period(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    # In an earnings passage "the latest period" is the quarter reported on; elsewhere vague.
    return _the_quarter(m, ctx) if ctx.quarterly else None


TENS = {"ten": 1, "twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}


@pattern(r"nineteen[-\s]+(?P<tens>ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
         r"(?:[-\s]+(?P<ones>one|two|three|four|five|six|seven|eight|nine))?"
         r"|(?:the\s+year\s+)?two\s+thousand(?:\s+and\s+(?P<ones2>one|two|three|four|five|six|"
         r"seven|eight|nine))?")
def _spoken_year(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    """Years as transcripts spell them: "nineteen ninety-six", "the year two thousand"."""
    if m["tens"]:
        ones = NUMBERS[m["ones"].lower()] if m["ones"] else 0
        return "DATE", f"19{TENS[m['tens'].lower()]}{ones}"
    if not m.group(0).lower().startswith("the") and not m["ones2"]:
        return None  # "two thousand" alone is usually a number
    return "DATE", f"200{NUMBERS[m['ones2'].lower()] if m['ones2'] else 0}"


@pattern(r"(?:(?<=for\s)|(?<=in\s)|(?<=within\s)|(?<=over\s)|(?<=after\s)|"
         r"coming\s+)(?P<unit>minute|hour|day|week|month|year|decade)s")
def _some_units(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    """"for weeks", "in recent years": an unspecified number of units."""
    unit = m["unit"].lower()
    code = {"decade": "DE"}.get(unit, UNITS[unit])
    return "DURATION", (f"PTX{code}" if unit in {"minute", "hour"} else f"PX{code}")


@pattern(r"(?:(?:mid|late|early)[-\s]?(?P<part>morning|afternoon|evening)|(?P<noon>midday))"
         rf"(?:\s+(?P<day>{_DAY_NAMES}|yesterday|today|tomorrow))?")
def _time_of_day(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    """"mid-afternoon yesterday", "midday": a time of that day, else of the publication day."""
    day = _day_named(m["day"], ctx)
    return "TIME", f"{day}T12:00" if m["noon"] else f"{day}T{PARTS_OF_DAY[m['part'].lower()]}"


@pattern(r"last\s+night")
def _last_night(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    day = (ctx.dct - dt.timedelta(days=1)).isoformat() if ctx.dct else "XXXX-XX-XX"
    return "TIME", f"{day}TNI"


@pattern(r"(?:(?:earlier|later)\s+)?that\s+(?P<unit>day|month|year)"
         r"|the\s+following\s+(?P<unit2>day|week|month|quarter|year)")
def _anchored(m: re.Match[str], ctx: _Ctx) -> tuple[str, str] | None:
    """"later that year", "the following month": counted from the date the text named
    last ("returned to Cuba in June 1998 ... later that year"); with none, "the following"
    counts from the publication date and "that" stays unresolved."""
    unit = (m["unit"] or m["unit2"]).lower()
    step = 1 if m["unit2"] else 0
    parts = {"year": 1, "quarter": 2, "month": 2, "week": 3, "day": 3}[unit]
    found = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", ctx.anchor or "")
    if found is None or found.group(parts) is None:
        if m["unit2"] and ctx.dct is not None:
            return "DATE", _shift(ctx.dct, unit, step)
        return None
    y, mo, d = (int(g) if g else 1 for g in found.groups())
    return "DATE", _shift(dt.date(y, mo, d), unit, step)


ANCHORED = frozenset({_anchored})


# Lead-ins that the finder matches for context but that TIMEX3 spans leave out.
_LEAD = re.compile(r"^(?:in|since|until|by|on)\s+", re.IGNORECASE)


PAST_AUX = frozenset({"had", "did", "was", "were", "has", "have"})
SCHEDULE_VERBS = frozenset({"set", "schedule", "expect", "plan", "due", "intend", "prepare"})
# Those whose object is a thing to come ("expected a cut in September"; not "set its
# record high on Aug. 6", "prepared a report on Monday")
AWAITING_VERBS = frozenset({"expect", "schedule", "plan"})


def _tense(doc: Doc | None, start: int) -> str | None:
    """The tense of the clause around a character offset: "future" ("will meet on
    Monday"), "past" ("met on Monday"), or None where no verb says."""
    if doc is None:
        return None
    token = parse.token_at(doc, start)
    if token is None:
        return None
    head = token
    for _ in range(6):
        if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
            break
        head = head.head
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    kids = {c.lower_ for c in head.children if c.dep_ in {"aux", "auxpass"}}
    if kids & FUTURE_AUX or (head.lower_ == "going" and head.tag_ == "VBG"):
        return "future"
    if kids & MODAL_AUX and "have" not in kids:
        return "future"  # "could come Tuesday", "would be traveling Thursday"
    if (head.lemma_.lower() in SCHEDULE_VERBS and (head.tag_ != "VBD" or (
            head.lemma_.lower() in AWAITING_VERBS
            and any(c.dep_ == "dobj" for c in head.children)))) or (
            head.dep_ == "xcomp" and head.head.lemma_.lower() in SCHEDULE_VERBS | {"be"}):
        # "has scheduled a talk Thursday", "set to resume Monday", "is to meet Friday"; but
        # "planned on Friday to pay" dates the planning, so a past-tense plan is left out
        # unless it has a thing planned, whose date it is ("expected a cut in September").
        return "future"
    if head.tag_ == "VBD" or kids & PAST_AUX:
        return "past"
    return None


# "as soon as Tuesday", "as early as next week": a date that has not come yet.
_AS_SOON_AS = re.compile(r"\bas\s+(?:soon|early|late)\s+as\s+(?:on\s+)?$", re.I)
QUARTER_REACH = 1000  # characters: earnings stories name the quarter, then compare to it


def _quarterly(text: str, start: int) -> bool:
    """Is this offset in an earnings passage: does the text just before it (or its own
    sentence) speak of a quarter?"""
    right = text.find(". ", start)
    right = len(text) if right < 0 else right
    return "quarter" in text[max(0, start - QUARTER_REACH) : right].lower()


def find(text: str, published: str | None, doc: Doc | None = None) -> list[Timex]:
    """All time expressions in text, normalized against the publication date."""
    dct = None
    if published:
        try:
            dct = dt.date.fromisoformat(published[:10])
        except ValueError:
            dct = None
    candidates: list[tuple[int, int, int, re.Match[str], Handler]] = []
    lowered = text.lower()
    for rank, (rx, handler, needs) in enumerate(PATTERNS):
        if needs and not any(n in lowered for n in needs):
            continue
        for m in rx.finditer(text):
            candidates.append((m.start(), m.end(), rank, m, handler))
    # Longest first, then the more specific pattern; keep non-overlapping ones.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[Timex] = []
    deferred: list[tuple[re.Match[str], Handler, _Ctx]] = []
    for start, end, _rank, m, handler in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        tense = "future" if _AS_SOON_AS.search(text, max(0, start - 30), start) else _tense(
            doc, start)
        ctx = _Ctx(dct, tense, _quarterly(text, start))
        if handler in ANCHORED:  # resolved once the dates before it are known
            taken.append((start, end))
            deferred.append((m, handler, ctx))
            continue
        timex = _resolve(m, handler, ctx)
        if timex is not None:
            taken.append((start, end))
            out.append(timex)
    out.sort(key=lambda t: t.start)
    for m, handler, ctx in sorted(deferred, key=lambda d: d[0].start()):
        before = [t for t in out if t.start < m.start() and re.match(r"\d{4}", t.value)]
        ctx.anchor = before[-1].value if before else None
        timex = _resolve(m, handler, ctx)
        if timex is not None:
            out.append(timex)
            out.sort(key=lambda t: t.start)
    return out


def _resolve(m: re.Match[str], handler: Handler, ctx: _Ctx) -> Timex | None:
    """The expression a match names, its span trimmed of lead-ins and a possessive."""
    try:
        result = handler(m, ctx)
    except (ValueError, KeyError, OverflowError):
        result = None
    if result is None:
        return None
    lead = _LEAD.match(m.group(0))
    s = m.start() + (lead.end() if lead else 0)
    e = m.end()
    if m.string[s:e].endswith(("'s", "’s")):
        e -= 2
    return Timex(s, e, m.string[s:e], result[0], result[1])


def run(d: Document) -> None:
    d.timexes = find(d.article.text, d.article.published, d.doc)


def precision_of(value: str) -> str:
    """The date precision a TIMEX3 value gives an event: day, week, month, year or unknown."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", value):
        return "day"
    if re.fullmatch(r"\d{4}-W\d{2}(-WE)?", value):
        return "week"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}(-(Q\d|H\d|SP|SU|FA|WI))?", value):
        return "year"
    return "unknown"
