"""Python 3.14+: which context a new thread starts with. A free-threaded build
copies the caller's (sys.flags.thread_inherit_context); a GIL build starts empty."""

import contextvars
import sys
import threading

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id")


def seen_in_thread(**options: object) -> str:
    """Start a thread with these Thread() options; return the request_id it sees."""
    seen: list[str] = []
    worker = threading.Thread(
        target=lambda: seen.append(request_id.get("unset")), **options
    )
    worker.start()
    worker.join()
    return seen[0]


def main() -> None:
    if sys.version_info < (3, 14):
        sys.exit("needs Python 3.14+ for Thread(context=...)")
    request_id.set("req-42")
    inherit = bool(sys.flags.thread_inherit_context)
    print(f"sys.flags.thread_inherit_context: {inherit}")
    plain = seen_in_thread()
    print(f"a plain Thread sees the caller's value: {plain == 'req-42'}")
    copied = seen_in_thread(context=contextvars.copy_context())
    print(f"Thread(context=contextvars.copy_context()) sees: {copied}")
    empty = seen_in_thread(context=contextvars.Context())
    print(f"Thread(context=contextvars.Context()) sees: {empty}")


if __name__ == "__main__":
    main()
