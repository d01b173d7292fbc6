"""Loading validates every plugin: one broken fixture per check, each rejected with a message
naming the plugin and the problem."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import pytest

from mutasi_core import (
    FormSubmitted,
    MinMonthsInPosition,
    Parameter,
    ParameterOverride,
    Phase,
    PluginError,
    Region,
    Rule,
    Stage,
    hookimpl,
    load_catalog,
)
from mutasi_core.catalog import enabled_from_setting
from mutasi_core.testing import default_parts, make_plugin


def problems_of(plugin: Any, name: str = "rusak") -> str:
    with pytest.raises(PluginError) as exc:
        load_catalog([name], extra={name: plugin})
    assert all(p == name for p, _ in exc.value.problems), exc.value.problems
    return str(exc.value)


def broken(**changes: Any) -> Any:
    return make_plugin("rusak", **changes).plugin


def stages(**by_key: dict[str, Any]) -> list[Stage]:
    base = default_parts("rusak")["stages"]
    return [attrs.evolve(s, **by_key.get(s.key, {})) for s in base]


def test_a_valid_minimal_plugin_loads():
    catalog = load_catalog(["uji"], extra={"uji": make_plugin().plugin})
    assert list(catalog.regions) == ["uji"]
    assert catalog.region("uji").graph.forward("keputusan") == ("penempatan", "rejected")


def test_hook_with_an_argument_the_spec_does_not_have_is_rejected():
    class Plugin:
        @hookimpl
        def mutasi_stages(self, region: str) -> list[Stage]:
            return []

    msg = problems_of(Plugin())
    assert "rusak" in msg
    assert "hook tidak sesuai spesifikasi" in msg
    assert "region" in msg


def test_misspelt_hook_name_is_rejected():
    class Plugin:
        @hookimpl
        def mutasi_stagez(self) -> list[Stage]:
            return []

    assert "hook tidak dikenal" in problems_of(Plugin())


def test_duplicate_stage_keys_are_rejected():
    base = default_parts("rusak")["stages"]
    msg = problems_of(broken(stages=[*base, base[0]]))
    assert "kunci tahap ganda: 'penilaian'" in msg


def test_unreachable_stage_is_rejected():
    msg = problems_of(broken(stages=stages(penilaian={"next": ("penempatan",)})))
    assert "tahap 'keputusan' tidak dapat dicapai" in msg


def test_dead_end_stage_is_rejected():
    msg = problems_of(broken(stages=stages(keputusan={"next": ("penilaian",), "returns_to": ()})))
    assert "buntu" in msg


def test_gate_naming_an_unknown_form_is_rejected():
    msg = problems_of(broken(stages=stages(penilaian={"gates": (FormSubmitted("tidak_ada"),)})))
    assert "memerlukan formulir yang tidak ada: 'tidak_ada'" in msg


def test_form_that_is_not_valid_json_schema_is_rejected():
    form = default_parts("rusak")["forms"][0]
    bad = attrs.evolve(form, schema={"type": "objek"})
    msg = problems_of(broken(forms=[bad]))
    assert "bukan JSON Schema yang sah" in msg


def test_form_whose_example_does_not_validate_is_rejected():
    form = default_parts("rusak")["forms"][0]
    bad = attrs.evolve(form, schema={**form.schema, "examples": [{"puas": 9}]})
    msg = problems_of(broken(forms=[bad]))
    assert "contoh ke-1 tidak sah" in msg


def test_rule_without_citation_is_rejected():
    rule = Rule(id="rusak.tanpa_dasar", label="x", citation=" ", condition=MinMonthsInPosition())
    assert "tidak mencantumkan dasar hukum" in problems_of(broken(rules=[rule]))


def test_rule_reading_an_unknown_parameter_is_rejected():
    rule = Rule(
        id="rusak.param", label="x", citation="uji", condition=MinMonthsInPosition("tidak_ada")
    )
    assert "parameter tak dikenal 'tidak_ada'" in problems_of(broken(rules=[rule]))


def test_rule_id_outside_the_plugin_namespace_is_rejected():
    rule = Rule(id="medan.curian", label="x", citation="uji", condition=MinMonthsInPosition())
    assert "harus diawali 'rusak.'" in problems_of(broken(rules=[rule]))


def test_stage_without_a_common_phase_is_rejected():
    bad = attrs.evolve(default_parts("rusak")["stages"][0], phase="wawancara")
    msg = problems_of(broken(stages=[bad, *default_parts("rusak")["stages"][1:]]))
    assert "tidak dipetakan ke fase bersama" in msg


def test_overriding_an_unknown_or_the_same_parameter_twice_is_rejected():
    ov = ParameterOverride(
        key="min_months_in_position", values=((date(2020, 1, 1), 12),), citation="x"
    )
    unknown = attrs.evolve(ov, key="tidak_ada")
    msg = problems_of(broken(overrides=[ov, ov, unknown]))
    assert "ditimpa lebih dari sekali" in msg
    assert "menimpa parameter yang tidak ada: 'tidak_ada'" in msg


def test_parameter_outside_the_plugin_namespace_or_redefined_is_rejected():
    param = Parameter(
        key="min_months_in_position",
        label="x",
        unit="bulan",
        citation="x",
        values=((date(2020, 1, 1), 1),),
    )
    msg = problems_of(broken(parameters=[param]))
    assert "harus diawali 'rusak.'" in msg
    assert "sudah didefinisikan oleh nasional" in msg


def test_region_code_must_equal_the_entry_point_name():
    region = Region(code="lain", name="Lain", level="kota")
    assert "harus sama dengan nama entry point 'rusak'" in problems_of(broken(region=region))


def test_hook_returning_the_wrong_type_is_rejected():
    msg = problems_of(broken(stages=[{"key": "penilaian"}]))
    assert "mutasi_stages harus berisi Stage, bukan dict" in msg


def test_hook_that_raises_is_reported_with_the_plugin_name():
    class Plugin:
        @hookimpl
        def mutasi_region(self) -> Region:
            raise RuntimeError("database down")

    msg = problems_of(Plugin())
    assert "mutasi_region galat: RuntimeError: database down" in msg


def test_a_broken_plugin_is_named_while_a_good_one_beside_it_is_not():
    with pytest.raises(PluginError) as exc:
        load_catalog(
            ["uji", "rusak"],
            extra={"uji": make_plugin().plugin, "rusak": broken(stages=[])},
        )
    assert [p for p, _ in exc.value.problems] == ["rusak"]


def test_unknown_plugin_name_in_the_setting_is_an_error():
    with pytest.raises(PluginError) as exc:
        load_catalog(["tidak-ada"])
    assert "tidak-ada: plugin tidak terpasang" in str(exc.value)


def test_setting_lists_enabled_plugins_and_defaults_to_all():
    assert enabled_from_setting({"MUTASI_PLUGINS": "medan, jambi"}) == ["medan", "jambi"]
    assert enabled_from_setting({"MUTASI_PLUGINS": ""}) is None
    assert enabled_from_setting({}) is None


def test_stage_keys_may_not_be_outcome_names():
    bad = Stage(key="completed", label="Selesai", phase=Phase.PLACEMENT)
    msg = problems_of(broken(stages=[*default_parts("rusak")["stages"], bad]))
    assert "dipakai untuk status akhir" in msg


def test_objection_item_must_exist_and_be_boolean_or_enum():
    form = default_parts("rusak")["forms"][0]
    msg = problems_of(broken(forms=[attrs.evolve(form, objection_item="tidak_ada")]))
    assert "butir keberatan 'tidak_ada' tidak ada di skema" in msg
    msg = problems_of(broken(forms=[attrs.evolve(form, objection_item="puas")]))
    assert "harus boolean atau enum" in msg
