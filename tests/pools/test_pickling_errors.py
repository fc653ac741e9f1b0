import re

# The stable part of a message that changed in 3.13 ("get") and 3.14 (PicklingError, repr).
MESSAGE = (r"(AttributeError|PicklingError): Can't (pickle|get) local object "
           r"\W*(function )?main\.<locals>\.{name}(?!\w).*")


def test_lambda_and_local_function_cannot_be_sent(run_example):
    run = run_example("pools/pickling_errors.py", timeout=30)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    for line, name in zip(lines[1:], ["<lambda>", "triple"], strict=True):
        assert re.fullmatch(MESSAGE.format(name=re.escape(name)), line), line
