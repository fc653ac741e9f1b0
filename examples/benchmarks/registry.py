"""The registry: every benchmark, with its results schema, its renderer, the work its rows did
and the targets it is judged by. The runner and the renderer know benchmarks only from here."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from examples.benchmarks import renderers, schema
from examples.benchmarks.renderers import TIMES, Describe, Renderer, ratio
from examples.benchmarks.schema import ResultsFile, Work


@dataclass(frozen=True)
class Target:
    """A goal the guide sets itself, judged on one results file."""

    name: str
    ideal: str
    goal: str
    # (the row's name, the measured value), or None where this file has no such run
    measure: Callable[[ResultsFile], tuple[str, float] | None]
    met: Callable[[float], bool]
    shown: Callable[[float], str]
    missing: str | None = None  # the row shown where it was not measured; None: no row


@dataclass(frozen=True)
class Benchmark:
    name: str  # examples/benchmarks/NAME.py, fragment NAME.md, results["runs"][NAME]
    schema: type  # the TypedDict of one run
    render: Renderer
    chart: str  # the kind of chart its renderer draws: "line", "bar" or "none"
    describe_work: Describe  # the work every row did, for the caption
    every_interpreter: bool  # run under every --python (else under the first only)
    targets: tuple[Target, ...] = ()
    quick_timeout: float = 60  # seconds a quick run may take
    requires: tuple[str, ...] = ()  # modules beyond the standard library (aiohttp)

    @property
    def module(self) -> str:
        return f"examples.benchmarks.{self.name}"


BENCHMARKS: dict[str, Benchmark] = {}


def register(benchmark: Benchmark) -> Benchmark:
    if benchmark.name in BENCHMARKS:
        raise ValueError(f"benchmark {benchmark.name!r} is registered twice")
    BENCHMARKS[benchmark.name] = benchmark
    return benchmark


# --------------------------------------------------------------------------- helpers for targets
def first_run(results: ResultsFile, name: str) -> dict[str, Any] | None:
    return next(iter(results["runs"].get(name, {}).values()), None)


def free_threaded_efficiency(results: ResultsFile) -> tuple[str, float] | None:
    for python, run in results["runs"].get("cpu_scaling", {}).items():
        if not run["gil_enabled"]:
            threads = run["series"]["threads"]
            return (f"free-threaded threads ({python}, {threads['workers'][-1]} threads): "
                    "efficiency", threads["efficiency"][-1])
    return None


def top_round(results: ResultsFile) -> tuple[dict[str, Any], dict[str, Any]] | None:
    run = first_run(results, "connections")
    if run is None:
        return None
    top = max(r["clients"] for r in run["rounds"])
    return run, next(r for r in run["rounds"] if r["server"] == "asyncio" and r["clients"] == top)


def connection_errors(results: ResultsFile) -> tuple[str, float] | None:
    found = top_round(results)
    if found is None:
        return None
    _, top = found
    return f"asyncio server, {top['clients']:,} clients: errors", top["errors"]


def connection_memory(results: ResultsFile) -> tuple[str, float] | None:
    found = top_round(results)
    if found is None:
        return None
    run, top = found
    memory = run["memory_ratio_asyncio_to_threads"].get(str(top["clients"]))
    if memory is None:
        return None
    return f"asyncio server, {top['clients']:,} clients: memory ÷ threads server's", memory


def well_sized_efficiency(results: ResultsFile) -> tuple[str, float] | None:
    run = first_run(results, "batch_efficiency")
    if run is None:
        return None
    return ("well-sized process-pool batch: efficiency",
            run["variants"]["well_sized"]["efficiency"])


def tuned_chunksize_gain(results: ResultsFile) -> tuple[str, float] | None:
    run = first_run(results, "chunksize")
    return None if run is None else ("tuned chunksize over chunksize 1",
                                     max(run["gain_over_chunksize_1"]))


def two_decimals(value: float) -> str:
    return f"{value:.2f}"


def count(work: Work, key: str, what: str) -> str:
    return f"{work[key]:,} {what}"


# --------------------------------------------------------------------------- the benchmarks
register(Benchmark(
    name="cpu_scaling", schema=schema.CpuScaling, chart="line", every_interpreter=True,
    render=renderers.scaling("workers", "pool", "CPU-bound work: speedup over serial by workers",
                             serial_cost=True),
    describe_work=lambda work: (f"{work['tasks']} tasks of {work['iterations_per_task']:,} loop "
                                f"iterations each in every row "
                                f"({work['tasks'] * work['iterations_per_task']:,} in all)"),
    targets=(Target("free-threaded threads: efficiency", "1.00", "≥ 0.85",
                    free_threaded_efficiency, lambda v: v >= 0.85, two_decimals,
                    missing="no free-threaded interpreter in this run"),),
    quick_timeout=90,
))
register(Benchmark(
    name="gil", schema=schema.Gil, chart="line", every_interpreter=True,
    render=renderers.scaling("threads", "work",
                             "Pure Python against hashlib in threads: speedup over serial"),
    describe_work=lambda work: (f"{work['tasks']} tasks in every row, each "
                                f"{work['iterations_per_task']:,} loop iterations (pure Python) "
                                f"or a hash of {work['buffer_bytes'] // 2**20} MiB (hashlib)"),
    quick_timeout=90,
))
register(Benchmark(
    name="start_methods", schema=schema.StartMethods, chart="bar", every_interpreter=False,
    render=renderers.one_interpreter(renderers.start_methods),
    describe_work=lambda work: (f"one process that does nothing, or a pool of "
                                f"{work['pool_workers']} running one task each"),
    quick_timeout=90,
))
register(Benchmark(
    name="batch_efficiency", schema=schema.BatchEfficiency, chart="bar",
    every_interpreter=False, render=renderers.one_interpreter(renderers.batch_efficiency),
    describe_work=lambda work: (f"{work['total_iterations']:,} loop iterations in every batch, "
                                f"{work['workers']} worker processes"),
    targets=(Target("well-sized process-pool batch: efficiency", "1.00", "≥ 0.90",
                    well_sized_efficiency, lambda v: v >= 0.9, two_decimals),),
    quick_timeout=90,
))
register(Benchmark(
    name="chunksize", schema=schema.Chunksize, chart="bar", every_interpreter=False,
    render=renderers.one_interpreter(renderers.chunksize),
    describe_work=lambda work: (f"{work['tasks']:,} tasks at every chunksize, "
                                f"{work['workers']} worker processes"),
    targets=(Target("tuned chunksize over chunksize 1", "—", f"≥ 100{TIMES}",
                    tuned_chunksize_gain, lambda v: v >= 100, ratio),),
    quick_timeout=90,
))
register(Benchmark(
    name="payload", schema=schema.Payload, chart="line", every_interpreter=False,
    render=renderers.one_interpreter(renderers.payload),
    describe_work=lambda work: "one round trip of one payload per timing",
))
register(Benchmark(
    name="thread_creation", schema=schema.ThreadCreation, chart="bar", every_interpreter=True,
    render=renderers.per_interpreter(
        "ratio_to_direct", "seconds", "way", "Time relative to direct calls",
        lambda run: (f"Small jobs, run one way or another, relative to calling them directly "
                     f"(lower is better; pools of {run['pool_workers']} threads, created before "
                     "timing):")),
    describe_work=lambda work: count(work, "jobs", "small jobs in every column"),
))
register(Benchmark(
    name="connections", schema=schema.Connections, chart="bar", every_interpreter=False,
    render=renderers.one_interpreter(renderers.connections),
    describe_work=lambda work: ("for each server, " + ", ".join(f"{c:,}" for c in work["clients"])
                                + " clients, each sending one line"),
    targets=(Target("asyncio server: errors", "0", "0", connection_errors,
                    lambda v: v == 0, lambda v: f"{v:.0f}"),
             Target("asyncio server: memory ÷ threads server's", "—", "≤ 0.33",
                    connection_memory, lambda v: v <= 1 / 3, two_decimals)),
    quick_timeout=90,
))
register(Benchmark(
    name="overhead", schema=schema.Overhead, chart="bar", every_interpreter=True,
    render=renderers.per_interpreter(
        "ratio_to_direct_call", "seconds_per_operation", "operation",
        "Cost relative to a direct call",
        lambda run: ("The cost of one operation relative to a direct call of the same tiny "
                     "function (lower is better):")),
    describe_work=lambda work: count(work, "operations", "operations per timing, every column"),
))
register(Benchmark(
    name="queue_bound", schema=schema.QueueBound, chart="none", every_interpreter=False,
    render=renderers.one_interpreter(renderers.queue_bound),
    describe_work=lambda work: (f"{work['items']:,} items of {work['item_bytes'] // 1024} KiB "
                                "through the queue in every row, the consumer spending "
                                f"{work['consumer_microseconds'] / 1000:g} ms on each"),
    quick_timeout=30,
))
register(Benchmark(
    name="switch_interval", schema=schema.SwitchInterval, chart="none", every_interpreter=False,
    render=renderers.one_interpreter(renderers.switch_interval),
    describe_work=lambda work: (f"{work['waits']} blocking waits of "
                                f"{work['wait_microseconds'] / 1000:g} ms in every row"),
    quick_timeout=30,
))
register(Benchmark(
    name="sort_server", schema=schema.SortServer, chart="none", every_interpreter=False,
    render=renderers.one_interpreter(renderers.sort_server),
    describe_work=lambda work: (
        " and ".join(f"{c:,}" for c in work["sort_clients"])
        + f" clients at once, one request of {work['numbers_per_request']} numbers each; "
        f"{work['slow_clients']} slow clients for {work['attack_seconds']} s; "
        f"{work['stall_requests']} large requests at once for each design"),
    quick_timeout=90,
))
register(Benchmark(
    name="dns_server", schema=schema.DnsServer, chart="none", every_interpreter=False,
    render=renderers.one_interpreter(renderers.dns_server),
    describe_work=lambda work: (f"{work['seconds']} s of queries, {work['queries_in_flight']} "
                                f"in flight; each crafted datagram answered "
                                f"{work['datagram_repeats']} times"),
    quick_timeout=30,
))
register(Benchmark(
    name="http_fetch", schema=schema.HttpFetch, chart="bar", every_interpreter=False,
    render=renderers.one_interpreter(renderers.http_fetch),
    describe_work=lambda work: ("every way fetched the same "
                                + ", ".join(f"{c:,}" for c in work["resources"])
                                + f" resources (N), {work['bound']} in flight when bounded, "
                                f"from a server taking {work['server_latency_ms']} ms an answer"),
    quick_timeout=30, requires=("aiohttp",),
))
