"""Demo data: deterministic, every stage and outcome in every region, the regions' tendencies.

A small workforce (``N`` per region) and a fixed ``TODAY`` keep the runs short and the data
independent of the day the tests run; the CLI test uses the real day.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, SQLModel, col, select
from typer.testing import CliRunner

from mutasi_api.cli import app
from mutasi_api.db.models import (
    AppraisalRow,
    CaseRow,
    EmployeeRow,
    ObligationRow,
    SanctionRow,
    SubmissionRow,
    TrainingRow,
    TransitionRow,
    VacancyRow,
)
from mutasi_api.demo import (
    MIN_EMPLOYEES,
    Summary,
    fill,
    generate,
    load_demo,
    records_objection,
    workforce,
)
from mutasi_core import PositionKind, parse_nip
from mutasi_core.vocabulary import CaseStatus, FormKind
from tests.api.support import CATALOG, REGIONS

N = 60
SEED = 5
TODAY = date(2026, 9, 15)
TERMINAL = {CaseStatus.COMPLETED.value, CaseStatus.REJECTED.value, CaseStatus.WITHDRAWN.value}
CASE_NUMBER = re.compile(r"\b([A-Z]+/\d{4}/)\d+\b")
#: Columns that differ between runs on PostgreSQL (its sequences are not reset between runs).
UNSTABLE = {"id", "number"}


def _clear(engine: Engine) -> None:
    with engine.begin() as conn:
        for table in reversed(SQLModel.metadata.sorted_tables):
            conn.execute(table.delete())


def _plain(value: Any) -> str:
    """A value as comparable text: JSON sorted, case numbers without their row id."""
    text = (
        json.dumps(value, sort_keys=True, default=str)
        if isinstance(value, dict | list)
        else repr(value)
    )
    return CASE_NUMBER.sub(r"\1#", text)


def content(engine: Engine) -> dict[str, list[str]]:
    """Every table's rows as sorted text, row ids (and the ids pointing at them) left out."""
    out: dict[str, list[str]] = {}
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            cols = [
                c for c in table.columns if c.name not in UNSTABLE and not c.name.endswith("_id")
            ]
            rows = conn.execute(select(*cols)).all()
            out[table.name] = sorted("|".join(_plain(v) for v in row) for row in rows)
    return out


def counts(engine: Engine) -> tuple[list[Any], dict[str, list[str]]]:
    with Session(engine) as s:
        by_stage = s.exec(
            select(CaseRow.region, CaseRow.status, CaseRow.stage, func.count())
            .group_by(col(CaseRow.region), col(CaseRow.status), col(CaseRow.stage))
            .order_by(col(CaseRow.region), col(CaseRow.status), col(CaseRow.stage))
        ).all()
        nips: dict[str, list[str]] = defaultdict(list)
        for region, nip in s.exec(
            select(EmployeeRow.region, EmployeeRow.nip).order_by(col(EmployeeRow.nip))
        ).all():
            nips[region].append(nip)
    return [tuple(r) for r in by_stage], dict(nips)


@pytest.fixture(scope="module")
def demo(engine: Engine) -> tuple[Engine, Summary]:
    """One demo store per database, shared by the tests here (they leave it as it was)."""
    _clear(engine)
    summary = fill(engine, CATALOG, employees=N, seed=SEED, today=TODAY)
    assert summary is not None
    return engine, summary


def test_the_same_seed_gives_the_same_store(demo: tuple[Engine, Summary]) -> None:
    engine, first = demo
    first_counts, first_content = counts(engine), content(engine)
    _clear(engine)
    second = fill(engine, CATALOG, employees=N, seed=SEED, today=TODAY)
    assert second is not None
    assert counts(engine) == first_counts
    assert second.regions == first.regions
    changed = [t for t, rows in content(engine).items() if rows != first_content[t]]
    assert changed == []
    # another seed, another workforce
    rc = CATALOG.regions[REGIONS[0]]
    nips = [p.employee.nip for p in workforce(SEED + 1, rc, N, TODAY, set())]
    assert sorted(nips) != first_counts[1][rc.code]


