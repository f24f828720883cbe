"""schemathesis against the API's own OpenAPI schema: generated requests to every operation
(valid and invalid parameters, hostile strings, writes with and without the token) find no
server error, and every response conforms to the schema's documented status codes.

The operations are listed from the schema and each is driven by hypothesis directly
(schemathesis' own pytest plugin does not run under pytest 9)."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from click.testing import CliRunner
from conftest import EXAMPLE
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

from dyad.serve import create_app

EXAMPLES = 40  # per operation; docs/reliability.md records the total
TOKEN = "fuzz-token"
# The app opens its store per request, so the schema can be read before the store exists.
TMP = Path(tempfile.mkdtemp(prefix="dyad-fuzz-"))
atexit.register(shutil.rmtree, TMP, True)  # made at import: collecting alone makes it too
DB = str(TMP / "fuzz.db")
SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", create_app(DB, token=TOKEN))
OPERATIONS = {op.label: op for op in (r.ok() for r in SCHEMA.get_all_operations())}


@pytest.fixture(scope="module", autouse=True)
def store():
    from dyad.cli import main

    assert CliRunner().invoke(main, ["ingest", str(EXAMPLE), "--db", DB]).exit_code == 0


def test_every_operation_is_fuzzed():
    assert len(OPERATIONS) >= 12 and "POST /api/articles" in OPERATIONS


@pytest.mark.parametrize("mode", list(schemathesis.GenerationMode), ids=lambda m: m.value)
@pytest.mark.parametrize("label", sorted(OPERATIONS))
def test_no_server_errors(label, mode):
    """Positive cases (schema-valid) must succeed as documented; negative ones (schema-
    invalid) must be rejected with a documented 4xx, never a 5xx."""
    operation = OPERATIONS[label]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck),
              database=None)
    def run(case):
        # Half the writes carry the token, so ingest itself is fuzzed, not only the 401.
        with_token = case.method == "POST" and len(repr(case.body)) % 2 == 0
        headers = {"Authorization": f"Bearer {TOKEN}"} if with_token else None
        case.call_and_validate(headers=headers)

    try:
        run()
    except Unsatisfiable:
        if mode is schemathesis.GenerationMode.POSITIVE:
            raise
        pytest.skip(f"{label}: every request is schema-valid (no negative cases exist)")
