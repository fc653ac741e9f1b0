"""A multi-process search engine: a query queue per worker, one result queue, None
to stop."""

import multiprocessing
import tempfile
from multiprocessing.context import BaseContext
from multiprocessing.queues import Queue
from pathlib import Path


def search(paths: list[str], query: str) -> list[str]:
    """The serial search: the paths whose text contains query."""
    return [
        path for path in paths if query in Path(path).read_text(encoding="utf-8")
    ]


def search_worker(paths: list[str], queries: Queue, results: Queue) -> None:
    """Read this worker's share of the files once, then answer queries until None
    arrives."""
    texts = {path: Path(path).read_text(encoding="utf-8") for path in paths}
    while (query := queries.get()) is not None:
        results.put(
            (query, [path for path, text in texts.items() if query in text])
        )


def parallel_search(paths: list[str], queries: list[str], workers: int = 2,
                    context: BaseContext | None = None) -> dict[str, list[str]]:
    context = context or multiprocessing.get_context()
    shares = [paths[index::workers] for index in range(workers)]
    query_queues = [context.Queue() for _ in shares]
    results = context.Queue()
    processes = [
        context.Process(target=search_worker, args=(share, query_queue, results))
        for share, query_queue in zip(shares, query_queues, strict=True)
    ]
    for process in processes:
        process.start()
    # every worker answers every query, for its share of the files
    for query in queries:
        for query_queue in query_queues:
            query_queue.put(query)
    for query_queue in query_queues:
        query_queue.put(None)  # the sentinel: no more queries
    found: dict[str, list[str]] = {query: [] for query in queries}
    # Drain every result BEFORE joining: a worker cannot exit while its results are
    # unsent.
    for _ in range(len(queries) * workers):
        query, hits = results.get(timeout=30)
        found[query].extend(hits)
    for process in processes:
        process.join(timeout=30)
    return {query: sorted(hits) for query, hits in found.items()}


def make_files(folder: Path, count: int) -> list[str]:
    """count small files; file n mentions fizz if 3 divides n and buzz if 5 does."""
    paths = []
    for number in range(1, count + 1):
        words = [word for word, d in (("fizz", 3), ("buzz", 5)) if number % d == 0]
        path = folder / f"doc-{number:03}.txt"
        path.write_text(
            " ".join(["number", str(number), *words]) + "\n", encoding="utf-8"
        )
        paths.append(str(path))
    return paths


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = make_files(Path(folder), 60)
        queries = ["fizz", "buzz", "number", "bazz"]
        found = parallel_search(paths, queries, workers=2)
        for query, hits in found.items():
            print(f"{query!r}: {len(hits)} files")
        serial = {query: search(paths, query) for query in queries}
        print(f"same as the serial search: {found == serial}")


if __name__ == "__main__":
    main()
