"""Demo data: a small synthetic workforce per region, vacancies, cases at every stage, tokens.

Deterministic for a seed.  Cases are driven through the same services the API uses, so every
stored step passed the same gates a real case passes.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import Engine, func
from sqlmodel import Session, select

from mutasi_api import schemas
from mutasi_api.auth import Role, User
from mutasi_api.db.engine import transaction
from mutasi_api.db.mapping import add_employee, now
from mutasi_api.db.models import EmployeeRow
from mutasi_api.errors import ApiError
from mutasi_api.services import cases, users, vacancies
from mutasi_core import (
    Appraisal,
    Catalog,
    Education,
    Employee,
    EmploymentType,
    Initiator,
    MutationKind,
    Position,
    PositionKind,
    Predicate,
    Rating,
    RegionCatalog,
    Sanction,
    TrainingRecord,
)
from mutasi_core.nip import Gender, format_nip
from mutasi_core.stages import DecisionTaken, FormSubmitted, TrainingCompleted

SECTORS = {
    "kesehatan": (
        "Dinas Kesehatan",
        ("kesehatan", "keperawatan"),
        ("pelayanan publik", "komunikasi"),
    ),
    "pendidikan": ("Dinas Pendidikan", ("pendidikan",), ("pedagogi", "komunikasi")),
    "keuangan": (
        "Badan Keuangan Daerah",
        ("keuangan", "akuntansi", "ekonomi"),
        ("penganggaran", "akuntansi"),
    ),
    "teknologi informasi": (
        "Dinas Komunikasi dan Informatika",
        ("teknologi informasi", "ilmu komputer"),
        ("teknologi informasi", "analisis data"),
    ),
    "pelayanan publik": (
        "Dinas Kependudukan dan Pencatatan Sipil",
        ("administrasi publik", "hukum"),
        ("pelayanan publik", "komunikasi"),
    ),
}
FIRST = (
    "Rina",
    "Budi",
    "Siti",
    "Agus",
    "Dewi",
    "Hendra",
    "Fitri",
    "Rudi",
    "Maya",
    "Andi",
    "Yuni",
    "Fajar",
)
LAST = (
    "Marlina",
    "Santoso",
    "Nurhaliza",
    "Saputra",
    "Lestari",
    "Gunawan",
    "Rahmawati",
    "Hakim",
    "Siregar",
    "Nasution",
    "Harahap",
    "Putri",
)
SYSTEM = User(id=0, name="demo", role=Role.HR, region=None)


def _employee(rng: random.Random, region: str, seq: int, today: date) -> Employee:
    birth = date(rng.randint(1968, 1996), rng.randint(1, 12), rng.randint(1, 28))
    cpns = date(min(birth.year + rng.randint(22, 30), today.year - 1), rng.randint(1, 12), 1)
    gender = rng.choice(list(Gender))
    sector = rng.choice(list(SECTORS))
    unit, fields, comps = SECTORS[sector]
    start = today - timedelta(days=rng.randint(200, 2600))
    years = [today.year - i for i in (3, 2, 1)]
    predicates = [
        Predicate.SANGAT_BAIK,
        Predicate.BAIK,
        Predicate.BAIK,
        Predicate.BAIK,
        Predicate.BUTUH_PERBAIKAN,
    ]
    return Employee(
        nip=format_nip(birth, cpns, gender, seq % 999 + 1),
        name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        employment_type=EmploymentType.PNS if rng.random() < 0.9 else EmploymentType.PPPK,
        rank=rng.choice(("II/c", "III/a", "III/b", "III/c", "III/d", "IV/a")),
        position=Position(
            title=f"Analis {sector.title()}",
            kind=rng.choice(
                (PositionKind.PELAKSANA, PositionKind.FUNGSIONAL, PositionKind.PENGAWAS)
            ),
            unit=unit,
            sector=sector,
            start=start,
        ),
        education=Education(level=rng.choice(("D3", "S1", "S1", "S2")), field=rng.choice(fields)),
        competencies=frozenset(
            ({comps[0]} if rng.random() < 0.85 else set())
            | set(rng.sample(comps, k=1))
            | {"komunikasi"}
        ),
        appraisals=tuple(
            Appraisal(
                year=y,
                predicate=rng.choice(predicates),
                work_result=Rating.MEETS,
                behaviour=Rating.MEETS,
            )
            for y in years
        ),
        sanctions=(
            (
                Sanction(
                    kind="teguran tertulis",
                    start=today - timedelta(days=60),
                    end=today + timedelta(days=300),
                ),
            )
            if rng.random() < 0.05
            else ()
        ),
        training=(
            TrainingRecord(
                title="Pelatihan teknis",
                category="teknis",
                hours=rng.choice((8, 16, 24, 32)),
                start=today - timedelta(days=120),
                end=today - timedelta(days=117),
            ),
        ),
        potential_score=rng.randint(45, 95),
        region=region,
    )


def _vacancies(rc: RegionCatalog, rng: random.Random) -> list[schemas.VacancyIn]:
    out = []
    for i, (sector, (unit, fields, comps)) in enumerate(SECTORS.items(), start=1):
        flags = ["strategic"] if i % 2 else ["public_facing"]
        out.append(
            schemas.VacancyIn(
                code=f"{rc.code}-{i:02d}",
                unit=unit,
                title=f"Kepala Seksi {sector.title()}",
                kind=PositionKind.PENGAWAS,
                sector=sector,
                seats=rng.randint(1, 3),
                education_fields=list(fields),
                required_competencies=[comps[0]],
                flags=flags,  # type: ignore[arg-type]
                required_staff=rng.randint(12, 20),
                current_staff=rng.randint(8, 12),
            )
        )
    return out


def drive(session: Session, rc: RegionCatalog, case_id: int, steps: int, today: date) -> None:
    """Satisfy the gates of up to ``steps`` stages of a case and move it forward."""
    for _ in range(steps):
        row = cases.row_by_id(session, rc.code, case_id)
        if row.status != "open":
            return
        for gate in rc.graph.gates[row.stage]:
            if isinstance(gate, FormSubmitted):
                answers = dict(rc.forms[gate.form].spec.examples()[0])
                scoring = rc.forms[gate.form].spec.scoring
                if scoring is not None:
                    for item in scoring.items:
                        answers[item] = int(scoring.high)
                cases.submit(
                    session,
                    rc,
                    SYSTEM,
                    case_id,
                    schemas.SubmissionIn(form=gate.form, answers=answers),
                )
            elif isinstance(gate, DecisionTaken):
                cases.decide(
                    session,
                    rc,
                    SYSTEM,
                    case_id,
                    schemas.DecisionIn(body=gate.body, verdict="approve"),
                )
            elif isinstance(gate, TrainingCompleted):
                req = rc.training[gate.requirement]
                cases.record_training(
                    session,
                    rc,
                    SYSTEM,
                    case_id,
                    schemas.TrainingIn(
                        title=req.label,
                        category=sorted(req.categories)[0],
                        hours=req.min_hours,
                        start=today - timedelta(days=3),
                        end=today,
                    ),
                )
        forward = [t for t in rc.graph.forward(row.stage) if t != "rejected"]
        try:
            cases.transition(session, rc, SYSTEM, case_id, schemas.TransitionIn(to=forward[0]))
        except ApiError:
            return  # a gate that data cannot satisfy (eligibility): the case waits here


def load_demo(
    engine: Engine, catalog: Catalog, *, employees: int = 30, seed: int = 7
) -> list[tuple[str, str | None, str]]:
    """Fill an empty store with demo data and return a fresh token per role and region."""
    rng = random.Random(seed)
    today = now().date()
    with transaction(engine) as session:
        has_data = session.exec(select(func.count()).select_from(EmployeeRow)).one() > 0
        if not has_data:
            seq = 0
            for code, rc in sorted(catalog.regions.items()):
                rows = []
                for _ in range(employees):
                    seq += 1
                    emp = _employee(rng, code, seq, today)
                    if session.exec(select(EmployeeRow).where(EmployeeRow.nip == emp.nip)).first():
                        continue
                    rows.append(add_employee(session, emp, code))
                vacs = [vacancies.create(session, code, v) for v in _vacancies(rc, rng)]
                by_sector = {v.sector: v for v in vacs}
                for i, emp_row in enumerate(rows[:12]):
                    vac = by_sector.get(emp_row.sector, vacs[i % len(vacs)])
                    out = cases.open_case(
                        session,
                        rc,
                        SYSTEM,
                        schemas.CaseIn(
                            employee_nip=emp_row.nip,
                            vacancy_id=vac.id,
                            kind=MutationKind.WITHIN_AGENCY,
                            initiator=Initiator.AGENCY if i % 3 else Initiator.OWN_REQUEST,
                        ),
                    )
                    drive(session, rc, out.id, steps=i % (len(rc.graph.stages) + 2), today=today)
        tokens: list[tuple[str, str | None, str]] = []
        for code in sorted(catalog.regions):
            for role in (Role.HR, Role.REGION_ADMIN):
                _, token = users.add(
                    session, name=f"demo {role.value} {code}", role=role, region=code
                )
                tokens.append((role.value, code, token))
        _, token = users.add(session, name="demo central", role=Role.CENTRAL, region=None)
        tokens.append((Role.CENTRAL.value, None, token))
    return tokens
