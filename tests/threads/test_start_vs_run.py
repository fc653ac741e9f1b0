from examples.threads.start_vs_run import WhereAmI


def test_run_executes_in_caller_and_start_in_new_thread(run_example):
    run = run_example("threads/start_vs_run.py")
    assert run.returncode == 0
    assert run.stdout.splitlines() == [
        "run() is executing in MainThread",
        "run() is executing in worker",
        "second start() failed: threads can only be started once",
    ]


def test_calling_run_does_not_start_the_thread(capsys):
    thread = WhereAmI(name="never-started")
    thread.run()
    assert thread.ident is None  # no OS thread was ever created
    assert not thread.is_alive()
    assert "MainThread" in capsys.readouterr().out
