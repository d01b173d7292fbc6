"""Date arithmetic in whole months, and how durations read in Bahasa Indonesia."""

from __future__ import annotations

from datetime import date


def months_between(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end`` (negative when ``end`` is earlier).

    A month counts once the same day of the month is reached: 2020-01-31 to 2020-02-29 is 0
    months, to 2020-03-31 is 2.
    """
    months = (end.year - start.year) * 12 + end.month - start.month
    if months > 0 and end.day < start.day:
        months -= 1
    elif months < 0 and end.day > start.day:
        months += 1
    return months


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months``, clamped to the end of shorter months."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, d))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def format_months(months: int) -> str:
    """``38`` → ``"3 tahun 2 bulan"``; ``24`` → ``"2 tahun"``; ``5`` → ``"5 bulan"``."""
    sign = "-" if months < 0 else ""
    years, rest = divmod(abs(months), 12)
    parts = []
    if years:
        parts.append(f"{years} tahun")
    if rest or not years:
        parts.append(f"{rest} bulan")
    return sign + " ".join(parts)
