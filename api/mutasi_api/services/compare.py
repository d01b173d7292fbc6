"""Comparisons across regions and reports of one region, with their exports.

Only aggregates leave this module: region, indicator, breakdown key, value, the number of
cases it rests on, and whether it is suppressed.  No name or NIP is ever selected.
"""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Engine

from mutasi_api.indicators import INDICATORS, Definition, Figure, Period
from mutasi_core import Catalog, RegionCatalog
from mutasi_core.vocabulary import MIN_CASES_FOR_INDICATOR, Indicator


def default_period(today: date) -> Period:
    return Period(start=today - timedelta(days=365), end=today)


def definition_out(d: Definition) -> dict[str, Any]:
    return {
        "code": d.code.value,
        "label": d.label,
        "definition": d.definition,
        "unit": d.unit,
        "keys": list(d.keys),
        "min_cases": MIN_CASES_FOR_INDICATOR,
    }


def _figure(f: Figure) -> dict[str, Any]:
    return {"key": f.key, "value": f.value, "cases": f.cases, "suppressed": f.suppressed, **f.extra}


def _region(rc: RegionCatalog) -> dict[str, Any]:
    r = rc.region
    return {"region": r.code, "name": r.name, "area_code": r.area_code, "level": r.level.value}


def compare(
    engine: Engine, catalog: Catalog, indicator: Indicator, period: Period
) -> dict[str, Any]:
    """One row per enabled region for ``indicator`` over ``period``."""
    d = INDICATORS[indicator]
    regions = sorted(catalog.regions)
    with engine.connect() as conn:
        figures = d.figures(conn, period, regions)
    return {
        "indicator": definition_out(d),
        "from": period.start.isoformat(),
        "to": period.end.isoformat(),
        "rows": [
            {**_region(catalog.regions[code]), "figures": [_figure(f) for f in figures[code]]}
            for code in regions
        ],
    }


def report(engine: Engine, catalog: Catalog, code: str, period: Period) -> dict[str, Any]:
    """Every indicator for one region over ``period``."""
    rc = catalog.regions[code]
    with engine.connect() as conn:
        items = [
            {
                "indicator": definition_out(d),
                "figures": [_figure(f) for f in d.figures(conn, period, [code])[code]],
            }
            for d in INDICATORS.values()
        ]
    return {
        **_region(rc),
        "from": period.start.isoformat(),
        "to": period.end.isoformat(),
        "indicators": items,
    }


def flat_rows(comparison: dict[str, Any]) -> tuple[list[str], list[list[Any]]]:
    """A comparison as a table: one line per region and breakdown key."""
    extras = sorted(
        {k for row in comparison["rows"] for f in row["figures"] for k in f}
        - {"key", "value", "cases", "suppressed"}
    )
    header = [
        "region",
        "name",
        "area_code",
        "indicator",
        "key",
        "value",
        "cases",
        "suppressed",
        *extras,
    ]
    code = comparison["indicator"]["code"]
    lines = [
        [
            row["region"],
            row["name"],
            row["area_code"],
            code,
            f["key"],
            f["value"],
            f["cases"],
            f["suppressed"],
            *[f.get(k) for k in extras],
        ]
        for row in comparison["rows"]
        for f in row["figures"]
    ]
    return header, lines


def to_csv(comparison: dict[str, Any]) -> bytes:
    header, lines = flat_rows(comparison)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(["" if v is None else v for v in line] for line in lines)
    return out.getvalue().encode("utf-8")


def to_xlsx(comparison: dict[str, Any]) -> bytes:
    from openpyxl import Workbook

    header, lines = flat_rows(comparison)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = comparison["indicator"]["code"][:31]
    sheet.append(header)
    for line in lines:
        sheet.append(line)
    about = book.create_sheet("definisi")
    d = comparison["indicator"]
    for key in ("code", "label", "definition", "unit", "min_cases"):
        about.append([key, d[key]])
    about.append(["from", comparison["from"]])
    about.append(["to", comparison["to"]])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def chart(comparison: dict[str, Any], *, key: str | None = None, fmt: str = "png") -> bytes:
    """A bar chart with one bar per region; suppressed regions get an empty, labelled bar."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    d = comparison["indicator"]
    key = key if key is not None else (d["keys"][0] if d["keys"] else None)
    names, values, labels, codes = [], [], [], []
    for row in comparison["rows"]:
        codes.append(row["region"])
        fig = next(f for f in row["figures"] if f["key"] == key)
        names.append(row["name"])
        values.append(0.0 if fig["suppressed"] or fig["value"] is None else float(fig["value"]))
        labels.append(
            "ditekan (<5 kasus)" if fig["suppressed"] else f"{fig['value']:g} (n={fig['cases']})"
        )
    figure, ax = plt.subplots(figsize=(8, 4.5), dpi=100)
    bars = ax.bar(names, values, color="#2b6cb0")
    for bar, label, code in zip(bars, labels, codes, strict=True):
        bar.set_gid(f"bar-{code}")
        ax.annotate(
            label,
            (bar.get_x() + bar.get_width() / 2, bar.get_height()),
            ha="center",
            va="bottom",
            fontsize=8,
        )
    title = d["label"] + (f" — {key}" if key else "")
    ax.set_title(f"{title}\n{comparison['from']} s.d. {comparison['to']}", fontsize=10)
    ax.set_ylabel(d["unit"])
    ax.set_ylim(bottom=0, top=max([*values, 0.0]) * 1.15 or 1.0)
    ax.tick_params(axis="x", labelsize=8)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format=fmt)
    plt.close(figure)
    return buffer.getvalue()
