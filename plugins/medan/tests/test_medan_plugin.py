"""Medan: each own rule passes, fails and cannot be determined where its data is missing; the
national rotation limit is overridden to 48 months; stages, training and forms are what the
document says."""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from mutasi_core import (
    Addressee,
    FormKind,
    FormSubmitted,
    Outcome,
    Phase,
    Position,
    PositionKind,
    RegionCatalog,
    TrainingRecord,
    load_catalog,
)
from mutasi_core.conformance import PluginConformance
from mutasi_core.testing import AS_OF, employee, flags, outcome, position, vacancy
from mutasi_core.training import Timing
from mutasi_medan.forms import UNSUR_SKM


@pytest.fixture(scope="module")
def region() -> RegionCatalog:
    return load_catalog(["medan"]).region("medan")


def test_region_is_kota_medan_in_sumatera_utara(region):
    assert region.region.name == "Kota Medan"
    assert region.region.area_code == "1271"
    assert region.region.parent_province == "Sumatera Utara"


# --- medan.potensi_jabatan_strategis ----------------------------------------------------------


def test_strategic_post_needs_potential_of_at_least_70(region):
    strategic = vacancy("medan", flags=flags("strategic"))
    rule = "medan.potensi_jabatan_strategis"
    ok = outcome(region, rule, employee(potential_score=70), strategic)
    assert ok.outcome is Outcome.ELIGIBLE
    assert ok.reason == "nilai potensi 70; minimum 70"
    bad = outcome(region, rule, employee(potential_score=69), strategic)
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == "nilai potensi 69; minimum 70"
    assert bad.blocks


def test_potential_not_yet_assessed_cannot_be_determined(region):
    strategic = vacancy("medan", flags=flags("strategic"))
    got = outcome(
        region, "medan.potensi_jabatan_strategis", employee(potential_score=None), strategic
    )
    assert got.outcome is Outcome.UNDETERMINED
    assert got.reason == "nilai potensi belum tercatat; minimum 70"


def test_potential_rule_does_not_apply_to_ordinary_posts(region):
    got = outcome(region, "medan.potensi_jabatan_strategis", employee(potential_score=10))
    assert got.outcome is Outcome.NOT_APPLICABLE
    assert got.reason == "jabatan tujuan bukan jabatan strategis"


# --- medan.komunikasi_layanan_publik ----------------------------------------------------------


def test_public_facing_post_needs_communication_competency(region):
    public = vacancy("medan", flags=flags("public_facing"))
    rule = "medan.komunikasi_layanan_publik"
    ok = outcome(region, rule, employee(competencies=frozenset({"komunikasi"})), public)
    assert ok.outcome is Outcome.ELIGIBLE
    assert ok.reason == "memiliki kompetensi yang disyaratkan: komunikasi"
    quiet = employee(competencies=frozenset({"kepemimpinan", "keuangan"}))
    bad = outcome(region, rule, quiet, public)
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == "kompetensi yang belum dimiliki: komunikasi (disyaratkan: komunikasi)"
    assert bad.blocks


def test_unrecorded_competencies_cannot_be_determined_for_a_public_facing_post(region):
    public = vacancy("medan", flags=flags("public_facing"))
    got = outcome(region, "medan.komunikasi_layanan_publik", employee(competencies=None), public)
    assert got.outcome is Outcome.UNDETERMINED
    assert got.reason == "kompetensi pegawai belum tercatat (disyaratkan: komunikasi)"
    assert got.blocks


def test_communication_rule_does_not_apply_to_back_office_posts(region):
    quiet = employee(competencies=frozenset())
    got = outcome(region, "medan.komunikasi_layanan_publik", quiet, vacancy("medan"))
    assert got.outcome is Outcome.NOT_APPLICABLE
    assert "pelayanan langsung kepada masyarakat" in got.reason


# --- medan.pengalaman_manajerial_lintas_sektor ------------------------------------------------


