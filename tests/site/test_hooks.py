"""The small text rewrites of docs/hooks, on their own (the browser tests check the built site)."""

import importlib.util

import pytest

from tests.harness import ROOT


def load(name: str):
    path = ROOT / "docs" / "hooks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"{name}_hook", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("text", "expected"), [
    ('File "/root/.pyenv/versions/3.11.7/lib/python3.11/multiprocessing/spawn.py", line 122',
     'File ".../lib/python3.11/multiprocessing/spawn.py", line 122'),
    ("/home/me/guide/.venv/lib/python3.13t/site-packages/dask/base.py",
     ".../lib/python3.13t/site-packages/dask/base.py"),
    (r'File "C:\Users\me\AppData\Local\Programs\Python\Python313\Lib\asyncio\tasks.py"',
     r'File "...\Lib\asyncio\tasks.py"'),
    # The guide's own files and prose stay as they are.
    ('File "examples/pools/lambda.py", line 9; a lib/ folder', 'File "examples/pools/lambda.py",'
     " line 9; a lib/ folder"),
])
def test_tracebacks_lose_the_build_machines_folders(text: str, expected: str):
    pytest.importorskip("mkdocs_jupyter", reason="mkdocs-jupyter is in the docs group")
    assert load("notebooks").neutral_paths(text) == expected


def test_hyphenated_runs_in_inline_code_are_kept_together():
    keep_together = load("inline_code").keep_together
    assert keep_together("<p>Each <code>--python 3.14</code> and <code>x</code></p>") == (
        '<p>Each <code><span class="nowrap">--python</span> 3.14</code> and <code>x</code></p>')
    long = "a-" * 20
    assert keep_together(f"<code>{long}</code>") == f"<code>{long}</code>"  # may still wrap
    block = '<pre><code class="md-code__content"><span>a-b</span></code></pre>'
    assert keep_together(block) == block  # highlighted code blocks are not touched
