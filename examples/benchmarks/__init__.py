"""The benchmark harness: every number on the site, measured by a program in this package.

The flow, by imports:

- ``registry.py`` declares every benchmark (a ``Benchmark``): its name, its results schema, its
  renderer and chart kind, how to describe the work its rows did, whether it runs under every
  interpreter, and the targets it is judged by. Runner and renderer know benchmarks only from it.
- ``schema.py`` holds the results as TypedDicts and ``check()``; the runner checks each run
  before saving it, the renderer each file before reading it.
- ``NAME.py`` (``cpu_scaling.py``, ``gil.py`` ...) measures one question; ``python -m
  examples.benchmarks.NAME --json [--full]`` prints its results. ``measure.py`` is what they share.
- ``run.py`` runs the registry's programs, each in a fresh interpreter, and saves
  ``docs/benchmarks/results/LABEL.json``.
- ``render.py`` turns each results file into ``docs/includes/benchmark-fragments/LABEL/NAME.md``
  (``renderers.py`` makes the tables and puts runs side by side only through a ``Comparison``,
  which refuses unequal work; ``charts.py`` draws the SVG). Pages embed those fragments.

Adding a benchmark (``pipes.py``, say):

1. Write ``examples/benchmarks/pipes.py``: ``measure(quick: bool = True) -> Pipes`` returning a
   dict with ``benchmark``, ``quick`` and ``work`` (what every row did: counts, sizes, iterations;
   two runs are comparable only if their ``work`` is equal), and ``main()`` calling
   ``measure.cli(measure, summarise)``. Keep the quick mode to a few seconds.
2. Add ``class Pipes(Run)`` to ``schema.py`` with every key the results have.
3. Add a renderer: reuse a kind from ``renderers.py`` (``scaling``, ``per_interpreter``) or
   write ``def pipes(results, python, run) -> (summary, svg or None, data)`` there and wrap it
   in ``renderers.one_interpreter``.
4. ``register(Benchmark(name="pipes", schema=schema.Pipes, render=..., chart="bar",
   describe_work=lambda work: ..., every_interpreter=False, targets=(...)))`` in
   ``registry.py`` (with ``requires=("aiohttp",)`` for a module beyond the standard
   library: where it is missing, the run is skipped with the reason).
5. Add ``tests/benchmarks/test_pipes.py`` asserting on ``quick_results("pipes")`` (the
   session's one quick run), run ``python -m examples.benchmarks.run --label MACHINE --only
   pipes`` where results are kept, ``python -m examples.benchmarks.render``, and embed
   ``--8<-- "benchmark-fragments/MACHINE/pipes.md"`` in a page.

A new benchmark reaches an existing results file by a run: ``--only NAME`` replaces that
benchmark's runs in the file, keeps the others and adds a note saying so; until then the fragment
of that machine says "Not measured".
"""