def test_a_store_with_data_is_left_alone(demo: tuple[Engine, Summary]) -> None:
    engine, _ = demo
    before = counts(engine)
    assert fill(engine, CATALOG, employees=N, seed=SEED + 1, today=TODAY) is None
    tokens = load_demo(engine, CATALOG, employees=N, seed=SEED)
    assert counts(engine) == before
    assert {(role, region) for role, region, _ in tokens} == {
        *((role, r) for r in REGIONS for role in ("hr", "region-admin")),
        ("central", None),
    }


def test_every_region_has_a_workforce_with_histories(demo: tuple[Engine, Summary]) -> None:
    engine, summary = demo
    assert summary.unexpected == ()
    with Session(engine) as s:
        employees = s.exec(select(EmployeeRow)).all()
        by_region = Counter(e.region for e in employees)
        assert by_region == dict.fromkeys(REGIONS, N)
        nips = [e.nip for e in employees]
        assert len(set(nips)) == len(nips)
        for nip in nips:
            parse_nip(nip)  # raises if not a valid NIP
        for region in REGIONS:
            mine = [e for e in employees if e.region == region]
            kinds = {e.position_kind for e in mine}
            assert {
                PositionKind.JPT_PRATAMA,
                PositionKind.ADMINISTRATOR,
                PositionKind.PENGAWAS,
                PositionKind.FUNGSIONAL,
                PositionKind.PELAKSANA,
            } <= kinds, region
            assert len({e.unit for e in mine}) >= 5 and len({e.sector for e in mine}) >= 4
            assert all(e.education_level and e.education_field for e in mine)
            assert sum(1 for e in mine if e.competencies) >= N * 0.9
            assert {e.employment_type for e in mine} == {"PNS", "PPPK"}
        ids = {e.id: e for e in employees}
        years = Counter(a.employee_id for a in s.exec(select(AppraisalRow)).all())
        assert sum(1 for n in years.values() if n >= 4) >= len(ids) * 0.7
        window = date(TODAY.year - 2, TODAY.month, TODAY.day)
        sanctions = s.exec(select(SanctionRow)).all()
        assert any(x.end is not None and x.end < window for x in sanctions)  # served before
        assert any(window <= x.start <= TODAY for x in sanctions)  # in force during the window
        kinds_of_obligation = {o.kind for o in s.exec(select(ObligationRow)).all()}
        assert kinds_of_obligation == {"tugas_belajar", "ikatan_dinas"}
        base = s.exec(select(TrainingRow).where(col(TrainingRow.case_id).is_(None))).all()
        assert len({t.employee_id for t in base}) >= len(ids) * 0.7 and all(
            t.hours > 0 for t in base
        )
        for region in REGIONS:
            vacs = s.exec(select(VacancyRow).where(VacancyRow.region == region)).all()
            flags = {f for v in vacs for f in v.flags or ()}
            assert flags == {"strategic", "public_facing"}, region
            assert any(v.required_competencies for v in vacs)
            assert any(v.education_fields for v in vacs)
            assert all(v.seats is not None for v in vacs)
            assert any(v.required_staff is not None and v.current_staff is not None for v in vacs)
            assert any(v.agency for v in vacs)  # moves out of the region


def test_every_region_has_cases_at_every_stage_and_every_outcome(
    demo: tuple[Engine, Summary],
) -> None:
    engine, summary = demo
    with Session(engine) as s:
        rows = s.exec(select(CaseRow)).all()
        events_by_case = Counter(t.case_id for t in s.exec(select(TransitionRow)).all())
    for region in REGIONS:
        graph = CATALOG.regions[region].graph
        mine = [r for r in rows if r.region == region]
        open_at = {r.stage for r in mine if r.status == CaseStatus.OPEN.value}
        assert open_at == {st.key for st in graph.stages}, region
        assert {r.status for r in mine} >= TERMINAL, region
        rejected_at = {r.stage for r in mine if r.status == CaseStatus.REJECTED.value}
        assert all("rejected" in graph.forward(k) for k in rejected_at), region
        opened = sorted(r.opened_at.date() for r in mine)
        assert (opened[-1] - opened[0]).days > 365, region  # spread over the two years
        assert opened[-1] < TODAY and opened[0] >= date(TODAY.year - 2, TODAY.month, TODAY.day)
        assert all(events_by_case[r.id or 0] for r in mine if r.status != CaseStatus.OPEN.value)
    summary_regions = {r.region: r for r in summary.regions}
    assert {r: summary_regions[r].employees for r in REGIONS} == dict.fromkeys(REGIONS, N)


