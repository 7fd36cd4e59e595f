"""How many examples a hypothesis test draws: its own count, or fewer in a mutation run.

A mutation run (docs/testing.md, `MOATDESK_MUTATION=1`) runs the tests that cover a
mutant once per mutant, thousands of times; there the `mutation` profile of
tests/conftest.py applies and every property draws `MUTATION_EXAMPLES` examples, the
same ones each time (derandomized), so a mutant's verdict does not depend on luck. An
ordinary run is unchanged: each test keeps the count written beside it.
"""

from __future__ import annotations

import os

MUTATION_RUN = os.environ.get("MOATDESK_MUTATION") == "1"
MUTATION_EXAMPLES = 10


def examples(count: int) -> int:
    """`count` in an ordinary run; at most MUTATION_EXAMPLES in a mutation run."""
    return min(count, MUTATION_EXAMPLES) if MUTATION_RUN else count
