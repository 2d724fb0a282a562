"""How fast this machine runs Python now: a fixed workload, timed, to read beside a test-loop time.

The same code's `make test-fast` took 59.4 s one evening, 64.5 s the next afternoon and 78 s an
hour later on this 2-core VM: its speed moves by a third. A loop time says little without the
machine's speed at that moment, measured the same way each time:

    .venv/bin/python bench/machine_speed.py

prints the best of five runs of each workload (one core; lower is faster). Record it with the
loop's time in docs/performance.md.
"""

import json
import re
import time
from statistics import median

RUNS = 5


def arithmetic():
    return sum(i * i for i in range(1_000_000))


def strings_and_dicts():
    counts = {}
    for word in ("درخواست ثبت شد " * 20_000).split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def regex_and_json():
    text = json.dumps([{"code": f"R-{n:06d}", "mobile": f"0912{n:07d}"} for n in range(20_000)])
    return len(re.findall(r"R-\d{6}", json.loads(json.dumps(json.loads(text)))[-1]["code"] + text))


WORKLOADS = {"arithmetic": arithmetic, "strings and dicts": strings_and_dicts, "regex and json": regex_and_json}


def timed(workload):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        workload()
        times.append(time.perf_counter() - start)
    return min(times), median(times)


def main():
    total = 0.0
    for name, workload in WORKLOADS.items():
        best, middle = timed(workload)
        total += best
        print(f"{name:18} best {best * 1000:7.1f} ms   median {middle * 1000:7.1f} ms")
    print(f"{'all':18} best {total * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
