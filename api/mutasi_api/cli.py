"""The ``mutasi`` command-line tool."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from mutasi_core import (
    Catalog,
    Employee,
    Initiator,
    Level,
    MutationKind,
    Outcome,
    PluginError,
    Vacancy,
    load_catalog,
)
from mutasi_core.catalog import NATIONAL, installed_plugins
from mutasi_core.converter import InputError, structure

app = typer.Typer(
    help="Mutasi: aturan mutasi ASN per wilayah, dari plugin.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
console = Console()
err = Console(stderr=True)

OUTCOME_STYLE = {
    Outcome.ELIGIBLE: "green",
    Outcome.NOT_ELIGIBLE: "red",
    Outcome.UNDETERMINED: "yellow",
    Outcome.NOT_APPLICABLE: "dim",
    Outcome.ERROR: "bold red",
}


def _load(enabled: list[str] | None = None) -> Catalog:
    try:
        return load_catalog(enabled)
    except PluginError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from None


@app.command()
def plugins() -> None:
    """List installed plugins: enabled or not, version, and what each supplies."""
    catalog = _load()
    table = Table(title="Plugin Mutasi")
    for col in ("plugin", "versi", "wilayah", "aktif", "tahap", "aturan", "pelatihan", "formulir"):
        table.add_column(col)
    national_rules = len(catalog.shared_rules)
    nat = catalog.plugins[NATIONAL]
    table.add_row(
        NATIONAL,
        nat.version,
        "semua wilayah (aturan nasional)",
        "ya",
        "-",
        str(national_rules),
        "-",
        "-",
    )
    for name in sorted(installed_plugins()):
        region = catalog.regions.get(name)
        if region is None:
            table.add_row(name, catalog.installed[name], "", "tidak", "", "", "", "")
            continue
        own_rules = sum(1 for r in region.rules if r.plugin == name)
        table.add_row(
            name,
            region.plugin.version,
            f"{region.region.name} ({region.region.area_code or '-'})",
            "ya",
            str(len(region.graph.stages)),
            str(own_rules),
            str(len(region.training)),
            str(len(region.forms)),
        )
    console.print(table)


@app.command()
def check(region: Annotated[str, typer.Argument(help="Kode wilayah, mis. medan")]) -> None:
    """Validate one plugin (with the national rules) and report every problem."""
    catalog = _load([region])
    r = catalog.region(region)
    console.print(
        f"[green]OK[/green] {r.plugin.label}: {r.region.name}; {len(r.graph.stages)} tahap, "
        f"{sum(1 for b in r.rules if b.plugin == region)} aturan sendiri + "
        f"{sum(1 for b in r.rules if b.plugin == NATIONAL)} aturan nasional, "
        f"{len(r.training)} pelatihan, {len(r.forms)} formulir"
    )


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        err.print(f"[red]berkas tidak ditemukan: {path}[/red]")
    except json.JSONDecodeError as exc:
        err.print(
            f"[red]{path}: JSON tidak sah pada baris {exc.lineno} kolom {exc.colno}: {exc.msg}[/red]"
        )
    raise typer.Exit(2)


def _structure(data: Any, cls: type[Any], path: Path) -> Any:
    try:
        return structure(data, cls)
    except InputError as exc:
        for field, message in exc.errors:
            err.print(f"[red]{path}: {field}: {message}[/red]")
        raise typer.Exit(2) from None


@app.command()
def evaluate(
    employee: Annotated[Path, typer.Argument(help="Berkas JSON pegawai")],
    target: Annotated[Path, typer.Argument(help="Berkas JSON jabatan tujuan")],
    region: Annotated[str, typer.Option(help="Kode wilayah")],
    as_of: Annotated[
        str | None, typer.Option(help="Tanggal evaluasi YYYY-MM-DD (default hari ini)")
    ] = None,
    kind: Annotated[MutationKind, typer.Option(help="Jenis mutasi")] = MutationKind.WITHIN_AGENCY,
    initiator: Annotated[Initiator, typer.Option(help="Prakarsa")] = Initiator.AGENCY,
    as_json: Annotated[bool, typer.Option("--json", help="Keluaran JSON")] = False,
) -> None:
    """Explain an employee's eligibility for a target position, rule by rule."""
    day = date.today()
    if as_of is not None:
        try:
            day = date.fromisoformat(as_of)
        except ValueError:
            err.print(f"[red]--as-of: tanggal tidak sah {as_of!r} (format YYYY-MM-DD)[/red]")
            raise typer.Exit(2) from None
    emp: Employee = _structure(_read_json(employee), Employee, employee)
    tgt: Vacancy = _structure(_read_json(target), Vacancy, target)
    catalog = _load()
    try:
        reg = catalog.region(region)
    except KeyError as exc:
        err.print(f"[red]--region: {exc.args[0]}[/red]")
        raise typer.Exit(2) from None
    report = reg.evaluate(emp, tgt, as_of=day, kind=kind, initiator=initiator)
    if as_json:
        from mutasi_core.converter import unstructure

        console.print_json(json.dumps(unstructure(report), default=str))
        return
    table = Table(
        title=f"Kelayakan {emp.name} ({emp.nip}) untuk {tgt.title}, {reg.region.name}, per {day}"
    )
    for col in ("aturan", "hasil", "alasan", "dasar", "sifat", "plugin"):
        table.add_column(col, overflow="fold")
    for o in report.outcomes:
        style = OUTCOME_STYLE[o.outcome]
        table.add_row(
            f"{o.label}\n[dim]{o.rule_id}[/dim]",
            f"[{style}]{o.outcome.label}[/{style}]",
            o.reason,
            o.citation,
            o.severity.value,
            f"{o.plugin}@{o.plugin_version}",
        )
    console.print(table)
    style = OUTCOME_STYLE[report.overall]
    console.print(f"Kesimpulan: [{style}]{report.overall.label}[/{style}]")
    for o in report.blocking:
        console.print(f"  - {o.label}: {o.reason}")


