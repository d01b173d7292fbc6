"""The ``mutasi`` command line: listing plugins, checking one, explaining an evaluation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mutasi_api.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env={"COLUMNS": "220", **(env or {})})


def test_plugins_lists_the_national_rules_and_every_enabled_region_with_counts():
    result = run("plugins")
    assert result.exit_code == 0, result.output
    rows = {line.split("│")[1].strip(): line for line in result.output.splitlines() if "│" in line}
    assert "nasional" in rows
    assert "semua wilayah" in rows["nasional"]
    assert "Kota Sawahlunto (1373)" in rows["sawahlunto"]
    cells = [c.strip() for c in rows["sawahlunto"].split("│")[1:-1]]
    assert cells[3:] == ["ya", "7", "4", "3", "4"]
    for code, name in [
        ("rangkui", "Provinsi Rangkui"),
        ("medan", "Kota Medan (1271)"),
        ("jambi", "Kota Jambi (1571)"),
        ("kepahiang", "Kabupaten Kepahiang (1708)"),
    ]:
        assert name in rows[code]
        cells = [c.strip() for c in rows[code].split("│")[1:-1]]
        assert cells[3] == "ya"
        assert int(cells[5]) >= 3, code  # at least three rules of its own
        assert int(cells[7]) >= 2, code  # at least two forms


def test_check_reports_ok_for_a_valid_region_and_fails_for_an_unknown_one():
    ok = run("check", "sawahlunto")
    assert ok.exit_code == 0
    assert "OK sawahlunto@0.1.0" in ok.output
    bad = run("check", "atlantis")
    assert bad.exit_code == 1


def test_evaluate_explains_each_rule_and_the_conclusion():
    result = run(
        "evaluate",
        "--region",
        "sawahlunto",
        "--as-of",
        "2025-06-02",
        str(EXAMPLES / "employee.json"),
        str(EXAMPLES / "target.json"),
    )
    assert result.exit_code == 0, result.output
    assert "nilai potensi 65; minimum 70" in result.output
    assert "Kesimpulan: tidak memenuhi" in result.output
    assert "PP 11/2017 Pasal 190 ayat (3)" in result.output


def test_evaluate_as_json_carries_plugin_versions_and_parameters():
    result = run(
        "evaluate",
        "--region",
        "sawahlunto",
        "--as-of",
        "2025-06-02",
        "--json",
        str(EXAMPLES / "employee.json"),
        str(EXAMPLES / "target.json"),
    )
    data = json.loads(result.output)
    assert data["overall"] == "not_eligible"
    assert data["parameters"]["min_months_in_position"] == 24
    assert data["plugins"]["sawahlunto"] == "0.1.0"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"nip": "19850312201001100"}, "$.nip"),
        (
            {"position": {"title": "x", "kind": "raja", "unit": "u", "start": "2020-01-01"}},
            "$.position.kind",
        ),
        ({"rank": "V/z"}, "golongan/ruang tidak dikenal"),
        ({"umur": 40}, "umur"),
    ],
)
def test_evaluate_names_the_bad_field(tmp_path, change, message):
    data = json.loads((EXAMPLES / "employee.json").read_text()) | change
    path = tmp_path / "employee.json"
    path.write_text(json.dumps(data))
    result = run("evaluate", "--region", "sawahlunto", str(path), str(EXAMPLES / "target.json"))
    assert result.exit_code == 2
    assert message in result.output


def test_evaluate_refuses_malformed_json_and_unknown_region(tmp_path):
    path = tmp_path / "employee.json"
    path.write_text("{nip: 1")
    result = run("evaluate", "--region", "sawahlunto", str(path), str(EXAMPLES / "target.json"))
    assert result.exit_code == 2
    assert "JSON tidak sah pada baris 1" in result.output
    result = run(
        "evaluate",
        "--region",
        "atlantis",
        str(EXAMPLES / "employee.json"),
        str(EXAMPLES / "target.json"),
    )
    assert result.exit_code == 2
    assert "wilayah 'atlantis' tidak aktif" in result.output
