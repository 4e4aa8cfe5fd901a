#!/usr/bin/env python3
"""Renders letters that are one paragraph of N words with the release build, to check that the
whole path (itemizing, shaping, bidi, hyphenation, line breaking, paragraph layout, PDF) is
linear in the paragraph's length. Prints wall time, peak memory (max RSS of the child) and time
per thousand words for each run; with --callgrind, the instruction counts instead (slow, but not
disturbed by other work on the machine). Usage:

    scripts/benchmark-paragraph [--layout NAME] [--repeat K] [--callgrind] [N ...]
        defaults: layout classic-a4, K = 3, N = 5000 50000 200000

The words are the corpus's English letters' words in order, repeated, so hyphenation, punctuation
and word lengths are those of real prose; the paragraph has no line breaks inside it.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PETITION = os.path.join(ROOT, ".build", "release", "petition")


def corpus_words():
    """The words of the English corpus letters, in order."""
    candidates = [os.path.join(ROOT, "Tests", "Corpus"), os.path.join(ROOT, "Tests", "Corpus", "letters"),
                  os.path.join(os.path.dirname(ROOT), "shared", "corpus", "letters")]
    for folder in candidates:
        letter = os.path.join(folder, "aleppo-open-letter.txt")
        if os.path.exists(letter):
            english = [letter, os.path.join(folder, "en_udhr.txt")]
            return [word for path in english if os.path.exists(path)
                    for word in re.split(r"\s+", open(path, encoding="utf-8").read()) if word]
    sys.exit("no corpus letters found (Tests/Corpus or ../shared/corpus/letters)")


def write_letter(path, count, words):
    body = " ".join(words[i % len(words)] for i in range(count))
    with open(path, "w", encoding="utf-8") as out:
        out.write(body + "\n")


def write_signatories(path):
    with open(path, "w", encoding="utf-8") as out:
        out.write("name,organisation,city,country\nAda Lovelace,,London,UK\nJosé García,,Madrid,Spain\n")


def render(letter, signatories, pdf, layout, callgrind_out=None, program=PETITION):
    command = [program, "render", letter, "--signatories", signatories, "-o", pdf, "--layout", layout, "--quiet"]
    if callgrind_out:
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={callgrind_out}"] + command
    start = time.perf_counter()
    child = subprocess.Popen(command, stderr=subprocess.DEVNULL if callgrind_out else None)
    # wait4 gives this child's own resource usage, so ru_maxrss is this run's peak.
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"render failed with status {status}: {' '.join(command)}")
    return wall, usage.ru_maxrss / 1024


def instructions(callgrind_out):
    with open(callgrind_out, encoding="utf-8", errors="replace") as text:
        for line in text:
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    return 0


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--layout", default="classic-a4")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("counts", nargs="*", type=int, default=[5000, 50000, 200000])
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "petition"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    words = corpus_words()
    load = os.getloadavg()[0]
    print(f"one-paragraph letters; layout {args.layout}; release build; {os.cpu_count()} cores; load {load:.1f}")
    with tempfile.TemporaryDirectory() as folder:
        signatories = os.path.join(folder, "signatories.csv")
        write_signatories(signatories)
        if args.callgrind:
            print(f"{'words':>8} {'instructions':>16} {'per word':>10} {'pages':>6}")
        else:
            print(f"{'words':>8} {'wall s (each run)':>26} {'best s':>7} {'ms/1k words':>12} {'peak MB':>8} {'pages':>6}")
        for count in args.counts:
            letter = os.path.join(folder, f"letter-{count}.txt")
            pdf = os.path.join(folder, f"letter-{count}.pdf")
            write_letter(letter, count, words)
            if args.callgrind:
                # valgrind cannot read the debug information of Swift's release build; it counts
                # instructions the same without it.
                stripped = os.path.join(folder, "petition")
                if not os.path.exists(stripped):
                    subprocess.run(["strip", "-o", stripped, PETITION], check=True)
                out = os.path.join(folder, f"callgrind-{count}.out")
                render(letter, signatories, pdf, args.layout, callgrind_out=out, program=stripped)
                total = instructions(out)
                print(f"{count:>8,} {total:>16,} {total / count:>10,.0f} {pages(pdf):>6}")
                continue
            runs = [render(letter, signatories, pdf, args.layout) for _ in range(args.repeat)]
            walls = [wall for wall, _ in runs]
            best = min(walls)
            peak = max(peak for _, peak in runs)
            each = " ".join(f"{wall:.2f}" for wall in walls)
            print(f"{count:>8,} {each:>26} {best:>7.2f} {best / count * 1e6:>12.1f} {peak:>8.1f} {pages(pdf):>6}")


if __name__ == "__main__":
    main()
