"""Loading plugins and building the immutable catalog.

:func:`load_catalog` makes a fresh plugin manager, registers the built-in national plugin,
loads the enabled entry points of the ``mutasi`` group (unknown names are an error), checks
that every hook implementation matches a specification, calls each plugin's hooks once and
validates what they return.  Any problem fails loading with a :class:`PluginError` that names
the plugin and the problem.  The resulting :class:`Catalog` is read by requests and bulk
screening; they call no hooks.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from importlib import metadata
from types import ModuleType
from typing import Any

import attrs
import pluggy

from mutasi_core import hookspecs, national
from mutasi_core.conditions import Facts
from mutasi_core.documents import (
    Checklist,
    ChecklistEntry,
    DocumentItem,
    DraftKind,
    DropDocument,
    LetterTemplate,
    item_problems,
    template_problems,
)
from mutasi_core.eligibility import BoundRule, EligibilityReport, evaluate
from mutasi_core.entities import Employee, Initiator, MutationKind, Vacancy
from mutasi_core.forms import FormSpec, FormValidator, schema_problems
from mutasi_core.parameters import Parameter, ParameterOverride, ParameterSet, ResolvedParameter
from mutasi_core.regions import Region
from mutasi_core.rules import Rule
from mutasi_core.stages import DecisionTaken, FormSubmitted, Stage, StageGraph, build_graph
from mutasi_core.training import TrainingRequirement
from mutasi_core.vocabulary import FormKind

NATIONAL = "nasional"
SETTING = "MUTASI_PLUGINS"


class PluginError(Exception):
    """Loading failed; ``problems`` lists ``(plugin, problem)`` pairs."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            "plugin tidak valid:\n" + "\n".join(f"- {p}: {msg}" for p, msg in self.problems)
        )


@attrs.frozen(kw_only=True)
class PluginInfo:
    """A loaded plugin: its name (entry-point name), version and distribution."""

    name: str
    version: str
    distribution: str
    module: str

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"


@attrs.frozen(kw_only=True)
class BoundTraining:
    requirement: TrainingRequirement
    plugin: str
    plugin_version: str


@attrs.frozen(kw_only=True)
class RegionCatalog:
    """Everything one region's cases are evaluated and moved with."""

    region: Region
    plugin: PluginInfo
    graph: StageGraph
    rules: tuple[BoundRule, ...]
    parameters: ParameterSet
    training: Mapping[str, TrainingRequirement]
    forms: Mapping[str, FormValidator]
    #: draft-letter templates by kind: the region's own, else the national ones
    templates: Mapping[DraftKind, LetterTemplate] = attrs.field(factory=dict)

    @property
    def code(self) -> str:
        return self.region.code

    @property
    def checklist(self) -> Checklist:
        """The region's document checklist (national items, drops, its own items)."""
        return self.graph.checklist

    @property
    def form_specs(self) -> dict[str, FormSpec]:
        return {k: v.spec for k, v in self.forms.items()}

    def evaluate(
        self,
        employee: Employee,
        target: Vacancy,
        *,
        as_of: date,
        kind: MutationKind = MutationKind.WITHIN_AGENCY,
        initiator: Initiator = Initiator.AGENCY,
        waivers: frozenset[str] = frozenset(),
    ) -> EligibilityReport:
        """Explained eligibility of ``employee`` for ``target`` as of ``as_of``."""
        facts = Facts(
            employee=employee,
            target=target,
            kind=kind,
            initiator=initiator,
            as_of=as_of,
            waivers=waivers,
        )
        return evaluate(self.region.code, self.rules, self.parameters, facts)


@attrs.frozen(kw_only=True)
class Catalog:
    """The enabled regions, the installed plugins, and the national plugin."""

    regions: Mapping[str, RegionCatalog]
    plugins: Mapping[str, PluginInfo]
    installed: Mapping[str, str]  # entry-point name -> distribution version (all installed)
    shared_rules: tuple[Rule, ...] = ()  # rules of plugins without a region (the national ones)

    def region(self, code: str) -> RegionCatalog:
        try:
            return self.regions[code]
        except KeyError:
            raise KeyError(
                f"wilayah {code!r} tidak aktif; yang aktif: {', '.join(sorted(self.regions))}"
            ) from None


