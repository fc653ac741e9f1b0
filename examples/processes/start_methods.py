"""The three start methods side by side: fork copies the parent as it is now; spawn
and forkserver start from a fresh import of the main module."""

import multiprocessing
import multiprocessing.queues

SETTING = "as imported"  # main() changes it before starting any child


def report(results: multiprocessing.queues.Queue) -> None:
    results.put(SETTING)  # what this child sees


def child_sees(method: str) -> str:
    if method not in multiprocessing.get_all_start_methods():
        return "not available on this platform"
    # a start method for these objects only
    context = multiprocessing.get_context(method)
    results = context.Queue()
    process = context.Process(target=report, args=(results,))
    process.start()
    seen = results.get(timeout=30)
    process.join()
    return f"child saw SETTING = {seen!r}"


def main() -> None:
    global SETTING
    SETTING = "changed by main()"
    print(f"default start method here: {multiprocessing.get_start_method()}")
    # fork first: no helper threads exist yet
    for method in ("fork", "spawn", "forkserver"):
        print(f"{method:>10}: {child_sees(method)}")


if __name__ == "__main__":
    main()
