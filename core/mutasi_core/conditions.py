"""Conditions: the fixed vocabulary of checks that eligibility rules are written in.

A rule's condition is data (an attrs object of one of the kinds below), not an arbitrary
function: the core reads it, explains it, and can later compile the same definition to a
vectorised or SQL form for bulk screening.  Each kind implements :meth:`Condition.check`, which
returns an outcome with a reason in Bahasa Indonesia naming the values it used.  Missing data
gives ``undetermined``, never a pass.  :class:`PythonCheck` is the escape hatch for the rest; it
is flagged as not compilable.

Adding a kind: subclass :class:`Condition`, give it a unique ``kind`` name, implement ``check``
(and ``parameters`` if it reads any), and register it with :func:`condition_kind`.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any, ClassVar, TypeVar

import attrs

from mutasi_core.dates import add_months, format_months, months_between
from mutasi_core.entities import (
    Employee,
    EmploymentType,
    Initiator,
    MutationKind,
    ObligationKind,
    Predicate,
    Rating,
    Vacancy,
)


class Outcome(StrEnum):
    """Outcome of one rule for one employee and target."""

    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    UNDETERMINED = "undetermined"
    NOT_APPLICABLE = "not_applicable"
    ERROR = "error"

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS = {
    Outcome.ELIGIBLE: "memenuhi",
    Outcome.NOT_ELIGIBLE: "tidak memenuhi",
    Outcome.UNDETERMINED: "tidak dapat ditentukan",
    Outcome.NOT_APPLICABLE: "tidak berlaku",
    Outcome.ERROR: "galat",
}


@attrs.frozen(kw_only=True)
class Facts:
    """What a condition may look at: the employee, the target, the move, the date."""

    employee: Employee
    target: Vacancy
    kind: MutationKind
    initiator: Initiator
    as_of: date
    waivers: frozenset[str] = frozenset()


@attrs.frozen(kw_only=True)
class Check:
    """Result of a condition: outcome, reason (Bahasa Indonesia), and the values used."""

    outcome: Outcome
    reason: str
    values: Mapping[str, Any] = attrs.field(factory=dict)


def _ok(reason: str, **values: Any) -> Check:
    return Check(outcome=Outcome.ELIGIBLE, reason=reason, values=values)


def _fail(reason: str, **values: Any) -> Check:
    return Check(outcome=Outcome.NOT_ELIGIBLE, reason=reason, values=values)


def _unknown(reason: str, **values: Any) -> Check:
    return Check(outcome=Outcome.UNDETERMINED, reason=reason, values=values)


Params = Mapping[str, Any]


class Condition(abc.ABC):
    """Base of every condition kind.  Subclasses are frozen attrs classes."""

    kind: ClassVar[str]
    #: False for conditions that only Python can evaluate (no bulk/SQL form).
    compilable: ClassVar[bool] = True

    def parameters(self) -> tuple[str, ...]:
        """Keys of the parameters this condition reads (the loader checks they exist)."""
        return ()

    @abc.abstractmethod
    def check(self, facts: Facts, params: Params) -> Check:
        """Evaluate for one employee and target; missing data gives ``undetermined``."""

    def describe(self) -> str:
        """One line saying what the condition demands, for listings."""
        return self.kind


CONDITION_KINDS: dict[str, type[Condition]] = {}
_C = TypeVar("_C", bound=type[Condition])


def condition_kind(cls: _C) -> _C:
    """Register a condition kind under its ``kind`` name (which must be unique)."""
    if cls.kind in CONDITION_KINDS:
        raise ValueError(f"condition kind {cls.kind!r} is already registered")
    CONDITION_KINDS[cls.kind] = cls
    return cls


# --- position and service time ----------------------------------------------------------------


@condition_kind
@attrs.frozen
class MinMonthsInPosition(Condition):
    """At least ``params[param]`` months in the current position on the as-of date."""

    kind: ClassVar[str] = "min_months_in_position"
    param: str = "min_months_in_position"

    def parameters(self) -> tuple[str, ...]:
        return (self.param,)

    def check(self, facts: Facts, params: Params) -> Check:
        minimum = int(params[self.param])
        start = facts.employee.position.start
        months = months_between(start, facts.as_of)
        values = {"position_start": start.isoformat(), "months": months, "minimum": minimum}
        text = f"{format_months(months)} pada jabatan sekarang; minimum {format_months(minimum)}"
        if months >= minimum:
            return _ok(text, **values)
        return _fail(f"{text} (baru memenuhi pada {add_months(start, minimum)})", **values)

    def describe(self) -> str:
        return f"masa pada jabatan sekarang ≥ parameter {self.param}"


@condition_kind
@attrs.frozen
class MaxMonthsInPosition(Condition):
    """At most ``params[param]`` months in the current position (longer: due for rotation)."""

    kind: ClassVar[str] = "max_months_in_position"
    param: str = "max_months_in_position"

    def parameters(self) -> tuple[str, ...]:
        return (self.param,)

    def check(self, facts: Facts, params: Params) -> Check:
        maximum = int(params[self.param])
        months = months_between(facts.employee.position.start, facts.as_of)
        values = {"months": months, "maximum": maximum}
        text = f"{format_months(months)} pada jabatan sekarang; maksimum {format_months(maximum)}"
        if months <= maximum:
            return _ok(text, **values)
        return _fail(f"{text}: sudah waktunya dirotasi", **values)

    def describe(self) -> str:
        return f"masa pada jabatan sekarang ≤ parameter {self.param}"


@condition_kind
@attrs.frozen
class MinServiceMonths(Condition):
    """At least ``params[param]`` months since appointment as CPNS."""

    kind: ClassVar[str] = "min_service_months"
    param: str = "min_service_months"

    def parameters(self) -> tuple[str, ...]:
        return (self.param,)

    def check(self, facts: Facts, params: Params) -> Check:
        minimum = int(params[self.param])
        start = facts.employee.service_start
        months = months_between(start, facts.as_of)
        values = {"service_start": start.isoformat(), "months": months, "minimum": minimum}
        text = f"masa kerja {format_months(months)} sejak TMT CPNS {start}; minimum {format_months(minimum)}"
        return _ok(text, **values) if months >= minimum else _fail(text, **values)

    def describe(self) -> str:
        return f"masa kerja sejak TMT CPNS ≥ parameter {self.param}"


@condition_kind
@attrs.frozen
class ManagerialExperienceAcrossSectors(Condition):
    """Moving to another sector needs ``params[param]`` months in managerial posts.

    Same sector (or the target names no sector): passes.  Employee's sector unknown while the
    target names one: undetermined.
    """

    kind: ClassVar[str] = "managerial_experience_across_sectors"
    param: str = "min_managerial_months"

    def parameters(self) -> tuple[str, ...]:
        return (self.param,)

    def check(self, facts: Facts, params: Params) -> Check:
        target_sector = facts.target.sector
        own_sector = facts.employee.position.sector
        if target_sector is None:
            return _ok("jabatan tujuan tidak menyebut sektor; tidak ada pindah sektor")
        if own_sector is None:
            return _unknown("sektor jabatan sekarang tidak tercatat", target_sector=target_sector)
        if own_sector == target_sector:
            return _ok(f"tetap pada sektor {own_sector}", sector=own_sector)
        minimum = int(params[self.param])
        months = 0
        for pos in (*facts.employee.position_history, facts.employee.position):
            if pos.kind.is_managerial and pos.start <= facts.as_of:
                end = min(pos.end or facts.as_of, facts.as_of)
                months += max(0, months_between(pos.start, end))
        values = {
            "from_sector": own_sector,
            "to_sector": target_sector,
            "managerial_months": months,
            "minimum": minimum,
        }
        text = (
            f"pindah sektor {own_sector} → {target_sector}; pengalaman manajerial "
            f"{format_months(months)}, minimum {format_months(minimum)}"
        )
        return _ok(text, **values) if months >= minimum else _fail(text, **values)

    def describe(self) -> str:
        return f"pindah sektor hanya dengan pengalaman manajerial ≥ parameter {self.param}"


# --- appraisal --------------------------------------------------------------------------------


def _predicate(value: Any) -> Predicate:
    return value if isinstance(value, Predicate) else Predicate(value)


@condition_kind
@attrs.frozen
class AppraisalInRecentYears(Condition):
    """Predicate at least ``params[min_param]`` in each of the last ``params[years_param]`` years.

    The last N years are the N calendar years before the as-of year (a year's appraisal is
    final only after it ends).  A missing year makes the outcome undetermined, unless another
    year already fails.
    """

    kind: ClassVar[str] = "appraisal_in_recent_years"
    min_param: str = "min_predicate"
    years_param: str = "appraisal_years"

    def parameters(self) -> tuple[str, ...]:
        return (self.min_param, self.years_param)

    def check(self, facts: Facts, params: Params) -> Check:
        minimum = _predicate(params[self.min_param])
        years = int(params[self.years_param])
        wanted = [facts.as_of.year - i for i in range(1, years + 1)]
        seen: dict[int, str] = {}
        missing, failing = [], []
        for year in wanted:
            appraisal = facts.employee.appraisal_for(year)
            if appraisal is None:
                missing.append(year)
                continue
            seen[year] = appraisal.predicate.value
            if not appraisal.predicate.at_least(minimum):
                failing.append(year)
        shown = ", ".join(f"{y}: {seen[y]}" for y in sorted(seen)) or "tidak ada"
        values = {"predicates": {str(k): v for k, v in seen.items()}, "minimum": minimum.value}
        if failing:
            return _fail(
                f"predikat kinerja {shown}; minimum {minimum.value} pada {years} tahun terakhir",
                **values,
            )
        if missing:
            return _unknown(
                f"predikat kinerja tahun {', '.join(map(str, sorted(missing)))} tidak tercatat; "
                f"minimum {minimum.value} pada {years} tahun terakhir",
                **values,
            )
        return _ok(
            f"predikat kinerja {shown}; minimum {minimum.value} pada {years} tahun terakhir",
            **values,
        )

    def describe(self) -> str:
        return f"predikat ≥ {self.min_param} pada setiap {self.years_param} tahun terakhir"


@condition_kind
@attrs.frozen
class LatestAppraisalAtLeast(Condition):
    """Last year's predicate at least ``params[param]``."""

    kind: ClassVar[str] = "latest_appraisal_at_least"
    param: str

    def parameters(self) -> tuple[str, ...]:
        return (self.param,)

    def check(self, facts: Facts, params: Params) -> Check:
        minimum = _predicate(params[self.param])
        year = facts.as_of.year - 1
        appraisal = facts.employee.appraisal_for(year)
        if appraisal is None:
            return _unknown(
                f"predikat kinerja tahun {year} tidak tercatat; minimum {minimum.value}",
                year=year,
                minimum=minimum.value,
            )
        values = {"year": year, "predicate": appraisal.predicate.value, "minimum": minimum.value}
        text = f"predikat kinerja {year}: {appraisal.predicate.value}; minimum {minimum.value}"
        return (
            _ok(text, **values) if appraisal.predicate.at_least(minimum) else _fail(text, **values)
        )

    def describe(self) -> str:
        return f"predikat tahun lalu ≥ parameter {self.param}"


