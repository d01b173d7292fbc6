"""`mutasi test` runs scenario files and reports each mismatch in plain words."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from typer.testing import CliRunner

from mutasi_api.cli import app

ROOT = Path(__file__).resolve().parent.parent
SAWAHLUNTO = (
    ROOT / "plugins" / "sawahlunto" / "mutasi_sawahlunto" / "scenarios" / "aturan_sawahlunto.yaml"
)
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), env={"COLUMNS": "400"})


def test_every_in_tree_scenario_file_holds():
    result = run("test", str(ROOT / "plugins"))
    assert result.exit_code == 0, result.output
    assert "0 tidak cocok" in result.output
    files = int(result.output.strip().splitlines()[-1].split()[0])
    assert files >= 1


def test_a_wrong_expectation_is_reported_with_rule_expected_and_actual(tmp_path: Path):
    data = yaml.safe_load(SAWAHLUNTO.read_text())
    data["scenarios"] = [data["scenarios"][1]]  # the hukum graduate
    data["scenarios"][0]["expect"] = {"sawahlunto.kesesuaian_pendidikan": "memenuhi"}
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (folder / "salah.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    result = run("test", str(tmp_path))
    assert result.exit_code == 1
    line = next(x for x in result.output.splitlines() if "✗" in x)
    assert "aturan sawahlunto.kesesuaian_pendidikan" in line
    assert "diharapkan memenuhi, hasilnya tidak memenuhi" in line
    assert "bidang hukum" in line
    assert "1 tidak cocok" in result.output


def test_a_misspelt_key_is_named_not_ignored(tmp_path: Path):
    folder = tmp_path / "scenarios"
    folder.mkdir()
    shutil.copy(SAWAHLUNTO, folder / "ok.yaml")
    data = yaml.safe_load(SAWAHLUNTO.read_text())
    data["scenarios"][0]["expcet"] = data["scenarios"][0].pop("expect")
    (folder / "typo.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    result = run("test", str(tmp_path))
    assert result.exit_code == 1
    assert "typo.yaml" in result.output
    assert "expcet" in result.output


def test_an_employee_field_error_names_the_scenario(tmp_path: Path):
    data = yaml.safe_load(SAWAHLUNTO.read_text())
    data["scenarios"][0]["employee"] = {"nip": "123"}
    path = tmp_path / "nip.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    result = run("test", str(path))
    assert result.exit_code == 1
    assert "$.scenarios[0]" in result.output
    assert "$.nip" in result.output
