"""The conformance kit: a ready test class that checks a plugin against the contract.

In a plugin's own tests::

    from mutasi_core.conformance import PluginConformance

    class TestConformance(PluginConformance):
        region = "medan"

Every check says what is wrong in words.  The fixtures come from the pytest plugin
:mod:`mutasi_core.pytest_plugin`, registered through the ``pytest11`` entry point.
"""

from __future__ import annotations

from typing import ClassVar

from mutasi_core.catalog import RegionCatalog, load_catalog
from mutasi_core.conditions import Outcome
from mutasi_core.forms import FormValidator
from mutasi_core.hookspecs import ENTRY_POINT_GROUP
from mutasi_core.scenarios import Scenario, coverage, run
from mutasi_core.stages import OUTCOME_KEYS
from mutasi_core.vocabulary import FORM_FED_INDICATORS, FormKind, Phase

PASSING = {Outcome.ELIGIBLE}
FAILING = {Outcome.NOT_ELIGIBLE}


class PluginConformance:
    """Subclass it in the plugin's tests and set ``region``."""

    region: ClassVar[str]

    def test_plugin_is_installed_under_the_entry_point_group(
        self, mutasi_region: RegionCatalog
    ) -> None:
        catalog = load_catalog([self.region])
        assert self.region in catalog.installed, (
            f"{self.region} is not installed under the entry-point group {ENTRY_POINT_GROUP!r}"
        )
        assert mutasi_region.region.code == self.region

    def test_every_stage_is_reachable_and_reaches_an_outcome(
        self, mutasi_region: RegionCatalog
    ) -> None:
        graph = mutasi_region.graph
        keys = [s.key for s in graph.stages]
        seen, frontier = {keys[0]}, [keys[0]]
        while frontier:
            for nxt in graph.forward(frontier.pop()):
                if nxt in keys and nxt not in seen:
                    seen.add(nxt)
                    frontier.append(nxt)
        assert seen == set(keys), f"unreachable stages: {sorted(set(keys) - seen)}"
        assert any(t in OUTCOME_KEYS for k in keys for t in graph.forward(k)), (
            "no stage ends the case"
        )

    def test_every_stage_maps_to_a_common_phase(self, mutasi_region: RegionCatalog) -> None:
        for stage in mutasi_region.graph.stages:
            assert isinstance(stage.phase, Phase), f"stage {stage.key} has no common phase"
            assert stage.label.strip(), f"stage {stage.key} has no label"

    def test_every_rule_is_cited(self, mutasi_region: RegionCatalog) -> None:
        for bound in mutasi_region.rules:
            assert bound.rule.citation.strip(), f"rule {bound.rule.id} has no citation"

    def test_every_own_rule_is_tested_by_scenarios_passing_and_failing(
        self, mutasi_region: RegionCatalog, mutasi_scenarios: list[Scenario]
    ) -> None:
        covered = coverage(mutasi_scenarios)
        own = [b.rule.id for b in mutasi_region.rules if b.plugin == self.region]
        gaps = []
        for rule_id in own:
            outcomes = covered.get(rule_id, set())
            if not outcomes & PASSING or not outcomes & FAILING:
                gaps.append(
                    f"{rule_id} (scenarios expect: {sorted(o.value for o in outcomes) or 'nothing'})"
                )
        assert not gaps, "rules without a passing and a failing scenario: " + "; ".join(gaps)

    def test_scenarios_hold(
        self, mutasi_region: RegionCatalog, mutasi_scenarios: list[Scenario]
    ) -> None:
        assert mutasi_scenarios, (
            f"{self.region} ships no scenario files (<package>/scenarios/*.yaml)"
        )
        catalog = load_catalog([self.region])
        result = run(catalog, mutasi_scenarios)
        assert result.ok, "\n".join(m.describe() for m in result.mismatches)

    def test_every_form_is_valid_with_a_sample_that_validates_and_scores(
        self, mutasi_region: RegionCatalog
    ) -> None:
        assert len(mutasi_region.forms) >= 1, "a region needs at least one form"
        for form_id, validator in mutasi_region.forms.items():
            assert isinstance(validator, FormValidator)
            samples = validator.spec.examples()
            assert samples, f"form {form_id} has no sample in `examples`"
            for sample in samples:
                assert validator.errors(sample) == [], f"form {form_id}: sample does not validate"
                if validator.spec.scoring is not None:
                    score = validator.score(sample)
                    assert score is not None, f"form {form_id}: sample gives no score"
                    assert 0 <= score <= 100, f"form {form_id}: score {score} outside 0-100"
            properties = validator.spec.schema.get("properties", {})
            for item in validator.spec.adaptation_items:
                assert item in properties, (
                    f"form {form_id}: adaptation item {item} not in the schema"
                )

    def test_forms_map_to_the_common_vocabulary_and_feed_its_indicators(
        self, mutasi_region: RegionCatalog
    ) -> None:
        for form_id, validator in mutasi_region.forms.items():
            kind = validator.spec.kind
            assert isinstance(kind, FormKind), (
                f"form {form_id}: kind {kind!r} not in the vocabulary"
            )
            for indicator, kinds in FORM_FED_INDICATORS.items():
                if (
                    kind in kinds
                    and kind is not FormKind.SOCIALISATION_ACKNOWLEDGEMENT
                    and kind is not FormKind.ASPIRATION
                ):
                    assert validator.spec.scoring is not None, (
                        f"form {form_id} ({kind.value}) feeds {indicator.value} and must be scored 0-100"
                    )

    def test_socialisation_forms_say_how_an_objection_is_recorded(
        self, mutasi_region: RegionCatalog
    ) -> None:
        for form_id, validator in mutasi_region.forms.items():
            if validator.spec.kind is FormKind.SOCIALISATION_ACKNOWLEDGEMENT:
                assert validator.spec.objection_item, (
                    f"form {form_id} acknowledges socialisation but names no objection_item "
                    "(the common resistance indicator counts objections)"
                )

    def test_gates_name_what_the_region_defines(self, mutasi_region: RegionCatalog) -> None:
        forms, training = mutasi_region.form_specs, mutasi_region.training
        for key, gates in mutasi_region.graph.gates.items():
            for gate in gates:
                text = gate.describe(forms, training)
                assert text.strip(), f"stage {key}: a gate of kind {gate.kind} says nothing"
