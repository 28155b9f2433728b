"""Temporal expressions in news text, resolved to day ranges against the publication date.

Pure text: regular expressions built once from `data/dates.yaml`, no language
model. `find_dates` returns every temporal expression of a text with its
resolved `DateSpan` and its role (a point in time, the start of a period
"since ...", its end "until ...", or a wire-copy dateline); `resolve_date`
resolves one expression; `is_reporting_context` tells whether a date is the
day something was said rather than the day it happened.

Resolution rules (publication date P; data/README.md has the full table):
a date without a year is the most recent one on or before P; no span ends
after P (it is clipped) and a span that starts after P is not an event date
(no mention). Precision follows the contract: day, week, month or range.
"""
from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Callable

import yaml

from flashpoint.extract.casualties import (WORD, alternation, first_words, key_words, number_first_words,
                                          number_pattern, parse_number, union_words, words_in)
from flashpoint.model import DateSpan

ROLES = ("point", "since", "until", "dateline", "posted")


@dataclass
class DateMention:
    """One temporal expression: its character offsets in the text, its resolved span and role."""

    start: int
    end: int
    text: str
    span: DateSpan
    role: str = "point"  # point | since | until | dateline | posted (a live blog entry's stamp) | compared (bounds a "deadliest ... this year")


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """Return the date lexicon (data/dates.yaml), read once."""
    text = resources.files("flashpoint").joinpath("data", "dates.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _key(phrase: str) -> str:
    """Return a phrase lower-cased with single spaces and straight apostrophes: the lexicon's keys."""
    return " ".join(phrase.lower().replace("\u2019", "'").split())


# ---------------------------------------------------------------- calendar helpers

def _month_end(year: int, month: int) -> date:
    """Return the last day of the month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> date | None:
    """Return the date, or None when it does not exist (February 30)."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and date.min.year <= year <= date.max.year):
        return None
    if day > calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _latest(month: int, day: int, published: date) -> date | None:
    """Return the most recent month/day on or before `published` (None if the day never exists)."""
    year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    for back in range(8):  # February 29 lives in leap years only
        found = _safe_date(year - back, month, day)
        if found:
            return found
    return None


def _shift_months(day: date, months: int) -> date:
    """Return the same day `months` later (earlier if negative), clipped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass
class _Span:
    """A resolved span before it becomes a DateSpan (internal)."""

    start: date
    end: date
    precision: str
    yearless: bool = False  # the year was inferred: a range may move it back


def _clip(span: _Span | None, published: date) -> _Span | None:
    """Return the span ending no later than P, or None if it starts after P."""
    if span is None or span.start > published or span.end < span.start:
        return None
    if span.end > published:
        span.end = published
    return span


# ---------------------------------------------------------------- rules

@dataclass
class _Context:
    """What every rule resolves against (internal): the text, P and the anchor."""

    text: str
    published: date
    anchor: date | None


@dataclass(frozen=True)
class _Rule:
    """A regex and the function that resolves its matches (internal).

    gate: the name of a cheap pattern (see `_gates`) that must occur in the text
    for the rule to run at all; most sentences have no month or weekday name.
    """

    name: str
    regex: re.Pattern
    resolve: Callable[[re.Match, _Context], _Span | None]
    role: str = "point"
    gate: str | None = None
    words: frozenset | None = None  # a rule that is one list of phrases: the words one of them begins with
    needs: str = ""  # a string every match holds, as written (the ISO date's hyphen)
    all_words: frozenset = frozenset()  # whole words every match holds, in any case ("on the 5th": on, the)
    line_start: bool = False  # every match starts a line ((?m)^): tried only where a line starts
    # every match starts a whole word, one of these (lower case) or, with digit_start, one led by a digit: the
    # pattern is tried at those words only (see `_word_matches`); None: at every character
    starts: frozenset | None = None
    digit_start: bool = False


@lru_cache(maxsize=1)
def _ordinal_words() -> dict[str, int]:
    """Return day ordinals in words, 1..31, with their compounds ("twenty-first", "thirty first")."""
    lex = lexicon()
    table = {str(k): int(v) for k, v in lex["ordinals"].items()}
    for tens_word, tens in lex["ordinal_tens"].items():
        for unit_word, unit in lex["ordinals"].items():
            if 1 <= unit <= 9 and tens + unit <= 31:
                table[f"{tens_word}-{unit_word}"] = tens + unit
                table[f"{tens_word} {unit_word}"] = tens + unit
    return table


def _day_value(match: re.Match, group: str = "day") -> int | None:
    """Return the day number of a match: digits in `group`, or an ordinal word in `group`+"w"."""
    groups = match.groupdict()
    if groups.get(group):
        return int(groups[group])
    word = groups.get(group + "w")
    return _ordinal_words().get(_key(word)) if word else None


def _month_value(word: str) -> int:
    """Return the month number of a month name or abbreviation ("Oct." 10)."""
    return int(lexicon()["months"][_key(word).rstrip(".")])


def _is_ambiguous(word: str) -> bool:
    """Return True for a month name that is also a common word, written in lower case."""
    return _key(word) in lexicon()["ambiguous_months"] and word[:1].islower()


def _cue_is_strong(cue: str | None) -> bool:
    """Return True for a cue that makes even "may" or "march" in lower case a month ("in may")."""
    return bool(cue) and _key(cue) in lexicon()["month_cues_strong"]


def _year_of(match: re.Match) -> int | None:
    """Return the year a match states, or None."""
    year = match.groupdict().get("year")
    return int(year) if year else None


def _resolve_day(month: int, day: int | None, year: int | None, published: date) -> _Span | None:
    """Return the span of one day; without a year, the most recent such day on or before P."""
    if day is None:
        return None
    if year is not None:
        found = _safe_date(year, month, day)
        return _Span(found, found, "day") if found else None
    # 2000 is a leap year: a day that does not exist in it (April 31) exists in no year
    found = _latest(month, day, published) if _safe_date(2000, month, day) else None
    return _Span(found, found, "day", yearless=True) if found else None


def _month_day(match: re.Match, ctx: _Context) -> _Span | None:
    return _resolve_day(_month_value(match.group("month")), _day_value(match), _year_of(match), ctx.published)


def _day_month(match: re.Match, ctx: _Context) -> _Span | None:
    word = match.group("month")
    before = ctx.text[max(0, match.start() - 8):match.start()]
    if _is_ambiguous(word) and not (match.group("of") or re.search(r"\b(?:on|the|of)\s+$", before, re.I)):
        return None  # "12 may have died"
    return _resolve_day(_month_value(word), _day_value(match), _year_of(match), ctx.published)


def _iso(match: re.Match, ctx: _Context) -> _Span | None:
    found = _safe_date(int(match.group("y")), int(match.group("mo")), int(match.group("d")))
    return _Span(found, found, "day") if found else None


def _day_range(match: re.Match, ctx: _Context) -> _Span | None:
    first, last = _day_value(match, "d1"), _day_value(match, "d2")
    if first is None or last is None or first >= last:
        return None
    connector = _key(match.group("conn"))
    if connector == "and":
        # "October 27 and 28" is a range; "October 27 and 28 people" is not
        before = ctx.text[max(0, match.start() - 12):match.start()]
        after = ctx.text[match.end():match.end() + 3]
        if not (re.search(r"\bbetween\s+$", before, re.I) or _year_of(match)
                or re.match(r"\s*(?:[,.;:!?)]|$)", after)):
            return None
    month = _month_value(match.group("month"))
    start = _resolve_day(month, first, _year_of(match), ctx.published)
    end = _safe_date(start.start.year, month, last) if start else None
    return _Span(start.start, end, "range", start.yearless) if end else None


def _part_range(part: str) -> tuple[int, int]:
    """Return the first and last day of a part of a month ("mid" 11, 20)."""
    low, high = lexicon()["month_parts"][_key(part)]
    return int(low), int(high)


def _month_part(match: re.Match, ctx: _Context) -> _Span | None:
    word = match.group("month")
    if _is_ambiguous(word) and not _cue_is_strong(match.group("cue")):
        return None  # "late may ..."
    month = _month_value(word)
    low, high = _part_range(match.group("part"))
    year = _year_of(match)
    if year is None:
        year = ctx.published.year if (month, low) <= (ctx.published.month, ctx.published.day) else ctx.published.year - 1
    end = _month_end(year, month)
    return _Span(date(year, month, low), min(end, end.replace(day=min(high, end.day))), "month",
                 yearless=_year_of(match) is None)


def _month_year(match: re.Match, ctx: _Context) -> _Span | None:
    month, year = _month_value(match.group("month")), int(match.group("year"))
    return _Span(date(year, month, 1), _month_end(year, month), "month")


def _bare_month(match: re.Match, ctx: _Context) -> _Span | None:
    word, cue, relative = match.group("month"), match.group("cue"), match.group("rel")
    if not (cue or relative):
        return None  # a month name alone is not a date ("October saw ...")
    if _is_ambiguous(word) and not _cue_is_strong(cue):
        return None  # "protesters march", "troops may"
    month, published = _month_value(word), ctx.published
    relatives = lexicon()["month_relatives"]
    kind = next((k for k, words in relatives.items() if relative and _key(relative) in words), None)
    if kind == "future":
        return None
    if kind == "previous":
        year = published.year if month < published.month else published.year - 1
    elif kind == "this":
        year = published.year
    else:
        year = published.year if month <= published.month else published.year - 1
    return _Span(date(year, month, 1), _month_end(year, month), "month", yearless=True)


def _year(match: re.Match, ctx: _Context) -> _Span | None:
    part = match.group("part")
    if not (match.group("cue") or part):
        return None
    year = int(match.group("year"))
    low, high = (1, 12)
    if part:
        low, high = (int(v) for v in lexicon()["year_parts"][_key(part)])
    return _Span(date(year, low, 1), _month_end(year, high), "range")


def _ordinal_day(match: re.Match, ctx: _Context) -> _Span | None:
    day, published = int(match.group("day")), ctx.published
    probe = date(published.year, published.month, 1)
    for _ in range(13):
        found = _safe_date(probe.year, probe.month, day)
        if found and found <= published:
            return _Span(found, found, "day")
        probe = _shift_months(probe, -1)
    return None


def _weekday(match: re.Match, ctx: _Context) -> _Span | None:
    target = int(lexicon()["weekdays"][_key(match.group("weekday"))])
    modifier = _key(match.group("mod")) if match.group("mod") else None
    modifiers = lexicon()["weekday_modifiers"]
    if modifier in modifiers["future"]:
        return None
    published = ctx.published
    week = match.group("week")
    if week:
        monday = published - timedelta(days=published.weekday())
        if _key(week) in lexicon()["weekday_weeks"]["previous"]:
            monday -= timedelta(days=7)
        day = monday + timedelta(days=target)
        return _Span(day, day, "day")
    back = (published.weekday() - target) % 7
    if modifier in modifiers["previous"] and back == 0:
        back = 7
    day = published - timedelta(days=back)
    return _Span(day, day, "day")


def _base(base: str, ctx: _Context) -> date | None:
    """Return the date an expression counts from: P, the anchor, or the anchor else P."""
    if base == "publication":
        return ctx.published
    if base == "anchor":
        return ctx.anchor
    return ctx.anchor or ctx.published


@lru_cache(maxsize=1)
def _relative_table() -> dict[str, dict]:
    """Return each relative expression (lexicon `relative`) -> its entry."""
    return {_key(w): entry for entry in lexicon()["relative"] for w in entry["words"]}


def narrative(words: str) -> bool:
    """Return True for a relative expression that counts from the incident told before it when there is one
    ("later that day", "overnight": lexicon `relative`, `reading: narrative`)."""
    entry = _relative_table().get(_key(words))
    return bool(entry and entry.get("reading") == "narrative")


@lru_cache(maxsize=1)
def _duration_cue() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(lexicon()['duration_cues'])})\s+$", re.I)


def _is_duration(match: re.Match, ctx: _Context) -> bool:
    """Return True for "for hours before", "for three days after": how long, not when."""
    return _key(match.group("m")).rsplit(None, 1)[-1] in ("before", "after", "earlier", "later") \
        and bool(_duration_cue().search(ctx.text, max(0, match.start("m") - 20), match.start("m")))


def _relative(match: re.Match, ctx: _Context) -> _Span | None:
    entry = _relative_table()[_key(match.group("m"))]
    if _is_duration(match, ctx):
        return None
    if ctx.anchor is not None and "anchor_start" in entry:
        start, end = entry["anchor_start"], entry["anchor_end"]
        return _Span(ctx.anchor + timedelta(days=start), ctx.anchor + timedelta(days=end),
                     "day" if start == end else entry["precision"])
    base = _base(entry["base"], ctx)
    if base is None:
        return None
    return _Span(base + timedelta(days=entry["start"]), base + timedelta(days=entry["end"]), entry["precision"])


@lru_cache(maxsize=1)
def _fixed_days() -> dict[str, tuple[int, int]]:
    """Return the named days of the calendar ("New Year's Day") by their normalised words."""
    return {_key(w): (int(month), int(day)) for w, (month, day) in lexicon()["fixed_days"].items()}


def _fixed_day(match: re.Match, ctx: _Context) -> _Span | None:
    """Resolve "New Year's Day", "Christmas Eve 2016": the most recent such day, or that year's."""
    month, day = _fixed_days()[_key(match.group("m"))]
    return _resolve_day(month, day, _year_of(match), ctx.published)


def _posted(match: re.Match, ctx: _Context) -> _Span | None:
    """Return the publication day (a live blog's entry stamp)."""
    return _Span(ctx.published, ctx.published, "day")


def _previous_week(p: date) -> _Span:
    monday = p - timedelta(days=p.weekday() + 7)
    return _Span(monday, monday + timedelta(days=6), "week")


def _this_week(p: date) -> _Span:
    return _Span(p - timedelta(days=p.weekday()), p, "week")


def _weekend(p: date) -> _Span:
    saturday = p - timedelta(days=(p.weekday() - 5) % 7)
    return _Span(saturday, saturday + timedelta(days=1), "range")


def _last_weekend(p: date) -> _Span:
    span = _weekend(p)
    if p.weekday() >= 5:
        return _Span(span.start - timedelta(days=7), span.end - timedelta(days=7), "range")
    return span


def _previous_month(p: date) -> _Span:
    last = p.replace(day=1) - timedelta(days=1)
    return _Span(last.replace(day=1), last, "month")


# How each calendar period of the lexicon's `periods` is computed from P.
_PERIODS: dict[str, Callable[[date], _Span]] = {
    "previous_week": _previous_week,
    "this_week": _this_week,
    "weekend": _weekend,
    "last_weekend": _last_weekend,
    "previous_month": _previous_month,
    "this_month": lambda p: _Span(p.replace(day=1), _month_end(p.year, p.month), "month"),
    "this_month_so_far": lambda p: _Span(p.replace(day=1), p, "range"),
    "previous_year": lambda p: _Span(date(p.year - 1, 1, 1), date(p.year - 1, 12, 31), "range"),
    "this_year_so_far": lambda p: _Span(date(p.year, 1, 1), p, "range"),
}


@lru_cache(maxsize=1)
def _period_table() -> dict[str, str]:
    """Return each calendar period expression (lexicon `periods`) -> its kind in `_PERIODS`."""
    return {_key(w): kind for kind, words in lexicon()["periods"].items() for w in words}


def _period(match: re.Match, ctx: _Context) -> _Span | None:
    return _PERIODS[_period_table()[_key(match.group("m"))]](ctx.published)


def _amount(match: re.Match, ctx: _Context) -> _Span | None:
    """Resolve "two days ago", "nearly two weeks ago", "a month earlier", "36 hours later"."""
    if _is_duration(match, ctx):
        return None
    lex = lexicon()
    number = _key(match.group("num"))
    hedge = _key(match.group("hedge")) if match.group("hedge") else None
    if number in lex["vague_amounts"]:
        count, hedge = int(lex["vague_amounts"][number]), hedge or "about"
    elif number in lex["amount_articles"]:
        count = 1
    else:
        count = parse_number(number)
    if count is None or count > 10000:
        return None  # ten thousand units back is history, not an event date
    unit_word = _key(match.group("unit"))
    unit = next(u for u in lex["units"].values() if unit_word in u["words"])
    direction = lex["amount_directions"][_key(match.group("dir"))]
    base = _base(direction["base"], ctx)
    if base is None:
        return None
    sign = int(direction["sign"])
    window, widen = int(unit["window"]), int(unit["hedge"])
    if "hours" in unit:
        days = count * int(unit["hours"]) / 24
        near, far = math.floor(days), math.ceil(days)  # whole days the moment falls between
        if days < 1 and direction["base"] != "publication" and ctx.anchor is not None:
            near = far = 0  # "two hours later" than the incident told before: its day, as for "hours later"
        lo, hi = (base - timedelta(days=far), base - timedelta(days=near)) if sign < 0 else \
                 (base + timedelta(days=near), base + timedelta(days=far))
    else:
        if "days" in unit:
            centre = base + timedelta(days=sign * count * int(unit["days"]))
        elif "months" in unit:
            centre = _shift_months(base, sign * count * int(unit["months"]))
        else:
            centre = _shift_months(base, sign * count * 12 * int(unit["years"]))
        lo, hi = centre - timedelta(days=window), centre + timedelta(days=window)
    hedges = lex["amount_hedges"]
    kind = next((k for k, words in hedges.items() if hedge in words), None) if hedge else None
    # "nearly two weeks ago" and "more than two days later" lie after the centre;
    # "more than two weeks ago" and "nearly two days later" before it
    after_centre = (kind == "under") == (sign < 0)
    if kind == "approximate":
        lo, hi = lo - timedelta(days=widen), hi + timedelta(days=widen)
    elif kind in ("under", "over"):
        if "hours" not in unit:
            # "nearly two weeks" is a little short of two weeks: the hedge's own width, one side
            lo, hi = (centre, centre + timedelta(days=widen)) if after_centre else (centre - timedelta(days=widen), centre)
        else:
            lo, hi = (lo, hi + timedelta(days=widen)) if after_centre else (lo - timedelta(days=widen), hi)
    if sign < 0 and hi > base:
        hi = base
    if sign > 0 and lo < base:
        lo = base
    return _Span(lo, hi, "day" if lo == hi else "range")


@lru_cache(maxsize=1)
def _rules() -> tuple[_Rule, ...]:
    """Return every date rule, compiled once from the lexicon."""
    lex = lexicon()
    flags = re.IGNORECASE
    months = alternation(lex["months"])
    full_months = alternation(m for m in lex["months"] if m not in lex["month_abbreviations"])
    month = rf"(?P<month>{months})\.?"
    ordinal_words = alternation(_ordinal_words())
    counts = alternation(lex["count_words"])
    # a day number: digits with an optional suffix, or an ordinal word; never the start of a count
    day = rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)|(?P<dayw>{ordinal_words}))(?!\s+{counts})"
    year = rf"(?:,?\s+(?P<year>(?:19|20)\d{{2}})(?!\d)(?!\s+{counts}))?"
    weekday_names = alternation(lex["weekdays"])
    weekday_prefix = rf"(?:{weekday_names},?\s+(?:the\s+)?)?"
    cues = alternation(lex["month_cues"])
    month_parts = alternation(lex["month_parts"])
    year_parts = alternation(lex["year_parts"])
    relatives = alternation(w for words in lex["month_relatives"].values() for w in words)
    modifiers = alternation(w for words in lex["weekday_modifiers"].values() for w in words)
    day_parts = alternation(lex["day_parts"])
    weeks = alternation(w for words in lex["weekday_weeks"].values() for w in words)
    amount_hedges = alternation(w for words in lex["amount_hedges"].values() for w in words)
    articles = alternation(lex["amount_articles"])
    amount = rf"(?:{alternation(lex['vague_amounts'])}|{number_pattern(max_words=3)}|{articles})"
    units = alternation(w for unit in lex["units"].values() for w in unit["words"])
    directions = alternation(lex["amount_directions"])
    small_day = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
    connector = r"(?P<conn>-|\u2013|to|through|and)"

    def rule(name, pattern, resolve, gate=None, phrases=None, starts=None, digit_start=False):
        return _Rule(name, re.compile(pattern, flags), resolve, "point", gate,
                     None if phrases is None else key_words(phrases), starts=starts, digit_start=digit_start)

    # the words a match may start with, by the lists its pattern opens with (see `_Rule.starts`)
    cue_starts = first_words(lex["month_cues"])
    amount_starts = union_words(first_words(w for words in lex["amount_hedges"].values() for w in words),
                           first_words(lex["vague_amounts"]), first_words(lex["amount_articles"]), number_first_words())

    return (
        _Rule("dateline", re.compile(
            rf"(?m)^[ \t]*[A-Z][A-Za-z.'\u2019 -]{{1,40}}(?:,[ \t]*[A-Z][A-Za-z.'\u2019 -]{{1,40}})?,[ \t]+"
            rf"(?P<m>(?i:{month}[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?[ \t]+(?P<year>(?:19|20)\d{{2}}))?))"
            rf"[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?(?:-|\u2013|\u2014|--)"), _month_day, "dateline",
              "month"),
        # a live blog's entry stamp ("09:40 GMT - Two explosions have torn through..."): the day it was posted
        # role "posted": what the entry tells happened that day or before (a claim posted today of yesterday's attack)
        _Rule("clock_stamp", re.compile(
            rf"(?m)^[ \t]*(?P<m>[0-2]?\d[:.][0-5]\d(?:[ \t]*(?:{alternation(lex['clock_zones'])}))?)[ \t]*"
            r"(?:-|\u2013|\u2014|--|:)[ \t]", flags), _posted, "posted", "digit", line_start=True),
        replace(rule("iso", r"(?<![\d-])(?P<m>(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2}))(?![\d-])", _iso, "digit"),
                needs="-"),
        rule("month_day_range",
             rf"\b(?P<m>{month}\s+(?P<d1>{small_day})\s*{connector}\s*(?P<d2>{small_day}){year})",
             _day_range, "month"),
        rule("day_month_range",
             rf"\b(?P<m>(?P<d1>{small_day})\s*{connector}\s*(?P<d2>{small_day})\s+(?:of\s+)?{month}{year})",
             _day_range, "month", starts=frozenset(), digit_start=True),
        rule("month_day", rf"\b(?P<m>{weekday_prefix}{month}\s+(?:the\s+)?{day}{year})", _month_day, "month"),
        rule("day_month",
             rf"\b(?P<m>{weekday_prefix}(?:the\s+)?{day}\s+(?P<of>of\s+)?{month}{year})(?!\w)", _day_month, "month"),
        rule("month_part",
             rf"(?:\b(?P<cue>{cues})\s+)?\b(?P<m>(?:the\s+)?(?P<part>{month_parts})(?:\s*-\s*|\s+)"
             rf"(?P<month>{full_months}){year})", _month_part, "month",
             starts=union_words(cue_starts, frozenset(("the",)), first_words(lex["month_parts"]))),
        rule("month_year", rf"\b(?P<m>{month},?\s+(?:of\s+)?(?P<year>(?:19|20)\d{{2}}))(?!\d)(?!\s+{counts})",
             _month_year, "month"),
        rule("bare_month", rf"(?:\b(?P<cue>{cues})\s+)?\b(?P<m>(?:(?P<rel>{relatives})\s+)?(?P<month>{full_months}))",
             _bare_month, "month"),
        rule("year",
             rf"(?:\b(?P<cue>{cues})\s+)?\b(?P<m>(?:the\s+)?(?:(?P<part>{year_parts})(?:\s*-\s*|\s+))?"
             rf"(?:the\s+year\s+)?(?P<year>(?:19|20)\d{{2}}))(?![\d%]|[.,]\d|\s*[-\u2013]\s*\d)(?!\s+{counts})",
             _year, "year"),
        replace(rule("ordinal_day", r"\bon\s+the\s+(?P<m>(?P<day>\d{1,2})(?:st|nd|rd|th))(?=\s*(?:[,.;:!?)]|$))",
                     _ordinal_day, "digit", starts=frozenset(("on",))), all_words=frozenset(("on", "the"))),
        rule("weekday",
             rf"\b(?P<m>(?:(?P<mod>{modifiers})\s+)?(?P<weekday>{weekday_names})(?:\s+(?:{day_parts}))?"
             rf"(?:,?\s+(?P<week>{weeks}))?)",
             _weekday, "weekday",
             starts=union_words(first_words(w for words in lex["weekday_modifiers"].values() for w in words),
                           first_words(lex["weekdays"]))),
        rule("fixed_day", rf"\b(?P<m>{alternation(w.replace(chr(39), chr(0x2019)) for w in _fixed_days())}|"
             rf"{alternation(_fixed_days())}){year}(?!\w)", _fixed_day, phrases=_fixed_days()),
        rule("relative", rf"(?P<m>{alternation(_relative_table())})", _relative, phrases=_relative_table(),
             starts=first_words(_relative_table())),
        rule("period", rf"(?P<m>{alternation(_period_table())})", _period, phrases=_period_table(),
             starts=first_words(_period_table())),
        rule("amount",
             rf"(?P<m>(?:(?P<hedge>{amount_hedges})\s+)?(?P<num>{amount})\s+(?P<unit>{units})\s+"
             rf"(?P<dir>{directions}))", _amount, "unit", phrases=lex["amount_directions"],
             starts=amount_starts, digit_start=True),
    )