_RATING_ORDER = {Rating.BELOW: 0, Rating.MEETS: 1, Rating.ABOVE: 2}


@condition_kind
@attrs.frozen
class AppraisalRatingsMeet(Condition):
    """Last year's work result and behaviour ratings both at least ``minimum``."""

    kind: ClassVar[str] = "appraisal_ratings_meet"
    minimum: Rating = Rating.MEETS

    def check(self, facts: Facts, params: Params) -> Check:
        year = facts.as_of.year - 1
        appraisal = facts.employee.appraisal_for(year)
        if appraisal is None or appraisal.work_result is None or appraisal.behaviour is None:
            return _unknown(
                f"rating hasil kerja dan perilaku kerja tahun {year} tidak tercatat", year=year
            )
        values = {
            "year": year,
            "work_result": appraisal.work_result.value,
            "behaviour": appraisal.behaviour.value,
            "minimum": self.minimum.value,
        }
        text = (
            f"tahun {year}: hasil kerja {appraisal.work_result.value}, perilaku kerja "
            f"{appraisal.behaviour.value}; minimum {self.minimum.value}"
        )
        low = min(_RATING_ORDER[appraisal.work_result], _RATING_ORDER[appraisal.behaviour])
        return _ok(text, **values) if low >= _RATING_ORDER[self.minimum] else _fail(text, **values)

    def describe(self) -> str:
        return f"hasil kerja dan perilaku kerja ≥ {self.minimum.value}"


