"""The national rules: a built-in plugin that every region gets.

National regulation (UU 20/2023 ASN, PP 11/2017 as amended by PP 17/2020, Peraturan BKN
5/2019, PermenPANRB 6/2022) applies to every region.  Like pytest's built-in plugins, the
core's own defaults are a plugin, registered under the name ``nasional`` through the same hook
contract as the regions.  A region changes a national parameter only through
``mutasi_parameter_overrides``, and must cite why.
"""

from __future__ import annotations

from datetime import date

from mutasi_core.conditions import (
    AppraisalInRecentYears,
    EmploymentTypeIs,
    MaxMonthsInPosition,
    MinMonthsInPosition,
    MinServiceMonths,
    MinTrainingHours,
    NoActiveObligation,
    NoActiveSanction,
    NoConflictOfInterest,
    OutsideBlackoutPeriods,
    TargetHasSeats,
)
from mutasi_core.entities import EmploymentType, Initiator, MutationKind, PositionKind
from mutasi_core.hookspecs import hookimpl
from mutasi_core.parameters import Parameter
from mutasi_core.rules import Applicability, Rule, Severity

SINCE = date(2017, 3, 30)  # PP 11/2017 in force

PP_11_2017_190_3 = "PP 11/2017 Pasal 190 ayat (3)"
BKN_5_2019_3_1 = "Peraturan BKN 5/2019 Pasal 3 ayat (1)"


@hookimpl
def mutasi_parameters() -> list[Parameter]:
    return [
        Parameter(
            key="min_months_in_position",
            label="Masa minimal pada jabatan sebelum mutasi",
            unit="bulan",
            citation=PP_11_2017_190_3 + " (paling singkat 2 tahun)",
            values=((SINCE, 24),),
        ),
        Parameter(
            key="max_months_in_position",
            label="Masa maksimal pada jabatan sebelum wajib dirotasi",
            unit="bulan",
            citation=PP_11_2017_190_3 + " (paling lama 5 tahun)",
            values=((SINCE, 60),),
        ),
        Parameter(
            key="min_predicate",
            label="Predikat kinerja minimal",
            unit="predikat",
            citation=BKN_5_2019_3_1 + " (penilaian kinerja bernilai baik)",
            values=((SINCE, "Baik"),),
        ),
        Parameter(
            key="appraisal_years",
            label="Jumlah tahun terakhir yang dinilai",
            unit="tahun",
            citation=BKN_5_2019_3_1 + " (2 tahun terakhir)",
            values=((SINCE, 2),),
        ),
        Parameter(
            key="own_request_lock_months",
            label="Masa kerja minimal sebelum mutasi atas permintaan sendiri",
            unit="bulan",
            citation="PermenPANRB 6/2024 Pasal 59 (10 tahun sejak pengangkatan)",
            values=((date(2024, 1, 1), 120),),
        ),
        Parameter(
            key="min_training_hours",
            label="Pengembangan kompetensi minimal per tahun",
            unit="JP",
            citation="PP 11/2017 Pasal 203 ayat (4) (paling sedikit 20 JP per tahun)",
            values=((SINCE, 20),),
        ),
        Parameter(
            key="jpt_min_months_in_position",
            label="Masa minimal JPT sebelum diganti",
            unit="bulan",
            citation="UU 5/2014 Pasal 116 ayat (1) (2 tahun sejak pelantikan)",
            values=((date(2014, 1, 15), 24),),
        ),
        Parameter(
            key="election_blackout_periods",
            label="Masa larangan penggantian pejabat menjelang/sesudah pilkada",
            unit="periode (mulai, akhir)",
            citation="UU 10/2016 Pasal 71 ayat (2) dan Pasal 162 ayat (3)",
            values=((date(2016, 7, 1), ()),),
        ),
    ]


ALL_CROSS_AGENCY = frozenset(k for k in MutationKind if k.crosses_agency)


