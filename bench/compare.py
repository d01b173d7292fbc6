"""Time the comparison of every common indicator over a synthetic store of 1,000,000 cases.

One command, from the repository root::

    .venv/bin/python bench/compare.py

builds (or, with ``--reuse``, keeps) a realistic store with the real schema (the Alembic
migrations) on SQLite (a file under /tmp) and on PostgreSQL (a database of its own,
``mutasi_bench``, created and dropped here, never the test suite's database), then times
``mutasi_api.services.compare.compare`` for every indicator in ``INDICATORS``: once on a fresh
engine (cold) and then ``--warm`` times more (warm, the median is reported).  It checks that both
backends give the same figures, and writes ``bench/RESULTS.md`` for the full-size run.

The store is deterministic (``--seed``): the same rows, with the same ids, go to both backends.
Rows are written in bulk (SQLite ``executemany`` through SQLAlchemy, PostgreSQL ``COPY`` through
psycopg), never through the ORM.
"""

from __future__ import annotations

import abc
import argparse
import json
import math
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, make_url, text
from sqlalchemy.engine import URL

from mutasi_api.db.engine import make_engine, upgrade
from mutasi_api.indicators import INDICATORS, NATIONAL_RULES, Period
from mutasi_api.services.compare import compare
from mutasi_core import Catalog, RegionCatalog, load_catalog
from mutasi_core.entities import Initiator, MutationKind
from mutasi_core.vocabulary import Phase

HERE = Path(__file__).resolve().parent
DEFAULT_SQLITE = "/tmp/mutasi_bench/mutasi_bench.sqlite3"
DEFAULT_POSTGRES = os.environ.get(
    "MUTASI_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/mutasi_bench"
)
GOAL_SECONDS = 2.0

#: the two years the cases are opened in; the compared period covers them (every case counts)
START = date(2024, 11, 1)
DAYS = 730
END = START + timedelta(days=DAYS)  # exclusive
EPOCH = datetime.combine(START, datetime.min.time(), tzinfo=UTC)

REGION_WEIGHTS = {"medan": 34, "jambi": 22, "rangkui": 16, "kepahiang": 14, "sawahlunto": 14}
KIND_WEIGHTS = {
    MutationKind.WITHIN_AGENCY: 70,
    MutationKind.BETWEEN_REGENCIES: 12,
    MutationKind.BETWEEN_PROVINCES: 6,
    MutationKind.REGIONAL_CENTRAL: 5,
    MutationKind.BETWEEN_CENTRAL_AGENCIES: 4,
    MutationKind.ABROAD: 3,
}
INITIATOR_WEIGHTS = {Initiator.AGENCY: 65, Initiator.OWN_REQUEST: 35}
#: median stay in each common phase, in days (stays are log-normal around it)
PHASE_MEDIAN_DAYS = {
    Phase.NEEDS_ANALYSIS: 10,
    Phase.PERFORMANCE_REVIEW: 14,
    Phase.ASSESSMENT: 12,
    Phase.CONSULTATION: 9,
    Phase.PLANNING: 12,
    Phase.TRAINING: 20,
    Phase.DECISION: 10,
    Phase.SOCIALISATION: 6,
    Phase.PLACEMENT: 8,
    Phase.ONBOARDING: 25,
    Phase.POST_EVALUATION: 40,
}
WITHDRAW_PER_STAGE = 0.012
REJECT_AT_DECISION = 0.08
REJECT_IF_NOT_ELIGIBLE = 0.35
OBJECTION_RATE = 0.06
PREDICATES = (
    ("Sangat Baik", 20),
    ("Baik", 65),
    ("Butuh Perbaikan", 10),
    ("Kurang", 4),
    ("Sangat Kurang", 1),
)
#: per national rule: chance of not_eligible, undetermined, not_applicable
RULE_ODDS = {
    "nasional.masa_jabatan_minimum": (0.06, 0.005, 0.0),
    "nasional.masa_jabatan_maksimum": (0.18, 0.005, 0.0),
    "nasional.predikat_kinerja": (0.07, 0.01, 0.0),
    "nasional.hukuman_disiplin": (0.015, 0.0, 0.0),
    "nasional.tugas_belajar_ikatan_dinas": (0.01, 0.0, 0.0),
    "nasional.masa_kerja_10_tahun": (0.03, 0.002, 0.65),
    "nasional.pengembangan_kompetensi_20_jp": (0.30, 0.0, 0.0),
    "nasional.kebutuhan_formasi": (0.03, 0.0, 0.0),
    "nasional.pppk_antar_instansi": (0.005, 0.0, 0.93),
    "nasional.konflik_kepentingan": (0.01, 0.001, 0.0),
    "nasional.jpt_2_tahun": (0.01, 0.0, 0.9),
    "nasional.masa_larangan_pilkada": (0.02, 0.002, 0.0),
}
ERROR_RATE = 0.0005

