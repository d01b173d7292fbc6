"""Sawahlunto: each own rule passes, fails and cannot be determined where its data is missing;
stages, training and forms are what the document says."""

from __future__ import annotations

import attrs
import pytest

from mutasi_core import Education, Outcome, Predicate, Rating, RegionCatalog, load_catalog
from mutasi_core.conformance import PluginConformance
from mutasi_core.testing import employee, flags, outcome, vacancy
from mutasi_core.training import Timing


@pytest.fixture(scope="module")
def region() -> RegionCatalog:
    return load_catalog(["sawahlunto"]).region("sawahlunto")


def test_education_outside_the_accepted_fields_is_not_eligible(region):
    target = vacancy(education_fields=frozenset({"kesehatan", "keperawatan"}))
    ok = outcome(region, "sawahlunto.kesesuaian_pendidikan", employee(), target)
    assert ok.outcome is Outcome.ELIGIBLE
    assert "bidang kesehatan" in ok.reason

    emp = employee(education=Education(level="S1", field="hukum"))
    bad = outcome(region, "sawahlunto.kesesuaian_pendidikan", emp, target)
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == (
        "pendidikan S1 bidang hukum; jabatan tujuan menerima keperawatan, kesehatan"
    )
    assert bad.blocks


def test_education_unknown_cannot_be_determined(region):
    got = outcome(region, "sawahlunto.kesesuaian_pendidikan", employee(education=None))
    assert got.outcome is Outcome.UNDETERMINED
    assert got.reason == "pendidikan pegawai tidak tercatat"


def test_strategic_post_needs_a_good_latest_appraisal(region):
    strategic = vacancy(flags=flags("strategic"))
    rule = "sawahlunto.kinerja_jabatan_strategis"
    assert outcome(region, rule, employee(), strategic).outcome is Outcome.ELIGIBLE
    weak = employee(
        appraisals=tuple(
            attrs.evolve(a, predicate=Predicate.BUTUH_PERBAIKAN) if a.year == 2024 else a
            for a in employee().appraisals
        )
    )
    bad = outcome(region, rule, weak, strategic)
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == "predikat kinerja 2024: Butuh Perbaikan; minimum Baik"
    missing = outcome(region, rule, employee(appraisals=()), strategic)
    assert missing.outcome is Outcome.UNDETERMINED
    assert outcome(region, rule, weak, vacancy()).outcome is Outcome.NOT_APPLICABLE


def test_strategic_post_needs_potential_of_at_least_70(region):
    strategic = vacancy(flags=flags("strategic"))
    rule = "sawahlunto.potensi_jabatan_strategis"
    assert (
        outcome(region, rule, employee(potential_score=70), strategic).outcome is Outcome.ELIGIBLE
    )
    bad = outcome(region, rule, employee(potential_score=69), strategic)
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == "nilai potensi 69; minimum 70"
    unknown = outcome(region, rule, employee(potential_score=None), strategic)
    assert unknown.outcome is Outcome.UNDETERMINED
    assert "belum tercatat" in unknown.reason


def test_objective_indicators_are_advice_not_a_block(region):
    rule = "sawahlunto.indikator_kinerja_objektif"
    assert outcome(region, rule).outcome is Outcome.ELIGIBLE
    below = employee(
        appraisals=tuple(attrs.evolve(a, work_result=Rating.BELOW) for a in employee().appraisals)
    )
    bad = outcome(region, rule, below)
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert "hasil kerja di bawah ekspektasi" in bad.reason
    assert not bad.blocks
    no_ratings = employee(
        appraisals=tuple(attrs.evolve(a, behaviour=None) for a in employee().appraisals)
    )
    assert outcome(region, rule, no_ratings).outcome is Outcome.UNDETERMINED


def test_stages_follow_the_document_in_order(region):
    keys = [s.key for s in region.graph.stages]
    assert keys == [
        "evaluasi_kinerja",
        "penentuan",
        "pelatihan",
        "penempatan",
        "team_building",
        "evaluasi_pasca_mutasi",
        "tindak_lanjut",
    ]
    assert [s.phase.value for s in region.graph.stages] == [
        "performance_review",
        "decision",
        "training",
        "placement",
        "onboarding",
        "post_evaluation",
        "post_evaluation",
    ]


def test_technical_leadership_and_communication_training_gate_the_training_stage(region):
    reqs = region.training
    assert {r.categories for r in reqs.values()} == {
        frozenset({"teknis"}),
        frozenset({"kepemimpinan"}),
        frozenset({"komunikasi"}),
    }
    assert all(
        r.timing is Timing.BEFORE_MOVE and r.gate_stage == "pelatihan" for r in reqs.values()
    )
    gate_kinds = [g.kind for g in region.graph.gates["pelatihan"]]
    assert gate_kinds == ["training_completed"] * 3


def test_forms_cover_appraisal_and_post_transfer_survey(region):
    kinds = {f.spec.kind.value for f in region.forms.values()}
    assert {"performance_appraisal", "post_transfer_survey", "interview"} <= kinds


class TestConformance(PluginConformance):
    region = "sawahlunto"
