"""Rangkui: each own rule passes, fails and cannot be determined where its data is missing;
stages, training and forms are what the document says."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import pytest

from mutasi_core import (
    Addressee,
    Education,
    Employee,
    FormKind,
    Level,
    Outcome,
    Phase,
    RegionCatalog,
    Severity,
    TrainingRecord,
    Vacancy,
    load_catalog,
)
from mutasi_core.conformance import PluginConformance
from mutasi_core.testing import AS_OF, employee, outcome, position, vacancy
from mutasi_core.training import Timing

TEACHER_EDUCATION = Education(level="S1", field="pendidikan")


@pytest.fixture(scope="module")
def region() -> RegionCatalog:
    return load_catalog(["rangkui"]).region("rangkui")


def school(**changes: Any) -> Vacancy:
    """The document's example: a school short of teachers, asking for an education background."""
    base = vacancy(
        "rangkui",
        unit="SMA Negeri 2 Rangkui",
        title="Guru Ahli Pertama",
        sector="pendidikan",
        education_fields=frozenset({"pendidikan"}),
        required_competencies=frozenset({"mengajar"}),
        required_staff=6,
        current_staff=4,
    )
    return attrs.evolve(base, **changes)


def teacher(**changes: Any) -> Employee:
    base: dict[str, Any] = {
        "education": TEACHER_EDUCATION,
        "competencies": frozenset({"mengajar", "komunikasi"}),
        "position": position(unit="Dinas Pendidikan", sector="pendidikan"),
    }
    return employee(**{**base, **changes})


def test_region_is_a_province_without_a_kemendagri_code(region):
    assert region.region.name == "Provinsi Rangkui"
    assert region.region.level is Level.PROVINCE
    assert region.region.area_code is None
    assert region.region.note is not None
    assert "tidak ditemukan dalam daftar kode wilayah Kemendagri" in region.region.note


def test_teacher_with_education_background_passes_every_own_rule_for_a_short_school(region):
    report = region.evaluate(teacher(), school(), as_of=AS_OF)
    own = [o for o in report.outcomes if o.plugin == "rangkui"]
    assert {o.rule_id for o in own} == {
        "rangkui.kesesuaian_pendidikan",
        "rangkui.kesesuaian_kompetensi",
        "rangkui.kebutuhan_organisasi",
        "rangkui.pengalaman_kerja",
    }
    assert all(o.outcome is Outcome.ELIGIBLE for o in own)
    assert all("Provinsi Rangkui" in o.citation for o in own)


def test_education_background_outside_the_accepted_fields_is_not_eligible(region):
    rule = "rangkui.kesesuaian_pendidikan"
    ok = outcome(region, rule, teacher(), school())
    assert ok.outcome is Outcome.ELIGIBLE
    assert ok.reason == "pendidikan S1 bidang pendidikan; jabatan tujuan menerima pendidikan"

    bad = outcome(region, rule, teacher(education=Education(level="S1", field="hukum")), school())
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == "pendidikan S1 bidang hukum; jabatan tujuan menerima pendidikan"
    assert bad.blocks


def test_education_unknown_cannot_be_determined(region):
    got = outcome(region, "rangkui.kesesuaian_pendidikan", teacher(education=None), school())
    assert got.outcome is Outcome.UNDETERMINED
    assert got.reason == "pendidikan pegawai tidak tercatat"
    assert got.blocks


def test_missing_required_competency_is_not_eligible(region):
    rule = "rangkui.kesesuaian_kompetensi"
    ok = outcome(region, rule, teacher(), school())
    assert ok.outcome is Outcome.ELIGIBLE
    assert ok.reason == "memiliki kompetensi yang disyaratkan: mengajar"

    bad = outcome(region, rule, teacher(competencies=frozenset({"komunikasi"})), school())
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == "kompetensi yang belum dimiliki: mengajar (disyaratkan: mengajar)"
    assert bad.blocks


def test_target_without_required_competencies_accepts_anyone(region):
    got = outcome(
        region,
        "rangkui.kesesuaian_kompetensi",
        teacher(competencies=frozenset()),
        school(required_competencies=frozenset()),
    )
    assert got.outcome is Outcome.ELIGIBLE
    assert got.reason == "Guru Ahli Pertama tidak mensyaratkan kompetensi tertentu"


