"""NIP parsing: valid NIPs round-trip; each malformed part is named in the error."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mutasi_core.nip import Gender, InvalidNIP, format_nip, parse_nip


@st.composite
def valid_parts(draw: st.DrawFn) -> tuple[date, date, Gender, int]:
    birth = draw(st.dates(min_value=date(1950, 1, 1), max_value=date(2006, 12, 31)))
    earliest = date(birth.year + 18 + (1 if (birth.month, birth.day) > (1, 1) else 0), 1, 1)
    start_year = draw(st.integers(min_value=earliest.year, max_value=2026))
    month = draw(st.integers(min_value=1, max_value=12))
    cpns = date(start_year, month, 1)
    if (cpns.year - birth.year) * 12 + cpns.month - birth.month < 18 * 12:
        cpns = date(birth.year + 19, 1, 1)
    gender = draw(st.sampled_from(list(Gender)))
    seq = draw(st.integers(min_value=1, max_value=999))
    return birth, cpns, gender, seq


@given(valid_parts())
def test_valid_nip_round_trips_to_its_parts(parts):
    birth, cpns, gender, seq = parts
    nip = parse_nip(format_nip(birth, cpns, gender, seq))
    assert (nip.birth_date, nip.cpns_start, nip.gender, nip.sequence) == parts
    assert len(nip.value) == 18


@given(valid_parts())
def test_spaces_between_groups_are_tolerated(parts):
    raw = format_nip(*parts)
    spaced = f"{raw[:8]} {raw[8:14]} {raw[14]} {raw[15:]}"
    assert parse_nip(spaced).value == raw


@given(valid_parts(), st.integers(min_value=0, max_value=17))
def test_wrong_length_names_the_format(parts, cut):
    raw = format_nip(*parts)[:cut]
    with pytest.raises(InvalidNIP) as exc:
        parse_nip(raw)
    assert exc.value.part == "format"
    assert "18 digit" in exc.value.message


@given(valid_parts(), st.sampled_from(["0", "3", "9"]))
def test_gender_digit_other_than_1_or_2_is_named(parts, digit):
    raw = format_nip(*parts)
    with pytest.raises(InvalidNIP) as exc:
        parse_nip(raw[:14] + digit + raw[15:])
    assert exc.value.part == "gender"
    assert "digit 15" in exc.value.message


@given(valid_parts(), st.sampled_from(["0230", "1301", "0000", "0431", "0229"]))
def test_impossible_birth_date_is_named(parts, month_day):
    raw = format_nip(*parts)
    year = "2001" if month_day == "0229" else raw[:4]  # 2001 is not a leap year
    with pytest.raises(InvalidNIP) as exc:
        parse_nip(year + month_day + "202401" + raw[14:])
    assert exc.value.part == "birth_date"


@given(valid_parts(), st.sampled_from(["00", "13", "99"]))
def test_impossible_cpns_month_is_named(parts, month):
    raw = format_nip(*parts)
    with pytest.raises(InvalidNIP) as exc:
        parse_nip(raw[:12] + month + raw[14:])
    assert exc.value.part == "cpns_start"


@given(valid_parts())
def test_sequence_000_is_refused(parts):
    raw = format_nip(*parts)
    with pytest.raises(InvalidNIP) as exc:
        parse_nip(raw[:15] + "000")
    assert exc.value.part == "sequence"


def test_cpns_start_before_age_18_is_refused():
    with pytest.raises(InvalidNIP) as exc:
        parse_nip("200001012015011001")
    assert exc.value.part == "cpns_start"
    assert "18 tahun" in exc.value.message


def test_cpns_start_before_birth_is_refused():
    with pytest.raises(InvalidNIP) as exc:
        parse_nip("199001011985011001")
    assert exc.value.part == "cpns_start"


@given(st.text(min_size=1, max_size=30).filter(lambda s: not s.strip().isdigit()))
def test_non_digits_are_refused(raw):
    with pytest.raises(InvalidNIP):
        parse_nip(raw)
