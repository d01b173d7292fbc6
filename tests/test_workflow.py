"""Moving a case through the stage graph: gates, returns, rejection, withdrawal, completion."""

from __future__ import annotations

from datetime import date, datetime

import attrs
import pytest

from mutasi_core import (
    CaseStatus,
    Decision,
    Initiator,
    MutationKind,
    Submission,
    TrainingRecord,
    TransferCase,
)
from mutasi_core.stages import GatesUnmet, InvalidTransition
from mutasi_core.testing import employee, vacancy
from mutasi_core.workflow import check_gates, move

AT = datetime(2025, 6, 2, 9, 0)


@pytest.fixture
def case(test_region):
    return TransferCase(
        id="c-1",
        region="uji",
        kind=MutationKind.WITHIN_AGENCY,
        initiator=Initiator.AGENCY,
        employee=employee(),
        target=vacancy("uji"),
        stage=test_region.graph.first.key,
        opened_at=AT,
    )


def go(region, case, to, **kw):
    emp, tgt = case.employee, case.target
    report = region.evaluate(emp, tgt, as_of=AT.date(), kind=case.kind, initiator=case.initiator)
    return move(
        region.graph,
        case,
        to,
        actor="hr-1",
        at=AT,
        eligibility=report,
        forms=region.form_specs,
        training=region.training,
        **kw,
    )


def submit(case, form, answers, score):
    sub = Submission(form=form, answers=answers, submitted_at=AT, submitted_by="hr-1", score=score)
    return attrs.evolve(case, submissions=(*case.submissions, sub))


def test_leaving_a_stage_with_unmet_gates_is_refused_with_each_reason(test_region, case):
    with pytest.raises(GatesUnmet) as exc:
        go(test_region, case, "keputusan")
    assert [g.reason for g in exc.value.unmet] == ["formulir belum diisi"]
    low = submit(case, "survei", {"puas": 1, "adaptasi": 2}, 12.5)
    with pytest.raises(GatesUnmet) as exc:
        go(test_region, low, "keputusan")
    assert exc.value.unmet[0].reason == "nilai 12.5; minimal 50"
    assert exc.value.unmet[0].description == "formulir 'Survei' telah diisi dengan nilai minimal 50"


def test_a_case_moves_forward_once_gates_are_met_and_records_who_and_when(test_region, case):
    ok = submit(case, "survei", {"puas": 5, "adaptasi": 4}, 87.5)
    moved = go(test_region, ok, "keputusan")
    assert moved.stage == "keputusan"
    assert moved.version == case.version + 1
    assert moved.transitions[-1].actor == "hr-1"
    assert moved.transitions[-1].from_stage == "penilaian"
    assert moved.transitions[-1].phase == "performance_review"
    assert case.stage == "penilaian"  # the input is unchanged


def test_decision_stage_needs_eligibility_and_the_named_body(test_region, case):
    at_decision = attrs.evolve(case, stage="keputusan")
    with pytest.raises(GatesUnmet) as exc:
        go(test_region, at_decision, "penempatan")
    assert [g.kind for g in exc.value.unmet] == ["decision_taken"]
    assert exc.value.unmet[0].reason == "belum ada keputusan Baperjakat"
    approved = attrs.evolve(
        at_decision,
        decisions=(Decision(body="baperjakat", verdict="approve", decided_at=AT, decided_by="x"),),
    )
    assert go(test_region, approved, "penempatan").stage == "penempatan"
    ineligible = attrs.evolve(approved, target=vacancy("uji", seats=0))
    with pytest.raises(GatesUnmet) as exc:
        go(test_region, ineligible, "penempatan")
    assert exc.value.unmet[0].kind == "eligibility_holds"
    assert "formasi lowong" in exc.value.unmet[0].reason


def test_training_requirement_gates_the_stage_it_names(test_region, case):
    placed = attrs.evolve(case, stage="penempatan", employee=employee(training=()))
    with pytest.raises(GatesUnmet) as exc:
        go(test_region, placed, "completed")
    assert exc.value.unmet[0].reason.startswith("0 JP pelatihan teknis sejak 2024-06-02")
    trained = attrs.evolve(
        placed,
        employee=employee(
            training=(
                TrainingRecord(
                    title="Teknis",
                    category="teknis",
                    hours=16,
                    start=date(2025, 5, 1),
                    end=date(2025, 5, 3),
                ),
            )
        ),
    )
    done = go(test_region, trained, "completed")
    assert done.status is CaseStatus.COMPLETED
    with pytest.raises(InvalidTransition):
        go(test_region, done, "penilaian")


def test_returns_rejection_and_withdrawal_need_no_gate(test_region, case):
    at_decision = attrs.evolve(case, stage="keputusan")
    back = go(test_region, at_decision, "penilaian", note="lengkapi penilaian")
    assert back.stage == "penilaian"
    assert back.transitions[-1].note == "lengkapi penilaian"
    rejected = go(test_region, at_decision, "rejected")
    assert rejected.status is CaseStatus.REJECTED
    withdrawn = go(test_region, case, "withdrawn")
    assert withdrawn.status is CaseStatus.WITHDRAWN


def test_jumping_to_a_stage_without_an_edge_is_invalid(test_region, case):
    with pytest.raises(InvalidTransition) as exc:
        go(test_region, case, "penempatan")
    assert "yang boleh: keputusan, withdrawn" in str(exc.value)
    with pytest.raises(InvalidTransition):
        go(test_region, case, "rejected")  # rejection only where the stage allows it


def test_gate_listing_shows_met_and_unmet(test_region, case):
    results = check_gates(
        test_region.graph,
        submit(case, "survei", {"puas": 5, "adaptasi": 5}, 100.0),
        as_of=AT.date(),
        eligibility=None,
        forms=test_region.form_specs,
        training=test_region.training,
    )
    assert [(g.kind, g.met) for g in results] == [("form_submitted", True)]
