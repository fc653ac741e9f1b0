"""Turn every results file (docs/benchmarks/results/LABEL.json) into the Markdown fragments the
pages embed (docs/includes/benchmark-fragments/LABEL/NAME.md, tables with inline SVG charts).

python -m examples.benchmarks.render            # rewrite the fragments of every results file
python -m examples.benchmarks.render --check    # only say which fragments are stale (exit 1)
"""

import argparse
import json
import sys
from pathlib import Path

from examples.benchmarks.registry import BENCHMARKS
from examples.benchmarks.renderers import Comparison, caption, table
from examples.benchmarks.schema import ResultsFile, check

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "docs" / "benchmarks" / "results"
FRAGMENTS = ROOT / "docs" / "includes" / "benchmark-fragments"
INCLUDE_PREFIX = "benchmark-fragments"  # what a page writes: --8<-- "benchmark-fragments/..."


def load(results_file: Path) -> ResultsFile:
    """A results file, checked against its schema; its name is its label."""
    results = json.loads(results_file.read_text(encoding="utf-8"))
    results["label"] = results_file.stem
    check(results, ResultsFile, results_file.name)
    for name, by_python in results["runs"].items():
        for python, run in by_python.items():
            check(run, BENCHMARKS[name].schema, f"{results_file.name}: {name} ({python})")
    return results


def render_targets(results: ResultsFile) -> str:
    """The guide's targets against the ideal and this machine's results."""
    rows = []
    for benchmark in BENCHMARKS.values():
        for target in benchmark.targets:
            found = target.measure(results)
            if found is None:
                if target.missing is not None:
                    rows.append([target.name, target.ideal, target.goal, target.missing,
                                 "not measured"])
                continue
            name, value = found
            rows.append([name, target.ideal, target.goal, target.shown(value),
                         "met" if target.met(value) else "not met"])
    return (caption(results, list(results["interpreters"]), "as in each benchmark's table")
            + "\n\n" + table(["target", "ideal", "target value", "measured", "verdict"], rows)
            + "\n")


def render_results(results: ResultsFile) -> tuple[dict[str, str], list[Comparison]]:
    """Every fragment of one results file (path under FRAGMENTS -> text), and the comparisons
    its tables and charts are made of. Writes nothing."""
    label, texts, comparisons = results["label"], {}, []
    for name, benchmark in BENCHMARKS.items():
        rendered = benchmark.render(results, name, benchmark.describe_work)
        if rendered is None:
            reasons = [s["reason"] for s in results["skipped"] if s.get("benchmark") == name]
            text = f"*Not measured on {label}" + (f": {reasons[0]}" if reasons else "") + ".*\n"
        else:
            text = rendered.text
            comparisons += rendered.comparisons
        texts[f"{label}/{name}.md"] = text
    texts[f"{label}/targets.md"] = render_targets(results)
    return texts, comparisons


def render_all(results_folder: Path = RESULTS) -> dict[str, str]:
    texts: dict[str, str] = {}
    for results_file in sorted(results_folder.glob("*.json")):
        texts.update(render_results(load(results_file))[0])
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--results", type=Path, default=RESULTS, help="folder of results files")
    parser.add_argument("--fragments", type=Path, default=FRAGMENTS,
                        help="where to write the Markdown fragments")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a fragment differs from its results")
    args = parser.parse_args()
    texts = render_all(args.results)
    stale = [path for path, text in texts.items()
             if not (args.fragments / path).is_file()
             or (args.fragments / path).read_text(encoding="utf-8") != text]
    made = {args.fragments / path for path in texts}
    unused = sorted(p for p in args.fragments.rglob("*.md") if p not in made)
    if args.check:
        for path in stale:
            print(f"stale: {args.fragments / path}")
        for path in unused:
            print(f"made from no results file: {path}")
        sys.exit(1 if stale or unused else 0)
    for path in stale:
        (args.fragments / path).parent.mkdir(parents=True, exist_ok=True)
        (args.fragments / path).write_text(texts[path], encoding="utf-8")
    for path in unused:
        path.unlink()
    print(f"{len(texts)} fragments, {len(stale)} rewritten, {len(unused)} removed")


if __name__ == "__main__":
    main()