@lru_cache(maxsize=1)
def _gates() -> dict[str, re.Pattern]:
    """Return the cheap patterns a rule needs in the text before it runs (see `_Rule.gate`)."""
    lex = lexicon()
    units = (w for unit in lex["units"].values() for w in unit["words"])
    return {
        "month": re.compile(alternation(lex["months"]), re.IGNORECASE),
        "weekday": re.compile(alternation(lex["weekdays"]), re.IGNORECASE),
        "year": re.compile(r"(?:1[89]|20)\d\d"),
        "digit": re.compile(r"\d"),  # a stamp, an ISO date, "on the 5th": most sentences hold no figure
        "unit": re.compile(alternation(units), re.IGNORECASE),
    }


# ---------------------------------------------------------------- roles and reporting

@dataclass(frozen=True)
class _Cues:
    """Patterns read around a chosen mention (internal): roles, ranges and reporting."""

    since: re.Pattern
    until: re.Pattern
    compared: re.Pattern
    range_prefix: re.Pattern
    range_gap: re.Pattern
    speech_before: re.Pattern
    statement_before: re.Pattern
    noun_after: re.Pattern


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    """Return the patterns read around mentions, compiled once from the lexicon."""
    lex = lexicon()
    flags = re.IGNORECASE
    since = alternation(lex["since_cues"])
    reach = r"[^.,;:!?()\n]{1,60}?"
    nouns = alternation(lex["reporting_nouns"])
    name = r"(?-i:[A-Z][\w.'\u2019-]*)"
    return _Cues(
        since=re.compile(
            rf"(?P<cue>{since})\s+(?:(?:the\s+{alternation(lex['since_nouns'])}\s+of\s+{reach}|{reach}\s+"
            rf"{alternation(lex['since_verbs'])})\s+(?:on|in)\s+)?$", flags),
        until=re.compile(rf"(?P<cue>{alternation(lex['until_cues'])})\s+$", flags),
        # the ranked noun phrase only ("attacks on civilians"), never a clause beyond it
        compared=re.compile(rf"\b(?:{alternation(lex['comparison_words'])})(?:\s+[\w'\u2019-]+){{1,4}}\s+$", flags),
        range_prefix=re.compile(r"(?P<cue>\b(?:between|from))\s+$", flags),
        range_gap=re.compile(r"\s*(?:(?P<and>and)|to|until|till|through|-|\u2013|\u2014)\s*", flags),
        speech_before=re.compile(
            rf"{alternation(lex['speech_verbs'])}(?:\s+(?:{alternation(lex['speech_complements'])}"
            rf"|{name}(?:\s+{name}){{0,2}}))?\s+(?:on\s+)?$", flags),
        statement_before=re.compile(
            rf"\b(?:in|at|during|of)\s+(?:a|an|the|its|his|her|their)\s+(?:\w+\s+)?{nouns}"
            rf"(?:\s+(?:issued|released|published|posted|made|given|delivered))?\s+(?:on\s+)?$", flags),
        noun_after=re.compile(rf"(?:['\u2019]s)?\s+{nouns}", flags),
    )


