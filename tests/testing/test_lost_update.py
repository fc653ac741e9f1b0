"""The stress loop: measured on 3.11-3.15 and 3.13t, a single unlocked trial lost
nothing only 7-22 times in 100; twenty trials all losing nothing is then
vanishingly unlikely (about 0.22**20)."""

import sys

import pytest

from examples.testing import lost_update
from examples.testing.lost_update import TRIALS, lost_updates


@pytest.fixture
def tiny_switch_interval():
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(old)


@pytest.mark.timeout(120)
@pytest.mark.usefixtures("tiny_switch_interval")
def test_the_unlocked_counter_loses_updates_in_some_trial():
    assert any(lost_updates(locked=False) for _ in range(TRIALS))


@pytest.mark.timeout(120)
@pytest.mark.usefixtures("tiny_switch_interval")
def test_the_locked_counter_never_loses_one():
    assert not any(lost_updates(locked=True) for _ in range(TRIALS))


@pytest.mark.timeout(120)
def test_main_restores_the_switch_interval(capsys):
    before = sys.getswitchinterval()
    lost_update.main()
    assert sys.getswitchinterval() == before
    capsys.readouterr()


@pytest.mark.force_parallel_threads(4)
@pytest.mark.timeout(120)
def test_the_locked_counter_under_pytest_run_parallel():
    """pytest-run-parallel runs this body in 4 threads at once (a no-op marker
    where the plugin is absent); each run starts 8 more threads."""
    assert lost_updates(locked=True) == 0