def _per_region(engine: Engine) -> dict[str, dict[str, Any]]:
    """The figures the tendencies are about, computed from the stored rows."""
    out: dict[str, dict[str, Any]] = {}
    with Session(engine) as s:
        for region in REGIONS:
            rc = CATALOG.regions[region]
            cases = s.exec(select(CaseRow).where(CaseRow.region == region)).all()
            ids = {c.id for c in cases}
            status = Counter(c.status for c in cases)
            subs = [x for x in s.exec(select(SubmissionRow)).all() if x.case_id in ids]
            soc = [x for x in subs if x.form_kind == FormKind.SOCIALISATION_ACKNOWLEDGEMENT.value]
            objected = {x.case_id for x in subs if x.objection}
            adaptation: dict[int, list[float]] = defaultdict(list)
            for x in subs:
                if x.adaptation_score is not None:
                    adaptation[x.case_id].append(x.adaptation_score)
            flags = {
                v.id: set(v.flags or ())
                for v in s.exec(select(VacancyRow).where(VacancyRow.region == region)).all()
            }
            vacancy_of = {c.id: c.vacancy_id for c in cases}
            public = [x for x in subs if x.form_kind == FormKind.PUBLIC_SATISFACTION.value]
            completed = {c.id: c for c in cases if c.status == CaseStatus.COMPLETED.value}
            jp = 0  # training recorded on completed cases up to their completion
            for t in s.exec(select(TrainingRow).where(col(TrainingRow.case_id).is_not(None))):
                done = completed.get(t.case_id or 0)
                if done is not None and done.closed_at and t.end <= done.closed_at.date():
                    jp += t.hours
            returns = s.exec(
                select(func.count()).where(
                    TransitionRow.region == region,
                    TransitionRow.from_stage == "sosialisasi",
                    TransitionRow.to_stage == "penetapan",
                )
            ).one()
            out[region] = {
                "withdrawn": status[CaseStatus.WITHDRAWN.value] / len(cases),
                "objections": sum(1 for x in soc if x.objection) / max(1, len(soc)),
                "objections_match_answers": all(
                    x.objection == records_objection(rc.forms[x.form].spec, x.answers or {})
                    for x in soc
                ),
                "resistance": len(objected | {c.id for c in cases if c.status == "withdrawn"})
                / len(cases),
                "adaptation": (
                    sum(sum(v) / len(v) for v in adaptation.values()) / len(adaptation)
                    if adaptation
                    else None
                ),
                "public_facing": [
                    x.score for x in public if "public_facing" in flags[vacancy_of[x.case_id]]
                ],
                "public_other": [
                    x.score for x in public if "public_facing" not in flags[vacancy_of[x.case_id]]
                ],
                "jp_per_completed": jp / max(1, len(completed)),
                "returns_after_objection": returns,
                "kinds": {x.form_kind for x in subs},
            }
    return out


def _mean(xs: list[float | None]) -> float:
    values = [x for x in xs if x is not None]
    return sum(values) / len(values)