def is_reporting_context(text: str, mention: DateMention) -> bool:
    """Return True when the date is attached to saying something ("said Tuesday", "Tuesday's statement").

    text: the text the mention was found in; mention: one of `find_dates(text, ...)`.
    """
    cues = _cues()
    before = text[max(0, mention.start - 80):mention.start]
    after = text[mention.end:mention.end + 40]
    return bool(cues.speech_before.search(before) or cues.statement_before.search(before)
                or cues.noun_after.match(after))


# ---------------------------------------------------------------- finding

@dataclass
class _Candidate:
    """A resolved match before overlaps are settled (internal)."""

    start: int
    end: int
    span: _Span
    role: str
    rule: str = ""


def find_dates(text: str, published: date, anchor: date | None = None,
               narrative: int | None = None) -> list[DateMention]:
    """Return every temporal expression in the text, resolved, in text order.

    text: a sentence or a whole report; published: the publication date P that
    relative and year-less expressions count from; anchor: the date of an event
    already named, for "two days later", "the day before" (without it "later"
    expressions give no mention and "earlier" ones count from P); narrative: the
    year a retrospective passage has set ("The cycle began in the spring of 2023"),
    which a year-less day or month then takes (see `narrative_year`).
    Expressions that cannot be resolved (February 30, next Monday) give no mention.
    """
    if not text:
        return []
    return [_with_role(text, c, published) for c in _chosen(text, published, anchor, narrative)]