@condition_kind
@attrs.frozen
class MinPotentialScore(Condition):
    """Potential score (0-100, from the region's potential assessment) ≥ ``params[param]``."""

    kind: ClassVar[str] = "min_potential_score"
    param: str = "min_potential_score"

    def parameters(self) -> tuple[str, ...]:
        return (self.param,)

    def check(self, facts: Facts, params: Params) -> Check:
        minimum = float(params[self.param])
        score = facts.employee.potential_score
        if score is None:
            return _unknown(f"nilai potensi belum tercatat; minimum {minimum:g}", minimum=minimum)
        text = f"nilai potensi {score}; minimum {minimum:g}"
        values = {"potential_score": score, "minimum": minimum}
        return _ok(text, **values) if score >= minimum else _fail(text, **values)

    def describe(self) -> str:
        return f"nilai potensi ≥ parameter {self.param}"


# --- discipline, obligations, training --------------------------------------------------------


@condition_kind
@attrs.frozen
class NoActiveSanction(Condition):
    """No disciplinary sanction active on the as-of date."""

    kind: ClassVar[str] = "no_active_sanction"

    def check(self, facts: Facts, params: Params) -> Check:
        active = [s for s in facts.employee.sanctions if s.active_on(facts.as_of)]
        if not active:
            return _ok(f"tidak ada hukuman disiplin yang berlaku pada {facts.as_of}")
        s = active[0]
        until = f"sampai {s.end}" if s.end else "tanpa tanggal akhir"
        return _fail(
            f"hukuman disiplin '{s.kind}' berlaku sejak {s.start} {until}",
            sanction=s.kind,
            start=s.start.isoformat(),
            end=s.end.isoformat() if s.end else None,
        )

    def describe(self) -> str:
        return "tidak sedang menjalani hukuman disiplin"