def test_target_without_a_documented_shortage_is_not_eligible(region):
    rule = "rangkui.kebutuhan_organisasi"
    ok = outcome(region, rule, teacher(), school())
    assert ok.outcome is Outcome.ELIGIBLE
    assert ok.reason == (
        "kebutuhan menurut ABK 6 pegawai, tersedia 4 pada SMA Negeri 2 Rangkui: kurang 2"
    )

    bad = outcome(region, rule, teacher(), school(current_staff=6))
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == (
        "kebutuhan menurut ABK 6 pegawai, tersedia 6 pada SMA Negeri 2 Rangkui: "
        "tidak ada kekurangan"
    )
    assert bad.blocks


def test_shortage_without_a_needs_analysis_cannot_be_determined(region):
    got = outcome(region, "rangkui.kebutuhan_organisasi", teacher(), school(required_staff=None))
    assert got.outcome is Outcome.UNDETERMINED
    assert got.reason == "hasil ANJAB/ABK untuk SMA Negeri 2 Rangkui tidak tercatat"


def test_short_experience_lowers_the_score_but_does_not_block(region):
    rule = "rangkui.pengalaman_kerja"
    ok = outcome(region, rule, teacher(), school())
    assert ok.outcome is Outcome.ELIGIBLE
    assert ok.severity is Severity.SCORING
    assert ok.reason == "masa kerja 15 tahun 5 bulan sejak TMT CPNS 2010-01-01; minimum 5 tahun"

    junior = teacher(cpns_start=date(2021, 1, 4))
    bad = outcome(region, rule, junior, school())
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == "masa kerja 4 tahun 4 bulan sejak TMT CPNS 2021-01-04; minimum 5 tahun"
    assert not bad.blocks


def test_experience_parameter_is_five_years(region):
    param = region.parameters["rangkui.min_experience_months"]
    assert param.value_on(AS_OF) == 60


def test_stages_follow_the_document_in_order(region):
    stages = region.graph.stages
    assert [s.key for s in stages] == [
        "analisis_kebutuhan",
        "evaluasi_kinerja",
        "penetapan",
        "sosialisasi",
        "pelaksanaan_mutasi",
        "monitoring_evaluasi",
    ]
    assert [s.phase for s in stages] == [
        Phase.NEEDS_ANALYSIS,
        Phase.PERFORMANCE_REVIEW,
        Phase.DECISION,
        Phase.SOCIALISATION,
        Phase.PLACEMENT,
        Phase.POST_EVALUATION,
    ]
    assert all(s.citation for s in stages)


def test_decision_needs_the_team_and_the_governor_and_may_reject(region):
    graph = region.graph
    assert graph.forward("penetapan") == ("sosialisasi", "rejected")
    gates = graph.gates["penetapan"]
    assert [g.kind for g in gates] == ["eligibility_holds", "decision_taken", "decision_taken"]
    assert [getattr(g, "body", None) for g in gates] == [None, "tim_penilai_kinerja", "ppk"]
    assert graph.stage("penetapan").returns_to == ("analisis_kebutuhan", "evaluasi_kinerja")


def test_objection_at_socialisation_can_return_the_case_to_the_decision(region):
    stage = region.graph.stage("sosialisasi")
    assert stage.returns_to == ("penetapan",)
    assert [getattr(g, "form", None) for g in region.graph.gates["sosialisasi"]] == [
        "tanda_terima_sosialisasi"
    ]


def test_monitoring_is_the_last_stage_and_completes_the_case(region):
    assert region.graph.forward("monitoring_evaluasi") == ("completed",)
    gates = region.graph.gates["monitoring_evaluasi"]
    assert [getattr(g, "form", None) for g in gates if g.kind == "form_submitted"] == [
        "pemantauan_adaptasi",
        "evaluasi_ketercapaian_tujuan",
    ]