@lru_cache(maxsize=256)
def _chosen(text: str, published: date, anchor: date | None, narrative: int | None) -> tuple[_Candidate, ...]:
    """Return the resolved, non-overlapping candidates of a text, in text order (internal; only read: a
    report's sentence is resolved for its narrative year and again, often alike, for its incidents' dates)."""
    ctx = _Context(text, published, anchor)
    candidates: list[_Candidate] = []
    for rule, match in rule_matches(text):
        span = _clip(_resolved(rule, match, ctx), published)
        if span is not None:
            start, end = match.span("m")
            candidates.append(_Candidate(start, end, span, rule.role, rule.name))
    chosen = _leftmost_longest(candidates)
    chosen = _merge_ranges(text, chosen, published)
    chosen = _year_qualified(text, chosen)
    chosen = _that_year(text, chosen, anchor, narrative)
    chosen = _inside_earlier(chosen)
    chosen = _in_narrative_year(text, chosen, narrative)
    chosen = _weekday_after_date(text, chosen)
    return tuple(_day_of_month_before(text, chosen))


@lru_cache(maxsize=256)
def rule_matches(text: str) -> tuple[tuple[_Rule, re.Match], ...]:
    """Return (rule, match) for every match of every date rule in the text, rules in order, each
    rule's matches in text order (what `find_dates` resolves).

    The matches depend on the text alone (not on the publication date or the anchor), and the
    stages read one sentence for dates two or three times in a row (with and without an anchor,
    then around it): the last few hundred texts' matches are kept.
    """
    words = words_in(text)
    gate_words = _gate_words()
    gates = {name: (words is None or gate_words[name] is None or not words.isdisjoint(gate_words[name]))
             and bool(gate.search(text)) for name, gate in _gates().items()}
    starts: list[tuple[int, str]] = []  # (offset, word lower-cased) of each word: read when a rule first needs them
    out = []
    for rule in _rules():
        if not (rule.gate and not gates[rule.gate]) \
                and (words is None or rule.words is None or not words.isdisjoint(rule.words)) \
                and rule.needs in text and (words is None or rule.all_words <= words):
            if rule.line_start:
                matches = _line_matches(rule.regex, text)
            elif rule.starts is not None and words is not None:
                keys = rule.starts & words
                if rule.digit_start:
                    keys = keys | {w for w in words if w[0].isdigit()}
                if keys and not starts:
                    starts = [(m.start(), m.group().lower()) for m in WORD.finditer(text)]
                matches = _word_matches(rule.regex, text, [k for k, w in starts if w in keys]) if keys else ()
            else:
                matches = rule.regex.finditer(text)
            out.extend((rule, match) for match in matches)
    return tuple(out)