def installed_plugins() -> dict[str, metadata.EntryPoint]:
    """Entry points of the ``mutasi`` group, by name."""
    return {ep.name: ep for ep in metadata.entry_points(group=hookspecs.ENTRY_POINT_GROUP)}


def enabled_from_setting(environ: Mapping[str, str] | None = None) -> list[str] | None:
    """Names listed in ``MUTASI_PLUGINS`` (comma-separated), or ``None`` for all installed."""
    raw = (environ if environ is not None else os.environ).get(SETTING, "").strip()
    if not raw or raw == "all":
        return None
    return [n.strip() for n in raw.split(",") if n.strip()]


def _dist_version(ep: metadata.EntryPoint) -> tuple[str, str]:
    dist = ep.dist
    if dist is None:  # pragma: no cover - entry points always come from a distribution
        return "unknown", "0"
    return dist.metadata["Name"], dist.version


def new_plugin_manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    return pm


def load_catalog(
    enabled: Iterable[str] | None = None,
    *,
    extra: Mapping[str, ModuleType | object] | None = None,
) -> Catalog:
    """Load and validate the enabled plugins; ``None`` reads ``MUTASI_PLUGINS`` (default all).

    ``extra`` registers additional plugin objects by name (used by tests of a plugin that is
    not installed); they are validated exactly like entry-point plugins.
    """
    names = list(enabled) if enabled is not None else enabled_from_setting()
    available = installed_plugins()
    installed = {name: _dist_version(ep)[1] for name, ep in available.items()}
    extra = dict(extra or {})
    if names is None:
        names = sorted(available) + [n for n in extra if n not in available]
    problems: list[tuple[str, str]] = []
    for name in names:
        if name == NATIONAL:
            continue
        if name not in available and name not in extra:
            known = ", ".join(sorted(available)) or "tidak ada"
            problems.append((name, f"plugin tidak terpasang (terpasang: {known})"))
    if problems:
        raise PluginError(problems)

    pm = new_plugin_manager()
    mutasi_version = _own_version()
    infos: dict[str, PluginInfo] = {
        NATIONAL: PluginInfo(
            name=NATIONAL, version=mutasi_version, distribution="mutasi", module=national.__name__
        )
    }
    pm.register(national, name=NATIONAL)
    for name in dict.fromkeys(n for n in names if n != NATIONAL):
        try:
            if name in extra:
                plugin: Any = extra[name]
                dist, version = "(tidak terpasang)", getattr(plugin, "__version__", "0")
            else:
                ep = available[name]
                plugin = ep.load()
                dist, version = _dist_version(ep)
            pm.register(plugin, name=name)
        except pluggy.PluginValidationError as exc:
            problems.append((name, f"hook tidak sesuai spesifikasi: {exc}"))
            continue
        except Exception as exc:
            problems.append((name, f"gagal dimuat: {type(exc).__name__}: {exc}"))
            continue
        infos[name] = PluginInfo(
            name=name, version=version, distribution=dist, module=getattr(plugin, "__name__", name)
        )
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        plugin_name = pm.get_name(exc.plugin) or "?"
        problems.append((plugin_name, f"hook tidak dikenal: {exc}"))
    if problems:
        raise PluginError(problems)
    contributions = {name: _collect(pm, name, problems) for name in infos}
    if problems:
        raise PluginError(problems)
    regions = _build_regions(contributions, infos, problems)
    if problems:
        raise PluginError(problems)
    shared = tuple(r for c in contributions.values() if c.region is None for r in c.rules)
    return Catalog(regions=regions, plugins=infos, installed=installed, shared_rules=shared)


def _own_version() -> str:
    try:
        return metadata.version("mutasi")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0+unknown"


@attrs.frozen(kw_only=True)
class _Contribution:
    region: Region | None
    stages: tuple[Stage, ...]
    rules: tuple[Rule, ...]
    parameters: tuple[Parameter, ...]
    overrides: tuple[ParameterOverride, ...]
    training: tuple[TrainingRequirement, ...]
    forms: tuple[FormSpec, ...]
    documents: tuple[DocumentItem | DropDocument, ...] = ()
    templates: tuple[LetterTemplate, ...] = ()


