"""Common data for central government: comparisons across regions, reports, exports."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from litestar import Controller, Response, get
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.params import FromQuery, QueryParameter

from mutasi_api.auth import ANY_ROLE, CENTRAL_ACCESS
from mutasi_api.db.mapping import now
from mutasi_api.errors import Invalid
from mutasi_api.indicators import INDICATORS, Period
from mutasi_api.services import compare
from mutasi_core import Catalog, RegionCatalog
from mutasi_core.vocabulary import Indicator

From = Annotated[
    date | None, QueryParameter(name="from", description="awal periode (YYYY-MM-DD), inklusif")
]
To = Annotated[
    date | None, QueryParameter(name="to", description="akhir periode (YYYY-MM-DD), inklusif")
]

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def period_of(start: date | None, end: date | None) -> Period:
    default = compare.default_period(now().date())
    period = Period(start=start or default.start, end=end or default.end)
    if period.start > period.end:
        raise Invalid(
            "periode terbalik", errors=[("from", f"{period.start} sesudah to {period.end}")]
        )
    return period


class IndicatorController(Controller):
    path = "/indicators"
    tags = ["common data"]
    guards = [ANY_ROLE]

    @get("/", summary="Every common indicator with its written definition")
    async def listing(self) -> list[dict[str, Any]]:
        return [compare.definition_out(d) for d in INDICATORS.values()]


class CompareController(Controller):
    path = "/compare"
    tags = ["common data"]
    guards = [CENTRAL_ACCESS]

    @get(
        "/", summary="One indicator, one row per enabled region (central role)", sync_to_thread=True
    )
    def compare(
        self,
        state: State,
        catalog: NamedDependency[Catalog],
        indicator: FromQuery[Indicator],
        start: From = None,
        end: To = None,
    ) -> dict[str, Any]:
        return compare.compare(state.engine, catalog, indicator, period_of(start, end))

    @get("/export", summary="A comparison as CSV or XLSX", sync_to_thread=True)
    def export(
        self,
        state: State,
        catalog: NamedDependency[Catalog],
        indicator: FromQuery[Indicator],
        format: FromQuery[Literal["csv", "xlsx"]] = "csv",
        start: From = None,
        end: To = None,
    ) -> Response[bytes]:
        data = compare.compare(state.engine, catalog, indicator, period_of(start, end))
        name = f"mutasi-{indicator.value}-{data['from']}-{data['to']}.{format}"
        body = compare.to_csv(data) if format == "csv" else compare.to_xlsx(data)
        media = "text/csv; charset=utf-8" if format == "csv" else XLSX
        return Response(
            body,
            media_type=media,
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    @get(
        "/chart",
        summary="A bar chart of one indicator across regions (PNG or SVG)",
        sync_to_thread=True,
    )
    def chart(
        self,
        state: State,
        catalog: NamedDependency[Catalog],
        indicator: FromQuery[Indicator],
        key: FromQuery[str | None] = None,
        format: FromQuery[Literal["png", "svg"]] = "png",
        start: From = None,
        end: To = None,
    ) -> Response[bytes]:
        d = INDICATORS[indicator]
        if key is not None and key not in d.keys:
            raise Invalid(
                "rincian tidak dikenal",
                errors=[("key", f"yang ada: {', '.join(d.keys) or 'tidak ada'}")],
            )
        data = compare.compare(state.engine, catalog, indicator, period_of(start, end))
        media = "image/png" if format == "png" else "image/svg+xml"
        return Response(compare.chart(data, key=key, fmt=format), media_type=media)


class ReportController(Controller):
    path = "/regions/{code:str}/report"
    tags = ["common data"]
    guards = [ANY_ROLE]

    @get("/", summary="Every indicator for one region", sync_to_thread=True)
    def report(
        self,
        state: State,
        catalog: NamedDependency[Catalog],
        region: NamedDependency[RegionCatalog],
        start: From = None,
        end: To = None,
    ) -> dict[str, Any]:
        return compare.report(state.engine, catalog, region.code, period_of(start, end))