def _word_matches(regex: re.Pattern, text: str, offsets: list[int]) -> list[re.Match]:
    """Return what `regex.finditer(text)` gives for a pattern whose every match starts at one of the offsets
    (in order): a match tried there only, not at every character (see `_Rule.starts`)."""
    found: list[re.Match] = []
    end = 0
    for k in offsets:
        if k >= end:
            m = regex.match(text, k)
            if m is not None:
                found.append(m)
                end = max(m.end(), k + 1)
    return found


def _line_matches(regex: re.Pattern, text: str) -> list[re.Match]:
    """Return what `regex.finditer(text)` gives for a pattern that matches only at a line's start and within
    that line: a match tried at each line's start, not at every character."""
    found: list[re.Match] = []
    for k in [0] + [k + 1 for k, ch in enumerate(text) if ch == "\n"] if "\n" in text else [0]:
        m = regex.match(text, k) if not found or k >= found[-1].end() else None  # (matches never overlap)
        if m is not None:
            found.append(m)
    return found


@lru_cache(maxsize=1)
def _gate_words() -> dict[str, frozenset | None]:
    """Return, for each gate of `_gates` that is a list of phrases, the words they begin with."""
    lex = lexicon()
    return {"month": key_words(lex["months"]), "weekday": key_words(lex["weekdays"]), "year": None, "digit": None,
            "unit": key_words(w for unit in lex["units"].values() for w in unit["words"])}


