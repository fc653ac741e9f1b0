"""The notes' find_files loop, kept as written but pointed at a small generated
tree, not at /.

It finishes here, and shows its two bugs: the "put it back" branch never runs, and
'.py' in a path also matches .pyc files and a .pyenv folder.
"""

import tempfile
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

TREE = [
    "app.py",
    "__pycache__/app.cpython-313.pyc",
    ".pyenv/version",
    "pkg/__init__.py",
    "pkg/util.py",
    "pkg/deep/script.py",
    "docs/readme.md",
]


def make_tree(root: Path) -> None:
    for relative in TREE:
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text("", encoding="utf-8")


def find_files(path: Path, query_string: str, found: list[Path]) -> list[Path]:
    subdirs = []
    for p in path.iterdir():
        full_path = str(p.absolute())
        if p.is_dir() and not p.is_symlink():
            subdirs.append(p)
        # the notes' test: a substring anywhere in the path
        if query_string in full_path:
            found.append(p)  # the notes printed here, from ten threads at once
    return subdirs


def search(basedir: Path, query: str) -> tuple[list[Path], int]:
    """The notes' loop; `requeued` counts how often its "still running" branch
    runs."""
    found: list[Path] = []
    requeued = 0
    futures = deque()
    with ThreadPoolExecutor(max_workers=10) as executor:
        futures.append(executor.submit(find_files, basedir, query, found))
        while futures:
            future = futures.popleft()
            if future.exception():  # blocks until the future is done...
                continue
            elif future.done():  # ...so this is always True here
                subdirs = future.result()
                for subdir in subdirs:
                    futures.append(
                        executor.submit(find_files, subdir, query, found)
                    )
            else:
                requeued += 1  # dead code: never reached
                futures.append(future)
    return found, requeued


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        basedir = Path(tmp)
        make_tree(basedir)
        found, requeued = search(basedir, ".py")
        for path in sorted(p.relative_to(basedir).as_posix() for p in found):
            print(path)
        print(f"futures put back because they were still running: {requeued}")


if __name__ == "__main__":
    main()
