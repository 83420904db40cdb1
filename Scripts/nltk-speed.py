#!/usr/bin/env python3
"""Time NLTK's Gale-Church against Bitext on the same perturbed transcript.

    Scripts/nltk-speed.py [SIZE_MB] [DROP_RATE] [--one-section]   (defaults: 2 MB, 0.05)

Writes a transcript of SIZE_MB made by repeating Fixtures/bg2-open-source-ai.md
with DROP_RATE of its Chinese paragraphs removed (the benchmark generator), then:

- NLTK: for every section, nltk.translate.gale_church.align_blocks on the
  character lengths of its English and Chinese paragraphs (one paragraph per
  line per language, as it expects). Reading the file into those lists is not
  timed: NLTK gets its input for free.
- Bitext: the whole command `bitext align --compact FILE > /dev/null` (read,
  validate, parse, align, write JSON), release build.

With --one-section the headings are removed, so the whole input is one
section: NLTK's aligner fills the full n x m grid while Bitext's stays in a
band around the diagonal.

Prints the median of 3 runs of each and the ratio. Installs nltk with pip if
it is missing. Not part of `swift test` or `.ci/run`.
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

        nltk_times = []
        for _ in range(3):
            start = time.perf_counter()
            for english, chinese in data:
                if english and chinese:
                    align_blocks(english, chinese)
            nltk_times.append(time.perf_counter() - start)

        bitext_times = []
        for _ in range(3):
            start = time.perf_counter()
            with open(os.devnull, "w") as sink:
                subprocess.check_call([bitext, "align", "--compact", path], stdout=sink)
            bitext_times.append(time.perf_counter() - start)

        megabytes = os.path.getsize(path) / 1e6
        nltk_time = statistics.median(nltk_times)
        bitext_time = statistics.median(bitext_times)
        print(f"input: {megabytes:.1f} MB, {len(data)} sections, about {pairs} pairs, {drop} of translations dropped")
        print(f"nltk align_blocks (lengths given):  {nltk_time:8.3f} s  {megabytes / nltk_time:8.1f} MB/s")
        print(f"bitext align (whole command):       {bitext_time:8.3f} s  {megabytes / bitext_time:8.1f} MB/s")
        print(f"ratio: bitext is {nltk_time / bitext_time:.0f}x faster")


if __name__ == "__main__":
    main()
