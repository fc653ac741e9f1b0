import threading

from examples.threads import subclass_vs_target


def test_both_forms_run_in_their_own_named_thread(run_example):
    run = run_example("threads/subclass_vs_target.py")
    assert run.returncode == 0
    assert run.stdout.splitlines() == [
        "hello from greeter-subclass",
        "hi from greeter-target",
        "back in MainThread",
    ]


def test_subclass_run_is_called_by_start(capsys):
    greeter = subclass_vs_target.Greeter("hey")
    greeter.start()
    greeter.join()
    assert capsys.readouterr().out == "hey from greeter-subclass\n"
    assert greeter.ident != threading.main_thread().ident
