"""The plugin contract: every hook a plugin may implement, each docstring its contract.

A plugin is a module (or object) registered under the entry-point group ``mutasi``; the
entry-point name is the region code.  Implement hooks with ``@hookimpl`` from
:mod:`mutasi_core`.  Every hook takes no argument and returns a value; the host calls each
plugin's implementations once, at start-up, and builds an immutable catalog from what they
return (requests and bulk screening never call hooks).  Items are attributed to the plugin
that returned them, so every outcome, stage and form carries ``plugin@version``.

A regional plugin implements :func:`mutasi_region` and, for that region, any of the other
hooks.  The built-in national plugin implements no region: its rules and parameters apply to
every region.
"""

from __future__ import annotations

from collections.abc import Sequence

import pluggy

from mutasi_core.documents import DocumentItem, DropDocument, LetterTemplate
from mutasi_core.forms import FormSpec
from mutasi_core.parameters import Parameter, ParameterOverride
from mutasi_core.regions import Region
from mutasi_core.rules import Rule
from mutasi_core.stages import Stage
from mutasi_core.training import TrainingRequirement

PROJECT = "mutasi"
ENTRY_POINT_GROUP = "mutasi"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def mutasi_region() -> Region:
    """Return the region this plugin serves.

    ``Region.code`` must equal the plugin's entry-point name (the lowercase slug used in the
    CLI, the ``MUTASI_PLUGINS`` setting and API paths).  A plugin that implements no
    ``mutasi_region`` contributes to every region (only the national plugin does so).
    """


@hookspec
def mutasi_stages() -> Sequence[Stage]:
    """Return the region's stages, in the order a case passes through them.

    Stage keys are unique; each stage maps to one common phase; every stage is reachable from
    the first and has a way to an outcome (``completed`` or ``rejected``); gates name only
    forms and training requirements the region defines.  Loading fails otherwise.
    """


@hookspec
def mutasi_rules() -> Sequence[Rule]:
    """Return the plugin's eligibility rules.

    Each rule has a unique, namespaced id (``<region>.<name>``), a non-empty citation (the
    article or seed sentence it rests on), and a condition whose parameters exist.  Rules of
    the national plugin apply to every region; a region's rules apply to its own cases only.
    """


@hookspec
def mutasi_parameters() -> Sequence[Parameter]:
    """Return new effective-dated parameters that the plugin's rules read.

    Keys are unique across all plugins.  To change a national parameter for one region,
    return a :class:`ParameterOverride` from :func:`mutasi_parameter_overrides` instead.
    """


@hookspec
def mutasi_parameter_overrides() -> Sequence[ParameterOverride]:
    """Return this region's own values for existing parameters, each with its citation.

    Overriding an unknown parameter, or the same parameter twice for one region, fails
    loading.  The override applies to this region's evaluations only.
    """


@hookspec
def mutasi_training_requirements() -> Sequence[TrainingRequirement]:
    """Return the region's training requirements.

    Each says which training categories and how many JP count, whether it comes before or
    after the move, which cases it applies to, and (``gate_stage``) which stage it gates.
    """


@hookspec
def mutasi_forms() -> Sequence[FormSpec]:
    """Return the region's evaluation forms.

    Each form has a unique id within the region, a common form kind, an addressee, a valid
    JSON Schema 2020-12 with at least one valid sample in ``examples``, a citation, and a
    scoring to 0-100 where the form is scored.
    """


@hookspec
def mutasi_document_checklist() -> Sequence[DocumentItem | DropDocument]:
    """Return the documents a case's file needs: items to add, and national items to drop.

    The national plugin returns the national list (Peraturan BKN 5/2019 Pasal 3 ayat (1)),
    which every region gets (required or listed only, as
    ``mutasi_core.national.REQUIRE_NATIONAL_CHECKLIST`` says).  A region returns :class:`DocumentItem` for its own documents and
    :class:`DropDocument` to drop a national item, with the reason.  Both may be limited to
    some cases: ``applies`` (kinds of mutasi, initiators, employment and position kinds) and
    ``sectors`` (the sector of the employee's position: teachers, health staff ...).

    Each item has a key unique in the region's checklist, a label and a citation; it says
    whether it is required and which stage needs it accepted (``stage``, a stage key of the
    region; ``None``: the first stage of the ``decision`` phase, or for a region without one
    its first ``placement`` stage, else its last).  A required item adds itself to a
    ``documents_accepted`` gate of that stage.  A drop names an existing national item
    and gives a reason.  Loading fails otherwise, naming the plugin.
    """


@hookspec
def mutasi_letter_templates() -> Sequence[LetterTemplate]:
    """Return templates for the draft letters of a case (``usul``, ``nota_dinas``).

    The national plugin supplies a default for each kind; a region's template of the same
    kind replaces it for that region's cases.  A template is plain paragraphs or a Word file
    (``docx`` bytes) whose text names fields as ``{{ nama }}``, ``{{ nip }}``,
    ``{{ jabatan_tujuan }}``, ``{{ dasar_hukum }}`` ... (:data:`DRAFT_FIELDS`).  A template
    with no title or citation, naming an unknown field, or a Word file that does not open,
    fails loading; a kind given twice by one plugin too.
    """
