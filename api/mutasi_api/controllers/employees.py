"""Employees of a region: create, read by NIP, list, bulk import."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, get, post
from litestar.datastructures import State, UploadFile
from litestar.di import NamedDependency
from litestar.enums import RequestEncodingType
from litestar.params import Body, FromPath, FromQuery, JSONBody

from mutasi_api import schemas
from mutasi_api.auth import HR_ACCESS
from mutasi_api.controllers.params import Limit, Offset
from mutasi_api.db.engine import transaction
from mutasi_api.services import employees, importer
from mutasi_core import PositionKind, RegionCatalog


class EmployeeController(Controller):
    path = "/regions/{code:str}/employees"
    tags = ["employees"]
    guards = [HR_ACCESS]

    @post("/", summary="Create an employee", sync_to_thread=True)
    def create(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        data: JSONBody[schemas.EmployeeIn],
    ) -> schemas.EmployeeOut:
        emp = employees.to_entity(data)
        with transaction(state.engine) as session:
            return employees.create(session, region.code, emp)

    @get("/", summary="List employees", sync_to_thread=True)
    def listing(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        unit: FromQuery[str | None] = None,
        q: FromQuery[str | None] = None,
        position_kind: FromQuery[PositionKind | None] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> schemas.EmployeePage:
        with transaction(state.engine) as session:
            return employees.listing(
                session,
                region.code,
                unit=unit,
                q=q,
                position_kind=position_kind.value if position_kind else None,
                limit=limit,
                offset=offset,
            )

    @get("/{nip:str}", summary="Read an employee by NIP", sync_to_thread=True)
    def get_one(
        self, state: State, region: NamedDependency[RegionCatalog], nip: FromPath[str]
    ) -> schemas.EmployeeOut:
        with transaction(state.engine) as session:
            return employees.get(session, region.code, nip)

    @post(
        "/import",
        summary="Import employees from CSV or XLSX with SIASN column names (all rows or none)",
        sync_to_thread=True,
    )
    def import_file(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        data: Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)],
    ) -> schemas.ImportResult:
        content = data.file.read()
        rows = importer.parse(data.filename or "", content)
        with transaction(state.engine) as session:
            count = importer.store(session, region.code, rows)
        return schemas.ImportResult(imported=count)
