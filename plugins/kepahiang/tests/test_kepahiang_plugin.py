"""Kepahiang: each own rule passes, fails and cannot be determined where its data is missing;
stages, training and forms are what the document says."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import attrs
import pytest

from mutasi_core import (
    Addressee,
    Education,
    Employee,
    FormKind,
    FormSubmitted,
    Initiator,
    MutationKind,
    Outcome,
    Phase,
    Predicate,
    RegionCatalog,
    Submission,
    TrainingRecord,
    TransferCase,
    Vacancy,
    load_catalog,
)
from mutasi_core.conformance import PluginConformance
from mutasi_core.stages import GateResult
from mutasi_core.testing import AS_OF, employee, flags, outcome, vacancy
from mutasi_core.training import Timing
from mutasi_core.workflow import check_gates


@pytest.fixture(scope="module")
def region() -> RegionCatalog:
    return load_catalog(["kepahiang"]).region("kepahiang")


def budget_post(**changes: Any) -> Vacancy:
    """The document's example: a budget-management post for finance graduates."""
    base = vacancy(
        "kepahiang",
        unit="Badan Keuangan Daerah",
        title="Analis Anggaran",
        sector="keuangan",
        education_fields=frozenset({"keuangan", "akuntansi"}),
    )
    return attrs.evolve(base, **changes)


def finance_graduate(**changes: Any) -> Employee:
    return employee(education=Education(level="S1", field="keuangan"), **changes)


def with_predicate(year: int, predicate: Predicate) -> Employee:
    return employee(
        appraisals=tuple(
            attrs.evolve(a, predicate=predicate) if a.year == year else a
            for a in employee().appraisals
        )
    )


# --- kepahiang.kesesuaian_pendidikan ------------------------------------------------------


def test_finance_graduate_fits_a_budget_management_post(region):
    got = outcome(region, "kepahiang.kesesuaian_pendidikan", finance_graduate(), budget_post())
    assert got.outcome is Outcome.ELIGIBLE
    assert got.reason == (
        "pendidikan S1 bidang keuangan; jabatan tujuan menerima akuntansi, keuangan"
    )


def test_education_outside_the_accepted_fields_is_not_eligible_and_blocks(region):
    emp = employee(education=Education(level="S1", field="hukum"))
    bad = outcome(region, "kepahiang.kesesuaian_pendidikan", emp, budget_post())
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == "pendidikan S1 bidang hukum; jabatan tujuan menerima akuntansi, keuangan"
    assert bad.blocks


def test_education_unknown_cannot_be_determined(region):
    got = outcome(
        region, "kepahiang.kesesuaian_pendidikan", employee(education=None), budget_post()
    )
    assert got.outcome is Outcome.UNDETERMINED
    assert got.reason == "pendidikan pegawai tidak tercatat"
    assert got.blocks


# --- kepahiang.kesesuaian_kompetensi ------------------------------------------------------


def test_employee_with_the_required_competencies_is_eligible(region):
    target = budget_post(required_competencies=frozenset({"penganggaran", "komunikasi"}))
    emp = finance_graduate(competencies=frozenset({"penganggaran", "komunikasi", "akuntansi"}))
    got = outcome(region, "kepahiang.kesesuaian_kompetensi", emp, target)
    assert got.outcome is Outcome.ELIGIBLE
    assert got.reason == "memiliki kompetensi yang disyaratkan: komunikasi, penganggaran"


def test_missing_required_competency_is_not_eligible(region):
    target = budget_post(required_competencies=frozenset({"penganggaran", "komunikasi"}))
    bad = outcome(region, "kepahiang.kesesuaian_kompetensi", employee(), target)
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == (
        "kompetensi yang belum dimiliki: penganggaran (disyaratkan: komunikasi, penganggaran)"
    )
    assert bad.blocks


def test_target_without_required_competencies_accepts_anyone(region):
    got = outcome(region, "kepahiang.kesesuaian_kompetensi", employee(), budget_post())
    assert got.outcome is Outcome.ELIGIBLE
    assert "tidak mensyaratkan kompetensi tertentu" in got.reason


# --- kepahiang.kinerja_jabatan_strategis --------------------------------------------------

STRATEGIC_RULE = "kepahiang.kinerja_jabatan_strategis"


