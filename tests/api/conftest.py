"""API tests run on SQLite and on PostgreSQL.

PostgreSQL comes from ``MUTASI_TEST_POSTGRES_URL``.  Without it the PostgreSQL half is skipped
on a developer machine, and fails under ``CI=true``: CI must never skip it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from litestar.testing import TestClient
from sqlalchemy import Engine, text
from sqlmodel import SQLModel

from mutasi_api.app import create_app
from mutasi_api.db.engine import make_engine, upgrade
from mutasi_api.settings import Settings
from tests.api.support import CATALOG, Api


def _postgres_url() -> str:
    url = os.environ.get("MUTASI_TEST_POSTGRES_URL", "").strip()
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(
                "CI=true but MUTASI_TEST_POSTGRES_URL is not set: PostgreSQL tests must run"
            )
        pytest.skip("MUTASI_TEST_POSTGRES_URL not set")
    return url


def _fresh_postgres(url: str) -> Engine:
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    return engine


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    if request.param == "sqlite":
        path: Path = tmp_path_factory.mktemp("db") / "mutasi.sqlite3"
        eng = make_engine(f"sqlite:///{path}")
    else:
        eng = _fresh_postgres(_postgres_url())
    upgrade(eng)
    yield eng
    eng.dispose()


def _clear(engine: Engine) -> None:
    with engine.begin() as conn:
        for table in reversed(SQLModel.metadata.sorted_tables):
            conn.execute(table.delete())


@pytest.fixture
def db(engine: Engine) -> Engine:
    _clear(engine)
    return engine


@pytest.fixture
def api(db: Engine) -> Iterator[Api]:
    app = create_app(Settings(database_url="unused://"), engine=db, catalog=CATALOG, migrate=False)
    with TestClient(app=app) as client:
        yield Api(client=client, engine=db, tokens={})