_HOOK_TYPES: dict[str, type | tuple[type, ...]] = {
    "mutasi_stages": Stage,
    "mutasi_rules": Rule,
    "mutasi_parameters": Parameter,
    "mutasi_parameter_overrides": ParameterOverride,
    "mutasi_training_requirements": TrainingRequirement,
    "mutasi_forms": FormSpec,
    "mutasi_document_checklist": (DocumentItem, DropDocument),
    "mutasi_letter_templates": LetterTemplate,
}


def _type_names(expected: type | tuple[type, ...]) -> str:
    kinds = expected if isinstance(expected, tuple) else (expected,)
    return " atau ".join(k.__name__ for k in kinds)


def _collect(pm: pluggy.PluginManager, name: str, problems: list[tuple[str, str]]) -> _Contribution:
    """Call each of plugin ``name``'s hooks once and check the types of what they return."""
    plugin = pm.get_plugin(name)
    impls: dict[str, Callable[[], Any]] = {}
    for hook_name in dir(pm.hook):
        if not hook_name.startswith("mutasi_"):
            continue
        caller = getattr(pm.hook, hook_name)
        for impl in caller.get_hookimpls():
            if impl.plugin is plugin:
                impls[hook_name] = impl.function

    def call(hook: str) -> Any:
        if hook not in impls:
            return None
        try:
            return impls[hook]()
        except Exception as exc:
            problems.append((name, f"{hook} galat: {type(exc).__name__}: {exc}"))
            return None

    region = call("mutasi_region")
    if region is not None and not isinstance(region, Region):
        problems.append(
            (name, f"mutasi_region harus mengembalikan Region, bukan {type(region).__name__}")
        )
        region = None
    items: dict[str, tuple[Any, ...]] = {}
    for hook, expected in _HOOK_TYPES.items():
        value = call(hook)
        if value is None:
            items[hook] = ()
            continue
        if isinstance(value, str | bytes) or not isinstance(value, Sequence | tuple | list):
            problems.append(
                (name, f"{hook} harus mengembalikan daftar, bukan {type(value).__name__}")
            )
            items[hook] = ()
            continue
        bad = [v for v in value if not isinstance(v, expected)]
        if bad:
            problems.append(
                (
                    name,
                    f"{hook} harus berisi {_type_names(expected)}, bukan {type(bad[0]).__name__}",
                )
            )
        items[hook] = tuple(v for v in value if isinstance(v, expected))
    return _Contribution(
        region=region,
        stages=items["mutasi_stages"],
        rules=items["mutasi_rules"],
        parameters=items["mutasi_parameters"],
        overrides=items["mutasi_parameter_overrides"],
        training=items["mutasi_training_requirements"],
        forms=items["mutasi_forms"],
        documents=items["mutasi_document_checklist"],
        templates=items["mutasi_letter_templates"],
    )