def _moved_to_year(span: _Span, year: int) -> _Span:
    """Return a year-less span moved to another year (its year now stated)."""
    shift = (year - span.start.year) * 12
    return replace(span, start=_shift_months(span.start, shift), end=_shift_months(span.end, shift), yearless=False)


def _inside_earlier(chosen: list) -> list:
    """'since March last year, when ... on March 21': a year-less day that falls inside the period the
    text named just before it with its year (a month, a season, a year) is that period's day."""
    out: list = []
    for c in chosen:
        p = out[-1] if out else None
        if p is not None and c.span.yearless and c.span.precision == "day" and c.role == "point" \
                and not p.span.yearless and p.span.precision in ("month", "range", "year") \
                and p.span.start.year < c.span.start.year:
            moved = _moved_to_year(c.span, p.span.start.year)
            if p.span.start <= moved.start <= p.span.end:
                c = replace(c, span=moved)
        out.append(c)
    return out


def _counts_from_the_told(text: str, c) -> bool:
    """Return True for words that count only from an incident told before ("Three days later", "the next day"),
    never from the publication date."""
    words = _key(text[c.start:c.end])
    if c.rule == "amount":
        direction = lexicon()["amount_directions"].get(words.rsplit(None, 1)[-1])
        return direction is not None and direction["base"] == "anchor"
    entry = _relative_table().get(words) if c.rule == "relative" else None
    return entry is not None and entry["base"] == "anchor"


