"""Vacancies (target positions) of a region: create (region-admin), list."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.params import JSONBody

from mutasi_api import schemas
from mutasi_api.auth import ADMIN_ACCESS, HR_ACCESS
from mutasi_api.controllers.params import Limit, Offset
from mutasi_api.db.engine import transaction
from mutasi_api.services import vacancies
from mutasi_core import RegionCatalog


class VacancyController(Controller):
    path = "/regions/{code:str}/vacancies"
    tags = ["vacancies"]

    @post(
        "/", summary="Create a vacancy (region-admin)", guards=[ADMIN_ACCESS], sync_to_thread=True
    )
    def create(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        data: JSONBody[schemas.VacancyIn],
    ) -> schemas.VacancyOut:
        with transaction(state.engine) as session:
            return vacancies.create(session, region.code, data)

    @get("/", summary="List vacancies", guards=[HR_ACCESS], sync_to_thread=True)
    def listing(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> schemas.VacancyPage:
        with transaction(state.engine) as session:
            return vacancies.listing(session, region.code, limit=limit, offset=offset)