@condition_kind
@attrs.frozen
class NoActiveObligation(Condition):
    """No study leave (tugas belajar) or service bond (ikatan dinas) active on the as-of date."""

    kind: ClassVar[str] = "no_active_obligation"
    kinds: frozenset[ObligationKind] = frozenset(ObligationKind)

    def check(self, facts: Facts, params: Params) -> Check:
        active = [
            o
            for o in facts.employee.obligations
            if o.kind in self.kinds and o.active_on(facts.as_of)
        ]
        if not active:
            return _ok(f"tidak sedang tugas belajar atau terikat ikatan dinas pada {facts.as_of}")
        o = active[0]
        until = f"sampai {o.end}" if o.end else "tanpa tanggal akhir"
        label = "tugas belajar" if o.kind is ObligationKind.STUDY_LEAVE else "ikatan dinas"
        return _fail(
            f"sedang {label} sejak {o.start} {until}",
            obligation=o.kind.value,
            start=o.start.isoformat(),
            end=o.end.isoformat() if o.end else None,
        )

    def describe(self) -> str:
        return "tidak sedang tugas belajar atau ikatan dinas"


@condition_kind
@attrs.frozen
class MinTrainingHours(Condition):
    """At least ``params[param]`` JP of training ending in the ``window_months`` before as-of.

    ``categories`` limits which training counts (``None``: all).
    """

    kind: ClassVar[str] = "min_training_hours"
    param: str = "min_training_hours"
    window_months: int = 12
    categories: frozenset[str] | None = None

    def parameters(self) -> tuple[str, ...]:
        return (self.param,)

    def check(self, facts: Facts, params: Params) -> Check:
        minimum = int(params[self.param])
        since = add_months(facts.as_of, -self.window_months)
        hours = sum(
            t.hours
            for t in facts.employee.training
            if since < t.end <= facts.as_of
            and (self.categories is None or t.category in self.categories)
        )
        what = (
            "pelatihan"
            if self.categories is None
            else "pelatihan " + "/".join(sorted(self.categories))
        )
        text = (
            f"{hours} JP {what} dalam {self.window_months} bulan terakhir "
            f"({since} s.d. {facts.as_of}); minimum {minimum} JP"
        )
        values = {"hours": hours, "minimum": minimum, "since": since.isoformat()}
        return _ok(text, **values) if hours >= minimum else _fail(text, **values)

    def describe(self) -> str:
        return f"JP pelatihan {self.window_months} bulan terakhir ≥ parameter {self.param}"


# --- the target -------------------------------------------------------------------------------


@condition_kind
@attrs.frozen
class TargetHasSeats(Condition):
    """The target position has at least one open seat (formasi)."""

    kind: ClassVar[str] = "target_has_seats"

    def check(self, facts: Facts, params: Params) -> Check:
        seats = facts.target.seats
        if seats is None:
            return _unknown(f"jumlah formasi lowong pada {facts.target.title} tidak tercatat")
        text = f"{seats} formasi lowong pada {facts.target.title} ({facts.target.unit})"
        return _ok(text, seats=seats) if seats > 0 else _fail(text, seats=seats)

    def describe(self) -> str:
        return "jabatan tujuan memiliki formasi lowong"