def _build_regions(
    contributions: Mapping[str, _Contribution],
    infos: Mapping[str, PluginInfo],
    problems: list[tuple[str, str]],
) -> dict[str, RegionCatalog]:
    # parameters defined by any plugin, keys unique
    params: dict[str, tuple[Parameter, str]] = {}
    for name, c in contributions.items():
        for p in c.parameters:
            if name != NATIONAL and not p.key.startswith(f"{name}."):
                problems.append((name, f"parameter {p.key!r} harus diawali {name + '.'!r}"))
            if p.key in params:
                problems.append(
                    (name, f"parameter {p.key!r} sudah didefinisikan oleh {params[p.key][1]}")
                )
            else:
                params[p.key] = (p, name)
    # rules: ids unique across plugins, cited, parameters known
    rule_owner: dict[str, str] = {}
    for name, c in contributions.items():
        for rule in c.rules:
            if not rule.id.startswith(f"{name}."):
                problems.append((name, f"id aturan {rule.id!r} harus diawali {name + '.'!r}"))
            if rule.id in rule_owner:
                problems.append(
                    (name, f"id aturan ganda {rule.id!r} (juga di {rule_owner[rule.id]})")
                )
            rule_owner[rule.id] = name
            if not rule.citation or not rule.citation.strip():
                problems.append(
                    (name, f"aturan {rule.id!r} tidak mencantumkan dasar hukum/kutipan")
                )
            for key in rule.condition.parameters():
                if key not in params:
                    problems.append(
                        (name, f"aturan {rule.id!r} membaca parameter tak dikenal {key!r}")
                    )
    shared_rules = [
        BoundRule(rule=r, plugin=n, plugin_version=infos[n].version)
        for n, c in contributions.items()
        if c.region is None
        for r in c.rules
    ]
    national = contributions.get(NATIONAL)
    national_items = _national_checklist(national, problems) if national else []
    national_templates = _templates(NATIONAL, national, problems) if national else {}
    regions: dict[str, RegionCatalog] = {}
    for name, c in contributions.items():
        if c.region is None:
            if name != NATIONAL:
                problems.append((name, "plugin tidak mengimplementasikan mutasi_region"))
            elif c.stages or c.forms or c.training:
                problems.append(
                    (name, "plugin nasional tidak boleh memiliki tahap/formulir/pelatihan")
                )
            continue
        if c.region.code != name:
            problems.append(
                (
                    name,
                    f"kode wilayah {c.region.code!r} harus sama dengan nama entry point {name!r}",
                )
            )
            continue
        region_problems: list[str] = []
        forms: dict[str, FormValidator] = {}
        for form in c.forms:
            region_problems.extend(_form_problems(form, forms))
        training: dict[str, TrainingRequirement] = {}
        for req in c.training:
            if req.id in training:
                region_problems.append(f"id pelatihan ganda {req.id!r}")
            if not req.citation.strip():
                region_problems.append(f"pelatihan {req.id!r} tidak mencantumkan kutipan")
            training[req.id] = req
        entries = _region_checklist(name, c, national_items, region_problems)
        graph, graph_problems = build_graph(c.stages, c.training, entries)
        region_problems.extend(graph_problems)
        templates = {**national_templates, **_templates(name, c, problems)}
        for stage in c.stages:
            for gate in stage.gates:
                if isinstance(gate, FormSubmitted) and gate.form not in forms:
                    region_problems.append(
                        f"tahap {stage.key!r} memerlukan formulir yang tidak ada: {gate.form!r}"
                    )
                if isinstance(gate, DecisionTaken) and not gate.body.strip():
                    region_problems.append(f"tahap {stage.key!r}: keputusan tanpa jabatan/badan")
        resolved: dict[str, ResolvedParameter] = {
            key: ResolvedParameter(parameter=p) for key, (p, _owner) in params.items()
        }
        seen_overrides: set[str] = set()
        for ov in c.overrides:
            if ov.key not in params:
                region_problems.append(f"menimpa parameter yang tidak ada: {ov.key!r}")
                continue
            if ov.key in seen_overrides:
                region_problems.append(f"parameter {ov.key!r} ditimpa lebih dari sekali")
                continue
            if not ov.citation.strip():
                region_problems.append(f"penimpaan parameter {ov.key!r} tanpa kutipan")
            seen_overrides.add(ov.key)
            base = params[ov.key][0]
            resolved[ov.key] = ResolvedParameter(
                parameter=attrs.evolve(base, values=ov.values),
                overridden_by=name,
                override_citation=ov.citation,
            )
        problems.extend((name, p) for p in region_problems)
        if region_problems or graph is None:
            continue
        own_rules = [
            BoundRule(rule=r, plugin=name, plugin_version=infos[name].version) for r in c.rules
        ]
        regions[name] = RegionCatalog(
            region=c.region,
            plugin=infos[name],
            graph=graph,
            rules=(*shared_rules, *own_rules),
            parameters=ParameterSet(resolved),
            training=training,
            forms=forms,
            templates=templates,
        )
    return regions


def _national_checklist(
    national: _Contribution, problems: list[tuple[str, str]]
) -> list[DocumentItem]:
    """The national items, checked: keys unique, labelled, cited, no stage, no drop."""
    items: list[DocumentItem] = []
    for entry in national.documents:
        if isinstance(entry, DropDocument):
            problems.append(
                (NATIONAL, f"plugin nasional tidak boleh menghapus butir {entry.key!r}")
            )
            continue
        found = item_problems(entry)
        if entry.stage is not None:
            found.append(f"butir nasional {entry.key!r} tidak boleh menyebut tahap wilayah")
        if any(i.key == entry.key for i in items):
            found.append(f"kunci butir dokumen ganda {entry.key!r}")
        problems.extend((NATIONAL, p) for p in found)
        if not found:
            items.append(entry)
    return items


