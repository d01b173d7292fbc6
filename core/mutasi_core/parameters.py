"""Effective-dated rule parameters and per-region overrides.

A parameter has a value that changes on given dates; an evaluation asks for the value *as of*
its date, so that a past decision can be re-explained exactly.  The national plugin defines the
national parameters; a region may override one (and must cite why).  Two overrides of the same
parameter for the same region are a conflict and fail loading.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import attrs


def _check_values(
    _: object, attribute: attrs.Attribute[tuple[tuple[date, Any], ...]], value: tuple[Any, ...]
) -> None:
    if not value:
        raise ValueError("parameter needs at least one dated value")
    days = [d for d, _v in value]
    if days != sorted(days) or len(set(days)) != len(days):
        raise ValueError("parameter values must be in increasing order of effective date")


@attrs.frozen(kw_only=True)
class Parameter:
    """A named, effective-dated parameter.

    ``values`` is a tuple of ``(effective_from, value)`` pairs in increasing date order; the
    value in force on a day is the last one whose date is on or before it.  Before the first
    date the first value applies (the parameter predates our records).
    """

    key: str
    label: str
    unit: str
    citation: str
    values: tuple[tuple[date, Any], ...] = attrs.field(validator=_check_values)

    def value_on(self, day: date) -> Any:
        current = self.values[0][1]
        for start, value in self.values:
            if start <= day:
                current = value
            else:
                break
        return current


@attrs.frozen(kw_only=True)
class ParameterOverride:
    """A region's own values for a national (or shared) parameter, with its reason."""

    key: str
    values: tuple[tuple[date, Any], ...] = attrs.field(validator=_check_values)
    citation: str


@attrs.frozen(kw_only=True)
class ResolvedParameter:
    """A parameter as one region sees it, and where its values come from."""

    parameter: Parameter
    overridden_by: str | None = None
    override_citation: str | None = None

    @property
    def key(self) -> str:
        return self.parameter.key

    def value_on(self, day: date) -> Any:
        return self.parameter.value_on(day)


class ParameterSet(Mapping[str, ResolvedParameter]):
    """The parameters of one region, read as of a date."""

    def __init__(self, params: Mapping[str, ResolvedParameter]) -> None:
        self._params = dict(params)

    def __getitem__(self, key: str) -> ResolvedParameter:
        return self._params[key]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._params)

    def __len__(self) -> int:
        return len(self._params)

    def snapshot(self, day: date) -> dict[str, Any]:
        """Every parameter's value on ``day``: what a case records as its evaluation basis."""
        return {key: p.value_on(day) for key, p in sorted(self._params.items())}