@condition_kind
@attrs.frozen
class TargetHasShortage(Condition):
    """The target unit is short of staff by its job and workload analysis (ABK)."""

    kind: ClassVar[str] = "target_has_shortage"

    def check(self, facts: Facts, params: Params) -> Check:
        need, have = facts.target.required_staff, facts.target.current_staff
        if need is None or have is None:
            return _unknown(f"hasil ANJAB/ABK untuk {facts.target.unit} tidak tercatat")
        text = f"kebutuhan menurut ABK {need} pegawai, tersedia {have} pada {facts.target.unit}"
        values = {"required_staff": need, "current_staff": have}
        if have < need:
            return _ok(f"{text}: kurang {need - have}", **values)
        return _fail(f"{text}: tidak ada kekurangan", **values)

    def describe(self) -> str:
        return "unit tujuan kekurangan pegawai menurut ABK"


@condition_kind
@attrs.frozen
class EducationFitsTarget(Condition):
    """The employee's education field is one the target accepts.

    A target that lists no accepted fields accepts any.  Unknown education: undetermined.
    """

    kind: ClassVar[str] = "education_fits_target"

    def check(self, facts: Facts, params: Params) -> Check:
        accepted = facts.target.education_fields
        if not accepted:
            return _ok(f"{facts.target.title} tidak mensyaratkan bidang pendidikan tertentu")
        education = facts.employee.education
        if education is None:
            return _unknown("pendidikan pegawai tidak tercatat", accepted=sorted(accepted))
        values = {"field": education.field, "accepted": sorted(accepted)}
        text = (
            f"pendidikan {education.level} bidang {education.field}; jabatan tujuan menerima "
            f"{', '.join(sorted(accepted))}"
        )
        return _ok(text, **values) if education.field in accepted else _fail(text, **values)

    def describe(self) -> str:
        return "bidang pendidikan sesuai jabatan tujuan"


@condition_kind
@attrs.frozen
class HasCompetencies(Condition):
    """The employee has every competency the target requires (or ``required`` if given)."""

    kind: ClassVar[str] = "has_competencies"
    required: frozenset[str] | None = None

    def check(self, facts: Facts, params: Params) -> Check:
        required = (
            self.required if self.required is not None else facts.target.required_competencies
        )
        if not required:
            return _ok(f"{facts.target.title} tidak mensyaratkan kompetensi tertentu")
        owned = facts.employee.competencies
        if owned is None:
            return _unknown(
                f"kompetensi pegawai belum tercatat (disyaratkan: {', '.join(sorted(required))})",
                required=sorted(required),
            )
        missing = sorted(required - owned)
        values = {"required": sorted(required), "missing": missing}
        if missing:
            return _fail(
                f"kompetensi yang belum dimiliki: {', '.join(missing)} "
                f"(disyaratkan: {', '.join(sorted(required))})",
                **values,
            )
        return _ok(f"memiliki kompetensi yang disyaratkan: {', '.join(sorted(required))}", **values)

    def describe(self) -> str:
        if self.required is None:
            return "memiliki kompetensi yang disyaratkan jabatan tujuan"
        return "memiliki kompetensi " + ", ".join(sorted(self.required))


@condition_kind
@attrs.frozen
class HasAnyCompetency(Condition):
    """The employee has at least one of ``any_of``."""

    kind: ClassVar[str] = "has_any_competency"
    any_of: frozenset[str]

    def check(self, facts: Facts, params: Params) -> Check:
        wanted = " atau ".join(sorted(self.any_of))
        owned = facts.employee.competencies
        if owned is None:
            return _unknown(f"kompetensi pegawai belum tercatat (dicari: {wanted})")
        found = sorted(self.any_of & owned)
        if found:
            return _ok(f"memiliki kompetensi {', '.join(found)}", found=found)
        shown = ", ".join(sorted(owned)) or "tidak ada"
        return _fail(f"tidak memiliki kompetensi {wanted} (tercatat: {shown})", found=[])

    def describe(self) -> str:
        return "memiliki kompetensi " + " atau ".join(sorted(self.any_of))


