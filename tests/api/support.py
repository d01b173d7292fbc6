"""Helpers shared by the API tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from litestar.testing import TestClient
from sqlalchemy import Engine, func
from sqlmodel import Session, SQLModel, select

from mutasi_api.auth import Role
from mutasi_api.db.engine import transaction
from mutasi_api.services import users
from mutasi_core import load_catalog

CATALOG = load_catalog()
REGIONS = sorted(CATALOG.regions)


def row_counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as session:
        return {
            t.name: session.exec(select(func.count()).select_from(t)).one()  # type: ignore[call-overload]
            for t in SQLModel.metadata.sorted_tables
        }


@dataclass
class Api:
    client: TestClient[Any]
    engine: Engine
    tokens: dict[tuple[str, str | None], str]

    def as_(self, role: str, region: str | None = None) -> dict[str, str]:
        key = (role, region)
        if key not in self.tokens:
            with transaction(self.engine) as session:
                _, token = users.add(
                    session, name=f"{role} {region}", role=Role(role), region=region
                )
            self.tokens[key] = token
        return {"Authorization": f"Bearer {self.tokens[key]}"}


def employee_json(nip: str = "198503122010011001", **changes: Any) -> dict[str, Any]:
    """An employee who passes every blocking rule of every region, as of today."""
    today = date.today()
    data: dict[str, Any] = {
        "nip": nip,
        "name": "Rina Marlina",
        "employment_type": "PNS",
        "rank": "III/c",
        "position": {
            "title": "Analis Kesehatan",
            "kind": "fungsional",
            "unit": "Dinas Kesehatan",
            "sector": "kesehatan",
            "start": (today - timedelta(days=3 * 365)).isoformat(),
        },
        "education": {"level": "S1", "field": "kesehatan"},
        "competencies": ["komunikasi", "kepemimpinan", "pelayanan publik"],
        "appraisals": [
            {
                "year": today.year - i,
                "predicate": "Baik",
                "work_result": "sesuai ekspektasi",
                "behaviour": "sesuai ekspektasi",
            }
            for i in (1, 2, 3)
        ],
        "training": [
            {
                "title": "Pelatihan teknis",
                "category": "teknis",
                "hours": 24,
                "start": (today - timedelta(days=40)).isoformat(),
                "end": (today - timedelta(days=37)).isoformat(),
            },
        ],
        "potential_score": 85,
    }
    data.update(changes)
    return data


def vacancy_json(code: str = "dinkes-01", **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": code,
        "unit": "Dinas Kesehatan",
        "title": "Analis Kesehatan Ahli Muda",
        "kind": "fungsional",
        "sector": "kesehatan",
        "seats": 2,
        "education_fields": ["kesehatan"],
        "required_competencies": ["komunikasi"],
        "required_staff": 12,
        "current_staff": 9,
    }
    data.update(changes)
    return data
