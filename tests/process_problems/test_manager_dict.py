def test_processes_write_one_dict_held_by_the_manager(run_example):
    run = run_example("process_problems/manager_dict.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "written by 3 other processes: {'manager': 7, 'pool': 4, 'queue': 5}",
        "this process holds only a proxy: DictProxy",
    ]
