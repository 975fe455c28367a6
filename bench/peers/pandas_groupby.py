"""pandas peer: groupby-sum of the ledger's amounts per goal area, with the per-line deviation.

usage: /usr/bin/python3 pandas_groupby.py ledger.csv RUNS
Loading the CSV into a DataFrame is not timed; the timed work is the same as the core's rollup:
per-line deviation and forecast deviation, then budget/outcome/forecast/deviation summed per goal area
and in total. pandas works in float64 (not exact to the öre).
"""
import json
import statistics
import sys
import time

from decimal import Decimal

import pandas as pd


def work(df):
    d = df.assign(
        deviation=df["budget"].fillna(0) - df["outcome"].fillna(0),
        forecast_deviation=df["budget"] - df["forecast"],
    )
    groups = d.groupby("goal")[["budget", "outcome", "forecast", "deviation", "forecast_deviation"]].sum()
    groups["deviation_percent"] = groups["deviation"] / groups["budget"].abs() * 100
    return groups, groups.sum()


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    df = pd.read_csv(path)
    work(df)  # warm-up
    times = []
    cpu = []
    for _ in range(runs):
        start = time.perf_counter()
        cpu_start = time.process_time()
        groups, total = work(df)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    seconds = statistics.median(times)
    print(json.dumps({
        "rows": len(df),
        "seconds": seconds,
        "runs": times,
        "rowsPerSecond": len(df) / seconds,
        # CPU seconds of the process (every thread): less bent by a shared machine than wall time.
        "cpuSeconds": statistics.median(cpu),
        "groups": len(groups),
        # The float64 sums exactly as they came out, to compare with the exact sum.
        "totalBudget": str(Decimal(float(total["budget"]))),
        "totalOutcome": str(Decimal(float(total["outcome"]))),
        "version": pd.__version__,
    }))


main()
