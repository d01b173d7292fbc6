"""Settings read from the environment (one place, read once per process)."""

from __future__ import annotations

import os
from pathlib import Path

import attrs

DEFAULT_DB = Path("var") / "mutasi.sqlite3"


@attrs.frozen(kw_only=True)
class Settings:
    """``MUTASI_DATABASE_URL`` (default: the embedded SQLite file ``var/mutasi.sqlite3``),
    ``MUTASI_PLUGINS`` (comma-separated region codes; default all installed)."""

    database_url: str
    plugins: tuple[str, ...] | None = None

    @classmethod
    def from_env(cls) -> Settings:
        url = os.environ.get("MUTASI_DATABASE_URL", "").strip()
        if not url:
            DEFAULT_DB.parent.mkdir(parents=True, exist_ok=True)
            url = f"sqlite:///{DEFAULT_DB}"
        raw = os.environ.get("MUTASI_PLUGINS", "").strip()
        plugins = tuple(p.strip() for p in raw.split(",") if p.strip()) if raw else None
        return cls(database_url=normalise_url(url), plugins=plugins)


def normalise_url(url: str) -> str:
    """Use the psycopg 3 driver for plain ``postgresql://`` URLs."""
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.removeprefix("postgres://")
    return url
