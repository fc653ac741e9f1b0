"""Every code block on every page of docs/, run as a reader runs it (the harness: harness/)."""

import pytest

from tests.harness import Block, check_block


def test_block(block: Block | Exception) -> None:
    if isinstance(block, Exception):
        pytest.fail(str(block), pytrace=False)
    check_block(block)
