"""The results schema: what a benchmark module prints, what the runner checks and saves, and what
the renderer checks and reads, as TypedDicts (one per benchmark, plus the results file).

`check(value, Schema)` raises SchemaError naming the first key that does not fit, so a benchmark
that drifts from its schema fails in the runner and in the tests, not in a half-rendered page.

Every run carries `work`: what each row of that run did (tasks, iterations, jobs ...). Two runs
may stand side by side in one table or chart only when their `work` is equal.
"""

import types
import typing
from typing import Any, NotRequired, TypedDict

Work = dict[str, int | list[int]]


class SchemaError(ValueError):
    """A results dict that does not fit its schema."""


class Run(TypedDict):
    """What every benchmark's results have."""

    benchmark: str
    quick: bool
    work: Work
    elapsed_seconds: NotRequired[float | None]  # added by the runner
    loadavg: NotRequired[list[float] | None]  # added by the runner: load when the run began


class ScalingSeries(TypedDict):
    """One executor's (or one workload's) times at 1, 2, 4 ... workers."""

    workers: NotRequired[list[int]]
    threads: NotRequired[list[int]]
    seconds: list[float]
    serial_seconds: list[float]  # the serial baseline timed in turns with each count
    speedup: list[float]
    efficiency: NotRequired[list[float]]


class CpuScaling(Run):
    cores: int
    gil_enabled: bool
    tasks: int
    iterations_per_task: int
    repeats: int
    timing: str  # how seconds were taken: "interleaved best" or "median" (older results)
    serial_seconds: float  # the best serial time of the run
    series: dict[str, ScalingSeries]
    skipped: dict[str, str]


class Gil(Run):
    cores: int
    gil_enabled: bool
    tasks: int
    buffer_bytes: int
    iterations_per_task: int
    repeats: int
    timing: str
    series: dict[str, ScalingSeries]


class StartMethod(TypedDict):
    process_seconds: float
    pool_seconds: float
    process_ratio: float
    pool_ratio: float


class StartMethods(Run):
    cores: int
    pool_workers: int
    default_method: str
    baseline: str
    repeats: dict[str, int]
    methods: dict[str, StartMethod]


class BatchVariant(TypedDict):
    tasks: int
    seconds: float
    speedup: float
    efficiency: float


class BatchEfficiency(Run):
    cores: int
    workers: int
    serial_seconds: float
    total_iterations: int
    repeats: int
    target_efficiency: float
    variants: dict[str, BatchVariant]


class Chunksize(Run):
    cores: int
    workers: int
    tasks: int
    repeats: int
    serial_seconds: float
    tuned_chunksize: int
    chunksizes: list[int]
    seconds: list[float]
    gain_over_chunksize_1: list[float]
    slowdown_over_serial: list[float]


class Payload(Run):
    repeats: int
    sizes: list[int]
    seconds: list[float]
    ratio_to_1_byte: list[float]
    mib_per_second: list[float]


class ThreadCreation(Run):
    jobs: int
    pool_workers: int
    repeats: int
    seconds: dict[str, float]
    microseconds_per_job: dict[str, float]
    ratio_to_direct: dict[str, float]
    thread_per_job_over_executor: float


class Overhead(Run):
    count: int
    repeats: int
    seconds_per_operation: dict[str, float]
    ratio_to_direct_call: dict[str, float]


class ConnectionRound(TypedDict):
    server: str
    clients: int
    wall_seconds: float | None
    timed_out: bool
    errors: int
    peak_connections: int
    accept_errors: int
    server_peak_rss_mib: float | None
    server_rss_growth_mib: float | None


class Connections(Run):
    file_limit: int | None
    rounds: list[ConnectionRound]
    memory_ratio_asyncio_to_threads: dict[str, float]


class QueueRow(TypedDict):
    maxsize: int  # 0: unbounded
    total_seconds: float
    peak_backlog: int
    peak_mib: float  # traced by tracemalloc
    median_wait_ms: float
    p99_wait_ms: float
    memory_vs_unbounded: float
    median_wait_vs_unbounded: float
    total_time_vs_unbounded: float


class QueueBound(Run):
    items: int
    item_bytes: int
    consumer_seconds_per_item: float
    repeats: int
    rows: dict[str, QueueRow]  # "unbounded", "maxsize=100", "maxsize=10"


class SwitchRow(TypedDict):
    switch_interval_s: float | None  # None: the I/O thread alone
    io_seconds: float
    cpu_iterations_per_s: float
    io_slowdown: float
    io_ms_per_wait: float
    cpu_rate_vs_best: float | None


class SwitchInterval(Run):
    waits: int
    wait_seconds: float
    repeats: int
    rows: dict[str, SwitchRow]  # "alone", "cpu_thread_interval_5ms" ...


class SortRound(TypedDict):
    clients: int
    wall_s: float
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    outcomes: dict[str, int]  # "correct", "busy", "wrong" or an exception's name
    server_peak_rss_mib: float | None


