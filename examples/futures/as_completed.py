"""as_completed() hands back futures in the order they finish, not the order they
were submitted; an exception raised in a worker comes back out of result().
"""

import threading
from concurrent.futures import ThreadPoolExecutor, as_completed


def job(name: str, gate: threading.Event) -> str:
    if not gate.wait(timeout=10):
        raise TimeoutError(f"{name}: gate never opened")
    if name == "c":
        raise ValueError(f"job {name} failed")
    return name.upper()


def main() -> None:
    names = ["a", "b", "c", "d"]
    gates = {name: threading.Event() for name in names}
    finish_order = ["d", "b", "c", "a"]  # the order in which we let the jobs finish
    with ThreadPoolExecutor(max_workers=len(names)) as executor:
        futures = {executor.submit(job, name, gates[name]): name for name in names}
        print(f"submitted: {list(futures.values())}")
        gates[finish_order[0]].set()
        for position, future in enumerate(
            as_completed(futures, timeout=30), start=1
        ):
            name = futures[future]
            try:
                print(f"finished {name}: {future.result()}")
            except ValueError as error:
                print(f"finished {name}: raised {error!r}")
            if position < len(finish_order):
                # only now let the next one finish
                gates[finish_order[position]].set()


if __name__ == "__main__":
    main()
