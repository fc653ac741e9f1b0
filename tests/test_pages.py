"""Every code block on every page of docs/, run as a reader runs it (the harness: conftest.py)."""

import pytest

from tests.conftest import Block, run_block


def test_block(block: Block | Exception) -> None:
    if isinstance(block, Exception):
        pytest.fail(str(block), pytrace=False)
    run_block(block)
