"""Transfer cases of a region, and the eligibility dry run."""

from __future__ import annotations

from datetime import date

from litestar import Controller, get, post
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, JSONBody

from mutasi_api import schemas
from mutasi_api.auth import HR_ACCESS, User
from mutasi_api.controllers.params import Limit, Offset
from mutasi_api.db.engine import transaction
from mutasi_api.services import cases
from mutasi_core import CaseStatus, MutationKind, RegionCatalog


class CaseController(Controller):
    path = "/regions/{code:str}/cases"
    tags = ["cases"]
    guards = [HR_ACCESS]

    @post("/", summary="Open a case (records its eligibility)", sync_to_thread=True)
    def open_case(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        user: NamedDependency[User],
        data: JSONBody[schemas.CaseIn],
    ) -> schemas.CaseOut:
        with transaction(state.engine) as session:
            return cases.open_case(session, region, user, data)

    @get("/", summary="List cases", sync_to_thread=True)
    def listing(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        stage: FromQuery[str | None] = None,
        status: FromQuery[CaseStatus | None] = None,
        kind: FromQuery[MutationKind | None] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> schemas.CasePage:
        with transaction(state.engine) as session:
            return cases.listing(
                session,
                region,
                stage=stage,
                status=status.value if status else None,
                kind=kind.value if kind else None,
                limit=limit,
                offset=offset,
            )

    @get("/{case_id:int}", summary="Read a case with its current gates", sync_to_thread=True)
    def get_one(
        self, state: State, region: NamedDependency[RegionCatalog], case_id: FromPath[int]
    ) -> schemas.CaseOut:
        with transaction(state.engine) as session:
            return cases.case_out(session, region, cases.row_by_id(session, region.code, case_id))

    @get(
        "/{case_id:int}/eligibility",
        summary="Explain eligibility (stored, or as of a date)",
        sync_to_thread=True,
    )
    def eligibility(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        case_id: FromPath[int],
        as_of: FromQuery[date | None] = None,
    ) -> schemas.EligibilityOut:
        with transaction(state.engine) as session:
            return cases.eligibility(session, region, case_id, as_of)

    @post(
        "/{case_id:int}/transitions",
        summary="Move the case to another stage",
        status_code=200,
        sync_to_thread=True,
    )
    def transition(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        user: NamedDependency[User],
        case_id: FromPath[int],
        data: JSONBody[schemas.TransitionIn],
    ) -> schemas.CaseOut:
        with transaction(state.engine) as session:
            return cases.transition(session, region, user, case_id, data)

    @post(
        "/{case_id:int}/submissions",
        summary="Submit a form (validated and scored)",
        sync_to_thread=True,
    )
    def submit(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        user: NamedDependency[User],
        case_id: FromPath[int],
        data: JSONBody[schemas.SubmissionIn],
    ) -> schemas.SubmissionOut:
        with transaction(state.engine) as session:
            return cases.submit(session, region, user, case_id, data)

    @post("/{case_id:int}/training", summary="Record training taken", sync_to_thread=True)
    def training(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        user: NamedDependency[User],
        case_id: FromPath[int],
        data: JSONBody[schemas.TrainingIn],
    ) -> schemas.TrainingOut:
        with transaction(state.engine) as session:
            return cases.record_training(session, region, user, case_id, data)

    @post(
        "/{case_id:int}/decisions", summary="Record a decision by a named body", sync_to_thread=True
    )
    def decide(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        user: NamedDependency[User],
        case_id: FromPath[int],
        data: JSONBody[schemas.DecisionIn],
    ) -> schemas.DecisionOut:
        with transaction(state.engine) as session:
            return cases.decide(session, region, user, case_id, data)

    @get(
        "/{case_id:int}/history",
        summary="Every step of the case with who and when",
        sync_to_thread=True,
    )
    def history(
        self, state: State, region: NamedDependency[RegionCatalog], case_id: FromPath[int]
    ) -> list[schemas.EventOut]:
        with transaction(state.engine) as session:
            return cases.history(session, region, case_id)


class EligibilityController(Controller):
    path = "/regions/{code:str}/eligibility"
    tags = ["eligibility"]
    guards = [HR_ACCESS]

    @post(
        "/",
        summary="Dry run: explain eligibility without opening a case",
        status_code=200,
        sync_to_thread=True,
    )
    def dry_run(
        self, state: State, region: NamedDependency[RegionCatalog], data: JSONBody[schemas.DryRunIn]
    ) -> schemas.EligibilityOut:
        with transaction(state.engine) as session:
            return cases.dry_run(session, region, data)