@app.command("test")
def test_scenarios(
    paths: Annotated[
        list[Path], typer.Argument(help="Berkas skenario atau folder (mis. plugins/)")
    ],
) -> None:
    """Run scenario files (YAML) and report every expectation that does not hold."""
    from mutasi_core.scenarios import ScenarioError, find_files, load_file, run

    missing = [p for p in paths if not p.exists()]
    if missing:
        err.print(f"[red]tidak ditemukan: {', '.join(map(str, missing))}[/red]")
        raise typer.Exit(2)
    files = find_files(paths)
    if not files:
        err.print("[red]tidak ada berkas skenario (*.yaml di dalam folder scenarios/)[/red]")
        raise typer.Exit(2)
    catalog = _load()
    scenarios = []
    broken = 0
    for path in files:
        try:
            scenarios.extend(load_file(path))
        except ScenarioError as exc:
            broken += 1
            for where, message in exc.problems:
                err.print(f"[red]✗ {path}: {where}: {message}[/red]")
    unknown = sorted({sc.region for sc in scenarios} - set(catalog.regions))
    if unknown:
        err.print(f"[red]wilayah tidak aktif: {', '.join(unknown)}[/red]")
        raise typer.Exit(1)
    result = run(catalog, scenarios)
    for mismatch in result.mismatches:
        console.print(f"[red]✗[/red] {mismatch.describe()}", soft_wrap=True)
    style = "green" if result.ok and not broken else "red"
    console.print(
        f"[{style}]{len(files)} berkas, {result.scenarios} skenario, {result.expectations} harapan: "
        f"{len(result.mismatches)} tidak cocok, {broken} berkas tidak terbaca[/{style}]"
    )
    if result.mismatches or broken:
        raise typer.Exit(1)


plugin_app = typer.Typer(help="Plugin wilayah: kerangka paket plugin baru.", no_args_is_help=True)
app.add_typer(plugin_app, name="plugin")