def _in_narrative_year(text: str, chosen: list, narrative: int | None) -> list:
    """A year-less day or month in a passage told in an earlier year takes that year."""
    out = []
    for c in chosen:
        if c.rule in _PRESENT_RULES and not _counts_from_the_told(text, c):
            # "Less than two weeks ago, on March 23": counted from P, so is the day after it ("Three days later,
            # on May 29" counts from the incident told before, in the passage's year)
            narrative = None
        if narrative is not None and c.span.yearless and c.role == "point" and c.span.precision in ("day", "month") \
                and c.span.start.year > narrative and c.span.start.year == c.span.end.year:
            c = replace(c, span=_moved_to_year(c.span, narrative))
        out.append(c)
    return out


# rules whose matches may state a year
_STATED_YEAR_RULES = frozenset({"year", "month_year", "iso", "month_day", "day_month", "month_part",
                                "month_day_range", "day_month_range", "fixed_day"})
# rules whose matches count from the publication date: a passage using them is told in the present
_PRESENT_RULES = frozenset({"weekday", "relative", "period", "amount"})


def narrative_year(text: str, published: date, current: tuple | None = None) -> tuple | None:
    """Return the narrative year after a sentence, given the one before it: (year, passage) or None
    (the present).

    A point in time stated with a year before P's sets it: a period ("in the spring of 2023",
    "in March 2019") opens a passage told in that year (passage True: it holds across paragraphs),
    a day ("On December 16, 2011, police opened fire") holds for its own paragraph only. A date
    counted from P ("on Saturday", "last week", "two days ago") ends it.
    """
    for c in _chosen(text, published, None, None):
        if c.rule in _PRESENT_RULES:
            current = None
        elif not c.span.yearless and c.span.start.year == c.span.end.year and c.rule in _STATED_YEAR_RULES \
                and _with_role(text, c, published).role == "point":
            year = c.span.start.year
            current = (year, c.span.precision != "day") if year < published.year else None
    return current


_THAT_YEAR = re.compile(r"^\s*,?\s*(?:of\s+)?(?:that|the same|that same)\s+year\b", re.I)


def _that_year(text: str, chosen: list, anchor: date | None, narrative: int | None = None) -> list:
    """'In March 2016 ... on June 28 that year': a day or month of the year named before it in the text,
    else of the year the passage is told in ("The template was set in March 2020. On 23 March that year"),
    else of the anchor's year; without any the words are left as they are."""
    out = []
    for k, c in enumerate(chosen):
        after = _THAT_YEAR.match(text[c.end:])
        if after is None or not c.span.yearless or c.span.precision not in ("day", "month"):
            out.append(c)
            continue
        named = [p.span.start.year for p in chosen[:k] if not p.span.yearless and p.span.precision in ("day", "month", "range", "year")]
        year = named[-1] if named else narrative if narrative is not None else (anchor.year if anchor is not None else None)
        if year is None:
            out.append(c)
            continue
        shift = (year - c.span.start.year) * 12
        span = replace(c.span, start=_shift_months(c.span.start, shift), end=_shift_months(c.span.end, shift),
                       yearless=False)
        out.append(replace(c, end=c.end + after.end(), span=span))
    return out


_ORDINAL_DAY_GAP = re.compile(r"\s*,?\s*(?:on\s+)?(?:the\s+)?")
_ORDINAL_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")


