"""Employees: create, read by NIP, list."""

from __future__ import annotations

import msgspec
from sqlalchemy import func
from sqlmodel import Session, col, select

from mutasi_api import schemas
from mutasi_api.db.mapping import add_employee, load_employee
from mutasi_api.db.models import EmployeeRow
from mutasi_api.errors import Conflict, NotFound
from mutasi_core import Employee
from mutasi_core.converter import structure, unstructure


def to_entity(body: schemas.EmployeeIn) -> Employee:
    """The core entity for a request body (validators run; errors name the field)."""
    return structure(msgspec.to_builtins(body), Employee)


def to_out(emp: Employee, row: EmployeeRow) -> schemas.EmployeeOut:
    data = unstructure(emp)
    data.pop("region", None)
    out = msgspec.convert(data, schemas.EmployeeOut, strict=False)
    assert row.id is not None
    out.id = row.id
    out.region = row.region
    return out


def create(session: Session, region: str, emp: Employee) -> schemas.EmployeeOut:
    existing = session.exec(select(EmployeeRow).where(EmployeeRow.nip == emp.nip)).first()
    if existing is not None:
        raise Conflict(
            f"pegawai dengan NIP {emp.nip} sudah terdaftar",
            errors=[("$.nip", "NIP sudah terdaftar")],
        )
    row = add_employee(session, emp, region)
    return to_out(emp, row)


def row_by_nip(session: Session, region: str, nip: str) -> EmployeeRow:
    row = session.exec(
        select(EmployeeRow).where(EmployeeRow.nip == nip, EmployeeRow.region == region)
    ).first()
    if row is None:
        raise NotFound(f"pegawai dengan NIP {nip} tidak ditemukan di wilayah {region}")
    return row


def get(session: Session, region: str, nip: str) -> schemas.EmployeeOut:
    row = row_by_nip(session, region, nip)
    return to_out(load_employee(session, row), row)


def listing(
    session: Session,
    region: str,
    *,
    unit: str | None,
    q: str | None,
    position_kind: str | None,
    limit: int,
    offset: int,
) -> schemas.EmployeePage:
    query = select(EmployeeRow).where(EmployeeRow.region == region)
    if unit:
        query = query.where(EmployeeRow.unit == unit)
    if position_kind:
        query = query.where(EmployeeRow.position_kind == position_kind)
    if q:
        like = f"%{q.lower()}%"
        query = query.where(
            (func.lower(EmployeeRow.name).like(like)) | (col(EmployeeRow.nip).like(f"{q}%"))
        )
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    rows = session.exec(
        query.order_by(col(EmployeeRow.name), col(EmployeeRow.id)).limit(limit).offset(offset)
    ).all()
    return schemas.EmployeePage(
        items=[to_out(load_employee(session, r), r) for r in rows],
        total=total,
        limit=limit,
        offset=offset,
    )
