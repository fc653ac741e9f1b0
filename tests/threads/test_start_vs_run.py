from examples.threads.start_vs_run import WhereAmI


def test_calling_run_does_not_start_the_thread():
    thread = WhereAmI(name="never-started")
    thread.run()
    assert thread.ident is None  # no OS thread was ever created
    assert not thread.is_alive()