@hookimpl
def mutasi_rules() -> list[Rule]:
    return [
        Rule(
            id="nasional.masa_jabatan_minimum",
            label="Masa jabatan minimal",
            citation=PP_11_2017_190_3,
            condition=MinMonthsInPosition("min_months_in_position"),
            description="Mutasi dilakukan paling singkat 2 tahun pada jabatan sekarang.",
        ),
        Rule(
            id="nasional.masa_jabatan_maksimum",
            label="Masa jabatan maksimal (jatuh tempo rotasi)",
            citation=PP_11_2017_190_3,
            condition=MaxMonthsInPosition("max_months_in_position"),
            severity=Severity.ADVISORY,
            description="Lebih dari 5 tahun tidak menghalangi mutasi; pegawai ditandai "
            "sudah waktunya dirotasi.",
        ),
        Rule(
            id="nasional.predikat_kinerja",
            label="Predikat kinerja minimal Baik 2 tahun terakhir",
            citation=BKN_5_2019_3_1 + "; PermenPANRB 6/2022",
            condition=AppraisalInRecentYears("min_predicate", "appraisal_years"),
        ),
        Rule(
            id="nasional.hukuman_disiplin",
            label="Tidak sedang menjalani hukuman disiplin",
            citation=BKN_5_2019_3_1 + " (surat pernyataan tidak sedang dijatuhi hukuman disiplin)",
            condition=NoActiveSanction(),
        ),
        Rule(
            id="nasional.tugas_belajar_ikatan_dinas",
            label="Tidak sedang tugas belajar atau ikatan dinas",
            citation=BKN_5_2019_3_1 + " (surat pernyataan tidak sedang tugas belajar/ikatan dinas)",
            condition=NoActiveObligation(),
        ),
        Rule(
            id="nasional.masa_kerja_10_tahun",
            label="Masa kerja 10 tahun untuk mutasi atas permintaan sendiri",
            citation="PermenPANRB 6/2024 Pasal 59",
            condition=MinServiceMonths("own_request_lock_months"),
            applies=Applicability(initiators=frozenset({Initiator.OWN_REQUEST})),
            description="Hanya mutasi atas permintaan sendiri; mutasi karena kepentingan dinas "
            "tidak terikat.",
        ),
        Rule(
            id="nasional.pengembangan_kompetensi_20_jp",
            label="Pengembangan kompetensi 20 JP setahun terakhir",
            citation="PP 11/2017 Pasal 203 ayat (4)",
            condition=MinTrainingHours("min_training_hours"),
            severity=Severity.ADVISORY,
            description="Kewajiban pengembangan kompetensi, bukan syarat mutasi: dilaporkan "
            "sebagai saran.",
        ),
        Rule(
            id="nasional.kebutuhan_formasi",
            label="Ada kebutuhan (formasi lowong) pada jabatan tujuan",
            citation=BKN_5_2019_3_1 + " (analisis jabatan dan analisis beban kerja)",
            condition=TargetHasSeats(),
        ),
        Rule(
            id="nasional.pppk_antar_instansi",
            label="PPPK tidak berpindah antar-instansi",
            citation="UU 20/2023 tentang ASN (PPPK terikat perjanjian kerja dengan satu instansi)",
            condition=EmploymentTypeIs(frozenset({EmploymentType.PNS})),
            applies=Applicability(kinds=ALL_CROSS_AGENCY),
        ),
        Rule(
            id="nasional.konflik_kepentingan",
            label="Tidak ada konflik kepentingan",
            citation="PP 11/2017 Pasal 190 ayat (4) dan (5)",
            condition=NoConflictOfInterest(),
        ),
        Rule(
            id="nasional.jpt_2_tahun",
            label="JPT tidak diganti dalam 2 tahun sejak pelantikan",
            citation="UU 5/2014 Pasal 116 ayat (1)",
            condition=MinMonthsInPosition("jpt_min_months_in_position"),
            applies=Applicability(position_kinds=frozenset(k for k in PositionKind if k.is_jpt)),
        ),
        Rule(
            id="nasional.masa_larangan_pilkada",
            label="Di luar masa larangan penggantian pejabat (pilkada)",
            citation="UU 10/2016 Pasal 71 ayat (2)",
            condition=OutsideBlackoutPeriods("election_blackout_periods"),
            waivable=True,
            description="Berlaku pada tanggal keputusan; persetujuan tertulis Menteri Dalam "
            "Negeri yang tercatat mengecualikannya.",
        ),
    ]
