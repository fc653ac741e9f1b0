"""The verification harness: every code block on every page runs the way a reader runs it.

One module per stage, in the order a block goes through them::

    config.py    mkdocs.yml, read once: the paths and the pymdownx.snippets settings
    pages.py     page -> blocks: pytest-codeblocks finds the fences and markers; --8<-- lines
                 are expanded with the same preprocessor and settings MkDocs uses
    runs.py      block -> runs: each one a script in a fresh interpreter, in a new process
                 group, under a timeout; nothing it started may outlive it
    verdict.py   runs -> verdict: exit status, stderr, printed output against the page
    site.py      the strict MkDocs build the site tests share, served on 127.0.0.1
    lighthouse.py  Lighthouse audits of that build, in the background once it is done

tests/conftest.py only wires these into pytest (one test per block, the fixtures).
"""

from tests.harness.config import DOCS, EXAMPLES, ROOT
from tests.harness.pages import Block, all_pages, collect_blocks
from tests.harness.runs import Run, run_command, run_server, script_env
from tests.harness.verdict import check_block

__all__ = ["DOCS", "EXAMPLES", "ROOT", "Block", "Run", "all_pages", "check_block",
           "collect_blocks", "run_command", "run_server", "script_env"]
