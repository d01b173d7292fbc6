"""The core is headless: importing it loads no web framework and no database library."""

from __future__ import annotations

import subprocess
import sys

FORBIDDEN = ("litestar", "sqlmodel", "sqlalchemy", "uvicorn", "psycopg", "asyncpg", "sqlite3")


def test_importing_the_core_loads_no_web_or_database_module():
    code = (
        "import sys, mutasi_core, mutasi_core.catalog, mutasi_core.workflow, mutasi_core.testing\n"
        "mutasi_core.load_catalog()\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
