def test_each_bridge_delivers_its_value(run_example):
    run = run_example("asyncio_futures/thread_bridge.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "call_soon_threadsafe: 'set from worker'",
        "wrap_future: 6",
        "run_coroutine_threadsafe: [42]",
    ]
