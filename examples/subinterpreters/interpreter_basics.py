"""Python 3.14's concurrent.interpreters: several interpreters in one process, each
with its own modules and globals; call a function in one, run code in one, see an
exception come back."""

import sys

try:
    from concurrent import interpreters
except ImportError:  # before Python 3.14: say what is needed, not a traceback
    sys.exit("needs Python 3.14+ for concurrent.interpreters")

calls = 0  # module state: every interpreter has its own copy of this module


def count_call() -> int:
    global calls
    calls += 1
    return calls


def square(number: int) -> int:
    return number * number


def main() -> None:
    main_id = interpreters.get_current().id
    interpreter = interpreters.create()
    try:
        print(f"main interpreter {main_id}, new interpreter {interpreter.id}")
        print(f"square(7) in it: {interpreter.call(square, 7)}")
        # The same function, run twice there and once here: two separate `calls`
        # globals.
        there = [interpreter.call(count_call), interpreter.call(count_call)]
        print(f"count_call() there: {there}; here: {count_call()}")
        try:
            # exec() runs source code in the interpreter's __main__
            interpreter.exec("1 / 0")
        except interpreters.ExecutionFailed as error:
            print(
                "1 / 0 there raises ExecutionFailed here: "
                f"{error.excinfo.type.__name__}"
            )
    finally:
        interpreter.close()  # an interpreter holds memory until closed
    print(f"interpreters left: {len(interpreters.list_all())}")


if __name__ == "__main__":
    main()
