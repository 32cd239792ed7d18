"""Helpers shared by the benchmarks: timing, medians, and one line of output per figure."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
LIVCR = str(Path(sys.executable).parent / "livcr")


@dataclass
class Figure:
    """One measured figure against its floor measured in the same run."""

    name: str
    value_ms: float
    floor_ms: float
    floor_name: str
    target: str
    met: bool | None = None
    unit: str = "ms"

    def line(self) -> str:
        ratio = self.value_ms / self.floor_ms if self.floor_ms else float("nan")
        verdict = "" if self.met is None else ("  [met]" if self.met else "  [NOT met]")
        unit = self.unit
        return (
            f"{self.name:<46} {self.value_ms:9.2f} {unit}   floor {self.floor_ms:8.2f} {unit} "
            f"({self.floor_name})   ratio {ratio:5.2f}x   target {self.target}{verdict}"
        )


def median_ms(function: Callable[[], object], repeat: int) -> float:
    """Median wall time of `repeat` calls, in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def percentile_ms(samples: Sequence[float], percent: float) -> float:
    """A percentile of samples given in milliseconds."""
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(percent / 100 * (len(ordered) - 1))))
    return ordered[index]


_PAINTED = re.compile(r"\(at ([0-9.]+)")
_CPU = re.compile(r"cpu ([0-9.]+)\)")


@dataclass(frozen=True)
class Launch:
    """One program's launch to its first paint: wall time, and the process's CPU time by then
    (on a shared machine the CPU time moves far less with the load than the wall time)."""

    wall_ms: float
    cpu_ms: float


def app_environment() -> dict[str, str]:
    """The environment of an app started by a benchmark: offscreen, no crash dialog, bytecode
    cached as when installed, and its own list of data folders (the benchmark's throw-away
    folders never land on the list of the person running it)."""
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        LIVCR_NO_CRASH_DIALOG="1",
        LIVCR_CONFIG_DIR=tempfile.mkdtemp(prefix="livcr-bench-config-"),
    )
    environment.pop("PYTHONDONTWRITEBYTECODE", None)  # measure with cached bytecode, as installed
    return environment


def _launch_to_paint(args: Sequence[str], environment: dict[str, str]) -> Launch:
    started = time.time()
    result = subprocess.run(
        args, check=True, capture_output=True, text=True, env=environment, cwd=ROOT
    )
    match = _PAINTED.search(result.stdout)
    if match is None:
        raise RuntimeError(f"{args[0]} did not report a paint: {result.stdout[-200:]}")
    cpu = _CPU.search(result.stdout)
    return Launch(
        (float(match.group(1)) - started) * 1000,
        float(cpu.group(1)) * 1000 if cpu else float("nan"),
    )


def process_to_paint_ms(args: Sequence[str], repeat: int) -> float:
    """Median time from starting a process to the moment it reports its first paint
    (the program prints '... (at <unix time>...' when its window has painted once)."""
    return launches_to_paint({"only": args}, repeat)["only"].wall_ms


def launches_to_paint(programs: dict[str, Sequence[str]], repeat: int) -> dict[str, Launch]:
    """The median launch-to-first-paint wall and CPU times of each program, launched in turns
    (one of each per round, `repeat` rounds): a figure and its floor then meet the same load of
    a shared machine, which moves single launches by a third, instead of one of them getting a
    busy minute to itself. A program reports its CPU time as '(at <unix time>, cpu <s>)'."""
    environment = app_environment()
    for args in programs.values():
        _launch_to_paint(args, environment)  # warm the file cache and write bytecode once
    samples: dict[str, list[Launch]] = {name: [] for name in programs}
    for _ in range(max(1, repeat)):
        for name, args in programs.items():
            samples[name].append(_launch_to_paint(args, environment))
    return {
        name: Launch(
            statistics.median(s.wall_ms for s in values),
            statistics.median(s.cpu_ms for s in values),
        )
        for name, values in samples.items()
    }
