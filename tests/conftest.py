from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "musk-iran-un-ambassador.txt"
SHARED = ROOT.parent / "shared"
EVAL_DEV = SHARED / "eval" / "dev"


def needs_shared(path: Path) -> pytest.MarkDecorator:
    """Skip cleanly where ../shared (gold data, reference tables) is absent."""
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not present")


@pytest.fixture(scope="session")
def example_doc():
    from dyad.model import Article
    from dyad.pipeline import extract

    return extract(Article(EXAMPLE.read_text(encoding="utf-8"), published="2024-11-15",
                           title="Musk reportedly met Iran's ambassador to the UN"))