FIRST_NAMES = [
    "Rina",
    "Siti",
    "Budi",
    "Andi",
    "Dewi",
    "Agus",
    "Sri",
    "Joko",
    "Nur",
    "Ahmad",
    "Rudi",
    "Maya",
    "Fitri",
    "Hendra",
    "Yusuf",
    "Lina",
]
LAST_NAMES = [
    "Siregar",
    "Nasution",
    "Lubis",
    "Harahap",
    "Simanjuntak",
    "Sitompul",
    "Hasibuan",
    "Saragih",
    "Putri",
    "Wijaya",
    "Pratama",
    "Santoso",
    "Hidayat",
    "Rahman",
]
UNITS = (
    ("Dinas Kesehatan", "kesehatan"),
    ("Dinas Pendidikan", "pendidikan"),
    ("Badan Keuangan Daerah", "keuangan"),
    ("Dinas Komunikasi dan Informatika", "teknologi_informasi"),
    ("Dinas Pekerjaan Umum", "infrastruktur"),
    ("Dinas Kependudukan dan Pencatatan Sipil", "pelayanan_publik"),
    ("Badan Kepegawaian dan Pengembangan SDM", "kepegawaian"),
    ("Dinas Perhubungan", "perhubungan"),
    ("Sekretariat Daerah", "pemerintahan"),
    ("Inspektorat", "pengawasan"),
)
TITLES = (
    ("Analis Kebijakan", "fungsional"),
    ("Pranata Komputer Ahli Pertama", "fungsional"),
    ("Analis Keuangan", "fungsional"),
    ("Perawat Ahli Muda", "fungsional"),
    ("Guru Ahli Pertama", "fungsional"),
    ("Kepala Seksi", "pengawas"),
    ("Kepala Subbagian", "pengawas"),
    ("Kepala Bidang", "administrator"),
    ("Pengadministrasi Umum", "pelaksana"),
    ("Kepala Dinas", "jpt_pratama"),
)
TITLE_WEIGHTS = (14, 10, 10, 10, 12, 12, 10, 6, 14, 2)
COMPETENCIES = [
    "komunikasi",
    "penganggaran",
    "akuntansi",
    "pelayanan_publik",
    "teknologi_informasi",
    "manajemen",
    "pedagogi",
    "keperawatan",
    "pengawasan",
    "hukum",
]
RANKS = ["II/a", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"]
EDUCATION = (
    ("D3", "administrasi"),
    ("S1", "ekonomi"),
    ("S1", "hukum"),
    ("S1", "kesehatan"),
    ("S2", "manajemen"),
    ("S1", "teknik_informatika"),
)
TRAININGS = (
    ("Pelatihan teknis bidang", "teknis", (8, 16, 24)),
    ("Pelatihan kepemimpinan pengawas", "kepemimpinan", (24, 40)),
    ("Webinar pelayanan publik", "fungsional", (2, 4)),
    ("Orientasi lingkungan kerja", "orientasi", (4, 8)),
    ("Bimbingan teknis pengelolaan keuangan", "teknis", (8, 16)),
    ("E-learning ASN corpu", "fungsional", (2, 4, 6)),
)
ORGANIZERS = ("BPSDM Provinsi", "LAN RI", "BKN", None, "Perangkat daerah")


def _weighted(weights: dict[Any, int] | Sequence[tuple[Any, int]]) -> tuple[list[Any], list[int]]:
    items = list(weights.items()) if isinstance(weights, dict) else list(weights)
    values = [k for k, _ in items]
    cum, total = [], 0
    for _, w in items:
        total += w
        cum.append(total)
    return values, cum


# --- the rows ---------------------------------------------------------------------------------

_DAY_CACHE: dict[int, str] = {}


def day_str(day: int) -> str:
    """The ISO date ``day`` days after START (negative: before)."""
    s = _DAY_CACHE.get(day)
    if s is None:
        s = (START + timedelta(days=day)).isoformat()
        _DAY_CACHE[day] = s
    return s


def ts(sec: int) -> str:
    """A UTC timestamp ``sec`` seconds after START, as SQLAlchemy stores it on SQLite.

    PostgreSQL reads the same text (its session time zone is set to UTC for the load).
    """
    d, s = divmod(sec, 86400)
    h, s = divmod(s, 3600)
    m, s = divmod(s, 60)
    return f"{day_str(d)} {h:02d}:{m:02d}:{s:02d}.000000"


@dataclass
class Batch:
    table: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


@dataclass
class Counts:
    rows: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    forms: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    objections: int = 0
    regions: Counter[str] = field(default_factory=Counter)


EMPLOYEE_COLS = (
    "id", "region", "nip", "name", "employment_type", "rank", "position_title", "position_kind",
    "unit", "sector", "position_start", "education_level", "education_field", "competencies",
    "conflict_units", "cpns_start", "pns_start", "potential_score", "created_at",
)  # fmt: skip
APPRAISAL_COLS = ("id", "employee_id", "year", "predicate", "work_result", "behaviour")
TRAINING_COLS = (
    "id", "employee_id", "case_id", "title", "category", "hours", "start", "end", "organizer",
    "recorded_at", "recorded_by",
)  # fmt: skip
VACANCY_COLS = (
    "id", "region", "code", "unit", "title", "kind", "sector", "seats", "education_fields",
    "required_competencies", "flags", "required_staff", "current_staff", "agency", "created_at",
)  # fmt: skip
CASE_COLS = (
    "id", "number", "region", "employee_id", "vacancy_id", "kind", "initiator", "stage", "phase",
    "status", "version", "opened_at", "opened_by", "closed_at", "plugin", "plugin_version",
    "parameters", "waivers",
)  # fmt: skip
TRANSITION_COLS = (
    "id", "case_id", "region", "from_stage", "from_phase", "to_stage", "to_phase", "at", "actor",
    "note", "plugin", "plugin_version",
)  # fmt: skip
SUBMISSION_COLS = (
    "id", "case_id", "form", "form_kind", "round", "answers", "score", "adaptation_score",
    "objection", "submitted_at", "submitted_by", "plugin", "plugin_version",
)  # fmt: skip
EVALUATION_COLS = (
    "id", "case_id", "region", "as_of", "overall", "parameters", "plugins", "created_at",
)  # fmt: skip
OUTCOME_COLS = (
    "id", "evaluation_id", "region", "rule_id", "label", "outcome", "severity", "reason",
    "citation", "plugin", "plugin_version", "values",
)  # fmt: skip


@dataclass
class RegionPlan:
    """What the generator needs of one region, taken from its real plugin."""

    code: str
    plugin: str
    version: str
    stages: list[tuple[str, str, float]]  # key, phase, median days
    decision_index: int | None
    forms: dict[str, list[tuple[str, str, str, str, bool, bool]]]  # stage -> forms
    training_stages: dict[str, int]  # stage -> training records required there
    case_parameters: str
    evaluation_parameters: str
    plugins: str
    actor: str


def _answers(rc: RegionCatalog, form: str, objection: bool) -> str:
    spec = rc.form_specs[form]
    examples = spec.examples()
    answers = dict(examples[0]) if examples else {}
    if spec.objection_item is not None:
        if objection:
            answers[spec.objection_item] = spec.objection_values[0]
        elif spec.objects(answers):
            answers[spec.objection_item] = False if spec.objection_values == (True,) else "setuju"
    return json.dumps(answers, ensure_ascii=False)


def region_plan(rc: RegionCatalog) -> RegionPlan:
    from mutasi_core.stages import FormSubmitted, TrainingCompleted

    stages = [(s.key, s.phase.value, float(PHASE_MEDIAN_DAYS[s.phase])) for s in rc.graph.stages]
    decision = next(
        (i for i, s in enumerate(rc.graph.stages) if "rejected" in rc.graph.edges[s.key]), None
    )
    forms: dict[str, list[tuple[str, str, str, str, bool, bool]]] = {}
    training: dict[str, int] = {}
    for stage, gates in rc.graph.gates.items():
        for g in gates:
            if isinstance(g, FormSubmitted):
                spec = rc.form_specs[g.form]
                forms.setdefault(stage, []).append(
                    (
                        g.form,
                        spec.kind.value,
                        _answers(rc, g.form, False),
                        _answers(rc, g.form, True),
                        spec.scoring is not None,
                        bool(spec.adaptation_items),
                    )
                )
            elif isinstance(g, TrainingCompleted):
                training[stage] = training.get(stage, 0) + 1
    snapshot = rc.parameters.snapshot(START)
    national = {k: v for k, v in snapshot.items() if "." not in k}
    return RegionPlan(
        code=rc.code,
        plugin=rc.plugin.name,
        version=rc.plugin.version,
        stages=stages,
        decision_index=decision,
        forms=forms,
        training_stages=training,
        case_parameters=json.dumps(snapshot, ensure_ascii=False, default=str),
        evaluation_parameters=json.dumps(national, ensure_ascii=False, default=str),
        plugins=json.dumps({"nasional": "0.1.0", rc.plugin.name: rc.plugin.version}),
        actor=f"operator {rc.code} (hr)",
    )


def _rule_texts(rc: RegionCatalog) -> dict[str, tuple[str, str, str]]:
    out = {}
    for bound in rc.rules:
        r = bound.rule
        if r.id in NATIONAL_RULES:
            out[r.id] = (r.label, r.citation, r.severity.value)
    return out


def _reasons(rule: str, outcome: str, rnd: random.Random) -> list[tuple[str, str]]:
    """A few (reason, values) variants per rule and outcome, in the style the rules write."""
    variants = []
    for _ in range(8):
        months = rnd.randint(6, 140)
        y, m = divmod(months, 12)
        hours = rnd.randint(0, 60)
        if "masa_jabatan" in rule:
            reason = f"{y} tahun {m} bulan pada jabatan sekarang; minimum 2 tahun, maksimum 5 tahun"
            values = {"months": months, "minimum": 24, "maximum": 60}
        elif "predikat" in rule:
            reason = (
                "predikat kinerja 2024: Baik, 2025: Sangat Baik; minimum Baik pada 2 tahun terakhir"
            )
            values = {"predicates": {"2025": "Sangat Baik", "2024": "Baik"}, "minimum": "Baik"}
        elif "20_jp" in rule:
            reason = f"{hours} JP pelatihan dalam 12 bulan terakhir; minimum 20 JP"
            values = {"hours": hours, "minimum": 20}
        elif "masa_kerja" in rule:
            reason = f"masa kerja {y + 5} tahun {m} bulan sejak TMT CPNS; minimum 10 tahun"
            values = {"months": months + 60, "minimum": 120}
        elif "formasi" in rule:
            reason = f"{rnd.randint(0, 4)} formasi lowong pada jabatan tujuan"
            values = {"seats": rnd.randint(0, 4)}
        else:
            reason = f"{outcome.replace('_', ' ')}: {rule.split('.', 1)[1].replace('_', ' ')}"
            values = {}
        if outcome == "undetermined":
            reason = "data tidak lengkap: " + reason
        elif outcome == "error":
            reason = "galat saat mengevaluasi aturan"
        elif outcome == "not_applicable":
            reason = "tidak berlaku untuk mutasi ini"
            values = {}
        variants.append((reason, json.dumps(values, ensure_ascii=False)))
    return variants


class Generator:
    """Deterministic rows of a store of ``cases`` cases; every id is given here."""

    def __init__(self, catalog: Catalog, cases: int, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.cases = cases
        self.regions = [code for code in REGION_WEIGHTS if code in catalog.regions] + sorted(
            set(catalog.regions) - set(REGION_WEIGHTS)
        )
        self.plans = {code: region_plan(catalog.regions[code]) for code in self.regions}
        self.rule_texts = _rule_texts(catalog.regions[self.regions[0]])
        self.region_values, self.region_cum = _weighted(
            {r: REGION_WEIGHTS.get(r, 10) for r in self.regions}
        )
        self.kinds, self.kind_cum = _weighted({k.value: w for k, w in KIND_WEIGHTS.items()})
        self.initiators, self.init_cum = _weighted(
            {k.value: w for k, w in INITIATOR_WEIGHTS.items()}
        )
        self.predicates, self.pred_cum = _weighted(PREDICATES)
        self.titles, self.title_cum = _weighted(list(zip(TITLES, TITLE_WEIGHTS, strict=True)))
        rr = random.Random(seed + 1)
        self.reasons = {
            (rule, outcome): _reasons(rule, outcome, rr)
            for rule in NATIONAL_RULES
            for outcome in ("eligible", "not_eligible", "undetermined", "not_applicable", "error")
        }
        self.employees = max(cases * 3 // 5, 20 * len(self.regions))
        self.emp_by_region: dict[str, list[int]] = {r: [] for r in self.regions}
        self.vac_by_region: dict[str, list[int]] = {r: [] for r in self.regions}
        self.counts = Counts()
        self.training_id = 0

    def _pick(self, values: list[Any], cum: list[int]) -> Any:
        x = self.rnd.random() * cum[-1]
        for v, c in zip(values, cum, strict=True):
            if x < c:
                return v
        return values[-1]

    # -- employees, their appraisals and training; vacancies --

    def people(self, chunk: int = 20_000) -> Iterator[Batch]:
        rnd = self.rnd
        years = list(range(START.year - 1, END.year + 1))
        created = ts(-30 * 86400)
        for lo in range(0, self.employees, chunk):
            emps, apps, trs = [], [], []
            for i in range(lo, min(lo + chunk, self.employees)):
                eid = i + 1
                region = self._pick(self.region_values, self.region_cum)
                self.emp_by_region[region].append(eid)
                birth = (1965 + i % 35, 1 + (i // 35) % 12, 1 + (i // 420) % 28)
                tmt = (birth[0] + 23 + (i // 11760) % 10, 1 + (i // 117600) % 12)
                nip = (
                    f"{birth[0]:04d}{birth[1]:02d}{birth[2]:02d}{tmt[0]:04d}{tmt[1]:02d}"
                    f"{1 + (i // 1411200) % 2}{(i // 2822400) % 1000:03d}"
                )
                title, kind = self._pick(self.titles, self.title_cum)
                unit, sector = UNITS[rnd.randrange(len(UNITS))]
                level, edu = EDUCATION[rnd.randrange(len(EDUCATION))]
                comps = rnd.sample(COMPETENCIES, rnd.randint(1, 3))
                pppk = rnd.random() < 0.12
                cpns = date(tmt[0], tmt[1], 1)
                emps.append(
                    (
                        eid,
                        region,
                        nip,
                        f"{FIRST_NAMES[rnd.randrange(len(FIRST_NAMES))]} {LAST_NAMES[rnd.randrange(len(LAST_NAMES))]}",
                        "PPPK" if pppk else "PNS",
                        None if pppk else RANKS[rnd.randrange(len(RANKS))],
                        f"{title} {unit}" if kind != "fungsional" else title,
                        kind,
                        unit,
                        sector,
                        day_str(-rnd.randint(200, 3000)),
                        level,
                        edu,
                        json.dumps(sorted(comps)),
                        "[]",
                        None if pppk else cpns.isoformat(),
                        None if pppk else date(tmt[0] + 1, tmt[1], 1).isoformat(),
                        rnd.randint(40, 99) if rnd.random() < 0.7 else None,
                        created,
                    )
                )
                for k, year in enumerate(years):
                    apps.append(
                        (
                            i * len(years) + k + 1,
                            eid,
                            year,
                            self._pick(self.predicates, self.pred_cum),
                            "sesuai ekspektasi",
                            "sesuai ekspektasi" if rnd.random() < 0.85 else "di atas ekspektasi",
                        )
                    )
                for _ in range(rnd.randint(0, 4)):
                    end = rnd.randint(-365, DAYS - 1)
                    title_t, cat, hours = TRAININGS[rnd.randrange(len(TRAININGS))]
                    h = hours[rnd.randrange(len(hours))]
                    self.training_id += 1
                    trs.append(
                        (
                            self.training_id,
                            eid,
                            None,
                            title_t,
                            cat,
                            h,
                            day_str(end - max(0, h // 8 - 1)),
                            day_str(end),
                            ORGANIZERS[rnd.randrange(len(ORGANIZERS))],
                            ts((end + rnd.randint(1, 20)) * 86400 + 36000),
                            "operator bkpsdm (hr)",
                        )
                    )
            yield Batch("employee", EMPLOYEE_COLS, emps)
            yield Batch("appraisal", APPRAISAL_COLS, apps)
            yield Batch("training_record", TRAINING_COLS, trs)
        vacs = []
        for region in self.regions:
            for j in range(max(20, min(400, self.cases // 2500))):
                unit, sector = UNITS[j % len(UNITS)]
                title, kind = TITLES[j % len(TITLES)]
                vid = len(vacs) + 1
                self.vac_by_region[region].append(vid)
                vacs.append(
                    (
                        vid,
                        region,
                        f"{region}-{j + 1:04d}",
                        unit,
                        f"{title} {unit}" if kind != "fungsional" else title,
                        kind,
                        sector,
                        rnd.randint(1, 5),
                        json.dumps([sector]),
                        json.dumps(rnd.sample(COMPETENCIES, 2)),
                        json.dumps(
                            ["strategic"] if kind in ("administrator", "jpt_pratama") else []
                        ),
                        rnd.randint(5, 30),
                        rnd.randint(2, 25),
                        None,
                        created,
                    )
                )
        yield Batch("vacancy", VACANCY_COLS, vacs)

    # -- cases and everything that happens to them --

    def _opened_seconds(self) -> list[int]:
        rnd = self.rnd
        # working hours, 07:30 to 16:00 UTC+7 (00:30 to 09:00 UTC), any day of the two years
        return sorted(
            rnd.randrange(DAYS) * 86400 + 1800 + rnd.randrange(8 * 3600 + 1800)
            for _ in range(self.cases)
        )

    def _outcomes(
        self, region: str, initiator: str, eval_id: int, first_outcome_id: int
    ) -> tuple[str, list[tuple[Any, ...]]]:
        rnd = self.rnd
        rows = []
        blocking_fail = undetermined = False
        for k, rule in enumerate(NATIONAL_RULES):
            ne, ud, na = RULE_ODDS[rule]
            if rule == "nasional.masa_kerja_10_tahun" and initiator != "own_request":
                na = 1.0
            x = rnd.random()
            if x < na:
                outcome = "not_applicable"
            elif x < na + (1 - na) * ne:
                outcome = "not_eligible"
            elif x < na + (1 - na) * (ne + ud):
                outcome = "undetermined"
            elif rnd.random() < ERROR_RATE:
                outcome = "error"
            else:
                outcome = "eligible"
            label, citation, severity = self.rule_texts[rule]
            if outcome == "not_eligible" and severity == "blocking":
                blocking_fail = True
            elif outcome in ("undetermined", "error"):
                undetermined = True
            variants = self.reasons[(rule, outcome)]
            reason, values = variants[rnd.randrange(len(variants))]
            self.counts.outcomes[outcome] += 1
            rows.append(
                (
                    first_outcome_id + k,
                    eval_id,
                    region,
                    rule,
                    label,
                    outcome,
                    severity,
                    reason,
                    citation,
                    "nasional",
                    "0.1.0",
                    values,
                )
            )
        overall = (
            "not_eligible" if blocking_fail else ("undetermined" if undetermined else "eligible")
        )
        return overall, rows

    def cases_batches(self, chunk: int = 20_000) -> Iterator[Batch]:
        rnd = self.rnd
        opened_all = self._opened_seconds()
        end_sec = DAYS * 86400
        transition_id = submission_id = 0
        n_rules = len(NATIONAL_RULES)
        for lo in range(0, self.cases, chunk):
            cases, evals, outs, trans, subs, trs = [], [], [], [], [], []
            for i in range(lo, min(lo + chunk, self.cases)):
                cid = i + 1
                region = self._pick(self.region_values, self.region_cum)
                plan = self.plans[region]
                emps = self.emp_by_region[region]
                emp = emps[rnd.randrange(len(emps))]
                vacs = self.vac_by_region[region]
                vac = vacs[rnd.randrange(len(vacs))]
                kind = self._pick(self.kinds, self.kind_cum)
                initiator = self._pick(self.initiators, self.init_cum)
                opened = opened_all[i]
                overall, outcome_rows = self._outcomes(region, initiator, cid, i * n_rules + 1)
                evals.append(
                    (
                        cid,
                        cid,
                        region,
                        day_str(opened // 86400),
                        overall,
                        plan.evaluation_parameters,
                        plan.plugins,
                        ts(opened),
                    )
                )
                outs.extend(outcome_rows)
                # walk the region's stages
                t = opened
                status = "open"
                closed = None
                stage_index = 0
                n_moves = 0
                stages = plan.stages
                while True:
                    key, phase, median = stages[stage_index]
                    stay = max(3600, int(rnd.lognormvariate(math.log(median), 0.6) * 86400))
                    leave = t + stay
                    target: str | None
                    if rnd.random() < WITHDRAW_PER_STAGE:
                        target, leave = "withdrawn", t + stay // 2
                    elif stage_index == plan.decision_index and rnd.random() < (
                        REJECT_IF_NOT_ELIGIBLE if overall == "not_eligible" else REJECT_AT_DECISION
                    ):
                        target = "rejected"
                    elif stage_index + 1 < len(stages):
                        target = stages[stage_index + 1][0]
                    else:
                        target = "completed"
                    done = leave < end_sec
                    for form, fkind, answers, objecting, scored, adapt in plan.forms.get(key, ()):
                        at = t + int(stay * (0.2 + 0.7 * rnd.random()))
                        if at >= end_sec or (target == "withdrawn" and rnd.random() < 0.5):
                            continue
                        objection = (
                            fkind == "socialisation_acknowledgement"
                            and rnd.random() < OBJECTION_RATE
                        )
                        if objection:
                            self.counts.objections += 1
                        score = round(rnd.triangular(20, 100, 82), 2) if scored else None
                        adaptation = round(rnd.triangular(20, 100, 75), 2) if adapt else None
                        self.counts.forms[fkind] += 1
                        subs.append(
                            (
                                at,
                                cid,
                                form,
                                fkind,
                                1,
                                objecting if objection else answers,
                                score,
                                adaptation,
                                1 if objection else 0,
                                ts(at),
                                plan.actor,
                                plan.plugin,
                                plan.version,
                            )
                        )
                    for _ in range(plan.training_stages.get(key, 0)):
                        end_day = (t + stay // 2) // 86400
                        if end_day * 86400 >= end_sec or target == "withdrawn":
                            continue
                        title_t, cat, hours = TRAININGS[rnd.randrange(len(TRAININGS))]
                        self.training_id += 1
                        trs.append(
                            (
                                self.training_id,
                                emp,
                                cid,
                                title_t,
                                cat,
                                hours[rnd.randrange(len(hours))],
                                day_str(end_day - 1),
                                day_str(end_day),
                                ORGANIZERS[rnd.randrange(len(ORGANIZERS))],
                                ts(end_day * 86400 + 7200),
                                plan.actor,
                            )
                        )
                    if not done:
                        break
                    to_phase = None
                    if target not in ("withdrawn", "rejected", "completed"):
                        to_phase = stages[stage_index + 1][1]
                    trans.append(
                        (
                            leave,
                            cid,
                            region,
                            key,
                            phase,
                            target,
                            to_phase,
                            ts(leave),
                            plan.actor,
                            "catatan tindak lanjut" if rnd.random() < 0.05 else None,
                            plan.plugin,
                            plan.version,
                        )
                    )
                    n_moves += 1
                    t = leave
                    if to_phase is None:
                        status, closed = target, leave
                        break
                    stage_index += 1
                key, phase, _ = stages[stage_index]
                self.counts.statuses[status] += 1
                self.counts.regions[region] += 1
                cases.append(
                    (
                        cid,
                        f"{region.upper()}/{2024 + (opened // 86400 + 305) // 365}/{cid:06d}",
                        region,
                        emp,
                        vac,
                        kind,
                        initiator,
                        key,
                        phase,
                        status,
                        1 + n_moves,
                        ts(opened),
                        plan.actor,
                        None if closed is None else ts(closed),
                        plan.plugin,
                        plan.version,
                        plan.case_parameters,
                        "[]",
                    )
                )
            trans.sort(key=lambda r: r[0])
            numbered_t = []
            for r in trans:
                transition_id += 1
                numbered_t.append((transition_id, *r[1:]))
            subs.sort(key=lambda r: r[0])
            numbered_s = []
            for r in subs:
                submission_id += 1
                numbered_s.append((submission_id, *r[1:]))
            yield Batch("transfer_case", CASE_COLS, cases)
            yield Batch("eligibility_evaluation", EVALUATION_COLS, evals)
            yield Batch("eligibility_outcome", OUTCOME_COLS, outs)
            yield Batch("stage_transition", TRANSITION_COLS, numbered_t)
            yield Batch("form_submission", SUBMISSION_COLS, numbered_s)
            yield Batch("training_record", TRAINING_COLS, trs)


# --- the stores -------------------------------------------------------------------------------


class Store(abc.ABC):
    """Where the benchmark store lives; each backend says how to create, fill and drop it."""

    name: str
    url: str

    @abc.abstractmethod
    def exists_with(self, cases: int) -> bool:
        """Whether the store already holds exactly ``cases`` cases (for ``--reuse``)."""

    @abc.abstractmethod
    def create(self) -> Engine:
        """An empty, migrated store."""

    @abc.abstractmethod
    def write(self, batch: Batch) -> None:
        """Append one batch of rows."""

    @abc.abstractmethod
    def finish(self) -> None:
        """Build statistics after loading."""

    def engine(self) -> Engine:
        return make_engine(self.url)

    @abc.abstractmethod
    def drop(self) -> None:
        """Remove the store."""


class SQLiteStore(Store):
    name = "SQLite"

    def __init__(self, path: str) -> None:
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        self._engine: Engine | None = None
        self._conn: Any = None

    def exists_with(self, cases: int) -> bool:
        if not self.path.exists():
            return False
        return _case_count(self.url) == cases

    def drop(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def create(self) -> Engine:
        self.drop()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(self.url)
        upgrade(engine)
        self._engine = engine
        self._conn = engine.connect()
        self._conn.exec_driver_sql("PRAGMA synchronous=OFF")
        self._conn.exec_driver_sql("PRAGMA cache_size=-1000000")
        return engine

    def write(self, batch: Batch) -> None:
        if not batch.rows:
            return
        cols = ", ".join(f'"{c}"' for c in batch.columns)
        marks = ", ".join("?" for _ in batch.columns)
        self._conn.exec_driver_sql(
            f'INSERT INTO "{batch.table}" ({cols}) VALUES ({marks})', batch.rows
        )
        self._conn.commit()

    def finish(self) -> None:
        self._conn.exec_driver_sql("ANALYZE")
        self._conn.commit()
        self._conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        assert self._engine is not None
        self._engine.dispose()


class PostgresStore(Store):
    name = "PostgreSQL"

    def __init__(self, url: str) -> None:
        self.url = url
        self._url: URL = make_url(url)
        if self._url.database in (None, "", "test", "postgres"):
            raise SystemExit(
                f"refusing to use database {self._url.database!r}: the benchmark needs its own"
            )
        self._engine: Engine | None = None
        self._raw: Any = None

    def _admin(self) -> Engine:
        return make_engine(self._url.set(database="postgres").render_as_string(hide_password=False))

    def _exists(self) -> bool:
        admin = self._admin()
        with admin.connect() as conn:
            found = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": self._url.database}
            ).first()
        admin.dispose()
        return found is not None

    def exists_with(self, cases: int) -> bool:
        return self._exists() and _case_count(self.url) == cases

    def drop(self) -> None:
        admin = self._admin().execution_options(isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self._url.database}" WITH (FORCE)'))
        admin.dispose()

    def create(self) -> Engine:
        self.drop()
        admin = self._admin().execution_options(isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self._url.database}"'))
        admin.dispose()
        engine = make_engine(self.url)
        upgrade(engine)
        self._engine = engine
        self._raw = engine.raw_connection()
        with self._raw.cursor() as cur:
            cur.execute("SET TIME ZONE 'UTC'")
            cur.execute("SET synchronous_commit = off")
        return engine

    def write(self, batch: Batch) -> None:
        if not batch.rows:
            return
        cols = ", ".join(f'"{c}"' for c in batch.columns)
        with (
            self._raw.cursor() as cur,
            cur.copy(f'COPY "{batch.table}" ({cols}) FROM STDIN') as copy,
        ):
            for row in batch.rows:
                copy.write_row(row)
        self._raw.commit()

    def finish(self) -> None:
        assert self._engine is not None
        self._raw.close()
        with self._engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for table in (
                "employee", "appraisal", "training_record", "vacancy", "transfer_case",
                "eligibility_evaluation", "eligibility_outcome", "stage_transition",
                "form_submission",
            ):  # fmt: skip
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f'(SELECT max(id) FROM "{table}"))'
                    )
                )
            conn.execute(text("VACUUM (ANALYZE)"))
        self._engine.dispose()


def _case_count(url: str) -> int | None:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM transfer_case")).scalar_one())
    except Exception:
        return None
    finally:
        engine.dispose()


# --- running ----------------------------------------------------------------------------------


def build(
    stores: list[Store], catalog: Catalog, cases: int, seed: int, state: Path
) -> dict[str, Any]:
    gen = Generator(catalog, cases, seed)
    for store in stores:
        store.create()
    started = time.perf_counter()
    written: Counter[str] = Counter()
    spent: Counter[str] = Counter()
    batches = 0

    def feed(batch: Batch) -> None:
        nonlocal batches
        written[batch.table] += len(batch.rows)
        for store in stores:
            t0 = time.perf_counter()
            store.write(batch)
            spent[store.name] += time.perf_counter() - t0
        batches += 1
        if batches % 60 == 0:
            print(
                f"  … {written['transfer_case']:>9,} cases, {sum(written.values()):>11,} rows, "
                f"{time.perf_counter() - started:6.0f} s",
                flush=True,
            )

    for batch in gen.people():
        feed(batch)
    for batch in gen.cases_batches():
        feed(batch)
    for store in stores:
        t0 = time.perf_counter()
        store.finish()
        spent[store.name] += time.perf_counter() - t0
    total = time.perf_counter() - started
    print(
        f"  generated in {total:.0f} s ("
        + ", ".join(f"{k} {v:.0f} s" for k, v in spent.items())
        + ")"
    )
    summary = {
        "cases": cases,
        "seed": seed,
        "rows": dict(written),
        "statuses": dict(gen.counts.statuses),
        "regions": dict(gen.counts.regions),
        "forms": dict(gen.counts.forms),
        "outcomes": dict(gen.counts.outcomes),
        "objections": gen.counts.objections,
        "employees": gen.employees,
        "seconds": round(total, 1),
        "load_seconds": {k: round(v, 1) for k, v in spent.items()},
    }
    path = state / f"store-{cases}.json"
    if path.exists():  # keep what an earlier build of the other backend took
        earlier = json.loads(path.read_text())
        if earlier.get("rows") == summary["rows"]:
            summary["load_seconds"] = {**earlier["load_seconds"], **summary["load_seconds"]}
    path.write_text(json.dumps(summary, indent=2))
    return summary


def figures_of(result: dict[str, Any]) -> list[Any]:
    return [(row["region"], row["figures"]) for row in result["rows"]]


def time_indicators(
    engine: Engine, catalog: Catalog, period: Period
) -> tuple[dict[str, float], dict[str, Any]]:
    times: dict[str, float] = {}
    results: dict[str, Any] = {}
    for code in INDICATORS:
        t0 = time.perf_counter()
        out = compare(engine, catalog, code, period)
        times[code.value] = time.perf_counter() - t0
        results[code.value] = figures_of(out)
    return times, results


def _same(a: Any, b: Any) -> bool:
    """Equal, but for floats within 0.001 (SQLite counts days with julianday, PostgreSQL with
    epoch seconds: the fourth decimal may differ)."""
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= 1e-3
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def run_backend(
    store: Store, catalog: Catalog, period: Period, warm: int
) -> tuple[dict[str, float], dict[str, float], dict[str, Any]]:
    engine = store.engine()
    try:
        cold, results = time_indicators(engine, catalog, period)
        runs = [time_indicators(engine, catalog, period)[0] for _ in range(warm)]
    finally:
        engine.dispose()
    warm_times = {k: statistics.median(r[k] for r in runs) for k in cold} if runs else dict(cold)
    return cold, warm_times, results


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GB"
    except (OSError, ValueError, IndexError):
        pass
    import sqlite3

    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": mem,
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


def postgres_info(url: str) -> dict[str, str]:
    engine = make_engine(url)
    with engine.connect() as conn:
        version = conn.execute(text("SHOW server_version")).scalar_one()
        settings = {
            name: conn.execute(text(f"SHOW {name}")).scalar_one()
            for name in ("shared_buffers", "work_mem", "max_parallel_workers_per_gather", "jit")
        }
    engine.dispose()
    return {"version": str(version), **{k: str(v) for k, v in settings.items()}}


def git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            cwd=HERE,
            check=True,
        )
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def table(timings: dict[str, dict[str, dict[str, float]]]) -> list[str]:
    names = list(timings)
    head = "| indicator | " + " | ".join(f"{n} cold (ms) | {n} warm (ms)" for n in names) + " |"
    sep = "|---|" + "---:|---:|" * len(names)
    lines = [head, sep]
    for code in INDICATORS:
        cells = []
        for n in names:
            cells += [
                f"{timings[n]['cold'][code.value] * 1000:,.0f}",
                f"{timings[n]['warm'][code.value] * 1000:,.0f}",
            ]
        lines.append(f"| `{code.value}` | " + " | ".join(cells) + " |")
    cells = []
    for n in names:
        cells += [
            f"**{sum(timings[n]['cold'].values()):.2f} s**",
            f"**{sum(timings[n]['warm'].values()):.2f} s**",
        ]
    lines.append("| **all indicators** | " + " | ".join(cells) + " |")
    return lines


def print_table(name: str, cold: dict[str, float], warm: dict[str, float]) -> None:
    print(f"\n{name}: per indicator, milliseconds")
    print(f"  {'indicator':<30} {'cold':>9} {'warm':>9}")
    for code in INDICATORS:
        print(f"  {code.value:<30} {cold[code.value] * 1000:9.1f} {warm[code.value] * 1000:9.1f}")
    print(f"  {'TOTAL':<30} {sum(cold.values()) * 1000:9.1f} {sum(warm.values()) * 1000:9.1f}")


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--cases", type=int, default=1_000_000, help="cases in the store (1,000,000)")
    p.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    p.add_argument("--reuse", action="store_true", help="keep a store that already has N cases")
    p.add_argument("--warm", type=int, default=3, help="warm runs after the cold one (median)")
    p.add_argument("--seed", type=int, default=20261125)
    p.add_argument("--sqlite-path", default=DEFAULT_SQLITE)
    p.add_argument("--postgres-url", default=DEFAULT_POSTGRES, help="its database is dropped!")
    p.add_argument(
        "--period",
        choices=("all", "year", "both"),
        default="both",
        help="all: the two years of the store (every case); year: its last 365 days; both",
    )
    p.add_argument(
        "--results",
        default=None,
        help="write the report here (default: bench/RESULTS.md for a full run of both backends)",
    )
    p.add_argument("--drop", action="store_true", help="drop the stores when done")
    p.add_argument("--generate-only", action="store_true", help="build the stores, time nothing")
    args = p.parse_args(argv)

    catalog = load_catalog()
    stores: list[Store] = []
    if args.backend in ("sqlite", "both"):
        stores.append(SQLiteStore(args.sqlite_path))
    if args.backend in ("postgres", "both"):
        stores.append(PostgresStore(args.postgres_url))

    stale = [s for s in stores if not (args.reuse and s.exists_with(args.cases))]
    state = Path(args.sqlite_path).parent  # what describes the stores lives beside them
    state.mkdir(parents=True, exist_ok=True)
    summary_path = state / f"store-{args.cases}.json"
    if stale:
        print(f"generating {args.cases:,} cases into {', '.join(s.name for s in stale)} …")
        summary = build(stale, catalog, args.cases, args.seed, state)
    else:
        print(f"reusing the stores of {args.cases:,} cases")
        summary = json.loads(summary_path.read_text()) if summary_path.exists() else {}
        for store in stores:  # new migrations (e.g. indexes) reach a kept store too
            engine = store.engine()
            t0 = time.perf_counter()
            upgrade(engine)
            engine.dispose()
            print(f"  {store.name}: migrations at head ({time.perf_counter() - t0:.1f} s)")

    if args.generate_only:
        return 0
    periods = {
        "all": Period(start=START, end=END - timedelta(days=1)),
        "year": Period(start=END - timedelta(days=365), end=END - timedelta(days=1)),
    }
    chosen = ["all", "year"] if args.period == "both" else [args.period]
    load = os.getloadavg()
    print(f"load average before timing: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")

    timings: dict[str, dict[str, dict[str, dict[str, float]]]] = {}
    same: dict[str, bool | None] = {}
    for name in chosen:
        period = periods[name]
        print(f"\nperiod {period.start} … {period.end}")
        timings[name] = {}
        results: dict[str, dict[str, Any]] = {}
        for store in stores:
            cold, warm, res = run_backend(store, catalog, period, args.warm)
            timings[name][store.name] = {"cold": cold, "warm": warm}
            results[store.name] = res
            print_table(store.name, cold, warm)
        same[name] = None
        if len(results) == 2:
            a, b = results.values()
            differing = [k for k in a if not _same(a[k], b[k])]
            same[name] = not differing
            print(
                "both backends give the same figures"
                if not differing
                else f"figures DIFFER: {differing}"
            )
        if name == chosen[0]:
            (state / "last_run.json").write_text(json.dumps(results, indent=1, default=str))

    pg = next((s for s in stores if isinstance(s, PostgresStore)), None)
    if pg is not None:
        total = sum(timings[chosen[0]]["PostgreSQL"]["warm"].values())
        verdict = "met" if total < GOAL_SECONDS else "not met"
        print(
            f"\nGoal: all indicators over {args.cases:,} cases under {GOAL_SECONDS:g} s on "
            f"PostgreSQL — {verdict} ({total:.2f} s warm, period {chosen[0]})"
        )

    out = args.results
    if out is None and args.cases == 1_000_000 and args.backend == "both":
        out = str(HERE / "RESULTS.md")
    if out:
        path = Path(out)
        kept = ""
        if path.exists() and NOTES_MARK in path.read_text():
            kept = path.read_text().split(NOTES_MARK, 1)[1]
        text = report(
            args, summary, timings, same, periods, load, postgres_info(pg.url) if pg else None
        )
        path.write_text(text + NOTES_MARK + kept)
        print(f"wrote {out}")
    if args.drop:
        for store in stores:
            store.drop()
    return 0


NOTES_MARK = "<!-- everything below is kept when compare.py rewrites this file -->\n"


def report(
    args: argparse.Namespace,
    summary: dict[str, Any],
    timings: dict[str, dict[str, dict[str, dict[str, float]]]],
    same: dict[str, bool | None],
    periods: dict[str, Period],
    load: tuple[float, float, float],
    pg: dict[str, str] | None,
) -> str:
    m = machine()
    rows = summary.get("rows", {})
    lines = [
        f"# Common indicators over {args.cases:,} cases: timings",
        "",
        f"Written by `bench/compare.py` from the run of {datetime.now(UTC):%Y-%m-%d %H:%M} UTC "
        f"(commit `{git_commit()}` plus the working tree).",
        "",
        "## Machine",
        "",
        f"- CPU: {m['cpu']}, {m['cores']} cores; memory {m['memory']}; {m['os']}",
        f"- Python {m['python']}; SQLite {m['sqlite']} (a file under /tmp)",
    ]
    if pg:
        lines.append(
            f"- PostgreSQL {pg['version']} on the same machine, server settings as found: "
            f"shared_buffers {pg['shared_buffers']}, work_mem {pg['work_mem']}, "
            f"max_parallel_workers_per_gather {pg['max_parallel_workers_per_gather']}, jit {pg['jit']}"
        )
    lines.append(
        f"- Load average when the timing began: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
        "(the machine is shared: other sessions' test suites ran at the same time, so the "
        "figures carry their noise)"
    )
    lines += ["", "## What was generated", ""]
    lines += generated_text(summary, rows)
    lines += [
        "",
        "## Timings",
        "",
        "Each figure is one call of `mutasi_api.services.compare.compare` (the service behind "
        "`GET /compare`) for one indicator, for all five regions.  *Cold*: the first call of each "
        "indicator on a fresh engine (new connections, empty SQLite page cache, no PostgreSQL "
        "plan cache; the operating system's file cache was not dropped, and PostgreSQL was not "
        f"restarted).  *Warm*: the median of {args.warm} further runs.",
    ]
    titles = {
        "all": "the whole two years: every one of the cases counts",
        "year": "the last 365 days of the store (the default period of `GET /compare`)",
    }
    for name, per_backend in timings.items():
        period = periods[name]
        lines += [
            "",
            f"### Period {period.start} to {period.end}: {titles[name]}",
            "",
            *table(per_backend),
            "",
        ]
        if same.get(name) is not None:
            lines.append(
                "Both backends returned the same figures for every indicator, region and key "
                "(values equal to 0.001: SQLite counts days with `julianday`, PostgreSQL with "
                "epoch seconds)."
                if same[name]
                else "**The two backends returned different figures** (see the console output)."
            )
    first = next(iter(timings))
    if "PostgreSQL" in timings[first]:
        t = timings[first]["PostgreSQL"]
        total = sum(t["warm"].values())
        verdict = "met" if total < GOAL_SECONDS else "not met"
        lines += [
            "",
            f"Goal: all indicators over {args.cases:,} cases under 2 s on PostgreSQL — {verdict} "
            f"({total:.2f} s warm, {sum(t['cold'].values()):.2f} s cold; period: "
            f"{periods[first].start} to {periods[first].end})",
        ]
    lines.append("")
    return "\n".join(lines) + "\n"


def generated_text(summary: dict[str, Any], rows: dict[str, int]) -> list[str]:
    if not summary:
        return ["(the store was reused and its summary file is missing)"]
    cases = summary["cases"]
    st = summary["statuses"]
    forms = summary["forms"]
    out = summary["outcomes"]
    regs = summary["regions"]
    return [
        f"One deterministic store (seed {summary['seed']}), the same rows with the same ids on "
        "both backends, schema by the Alembic migrations; writing the rows took "
        + ", ".join(f"{k} {v:.0f} s" for k, v in summary["load_seconds"].items())
        + ".",
        "",
        f"- **{cases:,} cases** (`transfer_case`) opened from {START} to {END - timedelta(days=1)}, "
        "uniformly over the days, in working hours; regions "
        + ", ".join(f"{k} {v:,}" for k, v in sorted(regs.items(), key=lambda kv: -kv[1]))
        + "; statuses "
        + ", ".join(f"{k} {v:,}" for k, v in sorted(st.items(), key=lambda kv: -kv[1]))
        + "; kinds "
        + ", ".join(f"{k.value} {w}%" for k, w in KIND_WEIGHTS.items())
        + "; initiators "
        + ", ".join(f"{k.value} {w}%" for k, w in INITIATOR_WEIGHTS.items())
        + ".  Each case carries its region's real parameter snapshot (JSON) as the service stores it.",
        f"- **{rows.get('stage_transition', 0):,} stage transitions**, stamped with the real stages and "
        "phases of each region's plugin: each case walks its region's stages in order, staying a "
        "log-normal time (median per phase: "
        + ", ".join(f"{p.value} {d} d" for p, d in PHASE_MEDIAN_DAYS.items())
        + f"); it is withdrawn at any stage with chance {WITHDRAW_PER_STAGE:.1%}, rejected at "
        f"the decision stage with chance {REJECT_AT_DECISION:.0%} ({REJECT_IF_NOT_ELIGIBLE:.0%} "
        "when its evaluation said not eligible), and is still open when its next move would fall "
        "after the end of the two years.",
        f"- **{rows.get('eligibility_evaluation', 0):,} eligibility evaluations** (one at opening "
        f"per case) with **{rows.get('eligibility_outcome', 0):,} outcome rows**, one per national "
        "rule (12), with the rules' real labels, citations and severities, templated reasons and "
        "values; outcomes "
        + ", ".join(f"{k} {v:,}" for k, v in sorted(out.items(), key=lambda kv: -kv[1]))
        + ".  No regional-rule outcomes were generated.",
        f"- **{rows.get('employee', 0):,} employees** (3 per 5 cases; a case picks a random "
        f"employee of its region), **{rows.get('appraisal', 0):,} appraisals** (one predicate per "
        f"employee per year {START.year - 1}–{END.year}), **{rows.get('training_record', 0):,} "
        "training records** (0–4 per employee over three years, plus those the stages' training "
        "gates require, tied to the case).",
        f"- **{rows.get('form_submission', 0):,} form submissions**: every form a stage's gate "
        "requires, filled during that stage, with the form's real example answers (JSON) and a "
        "score: "
        + ", ".join(f"{k} {v:,}" for k, v in sorted(forms.items(), key=lambda kv: -kv[1]))
        + f"; {summary['objections']:,} socialisation acknowledgements record an objection "
        f"({OBJECTION_RATE:.0%}).",
        f"- {rows.get('vacancy', 0):,} vacancies.  Not generated (no indicator reads them): "
        "`case_event`, `decision`, `employee_position`, `sanction`, `obligation`, `app_user`.",
    ]


if __name__ == "__main__":
    sys.exit(main())
