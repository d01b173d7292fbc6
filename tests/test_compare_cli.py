"""`mutasi compare INDICATOR --format table|csv|xlsx|png` reads the store directly."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from mutasi_api.cli import app

runner = CliRunner()


def run(tmp_path: Path, *args: str):
    env = {"MUTASI_DATABASE_URL": f"sqlite:///{tmp_path / 'm.sqlite3'}", "COLUMNS": "200"}
    return runner.invoke(app, ["compare", *args], env=env)


def test_compare_in_every_format(tmp_path: Path):
    table = run(tmp_path, "completion_rate", "--from", "2025-01-01", "--to", "2025-12-31")
    assert table.exit_code == 0, table.output
    assert "Tingkat penyelesaian" in table.output
    assert table.output.count("ditekan (<5 kasus)") == 5
    out = run(tmp_path, "cases_opened", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert sorted(r["region"] for r in rows) == [
        "jambi",
        "kepahiang",
        "medan",
        "rangkui",
        "sawahlunto",
    ]
    xlsx = tmp_path / "x.xlsx"
    assert run(tmp_path, "resistance", "--format", "xlsx", "-o", str(xlsx)).exit_code == 0
    sheet = load_workbook(xlsx).worksheets[0]
    assert sheet.max_row == 6
    png = tmp_path / "x.png"
    assert run(tmp_path, "days_in_phase", "--format", "png", "-o", str(png)).exit_code == 0
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_unknown_indicator_and_bad_dates_are_refused(tmp_path: Path):
    bad = run(tmp_path, "kebahagiaan")
    assert bad.exit_code == 2
    assert "tidak dikenal" in bad.output
    assert run(tmp_path, "cases_opened", "--from", "2025-13-01").exit_code == 2
    assert (
        run(tmp_path, "cases_opened", "--from", "2025-12-01", "--to", "2025-01-01").exit_code == 2
    )
