"""The one clock of the application (UTC), which demo data and tests may set.

Everything that stamps a time or asks for today's date calls :func:`now`.  :func:`frozen`
sets the time for the code inside it (demo data spread over two years, tests of deadlines).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

_fixed: ContextVar[datetime | None] = ContextVar("mutasi_clock", default=None)


def now() -> datetime:
    fixed = _fixed.get()
    return fixed if fixed is not None else datetime.now(UTC)


@contextmanager
def frozen(at: datetime) -> Iterator[None]:
    """Inside the block, :func:`now` returns ``at`` (made UTC-aware if naive)."""
    token = _fixed.set(at if at.tzinfo else at.replace(tzinfo=UTC))
    try:
        yield
    finally:
        _fixed.reset(token)
