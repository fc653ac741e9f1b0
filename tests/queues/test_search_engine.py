import multiprocessing
import random
from pathlib import Path

import pytest

from examples.queues.search_engine import parallel_search, search

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def make_tree(root: Path, count: int) -> list[str]:
    """count files in nested folders, each with a few seeded-random words."""
    generator = random.Random(4)
    paths = []
    for number in range(count):
        folder = root / f"dir{number % 4}" / f"sub{number % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"file{number}.txt"
        path.write_text(" ".join(generator.sample(WORDS, 3)), encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.timeout(60)
@pytest.mark.parametrize("workers", [1, 3])
def test_parallel_search_finds_exactly_what_a_serial_search_finds(tmp_path, workers):
    paths = make_tree(tmp_path, 50)
    queries = [*WORDS, "missing", "a"]
    # spawn: a child that imports the function by name, as on macOS and Windows.
    found = parallel_search(paths, queries, workers, multiprocessing.get_context("spawn"))
    assert found == {query: sorted(search(paths, query)) for query in queries}
    assert found["missing"] == []
    assert len(found["a"]) == 50  # every file contains a word with an "a"
