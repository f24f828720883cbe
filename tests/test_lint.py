"""The code stays ruff clean (the same check a developer runs before committing)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest
from conftest import ROOT


@pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff is not installed")
def test_ruff_clean():
    r = subprocess.run([sys.executable, "-m", "ruff", "check", "src", "tests", "bench", "scripts"],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_no_module_constant_is_bound_twice():
    # (ruff does not flag a second module-level binding of a name; a second table of the
    # same name silently replaces the first one's words for every rule that reads it)
    import ast

    twice = []
    for path in sorted((ROOT / "src" / "dyad").rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else (
                [node.target] if isinstance(node, ast.AnnAssign) else [])
            for t in targets:
                if isinstance(t, ast.Name) and t.id.isupper():
                    if t.id in seen:
                        twice.append(f"{path.name}: {t.id}")
                    seen.add(t.id)
    assert not twice, twice
