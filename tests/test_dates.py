"""Tests for flashpoint.extract.dates: temporal expressions resolved against the publication date."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flashpoint.extract import dates
from flashpoint.extract.dates import (
    DateMention,
    find_dates,
    is_reporting_context,
    resolve_date,
)
from flashpoint.model import DateSpan

WED = date(2023, 11, 22)  # a Wednesday
MON = date(2023, 11, 20)  # a Monday


def d(text: str) -> date:
    return date.fromisoformat(text)


def span_of(expression: str, published: date = WED, anchor: date | None = None) -> tuple | None:
    span = resolve_date(expression, published, anchor)
    if span is None:
        return None
    return (span.start.isoformat(), span.end.isoformat(), span.precision)


# (expression, publication date, expected (start, end, precision))
CASES = [
    # weekdays: the most recent one on or before P
    ("Monday", WED, ("2023-11-20", "2023-11-20", "day")),
    ("on Tuesday", WED, ("2023-11-21", "2023-11-21", "day")),
    ("early Wednesday", WED, ("2023-11-22", "2023-11-22", "day")),
    ("Monday night", WED, ("2023-11-20", "2023-11-20", "day")),
    ("late Sunday", WED, ("2023-11-19", "2023-11-19", "day")),
    ("Wednesday morning", WED, ("2023-11-22", "2023-11-22", "day")),
    ("Monday's attack", WED, ("2023-11-20", "2023-11-20", "day")),
    ("Wednesday morning\u2019s attack", WED, ("2023-11-22", "2023-11-22", "day")),
    ("Thursday", WED, ("2023-11-16", "2023-11-16", "day")),
    ("in the early hours of Tuesday", WED, ("2023-11-21", "2023-11-21", "day")),
    ("last Monday", WED, ("2023-11-20", "2023-11-20", "day")),
    ("last Monday", MON, ("2023-11-13", "2023-11-13", "day")),
    ("Monday", MON, ("2023-11-20", "2023-11-20", "day")),
    ("Tuesday last week", WED, ("2023-11-14", "2023-11-14", "day")),
    # relative days
    ("today", WED, ("2023-11-22", "2023-11-22", "day")),
    ("this morning", WED, ("2023-11-22", "2023-11-22", "day")),
    ("tonight", WED, ("2023-11-22", "2023-11-22", "day")),
    ("earlier today", WED, ("2023-11-22", "2023-11-22", "day")),
    ("yesterday", WED, ("2023-11-21", "2023-11-21", "day")),
    ("overnight", WED, ("2023-11-21", "2023-11-22", "range")),
    ("the day before", WED, ("2023-11-21", "2023-11-21", "day")),
    ("Less than 24 hours earlier", WED, ("2023-11-21", "2023-11-22", "range")),
    ("hours earlier", WED, ("2023-11-21", "2023-11-22", "range")),
    ("in the past 24 hours", WED, ("2023-11-21", "2023-11-22", "range")),
    # calendar periods
    ("last week", WED, ("2023-11-13", "2023-11-19", "week")),
    ("last week", MON, ("2023-11-13", "2023-11-19", "week")),
    ("this week", WED, ("2023-11-20", "2023-11-22", "week")),
    ("over the weekend", WED, ("2023-11-18", "2023-11-19", "range")),
    ("last month", WED, ("2023-10-01", "2023-10-31", "month")),
    ("last month", d("2024-01-10"), ("2023-12-01", "2023-12-31", "month")),
    ("this month", WED, ("2023-11-01", "2023-11-22", "month")),
    ("earlier this month", WED, ("2023-11-01", "2023-11-22", "range")),
    ("last year", WED, ("2022-01-01", "2022-12-31", "range")),
    ("in recent days", WED, ("2023-11-15", "2023-11-22", "range")),
    ("in recent weeks", WED, ("2023-11-01", "2023-11-22", "range")),
    # amounts of time before P
    ("3 days ago", WED, ("2023-11-19", "2023-11-19", "day")),
    ("three days ago", WED, ("2023-11-19", "2023-11-19", "day")),
    ("about three days ago", WED, ("2023-11-18", "2023-11-20", "range")),
    ("nearly two days ago", WED, ("2023-11-20", "2023-11-21", "range")),
    ("two weeks ago", WED, ("2023-11-05", "2023-11-11", "range")),  # P-14 +-3
    ("nearly two weeks ago", WED, ("2023-11-08", "2023-11-10", "range")),  # P-14 .. P-12
    ("more than two weeks ago", WED, ("2023-11-06", "2023-11-08", "range")),  # P-16 .. P-14
    ("about a week ago", WED, ("2023-11-10", "2023-11-20", "range")),  # P-7 +-3, widened 2 each side
    ("a month ago", WED, ("2023-10-07", "2023-11-06", "range")),  # October 22 +-15
    ("a few days ago", WED, ("2023-11-18", "2023-11-20", "range")),
    ("48 hours ago", WED, ("2023-11-20", "2023-11-20", "day")),
    ("two days earlier", WED, ("2023-11-20", "2023-11-20", "day")),
    # absolute dates
    ("October 27", WED, ("2023-10-27", "2023-10-27", "day")),
    ("October 27th", WED, ("2023-10-27", "2023-10-27", "day")),
    ("Oct. 27", WED, ("2023-10-27", "2023-10-27", "day")),
    ("27 October", WED, ("2023-10-27", "2023-10-27", "day")),
    ("on the 27th of October", WED, ("2023-10-27", "2023-10-27", "day")),
    ("the twenty-seventh of October", WED, ("2023-10-27", "2023-10-27", "day")),
    ("October twenty-seventh", WED, ("2023-10-27", "2023-10-27", "day")),
    ("October 27, 2023", WED, ("2023-10-27", "2023-10-27", "day")),
    ("Monday, October 23, 2023", WED, ("2023-10-23", "2023-10-23", "day")),
    ("2023-10-27", WED, ("2023-10-27", "2023-10-27", "day")),
    ("December 30", d("2024-01-03"), ("2023-12-30", "2023-12-30", "day")),
    ("November 22", WED, ("2023-11-22", "2023-11-22", "day")),
    ("November 23", WED, ("2022-11-23", "2022-11-23", "day")),
    ("February 29", d("2023-03-05"), ("2020-02-29", "2020-02-29", "day")),
    ("Sept. 3", WED, ("2023-09-03", "2023-09-03", "day")),
    ("on the 27th.", WED, ("2023-10-27", "2023-10-27", "day")),
    ("on the 20th.", WED, ("2023-11-20", "2023-11-20", "day")),
    # months, parts of months, years
    ("in October", WED, ("2023-10-01", "2023-10-31", "month")),
    ("in December", WED, ("2022-12-01", "2022-12-31", "month")),
    ("last October", WED, ("2023-10-01", "2023-10-31", "month")),
    ("last October", d("2023-10-15"), ("2022-10-01", "2022-10-31", "month")),
    ("October 2023", WED, ("2023-10-01", "2023-10-31", "month")),
    ("mid-October", WED, ("2023-10-11", "2023-10-20", "month")),
    ("in mid-October", WED, ("2023-10-11", "2023-10-20", "month")),
    ("early October", WED, ("2023-10-01", "2023-10-10", "month")),
    ("late October", WED, ("2023-10-21", "2023-10-31", "month")),
    ("end of October", WED, ("2023-10-21", "2023-10-31", "month")),
    ("late February", d("2024-03-10"), ("2024-02-21", "2024-02-29", "month")),
    ("in 2022", WED, ("2022-01-01", "2022-12-31", "range")),
    ("in early 2022", WED, ("2022-01-01", "2022-04-30", "range")),
    # ranges
    ("between March 3 and 5", WED, ("2023-03-03", "2023-03-05", "range")),
    ("from March 3 to March 5", WED, ("2023-03-03", "2023-03-05", "range")),
    ("October 7-9", WED, ("2023-10-07", "2023-10-09", "range")),
    ("7\u20139 October 2023", WED, ("2023-10-07", "2023-10-09", "range")),
    ("from Monday to Tuesday", WED, ("2023-11-20", "2023-11-21", "range")),
    ("December 30 to January 2", d("2024-01-10"), ("2023-12-30", "2024-01-02", "range")),
    ("from March 30 to April 2", d("2024-04-01"), ("2024-03-30", "2024-04-01", "range")),
    ("between 2020 and 2022", WED, ("2020-01-01", "2022-12-31", "range")),
    # since: from that date to P
    ("since October 17", WED, ("2023-10-17", "2023-11-22", "range")),
    ("since the start of the war on October 7", WED, ("2023-10-07", "2023-11-22", "range")),
    ("since the war began on October 7", WED, ("2023-10-07", "2023-11-22", "range")),
    ("since mid-October", WED, ("2023-10-11", "2023-11-22", "range")),
    ("since January", WED, ("2023-01-01", "2023-11-22", "range")),
    ("since 2011", WED, ("2011-01-01", "2023-11-22", "range")),
    # garbled lower case
    ("on october 27th", WED, ("2023-10-27", "2023-10-27", "day")),
    ("in may", WED, ("2023-05-01", "2023-05-31", "month")),
    ("early on monday", WED, ("2023-11-20", "2023-11-20", "day")),
]


@pytest.mark.parametrize("expression, published, expected", CASES)
def test_resolve_date(expression, published, expected):
    assert span_of(expression, published) == expected


@pytest.mark.parametrize("expression", [
    "February 30", "April 31", "October 45", "next Monday", "next month", "next October", "by 2030",
    "two days later", "the next day", "a week later", "in eastern syria", "troops may attack",
    "12 may have died", "late may cause delays", "October", "27/10/2023", "", "the 1990s",
])
def test_no_date(expression):
    assert resolve_date(expression, WED) is None


def test_future_dates_are_not_event_dates():
    assert resolve_date("November 25, 2023", WED) is None
    assert resolve_date("2024-01-01", WED) is None


def test_span_text_is_the_expression():
    span = resolve_date("since October 17", WED)
    assert span == DateSpan(d("2023-10-17"), WED, "range", "since October 17")


def test_anchor_resolves_later_and_before():
    attack = d("2023-11-01")
    assert span_of("two days later", WED, attack) == ("2023-11-03", "2023-11-03", "day")
    assert span_of("the next day", WED, attack) == ("2023-11-02", "2023-11-02", "day")
    assert span_of("the day before", WED, attack) == ("2023-10-31", "2023-10-31", "day")
    assert span_of("a week later", WED, attack) == ("2023-11-05", "2023-11-11", "range")
    # "hours later", "hours earlier", "within hours" told after an incident: that incident's day
    assert span_of("hours later", WED, attack) == ("2023-11-01", "2023-11-01", "day")
    assert span_of("Hours earlier", WED, attack) == ("2023-11-01", "2023-11-01", "day")
    assert span_of("Within hours", WED, attack) == ("2023-11-01", "2023-11-01", "day")
    assert span_of("Within hours", WED) == ("2023-11-21", "2023-11-22", "range")  # with none told, the day before P
    assert span_of("two hours later", WED, attack) == ("2023-11-01", "2023-11-01", "day")
    assert span_of("36 hours later", WED, attack) == ("2023-11-02", "2023-11-03", "range")
    assert span_of("the next evening", WED, attack) == ("2023-11-02", "2023-11-02", "day")
    assert span_of("the following afternoon", WED, attack) == ("2023-11-02", "2023-11-02", "day")
    # "ago" always counts from publication
    assert span_of("two days ago", WED, attack) == ("2023-11-20", "2023-11-20", "day")


def test_a_part_of_the_day_before_is_that_day():
    attack = d("2023-11-01")
    # "a truce signed the previous evening": the day before the one told, like "the previous night"
    assert span_of("the previous evening", WED, attack) == ("2023-10-31", "2023-10-31", "day")
    assert span_of("the morning before", WED, attack) == ("2023-10-31", "2023-10-31", "day")
    assert span_of("the previous afternoon", WED) == ("2023-11-21", "2023-11-21", "day")  # none told: before P
    found = find_dates("Fighting eased after the two clans agreed a truce the previous evening, elders said.", WED)
    assert [(m.text, m.span.start) for m in found] == [("the previous evening", d("2023-11-21"))]


def test_narrative_words_count_from_the_incident_told_before():
    attack = d("2023-11-16")  # a Thursday, six days before the report
    assert span_of("overnight", WED, attack) == ("2023-11-16", "2023-11-17", "range")
    assert span_of("overnight", WED) == ("2023-11-21", "2023-11-22", "range")  # a lede: the night before P
    assert span_of("later that day", WED, attack) == ("2023-11-16", "2023-11-16", "day")
    assert span_of("that night", WED, attack) == ("2023-11-16", "2023-11-17", "range")
    assert span_of("on the same day", WED, attack) == ("2023-11-16", "2023-11-16", "day")
    assert span_of("that day", WED) is None  # points back to a day: with none told, it dates nothing
    assert dates.narrative("Overnight") and dates.narrative("later that day") and not dates.narrative("today")


def test_that_year_is_the_year_named_before_or_the_anchors():
    text = "In May 2019 a car bomb hit the market, and on August 3 that year gunmen raided the prison."
    (_, mention) = find_dates(text, WED)
    assert mention.text == "August 3 that year" and mention.span.start == d("2019-08-03")
    assert span_of("on April 2 that year", WED, d("2020-01-15")) == ("2020-04-02", "2020-04-02", "day")
    # with no year named and no anchor, the day is read as usual
    assert span_of("on April 2 that year", WED) == ("2023-04-02", "2023-04-02", "day")


def test_a_weekday_set_after_a_calendar_day_is_that_day():
    published = d("2017-05-26")
    (mention,) = find_dates("On April 9, Palm Sunday, bombers struck two churches.", published)
    assert mention.span.start == d("2017-04-09") and mention.text == "April 9, Palm Sunday"
    # a weekday that is not the day's own stays a day of its own
    first, second = find_dates("On April 10, Sunday, bombers struck.", published)
    assert (first.span.start, second.span.start) == (d("2017-04-10"), d("2017-05-21"))


def test_a_day_already_last_year_stays_with_last_year():
    (mention,) = find_dates("On December 21 last year, four soldiers were killed.", d("2024-06-14"))
    assert mention.span.start == d("2023-12-21") and mention.text == "December 21 last year"


def test_named_days_of_the_calendar_resolve_like_a_month_and_day():
    published = d("2023-01-04")
    (mention,) = find_dates("The strike, in the first minutes of New Year's Day, destroyed a college.", published)
    assert mention.span.start == d("2023-01-01") and mention.text == "New Year's Day"
    (mention,) = find_dates("On New Year\u2019s Eve, missiles hit Kyiv.", published)
    assert mention.span.start == d("2022-12-31")
    (mention,) = find_dates("On Christmas Eve 2016, a truck hit a market.", published)
    assert mention.span.start == d("2016-12-24")


def test_a_bare_ordinal_day_after_a_month_is_that_months_day():
    (mention,) = find_dates("In August last year, on the 9th, gunmen shot dead six aid workers.", d("2021-01-05"))
    assert mention.span.start == d("2020-08-09") and mention.span.precision == "day"


def test_a_live_blog_entry_stamp_is_the_publication_day():
    published = d("2024-03-14")
    (mention,) = find_dates("09:40 GMT - Two explosions have torn through the bus station.", published)
    assert (mention.span.start, mention.role, mention.text) == (published, "posted", "09:40 GMT")
    # a clock time inside a sentence is no stamp
    assert find_dates("Two explosions went off at 09:40 GMT - police said.", published) == []


def test_anchor_after_publication_is_clipped():
    assert span_of("two days later", WED, d("2023-11-21")) is None
    assert span_of("a day later", WED, d("2023-11-21")) == ("2023-11-22", "2023-11-22", "day")


def test_find_dates_offsets_roles_and_order():
    text = ("Less than 24 hours earlier, a U.S. gunship fired on militants on Monday night, "
            "who the Pentagon said on Tuesday were behind attacks since October 17.")
    mentions = find_dates(text, WED)
    assert [(m.text, m.role) for m in mentions] == [
        ("Less than 24 hours earlier", "point"),
        ("Monday night", "point"),
        ("Tuesday", "point"),
        ("since October 17", "since"),
    ]
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text == mention.span.text
    assert mentions[3].span.start == d("2023-10-17") and mentions[3].span.end == WED


def test_until_role_keeps_the_date():
    (mention,) = find_dates("The curfew lasted until Monday.", WED)
    assert mention.role == "until" and mention.text == "until Monday"
    assert mention.span.start == mention.span.end == MON


@pytest.mark.parametrize("text, day", [
    ("KHARTOUM, May 12 (Reuters) - Fighting raged on Friday.", "2023-05-12"),
    ("BEIRUT, Lebanon, Oct. 27 (AP) \u2014 Shelling hit the south.", "2023-10-27"),
    ("Some headline\nGAZA CITY, Nov 5 (Reuters) - Strikes hit the city.", "2023-11-05"),
])
def test_dateline(text, day):
    mention = find_dates(text, WED)[0]
    assert mention.role == "dateline"
    assert mention.span.start == mention.span.end == d(day)
    assert mention.span.precision == "day"


def test_two_dates_in_one_sentence():
    mentions = find_dates("The village was shelled on Monday and again on Oct. 30, residents said.", WED)
    assert [(m.text, m.span.start) for m in mentions] == [("Monday", MON), ("Oct. 30", d("2023-10-30"))]


def test_count_after_month_is_not_a_day():
    (mention,) = find_dates("In October 27 people were killed.", WED)
    assert mention.text == "October" and mention.span.precision == "month"


@pytest.mark.parametrize("text, expected", [
    ("The ministry said Tuesday that the strike killed four.", [True]),
    ("Officials said on Tuesday the convoy was hit.", [True]),
    ("He told reporters on Monday that troops withdrew.", [True]),
    ("The group announced Tuesday it had seized the town.", [True]),
    ("The army confirmed on Monday that two soldiers died.", [True]),
    ("Tuesday's statement gave no figures.", [True]),
    ("In a statement on Tuesday, the army denied it.", [True]),
    ("The army said late Tuesday that it struck the base.", [True]),
    ("Monday's attack killed three.", [False]),
    ("The army said the attack on Tuesday killed three.", [False]),
    ("Gunmen attacked the village on Sunday, police said Monday.", [False, True]),
])
def test_is_reporting_context(text, expected):
    mentions = find_dates(text, WED)
    assert [is_reporting_context(text, m) for m in mentions] == expected


def test_mention_type():
    (mention,) = find_dates("on Tuesday", WED)
    assert isinstance(mention, DateMention) and isinstance(mention.span, DateSpan)


def test_lexicon_is_loaded_once_and_is_all_text():
    assert dates.lexicon() is dates.lexicon()

    def leaves(node):
        if isinstance(node, dict):
            for key, value in node.items():
                yield key
                yield from leaves(value)
        elif isinstance(node, list):
            for value in node:
                yield from leaves(value)
        else:
            yield node

    # an unquoted `on` or `no` in the YAML would be read as a boolean
    assert not any(isinstance(leaf, bool) for leaf in leaves(dates.lexicon()))


def test_every_month_and_weekday_of_the_lexicon_is_read():
    lexicon = dates.lexicon()
    for word, number in lexicon["months"].items():
        span = resolve_date(f"{word.title()} 3, 2021", WED)
        assert span is not None and span.start == date(2021, number, 3), word
    for word, number in lexicon["weekdays"].items():
        span = resolve_date(f"on {word}", WED)
        assert span is not None and span.start.weekday() == number, word


ADVERSARIAL = {
    "digits": "1 " * 50_000,
    "number words": "one " * 25_000,
    "weekdays": "Monday " * 15_000,
    "month days": "October 27 and " * 7_000,
    "since": "since the start of the war on " * 3_500,
    "amounts": "nearly two weeks ago " * 5_000,
    "ranges": "between October 3 and " * 5_000,
    "datelines": "KHARTOUM, " * 10_000,
    "speech": "said on " * 12_500 + "Monday",
    "no spaces": "x" * 100_000,
    "mixed": "since Monday 12 October 2023 at least 3 days ago, mid-may " * 1_700,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_text_parses_in_bounded_time(name, time_limit):
    text = ADVERSARIAL[name][:100_000]
    find_dates("warm up on Monday", WED)  # regexes compile once, outside the bound
    with time_limit(20):  # about 1 s on an idle machine; backtracking would take minutes
        mentions = find_dates(text, WED)
        for mention in mentions[:50]:
            is_reporting_context(text, mention)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300), published=st.dates())
def test_find_dates_never_raises_and_never_ends_after_publication(text, published):
    for mention in find_dates(text, published):
        assert text[mention.start:mention.end] == mention.text
        assert mention.role in dates.ROLES
        assert mention.span.start <= mention.span.end <= published


WORDS = ["on", "since", "Monday", "last", "October", "27th", "2023", "mid-", "early", "days", "ago",
         "nearly", "two", "weeks", "between", "and", "to", "the", "of", "said", ",", "-", "May", "12"]


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=25), published=st.dates(),
       anchor=st.none() | st.dates())
def test_date_words_in_any_order_resolve_within_publication(words, published, anchor):
    # the whole calendar, year 1 to 9999: arithmetic past its ends gives no mention, never an error
    text = " ".join(words)
    for mention in find_dates(text, published, anchor):
        assert text[mention.start:mention.end] == mention.text
        assert mention.span.start <= mention.span.end <= published
        assert mention.span.precision in ("day", "week", "month", "range")


def test_since_the_current_month_means_last_year():
    from datetime import date as _d
    mentions = find_dates("attacks on shipping since November", _d(2024, 11, 19))
    assert [(m.role, m.span.start.isoformat(), m.span.end.isoformat()) for m in mentions] == [
        ("since", "2023-11-01", "2024-11-19")]


def test_last_weekend_written_on_a_weekend_is_the_one_before():
    saturday = date(2024, 2, 3)
    (mention,) = find_dates("a drone attack in Jordan last weekend", saturday)
    assert (mention.span.start, mention.span.end) == (date(2024, 1, 27), date(2024, 1, 28))
    (mention,) = find_dates("a drone attack in Jordan last weekend", date(2024, 1, 31))
    assert (mention.span.start, mention.span.end) == (date(2024, 1, 27), date(2024, 1, 28))


def test_rule_matches_are_those_of_every_rule_in_order_and_kept_for_the_next_call():
    text = "On Tuesday, two days after the March 3 raid, militants struck again in mid-April 2023."
    found = dates.rule_matches(text)
    assert dates.rule_matches(text) is found  # read again without running the rules
    expected = [(rule.name, m.span()) for rule in dates._rules() for m in rule.regex.finditer(text)]
    assert [(rule.name, m.span()) for rule, m in found] == expected
    assert {"weekday", "month_day", "month_part"} <= {rule.name for rule, _ in found}
    assert dates.rule_matches("no date here") == ()
    # the same text with another publication date or anchor resolves the same matches afresh
    assert find_dates(text, date(2023, 4, 20))[0].span.start == date(2023, 4, 18)
    assert find_dates(text, date(2023, 4, 27))[0].span.start == date(2023, 4, 25)


@pytest.mark.parametrize("text", [
    "Militants struck 36 hours later, a day after the Christmas Eve raid, and again over the past few weeks.",
    "The previous week\u2019s strike came three weeks after New Year\u2019s Day; last night it was quiet.",
    "Two days ago, earlier this month, this weekend; so far this year.",
    "IT HAPPENED YESTERDAY, LATE LAST NIGHT, THE WEEK BEFORE.",
    "The strike came 2 \u212aalends earlier; yesterday\u2019s toll",  # a non-ASCII letter: no gate on words
    "Caf\u00e9 owners said the raid was yesterday, three days ago.",
    "no date at all in this line of text",
    # the rules tried only where a word they may start with stands (weekday, amount, period, month parts, ordinal day)
    "Early on Friday, about three weeks ago, rebels hit the depot again; in mid-June, on the 4th, they were back.",
    "Pirates boarded the tanker 12 days before the late-March ceasefire, some 40 days after Wednesday's raid.",
    "the-Monday lastFriday onthe 5th: glued words; 3weeks ago; x12 days ago, a dozen years later",
    "This coming Sunday night, and the Saturday after; roughly a fortnight later, in the early hours of Tuesday.",
    "WITHIN A FEW HOURS, TWO MONTHS LATER, ON THE 21ST, THE END OF MAY 2019, EARLY MONDAY.",
])
def test_rule_matches_gated_on_words_find_what_every_rule_finds(text):
    # the test on a text's words only skips rules that cannot match it: the matches stay every rule's own
    expected = [(rule.name, m.span()) for rule in dates._rules() for m in rule.regex.finditer(text)]
    assert [(rule.name, m.span()) for rule, m in dates.rule_matches.__wrapped__(text)] == expected


def test_key_words_give_one_word_of_each_phrase_or_none():
    assert dates.key_words(["last week", "the previous year", "yesterday"]) == {"last", "previous", "yesterday"}  # the longest, the first of equals
    assert dates.key_words(["\u00e9t\u00e9"]) is None  # no ASCII word: the list cannot be ruled out by words
    assert dates.words_in("Last week\u2019s raid") == {"last", "week", "s", "raid"}
    assert dates.words_in("\u212aiev") is None


def test_first_words_give_the_word_each_phrase_opens_with_or_none():
    assert dates.first_words(["last week", "the previous year", "Yesterday"]) == {"last", "the", "yesterday"}
    assert dates.first_words(["week", "'s day"]) is None  # a phrase opening with punctuation may match anywhere
    assert dates.first_words(["\u00e9t\u00e9"]) is None
    # a rule tried only at its start words finds what its pattern finds anywhere in the text
    rules = {rule.name: rule for rule in dates._rules()}
    assert rules["weekday"].starts >= {"monday", "last", "early"} and rules["ordinal_day"].starts == {"on"}
    assert rules["amount"].digit_start and {"about", "three", "a"} <= rules["amount"].starts


def test_rule_matches_keeps_only_the_last_texts():
    dates.rule_matches.cache_clear()
    for k in range(300):
        dates.rule_matches(f"report {k} of Monday")
    assert dates.rule_matches.cache_info().currsize == 256


@pytest.mark.parametrize("text, roles", [
    # a period after a superlative bounds the comparison; the incident's own day stays a point
    ("Gunmen killed 43 farm workers near Zabarmari on Saturday, officials and a militia leader said, in one of "
     "the bloodiest attacks on civilians this year.", [("Saturday", "point"), ("this year", "compared")]),
    ("The deadliest day for Kyiv this month came on Tuesday.", [("this month", "compared"), ("Tuesday", "point")]),
    ("Monday's raid on Kidal was among the fiercest clashes this week.", [("Monday", "point"), ("this week", "compared")]),
    ("It was the most serious assault on a patrol this year, police said.", [("this year", "compared")]),
    # no superlative, or a clause beyond the ranked phrase: the period is the incident's
    ("Attacks on farmers rose this year.", [("this year", "point")]),
    ("The heaviest shelling of Kharkiv in weeks killed five people last week.", [("last week", "point")]),
])
def test_a_period_after_a_superlative_is_the_comparisons_not_the_incidents(text, roles):
    assert [(m.text, m.role) for m in find_dates(text, WED)] == roles


# ---------------------------------------------------------------- narrative time (year-less dates in a recalled passage)

def test_a_year_less_day_inside_the_period_named_just_before_takes_its_year():
    text = ("The raid was the deadliest in Borno since April last year, when Boko Haram fighters killed "
            "20 farmers near Gwoza on April 9.")
    found = find_dates(text, d("2023-05-02"))
    assert [(m.text, m.span.start) for m in found if m.role == "point"] == [("April 9", d("2022-04-09"))]
    # a day the named period does not hold keeps the most recent such day
    found = find_dates("Fighting flared in May 2021; on August 2 rebels took Kidal.", d("2023-05-02"))
    assert found[-1].span.start == d("2022-08-02")


def test_a_year_less_day_in_a_narrative_year_takes_that_year():
    found = find_dates("On June 13 the army shelled Kharkiv, and on July 2 it withdrew.", d("2024-12-02"), narrative=2022)
    assert [m.span.start for m in found] == [d("2022-06-13"), d("2022-07-02")]
    # a day with its own year, or a weekday counted from publication, is left as it is
    found = find_dates("On June 13, 2020, and on Monday, police raided the camp.", d("2024-12-02"), narrative=2022)
    assert [m.span.start for m in found] == [d("2020-06-13"), d("2024-12-02")]


def test_a_day_after_a_time_counted_from_publication_leaves_the_narrative_year():
    # "since March last year ..." set 2020; "less than two weeks ago, on March 23" is counted from P
    found = find_dates("Less than two weeks ago, on March 23, a bus was blown up.", d("2021-04-06"), narrative=2020)
    assert found[-1].span.start == d("2021-03-23")
    found = find_dates("Three days ago, on 14 July, gunmen raided the village.", d("2019-07-17"), narrative=2016)
    assert found[-1].span.start == d("2019-07-14")
    # without such words the passage's year holds
    found = find_dates("On March 23 a bus was blown up.", d("2021-04-06"), narrative=2020)
    assert found[-1].span.start == d("2020-03-23")


@pytest.mark.parametrize("sentence, before, after", [
    ("Unrest spread across the south in the spring of 2021.", None, (2021, True)),
    ("Before dawn on September 24, 2023, gunmen ambushed a patrol.", None, (2023, False)),
    ("In March 2019 the rebels besieged the town.", (2016, True), (2019, True)),
    ("Police said on Saturday that eight people were arrested.", (2021, True), None),
    ("Two weeks ago, gunmen attacked a market.", (2021, True), None),
    ("The insurgency has killed 2,600 people since 2017.", (2021, True), (2021, True)),
    ("The attack was the deadliest this year.", None, None),
    ("On May 29 crowds attacked the peacekeepers.", (2023, True), (2023, True)),
])
def test_the_narrative_year_a_sentence_leaves(sentence, before, after):
    assert dates.narrative_year(sentence, d("2024-12-02"), before) == after


@pytest.mark.parametrize("text", [
    "Rebels fought government forces for hours before being driven out of the town.",
    "The gunmen held out for a few hours before surrendering.",
    "Troops besieged the camp for three days before storming it.",
])
def test_a_duration_before_or_after_is_no_date(text):
    assert find_dates(text, WED) == []
    assert find_dates(text, WED, anchor=MON) == []


def test_hours_before_without_for_is_still_a_date():
    # (told after Monday's incident, "hours before" is that Monday, as the gold codes it)
    assert [m.span.start for m in find_dates("Hours before, gunmen had attacked a checkpoint.", WED, anchor=MON)] == [MON]


def test_a_day_after_a_time_counted_from_the_incident_before_keeps_the_narrative_year():
    # "Three days later, on April 5" in a passage told in 2019 (invented): the later days count from the
    # incident told before, not from publication, so the passage's year holds
    found = find_dates("Three days later, on April 5, crowds burned the police station.", d("2024-06-01"),
                       anchor=d("2019-04-02"), narrative=2019)
    assert [(m.span.start, m.span.end) for m in found] == [(d("2019-04-05"), d("2019-04-05"))] * 2
    # "Two weeks ago, on May 18" counts from publication: the present again
    found = find_dates("Two weeks ago, on May 18, gunmen raided the town.", d("2024-06-01"), narrative=2019)
    assert found[-1].span.start == d("2024-05-18")


def test_rules_gated_on_words_and_lines_find_what_every_rule_run_everywhere_finds():
    texts = ["09:40 GMT - Two explosions hit the port.\n10.15 local time: a third blast\nOn the 5th, police said",
             "The strike on the 21st of May 2024-05-21 killed two.", "ON THE 3RD, gunmen returned.",
             "Stamp 11:20 - not at a line start", "\n\n08:05 - after two blank lines"]
    gates, words_of = dates._gates(), dates._gate_words()
    for text in texts:
        words = dates.words_in(text)
        open_gates = {name: (words is None or words_of[name] is None or not words.isdisjoint(words_of[name]))
                      and bool(gate.search(text)) for name, gate in gates.items()}
        everywhere = [(rule.name, m.span()) for rule in dates._rules() if not (rule.gate and not open_gates[rule.gate])
                      for m in rule.regex.finditer(text)]
        assert [(rule.name, m.span()) for rule, m in dates.rule_matches(text)] == everywhere
    assert [(rule.name, m.group("m")) for rule, m in dates.rule_matches(texts[0])] == \
        [("clock_stamp", "09:40 GMT"), ("clock_stamp", "10.15 local time"), ("ordinal_day", "5th")]
    assert not any(rule.name == "clock_stamp" for rule, _ in dates.rule_matches(texts[3]))