def test_strategic_post_is_open_to_three_good_years(region):
    got = outcome(region, STRATEGIC_RULE, employee(), budget_post(flags=flags("strategic")))
    assert got.outcome is Outcome.ELIGIBLE
    assert got.reason == (
        "predikat kinerja 2022: Baik, 2023: Baik, 2024: Baik; minimum Baik pada 3 tahun terakhir"
    )


def test_weak_third_year_bars_a_strategic_post_though_the_national_rule_passes(region):
    weak = with_predicate(2022, Predicate.BUTUH_PERBAIKAN)
    strategic = budget_post(flags=flags("strategic"))
    bad = outcome(region, STRATEGIC_RULE, weak, strategic)
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == (
        "predikat kinerja 2022: Butuh Perbaikan, 2023: Baik, 2024: Baik; "
        "minimum Baik pada 3 tahun terakhir"
    )
    assert bad.blocks
    assert outcome(region, "nasional.predikat_kinerja", weak, strategic).outcome is (
        Outcome.ELIGIBLE
    )


def test_missing_appraisal_year_for_a_strategic_post_cannot_be_determined(region):
    two_years = employee(appraisals=tuple(a for a in employee().appraisals if a.year != 2022))
    got = outcome(region, STRATEGIC_RULE, two_years, budget_post(flags=flags("strategic")))
    assert got.outcome is Outcome.UNDETERMINED
    assert got.reason == (
        "predikat kinerja tahun 2022 tidak tercatat; minimum Baik pada 3 tahun terakhir"
    )


def test_strategic_performance_rule_does_not_apply_to_ordinary_posts(region):
    weak = with_predicate(2022, Predicate.KURANG)
    got = outcome(region, STRATEGIC_RULE, weak, budget_post())
    assert got.outcome is Outcome.NOT_APPLICABLE
    assert got.reason == "jabatan tujuan bukan jabatan strategis"


# --- stages -------------------------------------------------------------------------------


def test_stages_follow_the_document_in_order(region):
    stages = region.graph.stages
    assert [s.key for s in stages] == [
        "penilaian_kinerja_individu",
        "masukan_atasan_rekan_sejawat",
        "keputusan_mutasi",
        "sosialisasi",
        "pemindahan",
        "dukungan_penyesuaian",
        "evaluasi_dampak",
    ]
    assert [s.phase for s in stages] == [
        Phase.PERFORMANCE_REVIEW,
        Phase.ASSESSMENT,
        Phase.DECISION,
        Phase.SOCIALISATION,
        Phase.PLACEMENT,
        Phase.ONBOARDING,
        Phase.POST_EVALUATION,
    ]
    assert all(s.citation for s in stages)


def test_decision_needs_the_team_and_the_ppk_and_may_reject_or_return(region):
    decision = region.graph.stage("keputusan_mutasi")
    assert region.graph.forward("keputusan_mutasi") == ("sosialisasi", "rejected")
    assert decision.returns_to == ("penilaian_kinerja_individu", "masukan_atasan_rekan_sejawat")
    kinds = [g.kind for g in region.graph.gates["keputusan_mutasi"]]
    assert kinds == ["eligibility_holds", "decision_taken", "decision_taken"]
    bodies = [getattr(g, "body", None) for g in decision.gates]
    assert bodies == [None, "tim_penilai_kinerja", "ppk"]
    assert decision.deadline_working_days == 15


def test_assessment_stage_is_gated_by_superior_and_peer_input_of_at_least_50(region):
    gates = region.graph.gates["masukan_atasan_rekan_sejawat"]
    assert gates == (
        FormSubmitted("masukan_atasan", min_score=50),
        FormSubmitted("masukan_rekan_sejawat", min_score=50),
    )


def _case(stage: str, *submissions: Submission, emp: Employee | None = None) -> TransferCase:
    return TransferCase(
        id="k-1",
        region="kepahiang",
        kind=MutationKind.WITHIN_AGENCY,
        initiator=Initiator.AGENCY,
        employee=emp or employee(),
        target=budget_post(),
        stage=stage,
        opened_at=datetime(2025, 5, 1, 9, 0),
        submissions=submissions,
    )


def _submitted(form: str, score: float) -> Submission:
    return Submission(
        form=form,
        answers={},
        submitted_at=datetime(2025, 5, 20, 10, 0),
        submitted_by="199001012015011001",
        score=score,
    )


