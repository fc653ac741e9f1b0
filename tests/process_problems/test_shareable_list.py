from pathlib import Path

SHM = Path("/dev/shm")


def test_the_manager_unlinks_its_blocks_and_nothing_warns(run_example):
    before = set(SHM.iterdir()) if SHM.is_dir() else set()
    run = run_example("process_problems/shareable_list.py", timeout=60)
    assert run.returncode == 0, run.stderr
    after = set(SHM.iterdir()) if SHM.is_dir() else set()
    assert not {p for p in after - before if p.name.startswith("psm_")}
