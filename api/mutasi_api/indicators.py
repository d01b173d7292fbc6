"""Common indicators: defined once, here, each computed in the database by SQL aggregation.

Every indicator is one :class:`Definition` in :data:`INDICATORS`: its code (from the common
vocabulary), label, written definition, unit, optional breakdown, and a function that returns
one SQL aggregation grouped by region.  Adding an indicator is adding one definition.

Every figure says how many cases it rests on; a figure resting on fewer than
:data:`~mutasi_core.vocabulary.MIN_CASES_FOR_INDICATOR` cases is reported as suppressed (value
``None``, ``suppressed: true``), never as zero, so that no person can be singled out.  Nothing
here selects a name or a NIP.

Periods are inclusive dates ``[from, to]``.  Percentiles use the nearest-rank method (the value
at rank ⌈p·n⌉), the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import attrs
from sqlalchemy import (
    Connection,
    Float,
    Integer,
    and_,
    case,
    cast,
    distinct,
    extract,
    func,
    literal,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from mutasi_api.db.models import (
    AppraisalRow,
    CaseRow,
    EvaluationRow,
    OutcomeRow,
    SubmissionRow,
    TrainingRow,
    TransitionRow,
)
from mutasi_core.entities import Initiator, MutationKind, Predicate
from mutasi_core.vocabulary import MIN_CASES_FOR_INDICATOR, FormKind, Indicator, Phase

C = CaseRow.__table__  # type: ignore[attr-defined]
T = TransitionRow.__table__  # type: ignore[attr-defined]
S = SubmissionRow.__table__  # type: ignore[attr-defined]
E = EvaluationRow.__table__  # type: ignore[attr-defined]
O = OutcomeRow.__table__  # type: ignore[attr-defined]  # noqa: E741
TR = TrainingRow.__table__  # type: ignore[attr-defined]
A = AppraisalRow.__table__  # type: ignore[attr-defined]


class days_between(FunctionElement[float]):  # an SQL function, named as one
    """Days (fractional) from the first timestamp to the second."""

    type = Float()
    inherit_cache = True


@compiles(days_between, "sqlite")
def _days_sqlite(element: days_between, compiler: Any, **kw: Any) -> str:
    a, b = list(element.clauses)
    return f"(julianday({compiler.process(b, **kw)}) - julianday({compiler.process(a, **kw)}))"


@compiles(days_between, "postgresql")
def _days_pg(element: days_between, compiler: Any, **kw: Any) -> str:
    a, b = list(element.clauses)
    return f"(EXTRACT(EPOCH FROM ({compiler.process(b, **kw)} - {compiler.process(a, **kw)})) / 86400.0)"


@attrs.frozen(kw_only=True)
class Period:
    start: date
    end: date  # inclusive

    @property
    def lo(self) -> datetime:
        return datetime.combine(self.start, time.min, tzinfo=UTC)

    @property
    def hi(self) -> datetime:
        return datetime.combine(self.end + timedelta(days=1), time.min, tzinfo=UTC)

    def holds(self, column: Any) -> ColumnElement[bool]:
        return and_(column >= self.lo, column < self.hi)


@attrs.frozen(kw_only=True)
class Figure:
    """One figure of one region: ``key`` is the breakdown value (or ``None``)."""

    key: str | None
    value: float | None
    cases: int
    suppressed: bool
    extra: dict[str, float | None] = attrs.field(factory=dict)


Raw = dict[tuple[str, str | None], tuple[float | None, int, dict[str, float | None]]]


@attrs.frozen(kw_only=True)
class Definition:
    code: Indicator
    label: str
    definition: str
    unit: str
    compute: Callable[[Connection, Period], Raw]
    keys: tuple[str, ...] = ()  # the breakdown values every region reports

    def figures(
        self, conn: Connection, period: Period, regions: Sequence[str]
    ) -> dict[str, list[Figure]]:
        raw = self.compute(conn, period)
        out: dict[str, list[Figure]] = {}
        for region in regions:
            figs = []
            for key in self.keys or (None,):
                value, cases, extra = raw.get((region, key), (None, 0, {}))
                hidden = cases < MIN_CASES_FOR_INDICATOR
                figs.append(
                    Figure(
                        key=key,
                        value=None if hidden else (round(value, 4) if value is not None else None),
                        cases=cases,
                        suppressed=hidden,
                        extra={}
                        if hidden
                        else {
                            k: (round(v, 4) if v is not None else None) for k, v in extra.items()
                        },
                    )
                )
            out[region] = figs
        return out


# --- computations ---------------------------------------------------------------------------


def _rows(conn: Connection, query: Any) -> list[Any]:
    return list(conn.execute(query).all())


def _count_closed(status: str) -> Callable[[Connection, Period], Raw]:
    def compute(conn: Connection, period: Period) -> Raw:
        q = (
            select(C.c.region, func.count())
            .where(C.c.status == status, period.holds(C.c.closed_at))
            .group_by(C.c.region)
        )
        return {(r, None): (float(n), int(n), {}) for r, n in _rows(conn, q)}

    return compute


def _opened(conn: Connection, period: Period) -> Raw:
    q = select(C.c.region, func.count()).where(period.holds(C.c.opened_at)).group_by(C.c.region)
    return {(r, None): (float(n), int(n), {}) for r, n in _rows(conn, q)}


def _completion_rate(conn: Connection, period: Period) -> Raw:
    done = func.sum(case((C.c.status == "completed", 1), else_=0))
    q = (
        select(C.c.region, done, func.count())
        .where(C.c.status != "open", period.holds(C.c.closed_at))
        .group_by(C.c.region)
    )
    return {(r, None): (d / n if n else None, int(n), {}) for r, d, n in _rows(conn, q)}


def _share_by(column_name: str) -> Callable[[Connection, Period], Raw]:
    def compute(conn: Connection, period: Period) -> Raw:
        column = C.c[column_name]
        q = (
            select(C.c.region, column, func.count())
            .where(period.holds(C.c.opened_at))
            .group_by(C.c.region, column)
        )
        rows = _rows(conn, q)
        totals: dict[str, int] = {}
        for region, _key, n in rows:  # every case opened in the period falls in one group
            totals[region] = totals.get(region, 0) + n
        raw: Raw = {}
        for region, total in totals.items():
            for key in MutationKind if column_name == "kind" else Initiator:
                raw[(region, key.value)] = (0.0, int(total), {})
        for region, key, n in rows:
            raw[(region, key)] = (n / totals[region], int(totals[region]), {})
        return raw

    return compute


def _days_in_phase(conn: Connection, period: Period) -> Raw:
    # a stay is entered at the case's previous transition (or its opening); transitions after
    # the period come after every stay that ends in it, so they are left out before the window
    moves = (
        select(
            T.c.region,
            T.c.from_phase,
            T.c.case_id,
            T.c.at,
            func.lag(T.c.at)
            .over(partition_by=T.c.case_id, order_by=(T.c.at, T.c.id))
            .label("previous"),
        )
        .where(T.c.at < period.hi)
        .subquery("moves")
    )
    stays = (
        select(
            moves.c.region.label("region"),
            moves.c.from_phase.label("phase"),
            moves.c.case_id.label("case_id"),
            moves.c.at.label("left_at"),
            days_between(func.coalesce(moves.c.previous, C.c.opened_at), moves.c.at).label("days"),
        )
        .select_from(moves.join(C, C.c.id == moves.c.case_id))
        .subquery()
    )
    ranked = (
        select(
            stays.c.region,
            stays.c.phase,
            stays.c.case_id,
            stays.c.days,
            # ranked by the days as a double: the same order (the cast is monotonic), sorted
            # far faster than PostgreSQL's numeric; the value taken stays the exact one
            func.row_number()
            .over(partition_by=(stays.c.region, stays.c.phase), order_by=cast(stays.c.days, Float))
            .label("rn"),
            func.count().over(partition_by=(stays.c.region, stays.c.phase)).label("n"),
        )
        .where(period.holds(stays.c.left_at))
        .subquery()
    )
    q = select(
        ranked.c.region,
        ranked.c.phase,
        func.min(case((ranked.c.rn >= 0.5 * ranked.c.n, ranked.c.days))),
        func.min(case((ranked.c.rn >= 0.9 * ranked.c.n, ranked.c.days))),
        func.count(distinct(ranked.c.case_id)),
    ).group_by(ranked.c.region, ranked.c.phase)
    return {
        (r, p): (float(med), int(n), {"p90": float(p90)}) for r, p, med, p90, n in _rows(conn, q)
    }


NATIONAL_RULES = (
    "nasional.masa_jabatan_minimum",
    "nasional.masa_jabatan_maksimum",
    "nasional.predikat_kinerja",
    "nasional.hukuman_disiplin",
    "nasional.tugas_belajar_ikatan_dinas",
    "nasional.masa_kerja_10_tahun",
    "nasional.pengembangan_kompetensi_20_jp",
    "nasional.kebutuhan_formasi",
    "nasional.pppk_antar_instansi",
    "nasional.konflik_kepentingan",
    "nasional.jpt_2_tahun",
    "nasional.masa_larangan_pilkada",
)


def _eligibility_failures(conn: Connection, period: Period) -> Raw:
    # the first evaluation of each case opened in the period, computed once for both halves
    # (one per case: joining it is the same as testing membership, and plans as a hash join)
    first = (
        select(func.min(E.c.id).label("id"))
        .where(E.c.case_id.in_(select(C.c.id).where(period.holds(C.c.opened_at))))
        .group_by(E.c.case_id)
        .cte("first_evaluation")
    )
    totals_q = (
        select(literal("total").label("part"), E.c.region, literal(None).label("rule_id"),
               func.count().label("a"), literal(0).label("b"))
        .select_from(E.join(first, first.c.id == E.c.id))
        .group_by(E.c.region)
    )  # fmt: skip
    # only outcomes that count: an eligible (or not applicable) outcome adds 0 to both sums,
    # and every national rule of a counted region starts at 0 below
    failures_q = (
        select(
            literal("rule").label("part"),
            O.c.region,
            O.c.rule_id,
            func.sum(case((O.c.outcome == "not_eligible", 1), else_=0)),
            func.sum(case((O.c.outcome.in_(("undetermined", "error")), 1), else_=0)),
        )
        .select_from(O.join(first, first.c.id == O.c.evaluation_id))
        .where(
            O.c.outcome.in_(("not_eligible", "undetermined", "error")),
            O.c.rule_id.like("nasional.%"),
        )
        .group_by(O.c.region, O.c.rule_id)
    )
    rows = _rows(conn, totals_q.union_all(failures_q))
    totals = {region: n for part, region, _rule, n, _b in rows if part == "total"}
    raw: Raw = {}
    for region, total in totals.items():
        for rule in NATIONAL_RULES:
            raw[(region, rule)] = (0.0, int(total), {"undetermined": 0.0})
    for part, region, rule, failed, unknown in rows:
        if part != "rule":
            continue
        total = totals[region]
        raw[(region, rule)] = (failed / total, int(total), {"undetermined": unknown / total})
    return raw


def _completed(period: Period) -> ColumnElement[bool]:
    return and_(C.c.status == "completed", period.holds(C.c.closed_at))


def _training(conn: Connection, period: Period) -> Raw:
    done = (
        select(C.c.id, C.c.region, C.c.employee_id, C.c.closed_at)
        .where(_completed(period))
        .subquery("done")
    )
    # JP of each completed case: its employee's training that ended within 365 days up to the
    # close (an outer join, so a case without any counts as 0 JP)
    per_case = (
        select(done.c.region.label("region"), func.coalesce(func.sum(TR.c.hours), 0).label("jp"))
        .select_from(
            done.outerjoin(
                TR,
                and_(
                    TR.c.employee_id == done.c.employee_id,
                    days_between(TR.c.end, done.c.closed_at) >= 0,
                    days_between(TR.c.end, done.c.closed_at) < 365,
                ),
            )
        )
        .group_by(done.c.id, done.c.region)
        .subquery()
    )
    q = select(
        per_case.c.region,
        func.avg(cast(per_case.c.jp, Float)),
        func.avg(case((per_case.c.jp >= 20, 1.0), else_=0.0)),
        func.count(),
    ).group_by(per_case.c.region)
    return {
        (r, None): (float(avg), int(n), {"share_meeting_20_jp": float(share)})
        for r, avg, share, n in _rows(conn, q)
    }


def _predicate_rank(column: Any) -> Any:
    return case(*[(column == p.value, p.rank) for p in Predicate], else_=None)


def _appraisal_change(conn: Connection, period: Period) -> Raw:
    year = cast(extract("year", C.c.closed_at), Integer)
    before = A.alias("before")
    after = A.alias("after")  # (employee_id, year) is unique: at most one of each
    pairs = (
        select(
            C.c.region.label("region"),
            _predicate_rank(before.c.predicate).label("b"),
            _predicate_rank(after.c.predicate).label("a"),
        )
        .select_from(
            C.join(
                before, and_(before.c.employee_id == C.c.employee_id, before.c.year == year - 1)
            ).join(after, and_(after.c.employee_id == C.c.employee_id, after.c.year == year + 1))
        )
        .where(_completed(period))
        .subquery()
    )
    q = (
        select(
            pairs.c.region,
            func.sum(case((pairs.c.a > pairs.c.b, 1), else_=0)),
            func.sum(case((pairs.c.a == pairs.c.b, 1), else_=0)),
            func.sum(case((pairs.c.a < pairs.c.b, 1), else_=0)),
            func.count(),
        )
        .where(pairs.c.a.is_not(None), pairs.c.b.is_not(None))
        .group_by(pairs.c.region)
    )
    raw: Raw = {}
    for region, up, same, down, n in _rows(conn, q):
        for key, count in (("up", up), ("same", same), ("down", down)):
            raw[(region, key)] = (count / n, int(n), {})
    return raw


def _mean_score(
    kinds: Sequence[FormKind], column: str = "score"
) -> Callable[[Connection, Period], Raw]:
    def compute(conn: Connection, period: Period) -> Raw:
        per_case = (
            select(S.c.case_id.label("case_id"), func.avg(S.c[column]).label("v"))
            .where(
                S.c.form_kind.in_([k.value for k in kinds]),
                S.c[column].is_not(None),
                period.holds(S.c.submitted_at),
            )
            .group_by(S.c.case_id)
            .subquery()
        )
        q = (
            select(C.c.region, func.avg(per_case.c.v), func.count())
            .select_from(per_case.join(C, C.c.id == per_case.c.case_id))
            .group_by(C.c.region)
        )
        return {(r, None): (float(v), int(n), {}) for r, v, n in _rows(conn, q)}

    return compute


def _resistance(conn: Connection, period: Period) -> Raw:
    objected = C.c.id.in_(select(S.c.case_id).where(S.c.objection.is_(True)))
    q = (
        select(
            C.c.region,
            func.sum(case((C.c.status == "withdrawn", 1), else_=0)),
            func.sum(case((objected, 1), else_=0)),
            func.count(),
        )
        .where(period.holds(C.c.opened_at))
        .group_by(C.c.region)
    )
    return {
        (r, None): (
            100.0 * (w + o) / n,
            int(n),
            {"withdrawals_per_100": 100.0 * w / n, "objections_per_100": 100.0 * o / n},
        )
        for r, w, o, n in _rows(conn, q)
    }


INDICATORS: dict[Indicator, Definition] = {
    d.code: d
    for d in (
        Definition(
            code=Indicator.CASES_OPENED,
            label="Kasus dibuka",
            unit="kasus",
            definition="Jumlah kasus yang dibuka (tanggal buka) dalam periode.",
            compute=_opened,
        ),
        Definition(
            code=Indicator.CASES_COMPLETED,
            label="Kasus selesai (dimutasi)",
            unit="kasus",
            definition="Jumlah kasus yang berakhir dengan status selesai (tanggal tutup) dalam periode.",
            compute=_count_closed("completed"),
        ),
        Definition(
            code=Indicator.CASES_REJECTED,
            label="Kasus ditolak",
            unit="kasus",
            definition="Jumlah kasus yang ditolak pada suatu keputusan (tanggal tutup) dalam periode.",
            compute=_count_closed("rejected"),
        ),
        Definition(
            code=Indicator.CASES_WITHDRAWN,
            label="Kasus dibatalkan",
            unit="kasus",
            definition="Jumlah kasus yang ditarik pegawai atau instansi (tanggal tutup) dalam periode.",
            compute=_count_closed("withdrawn"),
        ),
        Definition(
            code=Indicator.COMPLETION_RATE,
            label="Tingkat penyelesaian",
            unit="proporsi 0-1",
            definition="Kasus selesai dibagi semua kasus yang ditutup (selesai, ditolak, dibatalkan) dalam periode.",
            compute=_completion_rate,
        ),
        Definition(
            code=Indicator.SHARE_BY_KIND,
            label="Sebaran jenis mutasi",
            unit="proporsi 0-1",
            definition="Bagian kasus yang dibuka dalam periode per jenis mutasi (enam jenis nasional).",
            compute=_share_by("kind"),
            keys=tuple(k.value for k in MutationKind),
        ),
        Definition(
            code=Indicator.SHARE_BY_INITIATOR,
            label="Sebaran prakarsa",
            unit="proporsi 0-1",
            definition="Bagian kasus yang dibuka dalam periode per prakarsa (permintaan sendiri, kepentingan dinas).",
            compute=_share_by("initiator"),
            keys=tuple(i.value for i in Initiator),
        ),
        Definition(
            code=Indicator.DAYS_IN_PHASE,
            label="Lama di tiap fase",
            unit="hari",
            definition="Median (dan persentil ke-90, `p90`) lama tinggal di tiap fase bersama, atas tinggal "
            "yang berakhir dalam periode (masuk: transisi sebelumnya atau pembukaan kasus; keluar: "
            "transisi berikutnya). Persentil dengan metode peringkat terdekat.",
            compute=_days_in_phase,
            keys=tuple(p.value for p in Phase),
        ),
        Definition(
            code=Indicator.ELIGIBILITY_FAILURES_BY_RULE,
            label="Kegagalan syarat nasional",
            unit="proporsi 0-1",
            definition="Atas evaluasi pertama kasus yang dibuka dalam periode: bagian yang tidak memenuhi "
            "tiap aturan nasional; `undetermined` dihitung terpisah (tidak dapat ditentukan atau galat).",
            compute=_eligibility_failures,
            keys=NATIONAL_RULES,
        ),
        Definition(
            code=Indicator.TRAINING_JP_PER_MOVED,
            label="JP pelatihan per pegawai yang dimutasi",
            unit="JP",
            definition="Atas kasus selesai dalam periode: rata-rata JP pelatihan pegawai dalam 365 hari sampai "
            "tanggal selesai; `share_meeting_20_jp`: bagian yang mencapai 20 JP (PP 11/2017 Pasal 203 ayat (4)).",
            compute=_training,
        ),
        Definition(
            code=Indicator.APPRAISAL_CHANGE,
            label="Perubahan predikat kinerja",
            unit="proporsi 0-1",
            definition="Atas kasus selesai dalam periode yang pegawainya punya predikat tahun sebelum mutasi dan "
            "tahun sesudahnya: bagian yang naik (`up`), tetap (`same`) dan turun (`down`) pada skala predikat.",
            compute=_appraisal_change,
            keys=("up", "same", "down"),
        ),
        Definition(
            code=Indicator.SATISFACTION_SCORE,
            label="Kepuasan pasca mutasi",
            unit="skor 0-100",
            definition="Rata-rata per kasus nilai survei pasca mutasi (post_transfer_survey) yang diisi dalam periode.",
            compute=_mean_score((FormKind.POST_TRANSFER_SURVEY,)),
        ),
        Definition(
            code=Indicator.ADAPTATION_SCORE,
            label="Adaptasi",
            unit="skor 0-100",
            definition="Rata-rata per kasus butir adaptasi survei pasca mutasi dan evaluasi dampak yang diisi dalam periode.",
            compute=_mean_score(
                (FormKind.POST_TRANSFER_SURVEY, FormKind.IMPACT_EVALUATION), "adaptation_score"
            ),
        ),
        Definition(
            code=Indicator.PUBLIC_SATISFACTION,
            label="Kepuasan masyarakat",
            unit="skor 0-100",
            definition="Rata-rata per kasus nilai survei kepuasan masyarakat yang diisi dalam periode, bila wilayah mengukurnya.",
            compute=_mean_score((FormKind.PUBLIC_SATISFACTION,)),
        ),
        Definition(
            code=Indicator.RESISTANCE,
            label="Resistensi",
            unit="per 100 kasus",
            definition="Atas kasus yang dibuka dalam periode: (kasus dibatalkan + kasus dengan keberatan tercatat "
            "pada formulir sosialisasi atau aspirasi) per 100 kasus; rinciannya `withdrawals_per_100` dan "
            "`objections_per_100`.",
            compute=_resistance,
        ),
    )
}

__all__ = ["INDICATORS", "Definition", "Figure", "Period"]
