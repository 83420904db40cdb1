#!/usr/bin/env python3
"""Time NLTK's Gale-Church against Bitext on the same perturbed transcript.

    Scripts/nltk-speed.py [SIZE_MB] [DROP_RATE] [--one-section]   (defaults: 2 MB, 0.05)

Writes a transcript of SIZE_MB made by repeating Fixtures/bg2-open-source-ai.md
with DROP_RATE of its Chinese paragraphs removed (the benchmark generator), then
compares two things, each the median of 3 runs:

1. The alignment alone, on the same sections.
   - NLTK: for every section, nltk.translate.gale_church.align_blocks on the
     character lengths of its English and Chinese paragraphs (one paragraph
     per line per language, as it expects), the lengths given.
   - Bitext: `bitext-benchmarks --align-file FILE`, in process, the file
     parsed once and not timed: its own choice per section (ordinal pairing
     where a section pairs cleanly, the DP aligner elsewhere), and the DP
     aligner forced in every section (the same kind of work as NLTK's).
2. The whole job.
   - NLTK: reading the file, splitting it into sections and paragraphs,
     aligning (in this Python process: interpreter start and `import nltk`
     are not counted).
   - Bitext: the whole command `bitext align --compact FILE > /dev/null`
     (process start, read, validate, parse, align, write JSON), release build.

With --one-section the headings are removed, so the whole input is one
section: NLTK's aligner fills the full n x m grid while Bitext's stays in a
band around the diagonal.

Installs nltk with pip if it is missing. Not part of `swift test` or `.ci/run`.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ensure_nltk():
    try:
        import nltk  # noqa: F401
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", "nltk"])


def sections(path):
    """Per section: (English lengths, Chinese lengths), paragraphs split on blank lines."""
    result = []
    english, chinese = [], []
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        text = text[end + 5:]
    for block in text.split("\n\n"):
        block = block.strip()
        if not block:
            continue
        if block.startswith("#"):
            if english or chinese:
                result.append((english, chinese))
            english, chinese = [], []
            continue
        if any("\u4e00" <= ch <= "\u9fff" for ch in block):
            chinese.append(len(block))
        else:
            english.append(len(block))
    if english or chinese:
        result.append((english, chinese))
    return result


def main():
    one_section = "--one-section" in sys.argv
    positional = [argument for argument in sys.argv[1:] if not argument.startswith("--")]
    size = positional[0] if len(positional) > 0 else "2"
    drop = positional[1] if len(positional) > 1 else "0.05"
    ensure_nltk()
    from nltk.translate.gale_church import align_blocks

    subprocess.check_call(["swift", "build", "-c", "release", "--product", "bitext"], cwd=ROOT,
                          stdout=subprocess.DEVNULL)
    subprocess.check_call(["swift", "build", "-c", "release", "--package-path", "Benchmarks"], cwd=ROOT,
                          stdout=subprocess.DEVNULL)
    bitext = os.path.join(ROOT, ".build", "release", "bitext")
    generator = os.path.join(ROOT, "Benchmarks", ".build", "release", "bitext-benchmarks")
    with tempfile.TemporaryDirectory() as scratch:
        path = os.path.join(scratch, "perturbed.md")
        subprocess.check_call([generator, "--write", path, "--sizes", size, "--drop-rate", drop], cwd=ROOT)
        if one_section:
            with open(path, encoding="utf-8") as handle:
                lines = [line for line in handle.read().split("\n") if not line.startswith("#")]
            with open(path, "w", encoding="utf-8") as handle:
                handle.write("\n".join(lines))
        data = sections(path)
        pairs = sum(min(len(e), len(c)) for e, c in data)

        def nltk_align(sections_data):
            for english, chinese in sections_data:
                if english and chinese:
                    align_blocks(english, chinese)

        nltk_times = []
        for _ in range(3):
            start = time.perf_counter()
            nltk_align(data)
            nltk_times.append(time.perf_counter() - start)

        nltk_whole_times = []
        for _ in range(3):
            start = time.perf_counter()
            nltk_align(sections(path))
            nltk_whole_times.append(time.perf_counter() - start)

        report = subprocess.check_output([generator, "--align-file", path, "--runs", "3"], cwd=ROOT, text=True)
        in_process = {}
        for line in report.splitlines():
            for name in ("align (automatic)", "align (DP in every section)"):
                if line.startswith(name + " "):
                    in_process[name] = float(line[len(name):].split()[0])

        bitext_times = []
        for _ in range(3):
            start = time.perf_counter()
            with open(os.devnull, "w") as sink:
                subprocess.check_call([bitext, "align", "--compact", path], stdout=sink)
            bitext_times.append(time.perf_counter() - start)

        megabytes = os.path.getsize(path) / 1e6
        nltk_time = statistics.median(nltk_times)
        nltk_whole = statistics.median(nltk_whole_times)
        bitext_time = statistics.median(bitext_times)

        def row(name, seconds, against=None):
            ratio = f"   NLTK / Bitext = {against / seconds:.0f}x" if against else ""
            print(f"  {name:<44} {seconds:8.4f} s {megabytes / seconds:8.1f} MB/s{ratio}")

        print(f"input: {megabytes:.1f} MB, {len(data)} sections, about {pairs} pairs, {drop} of translations dropped")
        print("alignment alone, same sections:")
        row("nltk align_blocks (lengths given)", nltk_time)
        row("bitext align, in process (automatic)", in_process["align (automatic)"], nltk_time)
        row("bitext align, in process (DP everywhere)", in_process["align (DP in every section)"], nltk_time)
        print("whole job:")
        row("nltk read + split + align_blocks", nltk_whole)
        row("bitext align --compact FILE (whole command)", bitext_time, nltk_whole)


if __name__ == "__main__":
    main()
