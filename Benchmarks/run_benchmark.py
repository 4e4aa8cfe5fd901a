#!/usr/bin/env python3
"""Renders a letter with N generated signatories using the release build, and the same list with
Typst in the same run, and reports for each: wall time, CPU time (user + system), peak memory
(max RSS of the child), pages and PDF size, with the list's number of distinct words. Usage:

    scripts/benchmark [--layout NAME] [--synthetic] [--no-typst] [--order surname] [LETTER] [N ...]
        defaults: classic-a4, the Aleppo letter from the test corpus, N = 10000 100000,
        lists from generate_realistic_signatories.py (Faker; --synthetic: the older, smaller
        vocabulary of generate_signatories.py)

Lists are cached in $TMPDIR/petition-benchmark-lists, keyed by generator, N and seed.
"""
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.path.join(tempfile.gettempdir(), "petition-benchmark-lists")
FONT_PATHS = ["/usr/share/fonts/truetype/noto", "/usr/share/fonts/opentype/noto"]

# The same document as far as Typst can say it: the letter's paragraphs, then the list as bold
# names with their details in four columns, on A4.
TYPST_DOCUMENT = """#set page(paper: "a4", margin: 2cm, numbering: "1 of 1")
#set text(font: ("Noto Serif", "Noto Serif CJK SC", "Noto Naskh Arabic", "Noto Serif Hebrew",
  "Noto Serif Devanagari", "Noto Sans"), size: 11pt, lang: "en")
#set par(justify: true)
#for block in read("letter.txt").split("\\n\\n") { par(block) }
#let rows = csv("list.csv").slice(1)
= Signatories (#rows.len())
#set text(size: 8pt)
#columns(4)[
  #for r in rows [
    #text(weight: "bold", r.at(0)) \\ #r.slice(1).filter(x => x != "").join(", ")
    #parbreak()
  ]
]
"""


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")


def signatory_list(count, synthetic):
    """Generates (or reuses) the list; returns its path and distinct-word count."""
    os.makedirs(CACHE, exist_ok=True)
    kind = "synthetic" if synthetic else "realistic"
    path = os.path.join(CACHE, f"{kind}-{count}.csv")
    words_path = path + ".words"
    if not (os.path.exists(path) and os.path.exists(words_path)):
        generator = "generate_signatories.py" if synthetic else "generate_realistic_signatories.py"
        with open(path + ".part", "w", encoding="utf-8") as out:
            subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", generator), str(count)],
                           stdout=out, stderr=subprocess.DEVNULL, check=True)
        os.replace(path + ".part", path)
        words = set()
        with open(path, encoding="utf-8") as rows:
            next(rows)
            for row in rows:
                words.update(row.replace(",", " ").replace('"', " ").split())
        with open(words_path, "w") as out:
            out.write(str(len(words)))
    with open(words_path) as source:
        return path, int(source.read())


def measure(command, cwd=None):
    """Runs a command; returns wall seconds, CPU seconds and peak MB of that child alone."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd)
    _, status, usage = os.wait4(child.pid, 0)   # this child's own resource usage
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{command[0]} failed with status {status}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def typst(letter, csv_path, folder):
    work = os.path.join(folder, "typst")
    os.makedirs(work, exist_ok=True)
    with open(letter, encoding="utf-8-sig") as source, open(os.path.join(work, "letter.txt"), "w") as out:
        out.write(source.read())
    subprocess.run(["cp", csv_path, os.path.join(work, "list.csv")], check=True)
    with open(os.path.join(work, "doc.typ"), "w") as out:
        out.write(TYPST_DOCUMENT)
    script = ("import typst, sys; typst.compile('doc.typ', output='doc.pdf', font_paths=sys.argv[1:])")
    wall, cpu, peak = measure([sys.executable, "-c", script, *FONT_PATHS], cwd=work)
    pdf = os.path.join(work, "doc.pdf")
    return wall, cpu, peak, pages(pdf), os.path.getsize(pdf) / 1e6


def main():
    args = sys.argv[1:]
    layout, synthetic, with_typst, order = "classic-a4", False, True, None
    while args and args[0].startswith("--"):
        flag = args.pop(0)
        if flag == "--layout":
            layout = args.pop(0)
        elif flag == "--order":
            order = args.pop(0)
        elif flag == "--synthetic":
            synthetic = True
        elif flag == "--no-typst":
            with_typst = False
        else:
            sys.exit(f"unknown option {flag}")
    default_letter = os.path.join(ROOT, "Tests", "Corpus", "aleppo-open-letter.txt")
    if not os.path.exists(default_letter):
        default_letter = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "letters", "aleppo-open-letter.txt")
    letter = os.path.abspath(args.pop(0)) if args and not args[0].isdigit() else default_letter
    counts = [int(a) for a in args] or [10000, 100000]
    subprocess.run(["swift", "build", "-c", "release", "--product", "petition"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    load = os.getloadavg()[0]
    print(f"letter: {os.path.basename(letter)}; layout: {layout}; order: {order or 'as given'}; "
          f"release build; {os.cpu_count()} cores; load average {load:.2f} at start")
    print(f"{'signatories':>12} {'words':>7} {'':>8} {'wall s':>7} {'CPU s':>7} {'peak MB':>8} {'pages':>6} {'PDF MB':>7}")
    with tempfile.TemporaryDirectory() as folder:
        for count in counts:
            csv_path, words = signatory_list(count, synthetic)
            pdf = os.path.join(folder, f"out-{count}.pdf")
            command = [os.path.join(ROOT, ".build", "release", "petition"), "render", letter,
                       "--signatories", csv_path, "-o", pdf, "--layout", layout, "--quiet"]
            if order:
                command += ["--order", order]
            wall, cpu, peak = measure(command)
            print(f"{count:>12,} {words:>7,} {'petition':>8} {wall:>7.2f} {cpu:>7.2f} {peak:>8.1f} "
                  f"{pages(pdf):>6} {os.path.getsize(pdf) / 1e6:>7.2f}", flush=True)
            if with_typst:
                t_wall, t_cpu, t_peak, t_pages, t_size = typst(letter, csv_path, folder)
                print(f"{'':>12} {'':>7} {'typst':>8} {t_wall:>7.2f} {t_cpu:>7.2f} {t_peak:>8.1f} "
                      f"{t_pages:>6} {t_size:>7.2f}   petition {t_wall / wall:.1f}x faster", flush=True)


if __name__ == "__main__":
    main()