class SlowClientAttack(TypedDict):
    slow_clients: int
    seconds: float
    normal_requests: int
    outcomes: dict[str, int]
    p50_ms: float
    p99_ms: float
    max_ms: float


class LoopStall(TypedDict):
    before_ms: float  # JSON parsed and encoded on the loop
    after_ms: float  # bytes in and out of the pool
    requests: int
    request_bytes: int


class SortServer(Run):
    sort_throughput: list[SortRound]
    slow_client_attack: SlowClientAttack
    loop_stall: LoopStall


class DnsRate(TypedDict):
    in_zone_queries_per_s: float
    seconds: float
    server_cpu_s: float | None
    queries_per_server_cpu_s: float | None
    lost: int


class DnsWorstDatagram(TypedDict):
    worst: str
    worst_us: float
    per_kind_us: dict[str, float]


class DnsServer(Run):
    dns_rate: DnsRate
    dns_worst_datagram: DnsWorstDatagram


class HttpRound(TypedDict):
    way: str  # "sequential", "threads", "semaphore", "connector", "unbounded"
    resources: int
    wall_seconds: float | None  # None: the round ran out of time
    requests_per_second: float | None
    p50_ms: float | None
    p99_ms: float | None
    outcomes: dict[str, int]  # "200", "429" ... or an exception's name
    right: int  # answers with the right body
    sockets_opened: int | None  # TCP connections the server saw
    server_peak_in_flight: int | None
    client_rss_growth_mib: float | None
    client_peak_rss_mib: float | None


class HttpFetch(Run):
    bound: int
    server_latency_seconds: float
    request_timeout_seconds: float
    round_timeout_seconds: float
    rounds: list[HttpRound]


class Machine(TypedDict):
    system: str
    release: str
    machine: str
    cpu_model: str | None
    cpu_count: int | None
    process_cpu_count: int | None
    affinity: int | None


class Interpreter(TypedDict):
    executable: str
    version: str
    implementation: str
    build: str
    free_threaded_build: bool
    gil_enabled: bool
    name: str  # "3.13t": what the tables call it


class Skipped(TypedDict):
    python: str
    benchmark: NotRequired[str]
    reason: str


class ResultsFile(TypedDict):
    """One machine's results: docs/benchmarks/results/LABEL.json."""

    mode: str  # "full" or "quick"
    date: str
    machine: Machine
    loadavg_before: list[float] | None
    loadavg_after: list[float] | None
    interpreters: dict[str, Interpreter]
    skipped: list[Skipped]
    runs: dict[str, dict[str, dict[str, Any]]]  # benchmark -> interpreter -> its schema
    duration_seconds: float
    label: NotRequired[str]
    notes: NotRequired[list[str]]


def check(value: object, schema: object, where: str = "results") -> None:
    """Raise SchemaError unless value fits schema (a TypedDict or a typing expression)."""
    if schema is Any:
        return
    if typing.is_typeddict(schema):
        if not isinstance(value, dict):
            raise SchemaError(f"{where}: expected a dict, got {type(value).__name__}")
        hints = typing.get_type_hints(schema)
        missing = schema.__required_keys__ - set(value)
        if missing:
            raise SchemaError(f"{where}: missing {sorted(missing)}")
        unknown = set(value) - set(hints)
        if unknown:
            raise SchemaError(f"{where}: unknown {sorted(unknown)}")
        for key, item in value.items():
            check(item, hints[key], f"{where}.{key}")
        return
    origin, arguments = typing.get_origin(schema), typing.get_args(schema)
    if origin is NotRequired:
        check(value, arguments[0], where)
    elif origin in (typing.Union, types.UnionType):
        errors = []
        for option in arguments:
            try:
                check(value, option, where)
                return
            except SchemaError as error:
                errors.append(str(error))
        raise SchemaError(" or ".join(errors))
    elif origin is list:
        if not isinstance(value, list):
            raise SchemaError(f"{where}: expected a list, got {type(value).__name__}")
        for index, item in enumerate(value):
            check(item, arguments[0], f"{where}[{index}]")
    elif origin is dict:
        if not isinstance(value, dict):
            raise SchemaError(f"{where}: expected a dict, got {type(value).__name__}")
        for key, item in value.items():
            check(key, arguments[0], f"{where} key")
            check(item, arguments[1], f"{where}[{key!r}]")
    elif schema is type(None):
        if value is not None:
            raise SchemaError(f"{where}: expected None, got {value!r}")
    elif schema is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SchemaError(f"{where}: expected a number, got {value!r}")
    elif schema is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SchemaError(f"{where}: expected an integer, got {value!r}")
    elif isinstance(schema, type):
        if not isinstance(value, schema):
            raise SchemaError(f"{where}: expected {schema.__name__}, got {value!r}")
    else:
        raise TypeError(f"{where}: cannot check against {schema!r}")
