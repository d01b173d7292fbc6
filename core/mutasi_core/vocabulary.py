"""The common vocabulary: one list, defined once, that every plugin maps onto.

Central government compares regions only if every region's stages, forms and outcomes mean the
same thing.  Every stage maps to exactly one :class:`Phase`, every form to one :class:`FormKind`,
every case ends in one :class:`CaseStatus`.  A term, once published, is never renamed: a renamed
term breaks every comparison over time (add a new one and say why in the changelog instead).
"""

from __future__ import annotations

from enum import StrEnum

import attrs


@attrs.frozen(kw_only=True)
class Term:
    """One term of the vocabulary: its code, its label in Bahasa Indonesia, its definition."""

    code: str
    label: str
    definition: str


class Phase(StrEnum):
    """Common phases of a transfer; every stage of every region maps to exactly one."""

    NEEDS_ANALYSIS = "needs_analysis"
    PERFORMANCE_REVIEW = "performance_review"
    ASSESSMENT = "assessment"
    CONSULTATION = "consultation"
    PLANNING = "planning"
    TRAINING = "training"
    DECISION = "decision"
    SOCIALISATION = "socialisation"
    PLACEMENT = "placement"
    ONBOARDING = "onboarding"
    POST_EVALUATION = "post_evaluation"


PHASES: dict[Phase, Term] = {
    Phase(t.code): t
    for t in (
        Term(
            code="needs_analysis",
            label="Analisis kebutuhan",
            definition="Analisis jabatan dan beban kerja (ANJAB/ABK): kebutuhan dan kekurangan "
            "pegawai per perangkat daerah.",
        ),
        Term(
            code="performance_review",
            label="Penilaian kinerja",
            definition="Penilaian kinerja berkala yang dipakai untuk menentukan siapa yang "
            "sebaiknya dimutasi.",
        ),
        Term(
            code="assessment",
            label="Asesmen",
            definition="Uji kompetensi, masukan atasan dan rekan sejawat (360°), wawancara.",
        ),
        Term(
            code="consultation",
            label="Partisipasi",
            definition="Suara pegawai sebelum keputusan: aspirasi, forum komunikasi.",
        ),
        Term(
            code="planning",
            label="Perencanaan",
            definition="Rencana mutasi lintas perangkat daerah (rencana penempatan).",
        ),
        Term(
            code="training",
            label="Pengembangan kompetensi",
            definition="Pelatihan yang diwajibkan sebelum mutasi.",
        ),
        Term(
            code="decision",
            label="Keputusan",
            definition="Tim penilai kinerja / Baperjakat, PPK, pertimbangan teknis, "
            "keputusan mutasi.",
        ),
        Term(
            code="socialisation",
            label="Sosialisasi",
            definition="Penjelasan alasan dan manfaat mutasi kepada pegawai yang dimutasi.",
        ),
        Term(
            code="placement",
            label="Penempatan",
            definition="Pelantikan, surat perintah melaksanakan tugas (SPMT).",
        ),
        Term(
            code="onboarding",
            label="Adaptasi",
            definition="Team building, orientasi, pendampingan selama penyesuaian.",
        ),
        Term(
            code="post_evaluation",
            label="Evaluasi pasca mutasi",
            definition="Survei, wawancara, monitoring, dampak terhadap kinerja dan layanan.",
        ),
    )
}


class CaseStatus(StrEnum):
    """Outcome of a case.  A return to an earlier stage is a transition, not an outcome."""

    OPEN = "open"
    COMPLETED = "completed"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


CASE_STATUSES: dict[CaseStatus, Term] = {
    CaseStatus.OPEN: Term(code="open", label="Berjalan", definition="Kasus masih berjalan."),
    CaseStatus.COMPLETED: Term(
        code="completed", label="Selesai", definition="Pegawai telah dimutasi; alur selesai."
    ),
    CaseStatus.REJECTED: Term(
        code="rejected", label="Ditolak", definition="Ditolak pada suatu keputusan."
    ),
    CaseStatus.WITHDRAWN: Term(
        code="withdrawn", label="Dibatalkan", definition="Ditarik oleh pegawai atau instansi."
    ),
}

#: Outcomes a stage may lead to besides another stage (``withdrawn`` is always allowed).
TERMINAL_STATUSES = frozenset({CaseStatus.COMPLETED, CaseStatus.REJECTED, CaseStatus.WITHDRAWN})


