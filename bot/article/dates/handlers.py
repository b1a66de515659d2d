"""What each date rule does with its match: the TIMEX3 type and value, or None to let the next rule try.

One function per rule in `rules.py`; they read the match's named groups and ask the context for the
anchor and the clause's tense.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.article.dates.anchoring import (
    Context,
    Found,
    consume,
    date_value,
    deictic_day,
    month_year,
    quarter_year,
)
from bot.article.dates.values import (
    clock_value,
    day_number,
    duration,
    month_number,
    parse_quantity,
    relative_ref,
    unit_date,
    unit_name,
    week,
    weekday_date,
    year_number,
)
from bot.article.dates.words import (
    AMBIGUOUS_MONTHS,
    CUES,
    DECADE_WORDS,
    FULL_MONTHS,
    HOLIDAYS,
    MONTHS,
    ORDINAL_WORDS,
    PARTS_OF_DAY,
    SEASON_MONTH,
    SEASONS,
    SET_ADVERBS,
    SET_UNITS,
    WEEKDAYS,
)
from bot.article.model import TimexType


def handle_iso(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("y"):
        year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    else:
        year, month, day = int(m.group("uy")), int(m.group("um")), int(m.group("ud"))
        year += 2000 if year < 100 and year < 50 else 1900 if year < 100 else 0
    try:
        value = date(year, month, day).isoformat()
    except ValueError:
        return None
    if m.group("hh"):
        return Found(m.start(), m.end(), "TIME", f"{value}T{m.group('hh')}:{m.group('mm')}")
    return Found(m.start(), m.end(), "DATE", value)


def handle_time(m: re.Match[str], ctx: Context) -> Found | None:
    clock = clock_value(m.group("clock"))
    if clock is None:
        return None
    day_word = m.group("pday") or m.group("aday")
    day: str | None = None
    if day_word:
        day = deictic_day(ctx, day_word, m.start(), m.end())
    elif m.group("amonth"):
        day = date_value(ctx, month_number(m.group("amonth")), day_number(m.group("aday2")), None, 0)
    elif ctx.anchor is not None:
        day = ctx.anchor.isoformat()
    bare = m.group("clock").lower() in {"noon", "midnight"} or not re.search(
        r"[apAP]\.?[mM]", m.group("clock")
    )
    alone = not day_word and not m.group("amonth") and m.group() == m.group("clock")
    if bare and alone and ctx.word_before(m.start()) not in CUES["clock_cue"]:
        return None  # "ran the mile in 3:59"
    return Found(m.start(), m.end(), "TIME", f"{day or 'XXXX-XX-XX'}T{clock}")


def handle_range(m: re.Match[str], ctx: Context) -> Found | None:
    sep = m.group("sep") or m.group("sep2") or m.group("sep3") or m.group("sep4") or ""
    if sep.strip().lower() == "and" and ctx.word_before(m.start()) != "between":
        return None
    tense = ctx.tense(m.start(), m.end())
    if m.group("m1"):
        m1 = month_number(m.group("m1"))
        m2 = month_number(m.group("m2")) if m.group("m2") else m1
        year = int(m.group("y")) if m.group("y") else None
        d1, d2 = day_number(m.group("d1")), day_number(m.group("d2"))
        if m2 == m1 and d2 <= d1:
            return None
        begin = date_value(ctx, m1, d1, year, tense)
        until = date_value(ctx, m2, d2, year, tense)
        kind: TimexType = "DATE"
    elif m.group("d3"):
        month = month_number(m.group("m3"))
        year = int(m.group("y2")) if m.group("y2") else None
        d1, d2 = day_number(m.group("d3")), day_number(m.group("d4"))
        if d2 <= d1:
            return None
        begin = date_value(ctx, month, d1, year, tense)
        until = date_value(ctx, month, d2, year, tense)
        kind = "DATE"
    elif m.group("y3"):
        first = int(m.group("y3"))
        second = year_number(m.group("y4"), first)
        if ctx.word_after(m.end()) in CUES["count_noun"]:
            return consume(m)
        if second <= first or second - first > 200:
            return None
        if "/" in sep and second != first + 1:
            return None
        begin, until, kind = f"{first:04d}", f"{second:04d}", "DATE"
    else:
        year = int(m.group("y5")) if m.group("y5") else None
        m1, m2 = month_number(m.group("m5")), month_number(m.group("m6"))
        if m1 == m2:
            return None
        y1 = year if year is not None else month_year(ctx, m1, tense)
        y2 = year if year is not None else y1
        if y1 is not None and y2 is not None and m2 < m1 and year is None:
            y2 = y1 + 1
        begin = f"{y1:04d}-{m1:02d}" if y1 is not None else f"XXXX-{m1:02d}"
        until = f"{y2:04d}-{m2:02d}" if y2 is not None else f"XXXX-{m2:02d}"
        kind = "DATE"
    if begin is None or until is None:
        return None
    return Found(m.start(), m.end(), kind, f"{begin}/{until}", begin, until)


def handle_date(m: re.Match[str], ctx: Context) -> Found | None:
    tense = ctx.tense(m.start(), m.end())
    if m.group("m"):
        month, day, year = month_number(m.group("m")), day_number(m.group("d")), m.group("y")
    elif m.group("m2"):
        month, day, year = month_number(m.group("m2")), day_number(m.group("d2")), m.group("y2")
        if day < 1:
            return None
    else:
        month, day, year = month_number(m.group("m3")), None, m.group("y3")
    if m.group("wd") and ctx.anchor is not None and day is not None and year is None:
        tense = 0
    elif day is not None and ctx.scheduled(m.start()):
        tense = 1
    value = date_value(ctx, month, day, int(year) if year else None, tense)
    if value is None:
        return None
    return Found(m.start(), m.end(), "DATE", value)


def handle_relmonth(m: re.Match[str], ctx: Context) -> Found | None:
    month = month_number(m.group("m"))
    if m.group("m").lower().rstrip(".") not in FULL_MONTHS:
        return None
    rel = m.group("rel").lower()
    if ctx.anchor is None:
        return Found(m.start(), m.end(), "DATE", f"XXXX-{month:02d}")
    year = ctx.anchor.year
    if rel == "last" and month >= ctx.anchor.month:
        year -= 1
    elif rel == "next" and month <= ctx.anchor.month:
        year += 1
    return Found(m.start(), m.end(), "DATE", f"{year:04d}-{month:02d}")


def handle_part(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("tonight"):
        return Found(
            m.start(), m.end(), "TIME", f"{ctx.anchor.isoformat() if ctx.anchor else 'XXXX-XX-XX'}TNI"
        )
    word = m.group("day").lower()
    part = PARTS_OF_DAY[m.group("part").lower()]
    day: str | None
    if word == "this":
        day = ctx.anchor.isoformat() if ctx.anchor else None
    elif word == "last":
        if m.group("part").lower() not in {"night", "evening"}:
            return None
        day = (ctx.anchor - timedelta(days=1)).isoformat() if ctx.anchor else None
    else:
        day = deictic_day(ctx, word, m.start(), m.end())
    return Found(m.start(), m.end(), "TIME", f"{day or 'XXXX-XX-XX'}T{part}")


def handle_modified(m: re.Match[str], ctx: Context) -> Found | None:
    edge = (m.group("edge") or "").lower()
    tense = ctx.tense(m.start(), m.end())
    if m.group("unit"):
        unit = m.group("unit").lower()
        rel = (m.group("rel") or "").strip().lower()
        if edge in {"earlier", "later"} and rel not in {"this", "last", "next"}:
            return None
        if not rel and not m.group("pos"):
            return None
        shift = {"last": -1, "next": 1}.get(rel, 0)
        if rel in {"", "the"} and unit in {"year", "month"} and ctx.anchor is not None:
            # "the end of the year" in a past clause early in the year is last year's end.
            pos = (m.group("pos") or "").lower()
            late_part = pos in {"end", "close", "rest", "remainder"} or edge == "late"
            if late_part and tense < 0 and unit == "year" and ctx.anchor.month < 10:
                shift = -1
        return Found(m.start(), m.end(), "DATE", unit_date(ctx.anchor, unit, shift))
    if edge in {"earlier", "later"}:
        return None
    if m.group("m"):
        month = month_number(m.group("m"))
        year = int(m.group("y")) if m.group("y") else None
        return Found(m.start(), m.end(), "DATE", date_value(ctx, month, None, year, tense) or "")
    if m.group("y2"):
        if ctx.word_after(m.end()) in CUES["count_noun"]:
            return None
        return Found(m.start(), m.end(), "DATE", m.group("y2"))
    value = deictic_day(ctx, m.group("wd"), m.start(), m.end())
    return Found(m.start(), m.end(), "DATE", value or "XXXX-XX-XX")


def handle_decade(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("word"):
        return Found(m.start(), m.end(), "DATE", f"19{DECADE_WORDS[m.group('word').lower()]}")
    if m.group("dec"):
        value = m.group("dec")[:3]
    else:
        short = int(m.group("short"))
        value = f"{20 if short <= 20 and ctx.anchor and ctx.anchor.year % 100 >= short else 19}{short // 10}"
    return Found(m.start(), m.end(), "DATE", value)


def handle_century(m: re.Match[str], ctx: Context) -> Found | None:
    token = m.group("ord").lower()
    number = ORDINAL_WORDS.get(token) or int(re.match(r"\d+", token).group())  # type: ignore[union-attr]
    if not 1 <= number <= 30:
        return None
    return Found(m.start(), m.end(), "DATE", f"{number - 1:02d}")


def handle_season(m: re.Match[str], ctx: Context) -> Found | None:
    code = SEASONS[m.group("s").lower()]
    det = (m.group("det") or "").lower()
    start = m.start()
    if m.group("s")[0].isupper() and (det or ctx.word_after(m.end())[:1].isupper() or not m.group("y")):
        return None  # "the Winter Olympics", "Arab Spring"
    if m.group("y"):
        return Found(start, m.end(), "DATE", f"{m.group('y')}-{code}")
    if not det:
        return None
    # "the fall of the government", "the spring of water": only after a temporal preposition.
    if (
        det in {"the", "that"}
        and code in {"SP", "FA"}
        and (ctx.word_before(m.start()) not in CUES["season_preposition"] or ctx.word_after(m.end()) == "of")
    ):
        return None
    if ctx.anchor is None:
        return Found(start, m.end(), "DATE", f"XXXX-{code}")
    year = ctx.anchor.year
    current = SEASON_MONTH[code] <= ctx.anchor.month + 1
    if det == "last":
        year = year if current and code != "WI" and ctx.anchor.month > SEASON_MONTH[code] + 2 else year - 1
    elif det == "next":
        year = year + 1 if current else year
    elif det in {"the", "early", "late", "mid", "mid-"}:
        found = month_year(ctx, SEASON_MONTH[code], ctx.tense(m.start(), m.end()))
        year = found if found is not None else year
    return Found(start, m.end(), "DATE", f"{year:04d}-{code}")


def handle_ago(m: re.Match[str], ctx: Context) -> Found | None:
    quantity = parse_quantity(m.group("q"))
    unit = unit_name(m.group("unit"))
    word = m.group("dir").lower()
    direction = -1 if word in {"ago", "earlier"} else 1
    if word == "earlier" and (unit != "year" or ctx.word_after(m.end()) == "than"):
        return None  # "a year earlier than planned": how much sooner; "two days earlier": before an event
    adjective = m.group("sep") == "-"  # "the year-ago quarter", "a year-earlier loss": one unit back
    if m.group("q") is None and not m.group("unit").lower().endswith("s") and not adjective:
        return None
    if adjective and m.group("q") is None:
        quantity = 1.0
    if quantity is None or (m.group("q") is None and not adjective) or ctx.anchor is None:
        return Found(m.start(), m.end(), "DATE", relative_ref(direction))
    amount = int(quantity) if quantity == int(quantity) else None
    if amount is None or unit in {"second", "minute", "hour"}:
        return Found(m.start(), m.end(), "DATE", relative_ref(direction))
    if unit == "fortnight":
        unit, amount = "week", amount * 2
    return Found(m.start(), m.end(), "DATE", unit_date(ctx.anchor, unit, direction * amount))


def handle_relative(m: re.Match[str], ctx: Context) -> Found | None:
    rel = m.group("rel").lower()
    raw_unit = m.group("unit").lower()
    unit = "weekend" if raw_unit.startswith("weekend") else unit_name(raw_unit)
    plural = (raw_unit.endswith("s") and unit != "century") or raw_unit == "centuries"
    if m.group("q") or plural:
        if unit == "weekend":
            return None
        if rel in {"this", "current"} and not m.group("q"):
            return None
        return Found(m.start(), m.end(), "DURATION", duration(parse_quantity(m.group("q")), raw_unit))
    if rel in {"following", "previous"} or unit in {"second", "minute", "hour", "day", "fortnight"}:
        return None  # anaphoric ("the following day") or not a calendar unit ("this hour")
    over = ctx.word_before(m.start()) in CUES["duration_preposition"]
    if rel == "past" or (over and rel in {"last", "next", "coming", "upcoming"}):
        if unit == "weekend":
            return Found(m.start(), m.end(), "DATE", unit_date(ctx.anchor, unit, -1 if rel != "next" else 1))
        return Found(m.start(), m.end(), "DURATION", duration(1.0, raw_unit))
    shift = {"last": -1, "next": 1, "coming": 1, "upcoming": 1}.get(rel, 0)
    return Found(m.start(), m.end(), "DATE", unit_date(ctx.anchor, unit, shift))


def quantity_word(word: str) -> bool:
    """Whether a word before "a year"/"a day" makes it a rate ("$5 billion a year", "twice a day")."""
    return word in CUES["rate_word"] or word[:1].isdigit() or (word[:1] != "" and word[:1] in "$£€")


def handle_set(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("month"):
        month = month_number(m.group("month"))
        day = f"-{day_number(m.group('day')):02d}" if m.group("day") else ""
        return Found(m.start(), m.end(), "SET", f"XXXX-{month:02d}{day}")
    if m.group("adv"):
        word = m.group("adv")
        if (
            word[0].isupper()
            and m.start() > 0
            and ctx.text[m.start() - 1] not in '\n"“'
            and ctx.text[max(0, m.start() - 2) : m.start()].strip() not in {"", ".", "!", "?"}
        ):
            return None  # "China Daily", "Publishers Weekly"
        following = ctx.word_after(m.end())
        if (
            word.lower() != "annually"
            and following.isalpha()
            and following.islower()
            and (following not in CUES["adverb_follower"])
        ):
            return None  # adjectival: "quarterly dividend", "daily newspaper"
        return Found(m.start(), m.end(), "SET", SET_ADVERBS[word.lower()])
    each = m.group("each").lower()
    token = m.group("unit").lower()
    if each in {"a", "an"}:
        before = ctx.word_before(m.start())
        if not m.group("freq") and not quantity_word(before):
            return None
        if m.group("q"):
            return None
    if token.rstrip("s") in WEEKDAYS:
        return Found(m.start(), m.end(), "SET", f"XXXX-WXX-{WEEKDAYS[token.rstrip('s')]}")
    if token in PARTS_OF_DAY:
        return Found(m.start(), m.end(), "SET", SET_UNITS[token])
    unit = unit_name(token)
    if m.group("q"):
        return Found(m.start(), m.end(), "SET", duration(parse_quantity(m.group("q")), token))
    if unit not in SET_UNITS:
        return None
    return Found(m.start(), m.end(), "SET", SET_UNITS[unit])


def handle_duration(m: re.Match[str], ctx: Context) -> Found | None:
    raw_unit = m.group("unit")
    unit = unit_name(raw_unit)
    plural = raw_unit.lower() != unit
    det = (m.group("det") or "").lower()
    q = m.group("q")
    after = ctx.text[m.end() : m.end() + 12].lower()
    if re.match(r"-?\s*olds?\b|\s+of\s+age\b|\s+(?:and|or)\s+(?:older|younger|over|under)\b", after) or (
        ctx.word_before(m.start()) in CUES["age_word"]
    ):
        return consume(m)
    if m.group("hy") == "-" and plural:
        return None
    if q is None and not m.group("half"):
        if det in {"a", "an", "another"}:
            if unit in {"second", "quarter"}:
                return None  # "a second time", "a quarter of voters"
            quantity: float | None = 1.5 if m.group("frac2") else 1.0
        elif plural and unit not in {"second", "minute", "quarter"}:
            quantity = None
        else:
            return None
    elif m.group("half"):
        quantity = 0.5
    else:
        quantity = parse_quantity(q)
        if quantity is not None and m.group("frac"):
            quantity += 0.5
        if quantity is not None and quantity > 1 and not plural and m.group("hy") != "-" and q[:1].isdigit():
            return None  # "2 day" is a typo or a score; "a five year plan" is a duration
        if unit == "second" and quantity == 2 and q.lower() == "second":
            return None
    start = m.start("q") if m.group("hy") == "-" else m.start()
    if det == "the" and q is None:
        start = m.start("unit") if m.group("unit") else start
    if det in {"a", "an"} and unit in SET_UNITS and q is None and quantity_word(ctx.word_before(m.start())):
        return Found(m.start(), m.end(), "SET", SET_UNITS[unit])
    if unit == "quarter" and (q is None or parse_quantity(q) is None):
        return None
    return Found(start, m.end(), "DURATION", duration(quantity, raw_unit))


_GENERIC_TODAY = re.compile(r"\b(?:than\b[^\d.;,]{0,40}|of\s+)$", re.I)


def handle_word(m: re.Match[str], ctx: Context) -> Found | None:
    word = " ".join(m.group("w").lower().split())
    if word in {"today", "yesterday", "tomorrow"}:
        if word == "today" and (
            ctx.anchor is None or _GENERIC_TODAY.search(ctx.text, max(0, m.start() - 45), m.start())
        ):
            return Found(m.start(), m.end(), "DATE", "PRESENT_REF")  # "faster than can be done today"
        value = deictic_day(ctx, word, m.start(), m.end())
        return Found(
            m.start(), m.end(), "DATE", value or relative_ref({"yesterday": -1, "tomorrow": 1}[word])
        )
    if word == "the day before yesterday" or word == "the day after tomorrow":
        shift = -2 if "before" in word else 2
        return Found(m.start(), m.end(), "DATE", unit_date(ctx.anchor, "day", shift))
    if word.endswith("past") or word.startswith("recent") or word in {"recently", "lately"}:
        return Found(m.start(), m.end(), "DATE", "PAST_REF")
    if word.endswith("future"):
        return Found(m.start(), m.end(), "DATE", "FUTURE_REF")
    if word == "now" and ctx.text[m.end() : m.end() + 1] == "-":
        return None  # "now-defunct"
    return Found(m.start(), m.end(), "DATE", "PRESENT_REF")


def handle_weekend(m: re.Match[str], ctx: Context) -> Found | None:
    """ "(over) the weekend": the one just gone, unless the clause looks ahead."""
    if ctx.anchor is None:
        return Found(m.start(), m.end(), "DATE", "XXXX-WXX-WE")
    saturday = weekday_date(ctx.anchor, 6, ctx.tense(m.start(), m.end()))
    return Found(m.start(), m.end(), "DATE", week(saturday) + "-WE")


def handle_holiday(m: re.Match[str], ctx: Context) -> Found | None:
    month, day = HOLIDAYS[" ".join(m.group("h").lower().replace("’", "'").split())]
    if m.group("h")[0].islower():
        return None
    year = int(m.group("y")) if m.group("y") else None
    value = date_value(ctx, month, day, year, ctx.tense(m.start(), m.end()))
    return Found(m.start(), m.end(), "DATE", value) if value else None


def handle_weekday(m: re.Match[str], ctx: Context) -> Found | None:
    weekday = WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower()
    if m.group("pl"):
        if rel:
            return None
        return Found(m.start(), m.end(), "SET", f"XXXX-WXX-{weekday}")
    start = m.start()
    if rel == "past":  # "the past Monday" is rare; "past Monday" usually "(walked) past Monday's ..."
        start, rel = m.start("wd"), ""
    if ctx.anchor is None:
        return Found(start, m.end(), "DATE", f"XXXX-WXX-{weekday}")
    tense = 1 if ctx.scheduled(m.start()) else ctx.tense(m.start(), m.end())
    day = weekday_date(ctx.anchor, weekday, tense, rel)
    return Found(start, m.end(), "DATE", day.isoformat())


def handle_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("adj"):  # "third-quarter profit": the latest such quarter in a past clause
        number = ORDINAL_WORDS[m.group("adj").lower()]
        latest = quarter_year(ctx, number * 3 - 2, ctx.tense(m.start(), m.end()))
        return Found(m.start(), m.end(), "DATE", f"{latest if latest is not None else 'XXXX'}-Q{number}")
    if m.group("q") or m.group("h"):
        written = m.group("y2") or (str(ctx.anchor.year) if ctx.anchor else "XXXX")
        part = f"Q{m.group('q')}" if m.group("q") else f"H{m.group('h')}"
        return Found(m.start(), m.end(), "DATE", f"{written}-{part}")
    token = m.group("ord").lower()
    number = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(token) or (
        int(token[0]) if token[0].isdigit() else 0
    )
    what = m.group("what").lower()
    explicit = m.group("y") or (m.group("rel") is not None or "year" in m.group().lower())
    if what == "half" and not explicit:
        return None  # "the first half" of a match
    if token in {"final", "last"}:
        number = 4 if what == "quarter" else 2
    if not number or (what == "half" and number > 2):
        return None
    code = f"Q{number}" if what == "quarter" else f"H{number}"
    if m.group("y"):
        year: int | None = int(m.group("y"))
    elif ctx.anchor is None:
        year = None
    else:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get((m.group("rel") or "").strip().lower(), 0)
        if not explicit:
            month = (number - 1) * (3 if what == "quarter" else 6) + 1
            year = quarter_year(ctx, month, ctx.tense(m.start(), m.end()))
    return Found(m.start(), m.end(), "DATE", f"{year if year is not None else 'XXXX'}-{code}")


def handle_year(m: re.Match[str], ctx: Context) -> Found | None:
    if ctx.word_after(m.end()) in CUES["count_noun"]:
        return consume(m)
    after = ctx.text[m.end() : m.end() + 2]
    if after[:1] in {"-", "–"} and after[1:2].isalpha():
        return None  # "2010-strong"
    return Found(m.start(), m.end(), "DATE", m.group("y"))


def handle_month(m: re.Match[str], ctx: Context) -> Found | None:
    token = m.group("m")
    name = token.lower().rstrip(".")
    if name not in FULL_MONTHS:
        return None  # "Mar", "Jan" alone are words or initials
    before = ctx.word_before(m.start())
    if name in AMBIGUOUS_MONTHS and before not in CUES["month_cue"]:
        return None
    after = ctx.text[m.end() : m.end() + 2]
    if after[:1] == " " and after[1:2].isupper():
        return None  # "January Jones", "June Carter"
    value = date_value(ctx, MONTHS[name], None, None, ctx.tense(m.start(), m.end()))
    return Found(m.start(), m.end(), "DATE", value or "")