def _head_of_education_office(since: date) -> Position:
    return position(
        title="Kepala Dinas Pendidikan",
        kind=PositionKind.JPT_PRATAMA,
        unit="Dinas Pendidikan",
        sector="pendidikan",
        start=since,
    )


def test_head_of_office_with_two_years_managerial_experience_may_cross_sectors(region):
    head = employee(position=_head_of_education_office(date(2022, 1, 3)))
    health = vacancy("medan", title="Kepala Dinas Kesehatan", kind=PositionKind.JPT_PRATAMA)
    got = outcome(region, "medan.pengalaman_manajerial_lintas_sektor", head, health)
    assert got.outcome is Outcome.ELIGIBLE
    assert got.reason == (
        "pindah sektor pendidikan → kesehatan; pengalaman manajerial 3 tahun 4 bulan, "
        "minimum 2 tahun"
    )


def test_new_manager_may_not_cross_sectors(region):
    earlier = position(
        title="Guru", kind=PositionKind.FUNGSIONAL, sector="pendidikan", start=date(2015, 1, 5)
    )
    new_head = employee(
        position=_head_of_education_office(date(2024, 7, 1)),
        position_history=(attrs.evolve(earlier, end=date(2024, 6, 30)),),
    )
    got = outcome(region, "medan.pengalaman_manajerial_lintas_sektor", new_head, vacancy("medan"))
    assert got.outcome is Outcome.NOT_ELIGIBLE
    assert got.reason == (
        "pindah sektor pendidikan → kesehatan; pengalaman manajerial 11 bulan, minimum 2 tahun"
    )
    assert got.blocks


def test_manager_in_the_same_sector_needs_no_cross_sector_experience(region):
    head = employee(
        position=attrs.evolve(
            _head_of_education_office(date(2025, 1, 6)), sector="kesehatan", unit="RSUD"
        )
    )
    got = outcome(region, "medan.pengalaman_manajerial_lintas_sektor", head, vacancy("medan"))
    assert got.outcome is Outcome.ELIGIBLE
    assert got.reason == "tetap pada sektor kesehatan"


def test_unrecorded_sector_of_a_manager_cannot_be_determined(region):
    head = employee(position=attrs.evolve(_head_of_education_office(date(2020, 1, 6)), sector=None))
    got = outcome(region, "medan.pengalaman_manajerial_lintas_sektor", head, vacancy("medan"))
    assert got.outcome is Outcome.UNDETERMINED
    assert got.reason == "sektor jabatan sekarang tidak tercatat"


def test_cross_sector_rule_does_not_apply_to_functional_staff(region):
    analyst = employee(position=position(sector="pendidikan"))
    got = outcome(region, "medan.pengalaman_manajerial_lintas_sektor", analyst, vacancy("medan"))
    assert got.outcome is Outcome.NOT_APPLICABLE
    assert got.reason == "tidak berlaku untuk jabatan fungsional"


# --- medan.penempatan_tepat -------------------------------------------------------------------


def test_placement_needs_every_competency_the_target_requires(region):
    target = vacancy(
        "medan", required_competencies=frozenset({"manajemen_kesehatan", "komunikasi"})
    )
    rule = "medan.penempatan_tepat"
    fit = employee(competencies=frozenset({"komunikasi", "manajemen_kesehatan"}))
    ok = outcome(region, rule, fit, target)
    assert ok.outcome is Outcome.ELIGIBLE
    assert ok.reason == "memiliki kompetensi yang disyaratkan: komunikasi, manajemen_kesehatan"
    bad = outcome(region, rule, employee(), target)
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == (
        "kompetensi yang belum dimiliki: manajemen_kesehatan "
        "(disyaratkan: komunikasi, manajemen_kesehatan)"
    )
    assert bad.blocks


