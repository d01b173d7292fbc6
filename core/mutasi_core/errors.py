"""Errors shared across the core."""

from __future__ import annotations


class FieldValueError(ValueError):
    """A value refused by an entity's validator; ``field`` names the attribute."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
