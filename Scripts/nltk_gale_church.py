#!/usr/bin/env python3
"""Compare Bitext with NLTK's Gale-Church aligner on the harness's cases.

Usage (from the package root):

    swift build -c release --product bitext-eval
    .build/release/bitext-eval export .build/eval --seeds 20
    python3 Scripts/nltk_gale_church.py .build/eval/cases.json

The script installs nltk into a private virtual environment
(.build/nltk-venv) the first time; it needs no NLTK data download.
`bitext-eval export` writes, per generated case, each section's English
and Chinese paragraph lengths (Unicode scalars) in document order, the gold
segments, and Bitext's and naive ordinal pairing's scores on the same text.

Gale-Church runs per section on character lengths with its standard priors,
the length ratio `c` of the clean transcript (median Chinese/English
characters) and the variance `s2` that gives it its best mean F1 on the
combined-15% cases (a grid search: the baseline gets its best setting).
Links and scores are the same as LinkScore's: every English x Chinese pair
of a segment plus each unaligned paragraph; an irregular gold segment
(anything but 1-1) counts as found only if predicted exactly.
"""

import json
import math
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".build", "nltk-venv")


def ensure_nltk():
    try:
        import nltk  # noqa: F401
        return
    except ImportError:
        pass
    python = os.path.join(VENV, "bin", "python")
    if os.environ.get("BITEXT_NLTK_VENV") != "1":
        if not os.path.exists(python):
            subprocess.check_call([sys.executable, "-m", "venv", VENV])
            subprocess.check_call([python, "-m", "pip", "install", "--quiet", "nltk"])
        env = dict(os.environ, BITEXT_NLTK_VENV="1")
        os.execve(python, [python] + sys.argv, env)
    raise SystemExit("nltk could not be installed")


def tuned_params(cases):
    """The length ratio c from the clean transcript's pairs (median); the
    variance s2 chosen from a grid to maximize Gale-Church's own mean F1 on
    the combined-15% cases, so the baseline gets its best setting."""
    from nltk.translate import gale_church

    clean = next(c for c in cases if c["perturbation"] == "none" and c["layout"] == "en-first")
    ratios = []
    for section in clean["sections"]:
        for e, c in zip(section["english"], section["chinese"]):
            if e["length"] >= 20 and c["length"] >= 5:
                ratios.append(c["length"] / e["length"])
    ratio = statistics.median(ratios)
    tuning = [c for c in cases if c["perturbation"] == "combined" and c["density"] == 0.15 and c["layout"] == "en-first"]

    def params(variance):
        class Tuned(gale_church.LanguageIndependent):
            AVERAGE_CHARACTERS = ratio
            VARIANCE_CHARACTERS = variance

        return Tuned

    def mean_f1(variance):
        scores = []
        for case in tuning + [clean]:
            gold = [(tuple(s["english"]), tuple(s["chinese"])) for s in case["gold"]]
            scores.append(score(gale_church_segments(case, params(variance)), gold)[0])
        return statistics.mean(scores)

    variance = max([0.5, 1, 2, 4, 6.8, 10, 20], key=mean_f1)
    return params(variance), ratio, variance


def gale_church_segments(case, params):
    from nltk.translate import gale_church

    segments = []
    for section in case["sections"]:
        english = section["english"]
        chinese = section["chinese"]
        if not english or not chinese:
            segments += [((e["line"],), ()) for e in english]
            segments += [((), (c["line"],)) for c in chinese]
            continue
        pairs = gale_church.align_blocks(
            [e["length"] for e in english], [c["length"] for c in chinese], params
        )
        # Group the pairs into beads: connected components of the link graph.
        parent = {}

        def find(x):
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for i, j in pairs:
            parent[find(("e", i))] = find(("c", j))
        groups = {}
        for i in range(len(english)):
            groups.setdefault(find(("e", i)), ([], []))[0].append(english[i]["line"])
        for j in range(len(chinese)):
            groups.setdefault(find(("c", j)), ([], []))[1].append(chinese[j]["line"])
        segments += [(tuple(sorted(e)), tuple(sorted(c))) for e, c in groups.values()]
    return segments


def links(segments):
    result = set()
    for english, chinese in segments:
        if not english:
            result |= {(None, c) for c in chinese}
        elif not chinese:
            result |= {(e, None) for e in english}
        else:
            result |= {(e, c) for e in english for c in chinese}
    return result


def score(predicted, gold):
    p, g = links(predicted), links(gold)
    correct = len(p & g)
    precision = correct / len(p) if p else 1.0
    recall = correct / len(g) if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    irregular = [s for s in gold if not (len(s[0]) == 1 and len(s[1]) == 1)]
    found = len(set(irregular) & set(predicted))
    return f1, len(irregular), found


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    ensure_nltk()
    with open(sys.argv[1], encoding="utf-8") as handle:
        cases = json.load(handle)
    params, ratio, variance = tuned_params(cases)
    print(f"Gale-Church tuned: c = {ratio:.3f}, s2 = {variance}\n")

    rows = {}
    for case in cases:
        gold = [(tuple(s["english"]), tuple(s["chinese"])) for s in case["gold"]]
        f1, irregular, found = score(gale_church_segments(case, params), gold)
        key = (case["perturbation"], case["density"], case["layout"])
        row = rows.setdefault(key, {"seeds": 0, "bitext": [], "ordinal": [], "gc": [], "irr": [0, 0, 0, 0]})
        row["seeds"] += 1
        row["bitext"].append((case["bitext"]["f1"], case["bitext"]["irregular"], case["bitext"]["irregularFound"]))
        row["ordinal"].append(case["ordinal"]["f1"])
        row["gc"].append((f1, irregular, found))

    print(
        "| perturbation | density | layout | seeds | Bitext F1 worst / mean | Bitext irregular found: all seeds (worst seed) "
        "| Gale–Church F1 worst / mean | Gale–Church irregular found: all seeds (worst seed) | ordinal F1 worst |"
    )
    print("|---|---|---|---|---|---|---|---|---|")

    def irregular_cell(results):
        total = sum(r[1] for r in results)
        if total == 0:
            return "–"
        found = sum(r[2] for r in results)
        worst = min(r[2] / r[1] for r in results if r[1])
        return f"{found / total:.3f} ({worst:.3f})"

    for (perturbation, density, layout), row in rows.items():
        bitext_f1 = [r[0] for r in row["bitext"]]
        gc_f1 = [r[0] for r in row["gc"]]
        print(
            f"| {perturbation} | {round(density * 100)}% | {layout} | {row['seeds']} "
            f"| {min(bitext_f1):.3f} / {statistics.mean(bitext_f1):.3f} | {irregular_cell(row['bitext'])} "
            f"| {min(gc_f1):.3f} / {statistics.mean(gc_f1):.3f} | {irregular_cell(row['gc'])} "
            f"| {min(row['ordinal']):.3f} |"
        )


if __name__ == "__main__":
    main()