def test_orientation_and_technical_training_after_the_move_gate_monitoring(region):
    reqs = region.training
    assert set(reqs) == {"orientasi_lingkungan_kerja", "kompetensi_teknis_bidang_baru"}
    assert reqs["orientasi_lingkungan_kerja"].categories == frozenset({"orientasi"})
    assert reqs["orientasi_lingkungan_kerja"].min_hours == 8
    assert reqs["orientasi_lingkungan_kerja"].window_months == 6
    assert reqs["kompetensi_teknis_bidang_baru"].categories == frozenset({"teknis"})
    assert reqs["kompetensi_teknis_bidang_baru"].min_hours == 20
    assert all(
        r.timing is Timing.AFTER_MOVE and r.gate_stage == "monitoring_evaluasi"
        for r in reqs.values()
    )
    gate_kinds = [g.kind for g in region.graph.gates["monitoring_evaluasi"]]
    assert gate_kinds.count("training_completed") == 2
    assert all(
        "training_completed" not in [g.kind for g in region.graph.gates[s.key]]
        for s in region.graph.stages
        if s.key != "monitoring_evaluasi"
    )


def test_orientation_is_met_only_with_eight_jp_of_orientation(region):
    req = region.training["orientasi_lingkungan_kerja"]
    without = req.check(teacher(), AS_OF)
    assert not without.met
    assert without.reason == "0 JP pelatihan orientasi sejak 2024-12-02; dibutuhkan 8 JP"
    oriented = teacher(
        training=(
            TrainingRecord(
                title="Orientasi guru baru",
                category="orientasi",
                hours=8,
                start=date(2025, 5, 5),
                end=date(2025, 5, 5),
            ),
        )
    )
    assert req.check(oriented, AS_OF).met


def test_technical_training_needs_twenty_jp_in_the_last_year(region):
    req = region.training["kompetensi_teknis_bidang_baru"]
    met = req.check(teacher(), AS_OF)
    assert met.met
    assert met.reason == "24 JP pelatihan teknis sejak 2024-06-02; dibutuhkan 20 JP"
    short = teacher(
        training=tuple(attrs.evolve(t, hours=16) for t in employee().training),
    )
    got = req.check(short, AS_OF)
    assert not got.met
    assert got.reason == "16 JP pelatihan teknis sejak 2024-06-02; dibutuhkan 20 JP"


def test_forms_cover_needs_appraisal_socialisation_and_monitoring(region):
    specs = region.form_specs
    assert {k: (s.kind, s.addressee) for k, s in specs.items()} == {
        "analisis_kebutuhan_organisasi": (FormKind.NEEDS_ANALYSIS, Addressee.HR),
        "evaluasi_kinerja": (FormKind.PERFORMANCE_APPRAISAL, Addressee.SUPERIOR),
        "tanda_terima_sosialisasi": (
            FormKind.SOCIALISATION_ACKNOWLEDGEMENT,
            Addressee.EMPLOYEE,
        ),
        "pemantauan_adaptasi": (FormKind.POST_TRANSFER_SURVEY, Addressee.EMPLOYEE),
        "evaluasi_ketercapaian_tujuan": (FormKind.IMPACT_EVALUATION, Addressee.SUPERIOR),
    }
    assert specs["pemantauan_adaptasi"].adaptation_items == (
        "adaptasi_lingkungan",
        "pemahaman_tugas",
    )
    assert specs["evaluasi_ketercapaian_tujuan"].adaptation_items == ("adaptasi",)


def test_every_form_example_is_valid_and_scored_forms_give_0_to_100(region):
    for form in region.forms.values():
        for sample in form.spec.examples():
            assert form.errors(sample) == []
            score = form.score(sample)
            if form.spec.scoring is None:
                assert score is None
            else:
                assert score is not None
                assert 0 <= score <= 100
    evaluation = region.forms["evaluasi_kinerja"]
    assert evaluation.score(evaluation.spec.examples()[0]) == 75.0


def test_socialisation_objection_must_be_explained(region):
    form = region.forms["tanda_terima_sosialisasi"]
    sample = form.spec.examples()[0]
    assert sample["mengajukan_keberatan"] is True
    without_text = {k: v for k, v in sample.items() if k != "keberatan"}
    errors = form.errors(without_text)
    assert [e.message for e in errors] == ["'keberatan' is a required property"]
    no_objection = {**without_text, "mengajukan_keberatan": False}
    assert form.errors(no_objection) == []


class TestConformance(PluginConformance):
    region = "rangkui"