def test_unrecorded_competencies_cannot_be_determined_against_the_target(region):
    target = vacancy("medan", required_competencies=frozenset({"manajemen_kesehatan"}))
    got = outcome(region, "medan.penempatan_tepat", employee(competencies=None), target)
    assert got.outcome is Outcome.UNDETERMINED
    assert got.reason == "kompetensi pegawai belum tercatat (disyaratkan: manajemen_kesehatan)"


def test_target_without_required_competencies_accepts_anyone(region):
    got = outcome(region, "medan.penempatan_tepat", employee(competencies=frozenset()))
    assert got.outcome is Outcome.ELIGIBLE
    assert got.reason == "Administrator Kesehatan tidak mensyaratkan kompetensi tertentu"


# --- the national rotation limit, overridden --------------------------------------------------


def test_medan_overrides_the_national_rotation_limit_to_48_months_citing_burnout(region):
    param = region.parameters["max_months_in_position"]
    assert param.overridden_by == "medan"
    assert param.override_citation is not None
    assert "kejenuhan" in param.override_citation
    assert param.value_on(AS_OF) == 48
    assert param.value_on(date(2023, 12, 31)) == 60


def test_fifty_months_in_one_post_is_due_for_rotation_in_medan(region):
    rule = "nasional.masa_jabatan_maksimum"
    fifty = employee(position=position(start=date(2021, 4, 1)))
    due = outcome(region, rule, fifty)
    assert due.outcome is Outcome.NOT_ELIGIBLE
    assert due.reason == (
        "4 tahun 2 bulan pada jabatan sekarang; maksimum 4 tahun: sudah waktunya dirotasi"
    )
    assert not due.blocks
    before = outcome(region, rule, fifty, as_of=date(2023, 12, 1))
    assert before.outcome is Outcome.ELIGIBLE
    assert before.reason == "2 tahun 8 bulan pada jabatan sekarang; maksimum 5 tahun"
    assert outcome(region, rule, employee(position=position(start=date(2021, 6, 2)))).outcome is (
        Outcome.ELIGIBLE
    )


# --- stages, training, forms ------------------------------------------------------------------


def test_stages_follow_the_document_in_order(region):
    assert [(s.key, s.phase) for s in region.graph.stages] == [
        ("penilaian_kinerja_berkala", Phase.PERFORMANCE_REVIEW),
        ("identifikasi_potensi", Phase.DECISION),
        ("sosialisasi", Phase.SOCIALISATION),
        ("penempatan", Phase.PLACEMENT),
        ("evaluasi_kepuasan_masyarakat", Phase.POST_EVALUATION),
    ]


def test_baperjakat_decides_and_may_reject_or_return_to_appraisal(region):
    stage = region.graph.stage("identifikasi_potensi")
    assert region.graph.forward("identifikasi_potensi") == ("sosialisasi", "rejected")
    assert stage.returns_to == ("penilaian_kinerja_berkala",)
    gates = region.graph.gates["identifikasi_potensi"]
    assert [g.kind for g in gates] == ["eligibility_holds", "decision_taken"]
    assert gates[1].body == "baperjakat"
    placement = region.graph.gates["penempatan"]
    assert [(g.kind, getattr(g, "body", None)) for g in placement] == [("decision_taken", "ppk")]


def test_each_stage_is_left_only_with_its_form(region):
    def forms_of(key: str) -> list[str]:
        return [g.form for g in region.graph.gates[key] if isinstance(g, FormSubmitted)]

    assert forms_of("penilaian_kinerja_berkala") == ["penilaian_kinerja_berkala"]
    assert forms_of("sosialisasi") == ["tanda_terima_sosialisasi"]
    assert forms_of("evaluasi_kepuasan_masyarakat") == [
        "survei_kepuasan_masyarakat",
        "survei_pasca_mutasi",
    ]


