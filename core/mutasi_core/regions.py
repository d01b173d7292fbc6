"""Region identity: what a regional plugin says about the government it serves."""

from __future__ import annotations

import re
from enum import StrEnum

import attrs

_SLUG = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_AREA_CODE = re.compile(r"^\d{2}(\d{2})?$")


class Level(StrEnum):
    """Level of a regional government."""

    PROVINCE = "province"
    KABUPATEN = "kabupaten"
    KOTA = "kota"


def _check_slug(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not _SLUG.match(value):
        raise ValueError(
            f"kode wilayah harus huruf kecil dengan tanda hubung (kota-jambi): {value!r}"
        )


def _check_area_code(_: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not _AREA_CODE.match(value):
        raise ValueError(f"kode wilayah Kemendagri harus 2 atau 4 digit: {value!r}")


@attrs.frozen(kw_only=True)
class Region:
    """A regional government.

    ``code`` is the unique lowercase slug used everywhere (CLI, settings, API paths) and must
    equal the plugin's entry-point name.  ``area_code`` is the Kemendagri code (Kota Medan
    ``1271``; a province has two digits), the stable key at national scale where names collide.
    ``area_code`` may be ``None`` only where no official code exists, and the plugin says why in
    ``note``.
    """

    code: str = attrs.field(validator=_check_slug)
    name: str
    level: Level
    area_code: str | None = attrs.field(default=None, validator=_check_area_code)
    parent_province: str | None = None
    note: str | None = None
