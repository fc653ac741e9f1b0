import sys

from examples.synchronisation import switch_interval


def test_the_example_restores_the_process_wide_setting(capsys):
    before = sys.getswitchinterval()
    switch_interval.main()
    assert sys.getswitchinterval() == before
    assert "0.5 ms" in capsys.readouterr().out
