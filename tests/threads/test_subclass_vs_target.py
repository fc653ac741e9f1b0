import threading

from examples.threads import subclass_vs_target


def test_subclass_run_is_called_by_start(capsys):
    greeter = subclass_vs_target.Greeter("hey")
    greeter.start()
    greeter.join()
    assert capsys.readouterr().out == "hey from greeter-subclass\n"
    assert greeter.ident != threading.main_thread().ident