class FormKind(StrEnum):
    """Common kinds of evaluation forms; every form maps to one.  Scored forms give 0-100."""

    PERFORMANCE_APPRAISAL = "performance_appraisal"
    MULTI_RATER = "multi_rater"
    COMPETENCY_ASSESSMENT = "competency_assessment"
    INTERVIEW = "interview"
    ASPIRATION = "aspiration"
    SOCIALISATION_ACKNOWLEDGEMENT = "socialisation_acknowledgement"
    POST_TRANSFER_SURVEY = "post_transfer_survey"
    IMPACT_EVALUATION = "impact_evaluation"
    PUBLIC_SATISFACTION = "public_satisfaction"
    NEEDS_ANALYSIS = "needs_analysis"


FORM_KINDS: dict[FormKind, Term] = {
    FormKind(t.code): t
    for t in (
        Term(
            code="performance_appraisal",
            label="Penilaian kinerja",
            definition="Penilaian hasil kerja dan perilaku kerja (PermenPANRB 6/2022).",
        ),
        Term(
            code="multi_rater",
            label="Masukan 360°",
            definition="Masukan dari atasan, rekan sejawat dan/atau bawahan.",
        ),
        Term(
            code="competency_assessment",
            label="Asesmen kompetensi",
            definition="Uji atau penilaian kompetensi terhadap persyaratan jabatan.",
        ),
        Term(code="interview", label="Wawancara", definition="Wawancara terstruktur."),
        Term(
            code="aspiration",
            label="Aspirasi",
            definition="Aspirasi dan pendapat pegawai tentang rencana mutasi.",
        ),
        Term(
            code="socialisation_acknowledgement",
            label="Tanda terima sosialisasi",
            definition="Pegawai menyatakan telah menerima penjelasan alasan dan manfaat mutasi, "
            "dengan keberatan bila ada.",
        ),
        Term(
            code="post_transfer_survey",
            label="Survei pasca mutasi",
            definition="Kepuasan dan adaptasi pegawai setelah mutasi.",
        ),
        Term(
            code="impact_evaluation",
            label="Evaluasi dampak",
            definition="Dampak mutasi terhadap kinerja pegawai dan unit.",
        ),
        Term(
            code="public_satisfaction",
            label="Kepuasan masyarakat",
            definition="Kepuasan masyarakat terhadap layanan unit tujuan.",
        ),
        Term(
            code="needs_analysis",
            label="Analisis kebutuhan",
            definition="Lembar analisis kebutuhan pegawai (ANJAB/ABK) untuk jabatan tujuan.",
        ),
    )
}


class Addressee(StrEnum):
    """Who fills in a form."""

    HR = "hr"
    EMPLOYEE = "employee"
    SUPERIOR = "superior"
    PEER = "peer"
    SUBORDINATE = "subordinate"
    PUBLIC = "public"


class Indicator(StrEnum):
    """Common indicators, per region and period; each rests on a stated number of cases."""

    CASES_OPENED = "cases_opened"
    CASES_COMPLETED = "cases_completed"
    CASES_REJECTED = "cases_rejected"
    CASES_WITHDRAWN = "cases_withdrawn"
    COMPLETION_RATE = "completion_rate"
    SHARE_BY_KIND = "share_by_kind"
    SHARE_BY_INITIATOR = "share_by_initiator"
    DAYS_IN_PHASE = "days_in_phase"
    OVERDUE_DAYS_BY_PHASE = "overdue_days_by_phase"
    ELIGIBILITY_FAILURES_BY_RULE = "eligibility_failures_by_rule"
    TRAINING_JP_PER_MOVED = "training_jp_per_moved"
    APPRAISAL_CHANGE = "appraisal_change"
    SATISFACTION_SCORE = "satisfaction_score"
    ADAPTATION_SCORE = "adaptation_score"
    PUBLIC_SATISFACTION = "public_satisfaction"
    RESISTANCE = "resistance"


#: Indicators fed by form answers: a plugin says which of its forms (and items) feed them.
FORM_FED_INDICATORS: dict[Indicator, frozenset[FormKind]] = {
    Indicator.SATISFACTION_SCORE: frozenset({FormKind.POST_TRANSFER_SURVEY}),
    Indicator.ADAPTATION_SCORE: frozenset(
        {FormKind.POST_TRANSFER_SURVEY, FormKind.IMPACT_EVALUATION}
    ),
    Indicator.PUBLIC_SATISFACTION: frozenset({FormKind.PUBLIC_SATISFACTION}),
    Indicator.RESISTANCE: frozenset({FormKind.SOCIALISATION_ACKNOWLEDGEMENT, FormKind.ASPIRATION}),
}

#: Privacy: an indicator resting on fewer cases than this is reported as suppressed.
MIN_CASES_FOR_INDICATOR = 5