def _day_of_month_before(text: str, chosen: list) -> list:
    """'In August last year, on the 9th': a bare ordinal day right after a month is that month's day."""
    out: list = []
    for c in chosen:
        previous = out[-1] if out else None
        day = _ORDINAL_DAY.fullmatch(text[c.start:c.end])
        if previous is not None and day and previous.span.precision == "month" \
                and previous.span.start.month == previous.span.end.month \
                and _ORDINAL_DAY_GAP.fullmatch(text, previous.end, c.start):
            found = _safe_date(previous.span.start.year, previous.span.start.month, int(day.group(1)))
            if found is not None:
                out[-1] = replace(previous, end=c.end, span=_Span(found, found, "day"))
                continue
        out.append(c)
    return out


_NAMED_WEEKDAY_GAP = re.compile(r"\s*,\s*(?:[A-Z][a-z]+\s+)?")


def _weekday_after_date(text: str, chosen: list) -> list:
    """'On April 9, Palm Sunday, ...': a weekday set after a calendar day names that day, not the
    last such weekday before publication."""
    out: list = []
    for c in chosen:
        previous = out[-1] if out else None
        if previous is not None and previous.span.precision == "day" and c.span.precision == "day" \
                and _key(text[c.start:c.end]) in lexicon()["weekdays"] \
                and _NAMED_WEEKDAY_GAP.fullmatch(text, previous.end, c.start) \
                and previous.span.start.weekday() == int(lexicon()["weekdays"][_key(text[c.start:c.end])]):
            out[-1] = replace(previous, end=c.end)
            continue
        out.append(c)
    return out


_YEAR_AFTER = re.compile(r"^\s*,?\s*(last|the previous|the year before) year\b|^\s*,?\s*(last|previous) year\b", re.I)


def _year_qualified(text: str, chosen: list) -> list:
    """'April 15 last year' is one date a year back, not a day this year and a whole year."""
    out = []
    skip = None
    for k, c in enumerate(chosen):
        if k == skip:
            continue
        nxt = chosen[k + 1] if k + 1 < len(chosen) else None
        if nxt is not None and c.span.precision in ("day", "month") and _YEAR_AFTER.match(text[c.end:nxt.end]) \
                and c.span.start.year in (nxt.span.start.year, nxt.span.start.year + 1):
            span = c.span
            if c.span.start.year == nxt.span.start.year + 1:
                span = replace(c.span, start=_shift_months(c.span.start, -12), end=_shift_months(c.span.end, -12))
            # "December 21 last year" read in June: the last December 21 is already last year's
            out.append(replace(c, end=nxt.end, span=replace(span, yearless=False)))
            skip = k + 1
            continue
        out.append(c)
    return out


def _resolved(rule: _Rule, match: re.Match, ctx: _Context) -> _Span | None:
    """Return the rule's span for a match, None where the calendar ends (before year 1, after 9999)."""
    try:
        return rule.resolve(match, ctx)
    except (OverflowError, ValueError):
        return None


def _leftmost_longest(candidates: list[_Candidate]) -> list[_Candidate]:
    """Return non-overlapping candidates: at each place the longest, scanning left to right."""
    chosen: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start))):
        if chosen and candidate.start < chosen[-1].end:
            continue
        chosen.append(candidate)
    return chosen


def _merge_ranges(text: str, chosen: list[_Candidate], published: date) -> list[_Candidate]:
    """Join "between X and Y", "from X to Y", "X to Y" into one range."""
    cues = _cues()
    merged: list[_Candidate] = []
    for candidate in chosen:
        previous = merged[-1] if merged else None
        gap = cues.range_gap.fullmatch(text, previous.end, candidate.start) if previous else None
        if previous and gap and previous.role == candidate.role == "point":
            prefix = cues.range_prefix.search(text, max(0, previous.start - 12), previous.start)
            if prefix or not gap.group("and"):
                start, end = previous.span.start, candidate.span.end
                if start > end and candidate.span.yearless and end.year < date.max.year:
                    # "from March 30 to April 2" on April 1: the range is still running
                    end = min(_shift_months(end, 12), published)
                if start > end and previous.span.yearless and start.year > date.min.year:
                    start = _shift_months(start, -12)
                if start <= end:
                    begin = prefix.start("cue") if prefix else previous.start
                    merged[-1] = _Candidate(begin, candidate.end, _Span(start, end, "range"), "point")
                    continue
        merged.append(candidate)
    return merged


def _with_role(text: str, candidate: _Candidate, published: date) -> DateMention:
    """Return the mention, reading "since"/"until" before it; "since X" spans X..P."""
    cues = _cues()
    start, span, role = candidate.start, candidate.span, candidate.role
    window = max(0, start - 120)
    if role == "point":
        since = cues.since.search(text, window, start)
        until = None if since else cues.until.search(text, window, start)
        if since:
            start, role = since.start("cue"), "since"
            if span.precision == "month" and span.start.year == published.year and span.start.month == published.month \
                    and span.start.year > date.min.year:
                # "since November" written in November means last November: this month would be "this month"
                span = replace(span, start=_shift_months(span.start, -12))
            span = replace(span, end=published, precision="range")
        elif until:
            start, role = until.start("cue"), "until"
        elif span.precision != "day" and cues.compared.search(text, window, start):
            role = "compared"  # "one of the deadliest attacks this year": the period a comparison spans
    words = text[start:candidate.end]
    return DateMention(start, candidate.end, words, DateSpan(span.start, span.end, span.precision, words), role)


def resolve_date(expression: str, published: date, anchor: date | None = None) -> DateSpan | None:
    """Return the span of a temporal expression ("last Monday", "since October 17"), or None.

    expression: the words of one expression; published, anchor: as for `find_dates`.
    When the words hold several expressions the longest one wins.
    """
    mentions = find_dates(expression, published, anchor)
    if not mentions:
        return None
    return max(mentions, key=lambda m: m.end - m.start).span
