"""The one cattrs converter for the core's entities, and readable structuring errors.

Dates are ISO strings, enums their values, frozensets JSON lists.  Unknown keys are refused
(a misspelt field must not be silently ignored).  :func:`structure` raises :class:`InputError`
whose ``errors`` name each faulty field by its path (``$.position.start``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.preconf.json import make_converter
from cattrs.v import format_exception

from mutasi_core.errors import FieldValueError

T = TypeVar("T")


class InputError(ValueError):
    """Input that cannot be structured; ``errors`` holds ``(path, message)`` pairs."""

    def __init__(self, errors: list[tuple[str, str]]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{p}: {m}" for p, m in errors))


def make() -> cattrs.Converter:
    conv = make_converter(forbid_extra_keys=True)
    conv.register_structure_hook(date, lambda v, _: _date(v))
    conv.register_unstructure_hook(date, lambda d: d.isoformat())
    conv.register_structure_hook(datetime, lambda v, _: datetime.fromisoformat(v))
    conv.register_unstructure_hook(datetime, lambda d: d.isoformat())
    return conv


def _date(value: Any) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        raise ValueError(f"tanggal harus teks YYYY-MM-DD, bukan {type(value).__name__}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"tanggal tidak sah: {value!r} (format YYYY-MM-DD)") from None


converter = make()


_SEP = "\x1f"


def _format(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, FieldValueError):
        return f"{exc.field}{_SEP}{exc.message}"
    if isinstance(exc, ValueError) and type(exc) is not ValueError:
        return str(exc)
    return format_exception(exc, type_)


def structure(data: Any, cls: type[T]) -> T:
    """Build ``cls`` from JSON-like ``data``, or raise :class:`InputError` naming each field."""
    try:
        return converter.structure(data, cls)
    except FieldValueError as exc:  # a validator of ``cls`` itself
        raise InputError([(f"$.{exc.field}", exc.message)]) from None
    except cattrs.BaseValidationError as exc:
        errors = []
        for message in cattrs.transform_error(exc, path="$", format_exception=_format):
            text, _, path = message.rpartition(" @ ")
            if _SEP in text:
                field, text = text.split(_SEP, 1)
                path = f"{path}.{field}"
            errors.append((path or "$", text or message))
        raise InputError(errors) from None


def unstructure(obj: Any) -> Any:
    """JSON-ready form of an entity (or any attrs object)."""
    if attrs.has(type(obj)) or isinstance(obj, list | tuple | dict):
        return converter.unstructure(obj)
    return obj
