"""Vacancies (target positions): create, list."""

from __future__ import annotations

import msgspec
from sqlalchemy import func
from sqlmodel import Session, col, select

from mutasi_api import schemas
from mutasi_api.db.mapping import vacancy_row
from mutasi_api.db.models import VacancyRow
from mutasi_api.errors import Conflict, NotFound
from mutasi_core import Vacancy
from mutasi_core.converter import structure


def to_entity(body: schemas.VacancyIn, region: str) -> Vacancy:
    data = msgspec.to_builtins(body)
    data["id"] = data.pop("code")
    data["region"] = region
    return structure(data, Vacancy)


def to_out(row: VacancyRow) -> schemas.VacancyOut:
    assert row.id is not None
    return schemas.VacancyOut(
        id=row.id,
        region=row.region,
        code=row.code,
        unit=row.unit,
        title=row.title,
        kind=row.kind,  # type: ignore[arg-type]
        sector=row.sector,
        seats=row.seats,
        education_fields=list(row.education_fields or ()),
        required_competencies=list(row.required_competencies or ()),
        flags=list(row.flags or ()),  # type: ignore[arg-type]
        required_staff=row.required_staff,
        current_staff=row.current_staff,
        agency=row.agency,
    )


def create(session: Session, region: str, body: schemas.VacancyIn) -> schemas.VacancyOut:
    vacancy = to_entity(body, region)
    clash = session.exec(
        select(VacancyRow).where(VacancyRow.region == region, VacancyRow.code == body.code)
    ).first()
    if clash is not None:
        raise Conflict(
            f"kode jabatan {body.code} sudah ada di wilayah {region}",
            errors=[("$.code", "kode sudah dipakai")],
        )
    row = vacancy_row(vacancy, body.code)
    session.add(row)
    session.flush()
    return to_out(row)


def row_by_id(session: Session, region: str, vacancy_id: int) -> VacancyRow:
    row = session.get(VacancyRow, vacancy_id)
    if row is None or row.region != region:
        raise NotFound(f"jabatan tujuan {vacancy_id} tidak ditemukan di wilayah {region}")
    return row


def listing(session: Session, region: str, *, limit: int, offset: int) -> schemas.VacancyPage:
    query = select(VacancyRow).where(VacancyRow.region == region)
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    rows = session.exec(query.order_by(col(VacancyRow.id)).limit(limit).offset(offset)).all()
    return schemas.VacancyPage(
        items=[to_out(r) for r in rows], total=total, limit=limit, offset=offset
    )
