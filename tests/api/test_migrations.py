"""``alembic upgrade head`` on an empty database gives exactly the tables of the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect
from sqlmodel import SQLModel

from mutasi_api.db import models  # noqa: F401  (registers the tables)


def test_migrated_schema_matches_the_models(engine: Engine):
    # ``engine`` was created empty and migrated with ``alembic upgrade head`` by the fixture
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), SQLModel.metadata
        )
    assert diff == []
    tables = set(inspect(engine).get_table_names())
    assert {t.name for t in SQLModel.metadata.sorted_tables} <= tables
    assert "alembic_version" in tables
