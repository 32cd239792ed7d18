"""Process CPU time of the hub path's two rounds (10,000 operations A -> hub -> B), divided by
a fixed piece of pure-Python work timed in the same process just before and after each round:
on the shared, loaded VM the wall time says little, the CPU time some, the ratio most. B's wall
time is printed too (the disk's waits are not CPU time).

    PYTHONPATH=. .venv/bin/python -m benchmarks.sync_cpu [--rounds 5] [--profile OUT]
        [--profile-a OUT]

`--profile OUT` writes cProfile statistics of B's rounds to OUT, `--profile-a OUT` those of
A's rounds (read with `pstats`). Each round also prints its wall time: A's round waits on the
hub, which its CPU time does not show."""

from __future__ import annotations

import argparse
import cProfile
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.sync import ROUND_TRIP_OPS, set_up
from livcr_desktop.domain.canonical import canonical_bytes

_FIXED_VALUE = {"fields": {"next_follow_up": "2026-12-06", "body": "Fictief."}, "n": [1, 2, 3]}


def fixed_work() -> float:
    """CPU seconds of 20,000 canonical serialisations of one small value."""
    started = time.process_time()
    for _ in range(20_000):
        canonical_bytes(_FIXED_VALUE)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", type=Path, help="cProfile statistics of B's rounds")
    parser.add_argument("--profile-a", type=Path, help="cProfile statistics of A's rounds")
    args = parser.parse_args()
    profile = cProfile.Profile() if args.profile else None
    profile_a = cProfile.Profile() if args.profile_a else None
    with tempfile.TemporaryDirectory(prefix="livcr-sync-cpu-") as tmp:
        bench = set_up(Path(tmp))
        try:
            b = bench.join_partner(Path(tmp) / "laptop-b", "pieter.partner")
            b.sync()
            rows: list[tuple[float, float, float, float]] = []
            a_walls: list[float] = []
            for n in range(args.rounds + 1):  # the first is a warm-up
                bench.write(ROUND_TRIP_OPS)
                before = fixed_work()
                cpu = time.process_time()
                wall = time.perf_counter()
                if profile_a is not None and n:
                    profile_a.enable()
                bench.a.sync()
                if profile_a is not None:
                    profile_a.disable()
                a_wall = time.perf_counter() - wall
                a_cpu = time.process_time()
                if profile is not None and n:
                    profile.enable()
                b_wall = time.perf_counter()
                report = b.sync()
                b_wall = time.perf_counter() - b_wall
                if profile is not None:
                    profile.disable()
                b_cpu = time.process_time()
                fixed = (before + fixed_work()) / 2
                assert getattr(report, "applied", 0) >= ROUND_TRIP_OPS, report
                if n:
                    rows.append((a_cpu - cpu, b_cpu - a_cpu, fixed, b_wall))
                    a_walls.append(a_wall)
                print(
                    f"round {n}{' (warm-up)' if not n else ''}: A CPU {(a_cpu - cpu):.3f} s,"
                    f" A wall {a_wall:.3f} s,"
                    f" B CPU {(b_cpu - a_cpu):.3f} s (wall {b_wall:.3f} s),"
                    f" fixed work {fixed:.3f} s,"
                    f" both ÷ fixed {(b_cpu - cpu) / fixed:.1f}",
                    flush=True,
                )
            b.db.close()
        finally:
            bench.coordinator.close()
            bench.server.stop()
    print(
        f"A least {min(r[0] for r in rows):.3f} s, A wall median {statistics.median(a_walls):.3f} s"
        f" (least {min(a_walls):.3f} s), B least {min(r[1] for r in rows):.3f} s,"
        f" both median {statistics.median(r[0] + r[1] for r in rows):.3f} s,"
        f" B ÷ fixed median {statistics.median(r[1] / r[2] for r in rows):.1f},"
        f" both ÷ fixed median {statistics.median((r[0] + r[1]) / r[2] for r in rows):.1f},"
        f" B wall least {min(r[3] for r in rows):.3f} s"
    )
    if profile is not None:
        profile.dump_stats(args.profile)
    if profile_a is not None:
        profile_a.dump_stats(args.profile_a)


if __name__ == "__main__":
    main()