def test_communication_training_before_a_public_facing_post_gates_socialisation(region):
    req = region.training["pelatihan_komunikasi_pelayanan"]
    assert req.timing is Timing.BEFORE_MOVE
    assert req.categories == frozenset({"komunikasi", "pelayanan_publik"})
    assert req.min_hours == 16
    assert req.gate_stage == "sosialisasi"
    assert req.applies.target_flags == flags("public_facing")
    assert [g.kind for g in region.graph.gates["sosialisasi"]] == [
        "form_submitted",
        "training_completed",
    ]
    course = TrainingRecord(
        title="Komunikasi pelayanan prima",
        category="pelayanan_publik",
        hours=16,
        start=date(2025, 3, 3),
        end=date(2025, 3, 4),
    )
    assert req.check(employee(training=(course,)), AS_OF).met
    short = req.check(employee(training=(attrs.evolve(course, hours=8),)), AS_OF)
    assert not short.met
    assert short.reason == (
        "8 JP pelatihan komunikasi/pelayanan_publik sejak 2024-06-02; dibutuhkan 16 JP"
    )


def test_twenty_jp_technical_training_after_the_move_gates_the_final_evaluation(region):
    req = region.training["pengembangan_kompetensi_jabatan_baru"]
    assert req.timing is Timing.AFTER_MOVE
    assert (req.categories, req.min_hours) == (frozenset({"teknis"}), 20)
    assert req.gate_stage == "evaluasi_kepuasan_masyarakat"
    assert "training_completed" in [g.kind for g in region.graph.gates[req.gate_stage]]
    moved_on = date(2025, 7, 1)
    evaluated = date(2026, 1, 5)
    before_move = req.check(employee(), evaluated, moved_on=moved_on)  # 24 JP in Feb 2025
    assert not before_move.met
    assert before_move.reason == "0 JP pelatihan teknis sejak 2025-06-30; dibutuhkan 20 JP"
    course = TrainingRecord(
        title="Manajemen pelayanan kesehatan",
        category="teknis",
        hours=24,
        start=date(2025, 9, 1),
        end=date(2025, 9, 3),
    )
    after = req.check(employee(training=(course,)), evaluated, moved_on=moved_on)
    assert after.met
    assert after.reason == "24 JP pelatihan teknis sejak 2025-06-30; dibutuhkan 20 JP"


def test_forms_cover_appraisal_socialisation_public_satisfaction_and_post_transfer(region):
    specs = region.form_specs
    assert {k: (s.kind, s.addressee) for k, s in specs.items()} == {
        "penilaian_kinerja_berkala": (FormKind.PERFORMANCE_APPRAISAL, Addressee.SUPERIOR),
        "tanda_terima_sosialisasi": (
            FormKind.SOCIALISATION_ACKNOWLEDGEMENT,
            Addressee.EMPLOYEE,
        ),
        "survei_kepuasan_masyarakat": (FormKind.PUBLIC_SATISFACTION, Addressee.PUBLIC),
        "survei_pasca_mutasi": (FormKind.POST_TRANSFER_SURVEY, Addressee.EMPLOYEE),
    }
    assert specs["tanda_terima_sosialisasi"].scoring is None
    assert specs["survei_pasca_mutasi"].adaptation_items == ("adaptasi",)


def test_public_satisfaction_survey_scores_nine_elements_to_0_100(region):
    form = region.forms["survei_kepuasan_masyarakat"]
    sample = form.spec.examples()[0]
    assert form.errors(sample) == []
    assert form.score(sample) == pytest.approx(77.78, abs=0.01)  # eight 4s and one 5
    best = {**sample, **dict.fromkeys(UNSUR_SKM, 5)}
    assert form.score(best) == 100.0


def test_objection_at_socialisation_needs_a_reason(region):
    form = region.forms["tanda_terima_sosialisasi"]
    sample = form.spec.examples()[0]
    assert form.errors(sample) == []
    objection = {**sample, "keberatan": True}
    assert [e.message for e in form.errors(objection)] == [
        "'alasan_keberatan' is a required property"
    ]
    assert form.errors({**objection, "alasan_keberatan": "Jarak ke kantor baru"}) == []


class TestConformance(PluginConformance):
    region = "medan"