@condition_kind
@attrs.frozen
class EmploymentTypeIs(Condition):
    """The employee's employment type is one of ``allowed``."""

    kind: ClassVar[str] = "employment_type_is"
    allowed: frozenset[EmploymentType]

    def check(self, facts: Facts, params: Params) -> Check:
        own = facts.employee.employment_type
        allowed = ", ".join(sorted(a.value for a in self.allowed))
        text = f"status kepegawaian {own.value}; {facts.kind.label.lower()} hanya untuk {allowed}"
        return (
            _ok(text, employment_type=own.value)
            if own in self.allowed
            else _fail(text, employment_type=own.value)
        )

    def describe(self) -> str:
        return "status kepegawaian " + "/".join(sorted(a.value for a in self.allowed))


@condition_kind
@attrs.frozen
class NoConflictOfInterest(Condition):
    """The target unit is not among the units where the employee declared a conflict."""

    kind: ClassVar[str] = "no_conflict_of_interest"

    def check(self, facts: Facts, params: Params) -> Check:
        if facts.target.unit in facts.employee.conflict_units:
            return _fail(
                f"pegawai menyatakan konflik kepentingan pada {facts.target.unit}",
                unit=facts.target.unit,
            )
        return _ok(f"tidak ada konflik kepentingan tercatat pada {facts.target.unit}")

    def describe(self) -> str:
        return "tidak ada konflik kepentingan pada unit tujuan"


@condition_kind
@attrs.frozen
class OutsideBlackoutPeriods(Condition):
    """The as-of date lies outside every ``(start, end)`` period in ``params[param]``.

    Used for the election window (no replacement of officials without the Minister's written
    approval); the rule is made waivable so that a recorded approval lifts it.
    """

    kind: ClassVar[str] = "outside_blackout_periods"
    param: str = "election_blackout_periods"

    def parameters(self) -> tuple[str, ...]:
        return (self.param,)

    def check(self, facts: Facts, params: Params) -> Check:
        periods = [(_as_date(a), _as_date(b)) for a, b in params[self.param]]
        for start, end in periods:
            if start <= facts.as_of <= end:
                return _fail(
                    f"{facts.as_of} berada dalam masa larangan {start} s.d. {end}",
                    start=start.isoformat(),
                    end=end.isoformat(),
                )
        return _ok(f"{facts.as_of} di luar masa larangan penggantian pejabat", periods=len(periods))

    def describe(self) -> str:
        return f"tanggal di luar periode parameter {self.param}"


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


# --- composition and escape hatch -------------------------------------------------------------


@condition_kind
@attrs.frozen
class AllOf(Condition):
    """Every condition holds; the first failing one decides, else any undetermined one."""

    kind: ClassVar[str] = "all_of"
    conditions: tuple[Condition, ...]

    @property
    def compilable(self) -> bool:  # type: ignore[override]
        return all(c.compilable for c in self.conditions)

    def parameters(self) -> tuple[str, ...]:
        return tuple(p for c in self.conditions for p in c.parameters())

    def check(self, facts: Facts, params: Params) -> Check:
        checks = [c.check(facts, params) for c in self.conditions]
        reason = "; ".join(c.reason for c in checks)
        values: dict[str, Any] = {}
        for c in checks:
            values.update(c.values)
        for outcome in (Outcome.NOT_ELIGIBLE, Outcome.UNDETERMINED):
            if any(c.outcome is outcome for c in checks):
                return Check(outcome=outcome, reason=reason, values=values)
        return Check(outcome=Outcome.ELIGIBLE, reason=reason, values=values)

    def describe(self) -> str:
        return " dan ".join(c.describe() for c in self.conditions)


@condition_kind
@attrs.frozen
class PythonCheck(Condition):
    """Escape hatch: a Python function ``(facts, params) -> Check``.  Not compilable."""

    kind: ClassVar[str] = "python"
    compilable: ClassVar[bool] = False
    function: Callable[[Facts, Params], Check]
    description: str
    reads: tuple[str, ...] = ()

    def parameters(self) -> tuple[str, ...]:
        return self.reads

    def check(self, facts: Facts, params: Params) -> Check:
        result = self.function(facts, params)
        if not isinstance(result, Check):
            raise TypeError(f"PythonCheck harus mengembalikan Check, bukan {type(result).__name__}")
        return result

    def describe(self) -> str:
        return self.description