@plugin_app.command("new")
def plugin_new(
    code: Annotated[str, typer.Argument(help="Kode wilayah, mis. kota-contoh")],
    name: Annotated[str, typer.Option(help="Nama wilayah, mis. 'Kota Contoh'")],
    level: Annotated[Level, typer.Option(help="Tingkat pemerintahan")] = Level.KOTA,
    area_code: Annotated[str | None, typer.Option(help="Kode wilayah Kemendagri")] = None,
    parent_province: Annotated[str | None, typer.Option(help="Provinsi induk")] = None,
    directory: Annotated[Path, typer.Option("--dir", help="Folder induk")] = Path("."),
) -> None:
    """Scaffold a separate plugin package DIR/mutasi-CODE/ that passes `mutasi check`."""
    from mutasi_api import scaffold

    spec = scaffold.PluginSpec(
        code=code, name=name, level=level, area_code=area_code, parent_province=parent_province
    )
    try:
        folder = scaffold.create(spec, directory)
    except scaffold.ScaffoldError as exc:
        err.print(str(exc), style="red", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    console.print(scaffold.next_steps(spec, folder), markup=False, highlight=False, soft_wrap=True)


TOKENS_FILE = Path("var") / "demo-tokens.env"

db_app = typer.Typer(help="Basis data: migrasi.", no_args_is_help=True)
users_app = typer.Typer(help="Pengguna dan token.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(users_app, name="users")


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Apply migrations to MUTASI_DATABASE_URL (default: the embedded SQLite file)."""
    from mutasi_api.db.engine import make_engine, upgrade
    from mutasi_api.settings import Settings

    settings = Settings.from_env()
    upgrade(make_engine(settings.database_url), revision)
    console.print(f"basis data mutakhir ({revision}): {_safe_url(settings.database_url)}")


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@users_app.command("add")
def users_add(
    role: Annotated[str, typer.Option(help="hr, region-admin atau central")],
    region: Annotated[
        str | None, typer.Option(help="Kode wilayah (wajib untuk hr dan region-admin)")
    ] = None,
    name: Annotated[str | None, typer.Option(help="Nama pengguna")] = None,
) -> None:
    """Create a user and print its token (shown once; only its hash is stored)."""
    from mutasi_api.auth import Role
    from mutasi_api.db.engine import make_engine, transaction, upgrade
    from mutasi_api.services import users
    from mutasi_api.settings import Settings

    try:
        role_value = Role(role)
    except ValueError:
        err.print(
            f"[red]--role: peran tidak dikenal {role!r}; pilih hr, region-admin atau central[/red]"
        )
        raise typer.Exit(2) from None
    if region is not None:
        catalog = _load()
        if region not in catalog.regions:
            err.print(f"[red]--region: wilayah {region!r} tidak aktif[/red]")
            raise typer.Exit(2)
    engine = make_engine(Settings.from_env().database_url)
    upgrade(engine)
    try:
        with transaction(engine) as session:
            row, token = users.add(
                session, name=name or f"{role}-{region or 'pusat'}", role=role_value, region=region
            )
    except ValueError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    console.print(
        f"pengguna {row.name} ({row.role}{'/' + row.region if row.region else ''}) dibuat"
    )
    print(token)


class CompareFormat(StrEnum):
    TABLE = "table"
    CSV = "csv"
    XLSX = "xlsx"
    PNG = "png"
    SVG = "svg"


@app.command()
def compare(
    indicator: Annotated[str, typer.Argument(help="Kode indikator, mis. completion_rate")],
    fmt: Annotated[
        CompareFormat, typer.Option("--format", help="Bentuk keluaran")
    ] = CompareFormat.TABLE,
    start: Annotated[str | None, typer.Option("--from", help="Awal periode YYYY-MM-DD")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Akhir periode YYYY-MM-DD")] = None,
    key: Annotated[str | None, typer.Option(help="Rincian yang digambar (grafik)")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Berkas keluaran")] = None,
) -> None:
    """Compare the enabled regions on one common indicator (aggregates only)."""
    from mutasi_api.db.engine import make_engine, upgrade
    from mutasi_api.indicators import INDICATORS, Period
    from mutasi_api.services import compare as cmp
    from mutasi_api.settings import Settings
    from mutasi_core.vocabulary import Indicator

    try:
        code = Indicator(indicator)
    except ValueError:
        err.print(
            f"[red]INDICATOR: tidak dikenal {indicator!r}; yang ada: {', '.join(i.value for i in INDICATORS)}[/red]"
        )
        raise typer.Exit(2) from None
    default = cmp.default_period(date.today())
    try:
        period = Period(
            start=date.fromisoformat(start) if start else default.start,
            end=date.fromisoformat(end) if end else default.end,
        )
    except ValueError as exc:
        err.print(f"[red]--from/--to: {exc}[/red]")
        raise typer.Exit(2) from None
    if period.start > period.end:
        err.print("[red]--from: sesudah --to[/red]")
        raise typer.Exit(2)
    settings = Settings.from_env()
    engine = make_engine(settings.database_url)
    upgrade(engine)
    data = cmp.compare(
        engine, _load(list(settings.plugins) if settings.plugins else None), code, period
    )
    if fmt is CompareFormat.TABLE:
        d = data["indicator"]
        table = Table(
            title=f"{d['label']} ({d['unit']}), {data['from']} s.d. {data['to']}",
            caption=d["definition"],
        )
        for col in ("wilayah", "rincian", "nilai", "kasus"):
            table.add_column(col)
        for row in data["rows"]:
            for f in row["figures"]:
                shown = (
                    "ditekan (<5 kasus)"
                    if f["suppressed"]
                    else f"{f['value']:g}"
                    if f["value"] is not None
                    else "-"
                )
                table.add_row(row["name"], f["key"] or "", shown, str(f["cases"]))
        console.print(table)
        return
    if fmt is CompareFormat.CSV:
        body = cmp.to_csv(data)
    elif fmt is CompareFormat.XLSX:
        body = cmp.to_xlsx(data)
    else:
        body = cmp.chart(data, key=key, fmt=fmt.value)
    if output is None and fmt in (CompareFormat.XLSX, CompareFormat.PNG):
        output = Path(f"mutasi-{code.value}-{data['from']}-{data['to']}.{fmt.value}")
    if output is None:
        sys.stdout.write(body.decode("utf-8"))
    else:
        output.write_bytes(body)
        console.print(f"ditulis: {output}")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Alamat")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8000,
    demo: Annotated[bool, typer.Option(help="Isi data demo dan cetak token tiap peran")] = False,
) -> None:
    """Run the API (migrations are applied first)."""
    import uvicorn

    from mutasi_api.app import create_app
    from mutasi_api.db.engine import make_engine, upgrade
    from mutasi_api.settings import Settings

    settings = Settings.from_env()
    engine = make_engine(settings.database_url)
    catalog = _load(list(settings.plugins) if settings.plugins else None)
    upgrade(engine)
    if demo:
        from mutasi_api.demo import load_demo

        tokens = load_demo(engine, catalog)
        table = Table(title="Token demo (Authorization: Bearer <token>)")
        table.add_column("peran")
        table.add_column("wilayah")
        table.add_column("token")
        lines = []
        for role, region, token in tokens:
            table.add_row(role, region or "-", token)
            name = f"MUTASI_TOKEN_{role}_{region or 'pusat'}".upper().replace("-", "_")
            lines.append(f"export {name}={token}")
        console.print(table)
        TOKENS_FILE.parent.mkdir(parents=True, exist_ok=True)
        TOKENS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
        console.print(f"token juga ditulis ke {TOKENS_FILE} (untuk: source {TOKENS_FILE})")
    console.print(f"API: http://{host}:{port}/  dokumentasi OpenAPI: http://{host}:{port}/schema")
    uvicorn.run(
        create_app(settings, engine=engine, catalog=catalog, migrate=False), host=host, port=port
    )


@app.command("demo")
def demo_data(
    employees: Annotated[int, typer.Option(help="Pegawai per wilayah (paling sedikit 40)")] = 200,
    seed: Annotated[int, typer.Option(help="Benih acak: benih sama, data sama")] = 1,
) -> None:
    """Fill an empty store with demo data: a workforce and two years of cases per region."""
    from mutasi_api import demo
    from mutasi_api.settings import Settings

    settings = Settings.from_env()
    catalog = _load(list(settings.plugins) if settings.plugins else None)
    code = demo.command(settings, catalog, console, err, employees=employees, seed=seed)
    if code:
        raise typer.Exit(code)


if __name__ == "__main__":  # pragma: no cover
    app()
