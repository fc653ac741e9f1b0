"""Python 3.14+: Thread(context=...) chooses the context a thread runs in, whatever
sys.flags.thread_inherit_context says: a copy of the caller's, or a fresh empty
one."""

import contextvars
import sys
import threading

request_id: contextvars.ContextVar[str] = contextvars.ContextVar(
    "request_id", default="<unset>"
)


def run_in_thread(context: contextvars.Context) -> str:
    seen: list[str] = []
    thread = threading.Thread(
        target=lambda: seen.append(request_id.get()), context=context
    )  # type: ignore[call-arg]
    thread.start()
    thread.join()
    return seen[0]


def main() -> None:
    if sys.version_info < (3, 14):
        sys.exit("this example needs Python 3.14+ (Thread's context= parameter)")
    request_id.set("request-7")
    print(f"context=copy_context(): {run_in_thread(contextvars.copy_context())!r}")
    print(f"context=Context():      {run_in_thread(contextvars.Context())!r}")


if __name__ == "__main__":
    main()
