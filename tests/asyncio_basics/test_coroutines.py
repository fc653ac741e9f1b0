import asyncio

from examples.asyncio_basics import coroutines


def test_calling_runs_nothing_and_await_runs_the_body(run_example):
    run = run_example("asyncio_basics/coroutines.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "fetch is a coroutine function: True",
        "fetch('a') returned coroutine; steps so far: []",
        "await gave 'A'; steps: [\"fetch('a') body starts\", \"fetch('a') body ends\"]",
    ]


def test_a_coroutine_object_does_nothing_until_run():
    coroutines.steps.clear()
    coroutine = coroutines.fetch("x")
    assert coroutines.steps == []
    assert asyncio.run(coroutine) == "X"
    assert coroutines.steps == ["fetch('x') body starts", "fetch('x') body ends"]
