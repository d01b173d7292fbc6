"""Query parameters shared by list endpoints (capped so no request reads everything)."""

from __future__ import annotations

from typing import Annotated

from litestar.params import QueryParameter

MAX_PAGE = 100

Limit = Annotated[int, QueryParameter(ge=1, le=MAX_PAGE, description=f"paling banyak {MAX_PAGE}")]
Offset = Annotated[int, QueryParameter(ge=0, le=10_000_000)]