def _gates(region: RegionCatalog, case: TransferCase, as_of: date = AS_OF) -> list[GateResult]:
    return check_gates(
        region.graph,
        case,
        as_of=as_of,
        eligibility=None,
        forms=region.form_specs,
        training=region.training,
    )


def test_low_peer_input_keeps_the_case_in_assessment(region):
    stage = "masukan_atasan_rekan_sejawat"
    good = _case(
        stage,
        _submitted("masukan_atasan", 75),
        _submitted("masukan_rekan_sejawat", 50),
    )
    assert all(g.met for g in _gates(region, good))

    low = _case(
        stage,
        _submitted("masukan_atasan", 75),
        _submitted("masukan_rekan_sejawat", 40),
    )
    superior, peer = _gates(region, low)
    assert superior.met
    assert not peer.met
    assert peer.reason == "nilai 40; minimal 50"

    missing = _case(stage, _submitted("masukan_atasan", 75))
    assert _gates(region, missing)[1].reason == "formulir belum diisi"


# --- training -----------------------------------------------------------------------------


def test_technical_training_after_the_move_gates_the_support_stage(region):
    (req,) = region.training.values()
    assert req.id == "pelatihan_teknis_penyesuaian"
    assert req.categories == frozenset({"teknis"})
    assert req.min_hours == 20
    assert req.window_months == 6
    assert req.timing is Timing.AFTER_MOVE
    assert req.gate_stage == "dukungan_penyesuaian"
    assert [g.kind for g in region.graph.gates["dukungan_penyesuaian"]] == ["training_completed"]


def test_support_stage_waits_for_20_jp_of_technical_training_in_six_months(region):
    (ok,) = _gates(region, _case("dukungan_penyesuaian"))
    assert ok.met  # 24 JP teknis ended 2025-02-06

    short = employee(
        training=(
            TrainingRecord(
                title="Bimtek pengelolaan anggaran",
                category="teknis",
                hours=16,
                start=date(2025, 4, 7),
                end=date(2025, 4, 9),
            ),
            TrainingRecord(
                title="Pelatihan teknis lama",
                category="teknis",
                hours=40,
                start=date(2024, 9, 2),
                end=date(2024, 9, 6),
            ),
        )
    )
    (bad,) = _gates(region, _case("dukungan_penyesuaian", emp=short))
    assert not bad.met
    assert bad.reason == "16 JP pelatihan teknis sejak 2024-12-02; dibutuhkan 20 JP"


# --- forms --------------------------------------------------------------------------------


def test_forms_cover_superior_and_peer_input_socialisation_and_impact(region):
    specs = region.form_specs
    assert {k: (s.kind, s.addressee) for k, s in specs.items()} == {
        "masukan_atasan": (FormKind.MULTI_RATER, Addressee.SUPERIOR),
        "masukan_rekan_sejawat": (FormKind.MULTI_RATER, Addressee.PEER),
        "tanda_terima_sosialisasi": (FormKind.SOCIALISATION_ACKNOWLEDGEMENT, Addressee.EMPLOYEE),
        "evaluasi_dampak_kinerja": (FormKind.IMPACT_EVALUATION, Addressee.SUPERIOR),
    }
    assert specs["masukan_atasan"].scoring is not None
    assert specs["masukan_rekan_sejawat"].scoring is not None
    assert specs["tanda_terima_sosialisasi"].scoring is None
    assert specs["evaluasi_dampak_kinerja"].adaptation_items == ("penyesuaian",)


def test_form_examples_are_valid_and_scored_on_0_to_100(region):
    for validator in region.forms.values():
        for sample in validator.spec.examples():
            assert validator.errors(sample) == []
    superior = region.forms["masukan_atasan"]
    assert superior.score(superior.spec.examples()[0]) == 81.25
    impact = region.forms["evaluasi_dampak_kinerja"]
    assert impact.score(impact.spec.examples()[0]) == 75.0


def test_an_objection_at_socialisation_needs_its_reason(region):
    form = region.forms["tanda_terima_sosialisasi"]
    objection = {**form.spec.examples()[0], "keberatan": True}
    assert [e.path for e in form.errors(objection)] == ["$"]
    assert form.errors({**objection, "alasan_keberatan": "Jarak rumah ke kantor baru."}) == []


class TestConformance(PluginConformance):
    region = "kepahiang"
