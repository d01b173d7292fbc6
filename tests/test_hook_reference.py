"""The hook reference in docs/ is generated from the hook specifications and kept up to date."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from mutasi_core import docgen, hookspecs

DOC = Path(__file__).resolve().parent.parent / "docs" / "hooks.md"


def test_docs_hooks_md_is_the_generated_reference():
    assert DOC.read_text(encoding="utf-8") == docgen.render(), (
        "docs/hooks.md is out of date: run `python -m mutasi_core.docgen > docs/hooks.md`"
    )


def test_reference_lists_every_hook_with_its_arguments_and_contract():
    text = docgen.render()
    pm_hooks = [h.__name__ for h in docgen.hooks()]
    declared = [n for n in dir(hookspecs) if n.startswith("mutasi_")]
    assert sorted(pm_hooks) == sorted(declared)
    for hook in docgen.hooks():
        assert f"## `{hook.__name__}`" in text
        first_line = inspect.getdoc(hook).splitlines()[0]  # type: ignore[union-attr]
        assert first_line in text
        assert "Arguments:" in text.split(f"## `{hook.__name__}`")[1]


def test_a_hook_without_docstring_fails_the_reference(monkeypatch: pytest.MonkeyPatch):
    def mutasi_undocumented() -> list[str]:
        return []

    mutasi_undocumented.__module__ = hookspecs.__name__
    monkeypatch.setattr(hookspecs, "mutasi_undocumented", mutasi_undocumented, raising=False)
    monkeypatch.setattr(docgen, "hooks", lambda: [mutasi_undocumented])
    with pytest.raises(ValueError, match="mutasi_undocumented has no docstring"):
        docgen.render()


def test_every_condition_and_gate_kind_is_documented():
    text = docgen.render()
    from mutasi_core.conditions import CONDITION_KINDS
    from mutasi_core.stages import GATE_KINDS

    for cls in [*CONDITION_KINDS.values(), *GATE_KINDS.values()]:
        assert inspect.getdoc(cls), cls
        assert f"`{cls.__name__}`" in text
