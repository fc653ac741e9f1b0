"""Is this a free-threaded build, and is the GIL on right now? The three ways to
ask, and what the PYTHON_GIL environment variable does to a fresh interpreter of
this build."""

import os
import subprocess
import sys
import sysconfig


def free_threaded_build() -> bool:
    """Compiled without the GIL (python3.13t, python3.14t); 0 or None on a standard
    build."""
    return bool(sysconfig.get_config_var("Py_GIL_DISABLED"))


def gil_enabled() -> bool:
    """At run time: a free-threaded build can turn the GIL back on."""
    if hasattr(sys, "_is_gil_enabled"):  # Python 3.13+
        return sys._is_gil_enabled()
    return True  # before 3.13 every CPython build has a GIL


def gil_enabled_with(setting: str) -> str:
    """Start this interpreter again with PYTHON_GIL=setting and ask it."""
    run = subprocess.run(
        [sys.executable, "-c", "import sys; print(sys._is_gil_enabled())"],
        env={**os.environ, "PYTHON_GIL": setting}, capture_output=True, text=True,
        encoding="utf-8", timeout=30,
    )
    # a standard build refuses PYTHON_GIL=0 and does not start
    if run.returncode != 0:
        return "refused: " + run.stderr.strip().splitlines()[0]
    return run.stdout.strip()


def main() -> None:
    print(f"Python {sys.version_info.major}.{sys.version_info.minor}, "
          f"free-threaded build: {free_threaded_build()}")
    print(f"GIL enabled now: {gil_enabled()}")
    for setting in ("0", "1"):
        if sys.version_info < (3, 13):
            print(f"PYTHON_GIL={setting}: not read before Python 3.13")
        else:
            print(
                f"PYTHON_GIL={setting}: GIL enabled = {gil_enabled_with(setting)}"
            )


if __name__ == "__main__":
    main()