def test_forms_training_and_appraisals_after_the_move(demo: tuple[Engine, Summary]) -> None:
    engine, _ = demo
    figures = _per_region(engine)
    for region in REGIONS:
        rc = CATALOG.regions[region]
        f = figures[region]
        # every kind of form the region's gates ask for was filled in on some case
        asked = {v.spec.kind.value for v in rc.forms.values()}
        assert asked <= f["kinds"], (region, asked - f["kinds"])
        assert f["objections_match_answers"], region
    with Session(engine) as s:
        scored = s.exec(
            select(func.count()).where(
                col(SubmissionRow.form_kind).in_(
                    ["post_transfer_survey", "impact_evaluation", "public_satisfaction"]
                ),
                col(SubmissionRow.score).is_not(None),
            )
        ).one()
        assert scored > 0
        assert s.exec(select(func.count()).where(SubmissionRow.objection)).one() > 0
        recorded = s.exec(select(TrainingRow).where(col(TrainingRow.case_id).is_not(None))).all()
        region_of = {c.id: c.region for c in s.exec(select(CaseRow)).all()}
        trained = {region_of[t.case_id] for t in recorded if t.case_id is not None}
        gated = {
            r for r in REGIONS if any(q.gate_stage for q in CATALOG.regions[r].training.values())
        }
        assert gated <= trained
        assert all(t.hours > 0 and t.start <= t.end for t in recorded)
        # the year after the move: recorded for some moved employees, not for all
        completed = s.exec(select(CaseRow).where(CaseRow.status == "completed")).all()
        have = 0
        for c in completed:
            assert c.closed_at is not None
            have += bool(
                s.exec(
                    select(AppraisalRow).where(
                        AppraisalRow.employee_id == c.employee_id,
                        AppraisalRow.year == c.closed_at.year + 1,
                    )
                ).first()
            )
        assert 0 < have < len(completed)
        # moved employees hold their new post
        moved = s.exec(
            select(EmployeeRow, VacancyRow)
            .join(CaseRow, col(CaseRow.employee_id) == col(EmployeeRow.id))
            .join(VacancyRow, col(VacancyRow.id) == col(CaseRow.vacancy_id))
            .where(CaseRow.status == "completed")
        ).all()
        assert moved and all(e.unit == v.unit and e.position_title == v.title for e, v in moved)


def test_regions_differ_the_way_their_documents_say(demo: tuple[Engine, Summary]) -> None:
    engine, _ = demo
    f = _per_region(engine)
    others = [r for r in REGIONS if r != "medan"]
    # Jambi's participation forums: fewer withdrawals and objections than Medan
    assert f["jambi"]["withdrawn"] < f["medan"]["withdrawn"]
    assert f["jambi"]["objections"] < f["medan"]["objections"]
    # Medan: the most resistance (withdrawals and objections per case)
    assert all(f["medan"]["resistance"] > f[r]["resistance"] for r in others)
    # Rangkui's transparency: objections go back to the decision; fewer withdrawals than Medan
    assert f["rangkui"]["returns_after_objection"] > 0
    assert f["rangkui"]["withdrawn"] < f["medan"]["withdrawn"]
    # Kepahiang's 360° input and support: the best adaptation; Sawahlunto's training next
    assert all(
        f["kepahiang"]["adaptation"] > f[r]["adaptation"]
        for r in ("medan", "rangkui", "sawahlunto")
    )
    assert f["sawahlunto"]["adaptation"] > f["medan"]["adaptation"]
    # Medan measures public satisfaction, higher on public-facing posts
    assert all(not f[r]["public_facing"] and not f[r]["public_other"] for r in others)
    assert _mean(f["medan"]["public_facing"]) > _mean(f["medan"]["public_other"])
    # Sawahlunto trains before the move: the most JP per moved employee
    assert all(
        f["sawahlunto"]["jp_per_completed"] > f[r]["jp_per_completed"]
        for r in REGIONS
        if r != "sawahlunto"
    )


def test_too_small_a_workforce_is_refused(demo: tuple[Engine, Summary]) -> None:
    engine, _ = demo
    with Session(engine) as session, pytest.raises(ValueError, match=str(MIN_EMPLOYEES)):
        generate(session, CATALOG, employees=MIN_EMPLOYEES - 1, seed=SEED, today=TODAY)


def test_the_command_fills_an_empty_store_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MUTASI_DATABASE_URL", f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    monkeypatch.delenv("MUTASI_PLUGINS", raising=False)
    runner = CliRunner()
    result = runner.invoke(app, ["demo", "--employees", str(MIN_EMPLOYEES), "--seed", "3"])
    assert result.exit_code == 0, result.output
    assert "selesai dalam" in result.output
    for region in REGIONS:
        assert region[:6] in result.output
    again = runner.invoke(app, ["demo", "--employees", str(MIN_EMPLOYEES)])
    assert again.exit_code == 1
    assert "sudah berisi pegawai" in again.output
    small = runner.invoke(app, ["demo", "--employees", "5"])
    assert small.exit_code == 2
