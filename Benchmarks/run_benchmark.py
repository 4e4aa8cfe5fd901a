#!/usr/bin/env python3
"""Renders a letter with N generated signatories using the release build and reports wall time,
peak memory (max RSS of the child), pages and PDF size. Usage:

    scripts/benchmark [--layout NAME] [LETTER] [N ...]
        defaults: delivery-list (numbered two-line entries), the Aleppo letter from the corpus,
        N = 1000 10000
"""
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")


def run(letter, count, folder, layout):
    csv_path = os.path.join(folder, f"signatories-{count}.csv")
    with open(csv_path, "w", encoding="utf-8") as out:
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate_signatories.py"), str(count)],
                       stdout=out, check=True)
    pdf = os.path.join(folder, f"out-{count}.pdf")
    command = [os.path.join(ROOT, ".build", "release", "petition"), "render", letter, "--signatories", csv_path,
               "-o", pdf, "--layout", layout, "--quiet"]
    start = time.perf_counter()
    child = subprocess.Popen(command)
    # wait4 gives this child's own resource usage, so ru_maxrss is this run's peak.
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"render of {count} signatories failed with status {status}")
    peak_kib = usage.ru_maxrss
    return wall, peak_kib / 1024, pages(pdf), os.path.getsize(pdf) / 1e6


def main():
    args = sys.argv[1:]
    layout = "delivery-list"
    if args[:1] == ["--layout"]:
        layout = args[1]
        args = args[2:]
    letter = os.path.abspath(args.pop(0)) if args and not args[0].isdigit() else \
        os.path.join(ROOT, "Tests", "Corpus", "letters", "aleppo-open-letter.txt")
    counts = [int(a) for a in args] or [1000, 10000]
    subprocess.run(["swift", "build", "-c", "release", "--product", "petition"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    print(f"letter: {os.path.basename(letter)}; layout: {layout}; release build; {os.cpu_count()} cores")
    print(f"{'signatories':>12} {'wall s':>8} {'peak MB':>8} {'pages':>6} {'PDF MB':>7}")
    with tempfile.TemporaryDirectory() as folder:
        for count in counts:
            wall, peak, page_count, size = run(letter, count, folder, layout)
            print(f"{count:>12,} {wall:>8.2f} {peak:>8.1f} {page_count:>6} {size:>7.2f}")


if __name__ == "__main__":
    main()
