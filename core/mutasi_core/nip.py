"""NIP (Nomor Induk Pegawai): the 18-digit identifier of a civil servant.

Shape: birth date ``YYYYMMDD`` + start as CPNS ``YYYYMM`` + gender (``1`` male, ``2`` female) +
sequence ``001``-``999``.  Both dates must be real and the CPNS start must come after the birth
date, at age 18 or more.  :func:`parse_nip` either returns the parts or raises
:class:`InvalidNIP` whose message says which part is wrong, in Bahasa Indonesia.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

import attrs

MIN_AGE_AT_CPNS = 18

_SHAPE = re.compile(r"^(\d{8})(\d{6})(\d)(\d{3})$")


class Gender(StrEnum):
    """Gender digit of the NIP."""

    MALE = "male"
    FEMALE = "female"


class InvalidNIP(ValueError):
    """The NIP is malformed; ``part`` names the offending part, the message explains it."""

    def __init__(self, nip: str, part: str, message: str) -> None:
        super().__init__(message)
        self.nip = nip
        self.part = part
        self.message = message


@attrs.frozen(kw_only=True)
class NIP:
    """A parsed, valid NIP."""

    value: str
    birth_date: date
    cpns_start: date
    gender: Gender
    sequence: int

    def __str__(self) -> str:
        return self.value


def parse_nip(raw: str) -> NIP:
    """Parse and validate ``raw``; spaces inside are tolerated (``19850312 201001 1 001``)."""
    if not isinstance(raw, str):
        raise InvalidNIP(str(raw), "format", "NIP harus berupa teks 18 digit")
    value = re.sub(r"\s+", "", raw)
    if not value:
        raise InvalidNIP(raw, "format", "NIP kosong: harus 18 digit")
    if not value.isdigit() or not value.isascii():
        raise InvalidNIP(raw, "format", f"NIP hanya boleh berisi angka: {raw!r}")
    if len(value) != 18:
        raise InvalidNIP(raw, "format", f"NIP harus 18 digit, bukan {len(value)} digit")
    match = _SHAPE.match(value)
    assert match is not None  # 18 ASCII digits always match
    birth_s, cpns_s, gender_s, seq_s = match.groups()
    try:
        birth = date(int(birth_s[:4]), int(birth_s[4:6]), int(birth_s[6:8]))
    except ValueError:
        raise InvalidNIP(
            raw,
            "birth_date",
            f"tanggal lahir pada NIP (digit 1-8: {birth_s}) bukan tanggal yang sah",
        ) from None
    try:
        cpns = date(int(cpns_s[:4]), int(cpns_s[4:6]), 1)
    except ValueError:
        raise InvalidNIP(
            raw, "cpns_start", f"TMT CPNS pada NIP (digit 9-14: {cpns_s}) bukan bulan yang sah"
        ) from None
    if cpns <= birth:
        raise InvalidNIP(
            raw, "cpns_start", f"TMT CPNS pada NIP ({cpns_s}) tidak boleh sebelum tanggal lahir"
        )
    age_months = (cpns.year - birth.year) * 12 + cpns.month - birth.month
    if age_months < MIN_AGE_AT_CPNS * 12:
        raise InvalidNIP(
            raw,
            "cpns_start",
            f"TMT CPNS pada NIP ({cpns_s}) berarti diangkat sebelum usia {MIN_AGE_AT_CPNS} tahun",
        )
    if gender_s not in ("1", "2"):
        raise InvalidNIP(
            raw, "gender", f"digit jenis kelamin (digit 15) harus 1 atau 2, bukan {gender_s}"
        )
    seq = int(seq_s)
    if seq == 0:
        raise InvalidNIP(raw, "sequence", "nomor urut (digit 16-18) harus 001 sampai 999")
    return NIP(
        value=value,
        birth_date=birth,
        cpns_start=cpns,
        gender=Gender.MALE if gender_s == "1" else Gender.FEMALE,
        sequence=seq,
    )


def format_nip(birth_date: date, cpns_start: date, gender: Gender, sequence: int) -> str:
    """Build the NIP for the given parts (used by demo data and tests)."""
    digit = "1" if gender is Gender.MALE else "2"
    return f"{birth_date:%Y%m%d}{cpns_start:%Y%m}{digit}{sequence:03d}"