def _region_checklist(
    name: str, c: _Contribution, national: Sequence[DocumentItem], problems: list[str]
) -> list[ChecklistEntry]:
    """The national items with the region's drops, then the region's own items."""
    national_keys = {i.key for i in national}
    own: list[DocumentItem] = []
    drops: list[DropDocument] = []
    for entry in c.documents:
        if isinstance(entry, DropDocument):
            if entry.key not in national_keys:
                problems.append(
                    f"menghapus butir dokumen yang tidak ada di daftar nasional: {entry.key!r}"
                )
            elif not entry.reason.strip():
                problems.append(f"penghapusan butir dokumen {entry.key!r} tanpa alasan")
            else:
                drops.append(entry)
            continue
        found = item_problems(entry)
        if entry.key in national_keys:
            found.append(
                f"butir dokumen {entry.key!r} sudah ada di daftar nasional "
                "(hapus dengan DropDocument dan tambahkan butir berkunci lain)"
            )
        elif any(i.key == entry.key for i in own):
            found.append(f"kunci butir dokumen ganda {entry.key!r}")
        problems.extend(found)
        if not found:
            own.append(entry)
    return [
        ChecklistEntry(
            item=item,
            plugin=NATIONAL,
            drops=tuple((d, name) for d in drops if d.key == item.key),
        )
        for item in national
    ] + [ChecklistEntry(item=item, plugin=name) for item in own]


def _templates(
    name: str, c: _Contribution, problems: list[tuple[str, str]]
) -> dict[DraftKind, LetterTemplate]:
    found: dict[DraftKind, LetterTemplate] = {}
    for template in c.templates:
        try:
            kind = DraftKind(template.kind)
        except ValueError:
            problems.append((name, f"jenis templat surat tak dikenal: {template.kind!r}"))
            continue
        if kind in found:
            problems.append((name, f"templat surat {kind.value!r} diberikan lebih dari sekali"))
            continue
        own = template_problems(template)
        problems.extend((name, p) for p in own)
        if not own:
            found[kind] = template
    return found


def _form_problems(form: FormSpec, forms: dict[str, FormValidator]) -> list[str]:
    found: list[str] = []
    if form.id in forms:
        return [f"id formulir ganda {form.id!r}"]
    try:
        FormKind(form.kind)
    except ValueError:
        found.append(f"formulir {form.id!r}: jenis {form.kind!r} tidak ada dalam kosakata bersama")
    if not form.citation.strip():
        found.append(f"formulir {form.id!r} tidak mencantumkan kutipan")
    problem = schema_problems(form.schema)
    if problem is not None:
        return [*found, f"formulir {form.id!r} bukan JSON Schema yang sah: {problem}"]
    validator = FormValidator(form)
    examples = form.examples()
    if not examples:
        found.append(f"formulir {form.id!r} tidak memiliki contoh isian (examples)")
    for i, sample in enumerate(examples):
        errors = validator.errors(sample)
        if errors:
            found.append(
                f"formulir {form.id!r}: contoh ke-{i + 1} tidak sah: {errors[0].path}: {errors[0].message}"
            )
    if form.objection_item is not None:
        prop = form.schema.get("properties", {}).get(form.objection_item)
        if prop is None:
            found.append(
                f"formulir {form.id!r}: butir keberatan {form.objection_item!r} tidak ada di skema"
            )
        elif "enum" in prop and not set(form.objection_values) <= set(prop["enum"]):
            found.append(
                f"formulir {form.id!r}: nilai keberatan {form.objection_values!r} tidak ada di enum"
            )
        elif "enum" not in prop and prop.get("type") != "boolean":
            found.append(
                f"formulir {form.id!r}: butir keberatan {form.objection_item!r} harus boolean atau enum"
            )
    if form.scoring is not None:
        props = form.schema.get("properties", {})
        for item in form.scoring.items:
            if item not in props:
                found.append(f"formulir {form.id!r}: butir penilaian {item!r} tidak ada di skema")
    forms[form.id] = validator
    return found
