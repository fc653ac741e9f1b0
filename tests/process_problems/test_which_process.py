import re

LINE = re.compile(r"(?P<name>\S+) \(pid (?P<pid>\d+)\), parent: "
                  r"(?:none|(?P<parent>\S+) \(pid (?P<parent_pid>\d+)\))")


def test_children_know_their_names_and_their_parent(run_example):
    run = run_example("process_problems/which_process.py", timeout=30)
    assert run.returncode == 0, run.stderr
    main, child, worker = (LINE.fullmatch(line) for line in run.stdout.splitlines())
    for other in (child, worker):
        assert other["parent_pid"] == main["pid"]
        assert other["pid"] != main["pid"]
    assert child["pid"] != worker["pid"]
