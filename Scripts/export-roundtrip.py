#!/usr/bin/env python3
"""Randomized end-to-end check of `bitext export` on generated documents.

    swift build -c release && Scripts/export-roundtrip.py [COUNT] [SEED]

Generates COUNT (default 300) random Markdown documents mixing English and
Chinese paragraphs with tricky text (&, <, quotes, control characters,
emoji, CJK punctuation, U+2028, Markdown look-alikes, CRLF) and checks, for
each one the parser accepts:

- tmx (with --include-partial) is valid against Fixtures/tmx14.dtd (xmllint --valid);
- jsonl has one record per segment, also when split with str.splitlines();
- tsv fields unescape to the jsonl texts;
- split keeps every heading and aligned paragraph (untitled sections without
  segments aside); where every segment is ordinal, aligning the two files
  gives the same segments, kinds and scores as the one file, and
  interleaved output is a fixed point (exporting it again gives it back).

Failing inputs are kept as fail-<check>-<n>.md in the scratch folder.
"""
import json, os, random, re, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BITEXT = os.environ.get("BITEXT", os.path.join(ROOT, ".build/release/bitext"))
ENGLISH = ["Hello world.", "Fish & chips <b>x</b> \"q\" 'a'", "tab\there", "a \\n b \\\\ c",
           "emoji 🎉 👨‍👩‍👧", "]]> &amp; &#x41;", "C# and F#", "- not a list?", "1. numbered",
           "> quote", "*star* _under_", "`code`", "http://x.y/z", "| a | b |", "<div>html</div>",
           "    indented", "---", "***", "::: tip", "~~~", "```", "# hash", "\x01\x02\x1b ctrl",
           "\u2028ls\u0085nel", "x\ufffey"]
CHINESE = ["你好。", "中文标点：“引号”《书名》——……", "鱼和薯条 & <b>粗体</b>", "第一行", "表情🎉", "中文 tab\t字"]


def paragraph(words):
    return "\n".join(" ".join(random.choice(words) for _ in range(random.randint(1, 3)))
                     for _ in range(random.randint(1, 3)))


def document():
    blocks = []
    if random.random() < 0.5:
        title = random.choice(["x", "'2025-01-01'", "\"a: b\"", "中文"])
        blocks.append("---\ntitle: " + title + "\ntags:\n  - a\n  - '#b'\nn: 12\nflag: true\nempty: ''\n---")
    for _ in range(random.randint(0, 4)):
        if random.random() < 0.8:
            blocks.append("#" * random.randint(1, 6) + " " + random.choice(["Title", "标题", "C#", "Issue 5 ##", ""]))
        for _ in range(random.randint(0, 5)):
            blocks.append(paragraph(random.choice([ENGLISH, CHINESE, ENGLISH])))
    return random.choice(["\n\n", "\r\n\r\n", "\n\n\n"]).join(blocks) + random.choice(["", "\n"])


def run(*arguments):
    return subprocess.run([BITEXT, *arguments], capture_output=True).stdout


def unescape(field):
    return re.sub(r"\\(.)", lambda m: {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}.get(m[1], m[0]), field)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    scratch = tempfile.mkdtemp(prefix="bitext-export-check-")
    os.chdir(scratch)
    shutil.copy(os.path.join(ROOT, "Fixtures/tmx14.dtd"), "tmx14.dtd")
    checked = ordinal_documents = 0
    failures = {}

    def fail(check, number, text):
        failures[check] = failures.get(check, 0) + 1
        with open(f"fail-{check}-{number}.md", "w", encoding="utf-8", newline="") as file:
            file.write(text)

    for number in range(count):
        text = document()
        with open("in.md", "w", encoding="utf-8", newline="") as file:
            file.write(text)
        interleaved = subprocess.run([BITEXT, "export", "-f", "interleaved", "in.md"], capture_output=True)
        if interleaved.returncode != 0:
            continue
        checked += 1
        one_file = json.loads(run("align", "-f", "json", "--compact", "in.md"))
        segments = [s for section in one_file["sections"] for s in section["segments"]]
        ordinal = all(s["method"] == "ordinal" for s in segments)
        ordinal_documents += ordinal

        with open("out.tmx", "wb") as file:
            file.write(run("export", "-f", "tmx", "--include-partial", "in.md"))
        if subprocess.run(["xmllint", "--noout", "--valid", "out.tmx"], capture_output=True).returncode != 0:
            fail("tmx", number, text)

        records = [json.loads(line) for line in run("export", "-f", "jsonl", "in.md").decode().splitlines()]
        if len(records) != len(segments):
            fail("jsonl", number, text)
        rows = run("export", "-f", "tsv", "in.md").decode().split("\n")[1:-1]
        if [tuple(map(unescape, row.split("\t"))) for row in rows] != [(r["english"], r["chinese"]) for r in records]:
            fail("tsv", number, text)

        run("export", "-f", "split", "--output-prefix", "split", "in.md")
        two_files = json.loads(run("align", "-f", "json", "--compact", "split.en.md", "split.zh.md"))

        def content(alignment):
            sections = alignment["sections"]
            return ([(s["heading"] or {}).get("text") for s in sections if s["heading"] or s["segments"]],
                    sorted(b["text"] for s in sections for g in s["segments"] for b in g["english"] + g["chinese"]))

        def pairs(alignment):
            return [([b["text"] for b in g["english"]], [b["text"] for b in g["chinese"]], g["kind"], g["score"])
                    for s in alignment["sections"] for g in s["segments"]]

        if content(one_file) != content(two_files) or (ordinal and pairs(one_file) != pairs(two_files)):
            fail("split", number, text)
        with open("interleaved.md", "wb") as file:
            file.write(interleaved.stdout)
        if ordinal and run("export", "-f", "interleaved", "interleaved.md") != interleaved.stdout:
            fail("interleaved", number, text)

    print(f"{count} documents generated, {checked} accepted, {ordinal_documents} aligned ordinally; "
          f"failures: {failures or 'none'}; scratch: {scratch}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
