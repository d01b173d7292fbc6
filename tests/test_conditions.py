"""Condition kinds not covered by a national rule: missing data is never a pass."""

from __future__ import annotations

from datetime import date

from mutasi_core import (
    Applicability,
    HasAnyCompetency,
    HasCompetencies,
    ManagerialExperienceAcrossSectors,
    Outcome,
    Timing,
    TrainingRecord,
    TrainingRequirement,
)
from mutasi_core.conditions import Facts
from mutasi_core.dates import add_months, format_months, months_between
from mutasi_core.entities import Initiator, MutationKind, PositionKind
from mutasi_core.testing import AS_OF, employee, position, vacancy


def facts(emp=None, target=None) -> Facts:
    return Facts(
        employee=emp or employee(),
        target=target or vacancy(),
        kind=MutationKind.WITHIN_AGENCY,
        initiator=Initiator.AGENCY,
        as_of=AS_OF,
    )


def test_competencies_never_recorded_cannot_be_determined_but_none_recorded_fails():
    target = vacancy(required_competencies=frozenset({"penganggaran"}))
    unknown = HasCompetencies().check(facts(employee(competencies=None), target), {})
    assert unknown.outcome is Outcome.UNDETERMINED
    assert unknown.reason == "kompetensi pegawai belum tercatat (disyaratkan: penganggaran)"
    none = HasCompetencies().check(facts(employee(competencies=frozenset()), target), {})
    assert none.outcome is Outcome.NOT_ELIGIBLE
    assert none.reason == "kompetensi yang belum dimiliki: penganggaran (disyaratkan: penganggaran)"
    any_unknown = HasAnyCompetency(frozenset({"komunikasi"})).check(
        facts(employee(competencies=None)), {}
    )
    assert any_unknown.outcome is Outcome.UNDETERMINED


def test_crossing_sectors_needs_managerial_experience():
    cond = ManagerialExperienceAcrossSectors("m")
    head = position(kind=PositionKind.ADMINISTRATOR, sector="pendidikan", start=date(2019, 1, 7))
    moved = facts(employee(position=head), vacancy(sector="kesehatan"))
    ok = cond.check(moved, {"m": 24})
    assert ok.outcome is Outcome.ELIGIBLE
    assert ok.reason == (
        "pindah sektor pendidikan → kesehatan; pengalaman manajerial 6 tahun 4 bulan, "
        "minimum 2 tahun"
    )
    staff = position(kind=PositionKind.PELAKSANA, sector="pendidikan")
    bad = cond.check(facts(employee(position=staff), vacancy(sector="kesehatan")), {"m": 24})
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    same = cond.check(facts(employee(position=staff), vacancy(sector="pendidikan")), {"m": 24})
    assert same.outcome is Outcome.ELIGIBLE
    unknown = cond.check(
        facts(employee(position=position(sector=None)), vacancy(sector="kesehatan")), {"m": 24}
    )
    assert unknown.outcome is Outcome.UNDETERMINED


def test_after_move_training_counts_only_from_the_move():
    req = TrainingRequirement(
        id="orientasi",
        label="Orientasi",
        categories=frozenset({"orientasi"}),
        min_hours=8,
        timing=Timing.AFTER_MOVE,
        citation="uji",
        applies=Applicability(),
    )
    before = TrainingRecord(
        title="Orientasi lama",
        category="orientasi",
        hours=8,
        start=date(2025, 3, 3),
        end=date(2025, 3, 4),
    )
    emp = employee(training=(before,))
    assert req.check(emp, AS_OF).met  # without a known move date the window decides
    moved = req.check(emp, AS_OF, moved_on=date(2025, 5, 1))
    assert not moved.met
    assert moved.reason == "0 JP pelatihan orientasi sejak 2025-04-30; dibutuhkan 8 JP"


def test_month_arithmetic_and_wording():
    assert months_between(date(2020, 1, 31), date(2020, 2, 29)) == 0
    assert months_between(date(2020, 1, 31), date(2020, 3, 31)) == 2
    assert months_between(date(2021, 1, 4), date(2025, 6, 2)) == 52
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2025, 6, 2), -12) == date(2024, 6, 2)
    assert format_months(38) == "3 tahun 2 bulan"
    assert format_months(24) == "2 tahun"
    assert format_months(5) == "5 bulan"
    assert format_months(0) == "0 bulan"
