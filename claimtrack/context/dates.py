"""Calendar arithmetic for time scopes: the days a date mention covers, shifted periods.

>>> date_span("June 5th, 2021", {"june": 6}, None)
(datetime.date(2021, 6, 5), datetime.date(2021, 6, 5))
>>> date_span("2013-14", {}, None)
(datetime.date(2013, 1, 1), datetime.date(2014, 12, 31))
>>> shift(dt.date(2022, 3, 8), "week", -1)
(datetime.date(2022, 2, 28), datetime.date(2022, 3, 6))
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping

import regex

__all__ = ["date_span", "month_end", "shift"]

_NUMERIC_DATE = regex.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})|(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<c>\d{2,4})"
)
_PARTS = regex.compile(r"[^\W\d_]+|\d+")
_FISCAL_YEAR = regex.compile(r"(?P<first>\d{4})[-–/](?P<last>\d{2})")


def month_end(day: dt.date) -> dt.date:
    """The last day of the month of ``day``."""
    return dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def shift(pub: dt.date, unit: str, offset: int) -> tuple[dt.date, dt.date]:
    """The ``unit`` ("year", "month", "week" or "day") ``offset`` units from ``pub``'s."""
    if unit == "year":
        return dt.date(pub.year + offset, 1, 1), dt.date(pub.year + offset, 12, 31)
    if unit == "month":
        month_index = pub.year * 12 + pub.month - 1 + offset
        first = dt.date(month_index // 12, month_index % 12 + 1, 1)
        return first, month_end(first)
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=offset)
        return monday, monday + dt.timedelta(days=6)
    day = pub + dt.timedelta(days=offset)
    return day, day


def date_span(
    text: str, months: Mapping[str, int], published: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date mention covers ("2021" is a year, "June 5th" a day)."""
    try:
        fiscal = _FISCAL_YEAR.fullmatch(text)
        if fiscal is not None:  # "2013-14" runs from some day of 2013 into 2014: both years
            begins = int(fiscal["first"])
            ends = begins - begins % 100 + int(fiscal["last"])
            return dt.date(begins, 1, 1), dt.date(ends if ends >= begins else ends + 100, 12, 31)
        numeric = _NUMERIC_DATE.fullmatch(text)
        if numeric is not None and numeric.group("y"):
            day = dt.date(int(numeric["y"]), int(numeric["m"]), int(numeric["d"]))
            return day, day
        if numeric is not None:
            century = 2000 if len(numeric["c"]) == 2 else 0
            day = dt.date(int(numeric["c"]) + century, int(numeric["a"]), int(numeric["b"]))
            return day, day
        month: int | None = None
        year: int | None = None
        day_of_month: int | None = None
        for part in _PARTS.findall(text):
            low = part.lower()
            if low in months:
                month = months[low]
            elif part.isdigit() and len(part) == 4:
                year = int(part)
            elif part.isdigit():
                day_of_month = int(part)
        if year is None and published is not None:
            year = published.year
        if year is None:
            return None
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day_of_month is None:
            first = dt.date(year, month, 1)
            return first, month_end(first)
        day = dt.date(year, month, day_of_month)
        return day, day
    except ValueError:
        return None
