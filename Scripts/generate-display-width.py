#!/usr/bin/env python3
"""Writes Sources/Bitext/Rendering/DisplayWidthTable.swift from the Unicode Character Database.

Usage:
    apt-get install -y unicode-data          # Debian: /usr/share/unicode
    python3 Scripts/generate-display-width.py [UCD-DIRECTORY]

Reads, from UCD-DIRECTORY (default /usr/share/unicode):
    extracted/DerivedEastAsianWidth.txt   East_Asian_Width, with its @missing defaults
    extracted/DerivedGeneralCategory.txt  General_Category (Mn, Me, Cf, Cc)
    DerivedCoreProperties.txt             Default_Ignorable_Code_Point
    PropList.txt                          Prepended_Concatenation_Mark
    emoji/emoji-data.txt                  Emoji_Presentation

and classifies every code point, first rule that applies:
    zero       Mn, Me, Cf, Cc, Default_Ignorable_Code_Point (variation selectors,
               tags, fillers, unassigned ignorables), Hangul medial vowels and
               final consonants (U+1160..U+11FF, U+D7B0..U+D7FF); except U+00AD
               SOFT HYPHEN, U+115F HANGUL CHOSEONG FILLER (a leading jamo) and
               the Prepended_Concatenation_Mark characters (U+0600..U+0605 …),
               which are visible
    wide       East_Asian_Width W or F, or Emoji_Presentation=Yes
    ambiguous  East_Asian_Width A
    narrow     everything else

The Swift file holds one sorted array: each entry is the first code point of a
run of code points of one class, shifted left by 2, with the class in the low
two bits. Neither `swift build` nor CI runs this script; rerun it when the
Unicode version changes and commit the result.
"""

import os
import re
import sys

NARROW, ZERO, WIDE, AMBIGUOUS = 0, 1, 2, 3
LIMIT = 0x110000


def data_lines(path):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            body = line.split("#", 1)[0].strip()
            if body:
                fields = [field.strip() for field in body.split(";")]
                yield fields


def code_range(text):
    if ".." in text:
        low, high = text.split("..")
        return int(low, 16), int(high, 16)
    return int(text, 16), int(text, 16)


def version(path):
    with open(path, encoding="utf-8") as handle:
        first = handle.readline()
    match = re.search(r"-(\d+\.\d+\.\d+)\.txt", first)
    if not match:
        sys.exit(f"cannot read the Unicode version from the first line of {path}")
    return match.group(1)


def east_asian_width(path):
    """Returns a bytearray of East_Asian_Width letters (N, A, W, F, H, a for Na)."""
    widths = bytearray(b"N" * LIMIT)
    short = {"Neutral": "N", "Ambiguous": "A", "Wide": "W", "Fullwidth": "F",
             "Halfwidth": "H", "Narrow": "a", "N": "N", "A": "A", "W": "W",
             "F": "F", "H": "H", "Na": "a"}
    # @missing lines give the defaults for unlisted (unassigned) code points,
    # the general one first, then the CJK blocks and planes 2 and 3.
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            match = re.match(r"#\s*@missing:\s*([0-9A-F.]+)\s*;\s*(\w+)", line)
            if match:
                low, high = code_range(match.group(1))
                widths[low:high + 1] = short[match.group(2)].encode() * (high - low + 1)
    for fields in data_lines(path):
        low, high = code_range(fields[0])
        widths[low:high + 1] = short[fields[1]].encode() * (high - low + 1)
    return widths


def categories(path, wanted):
    found = bytearray(LIMIT)
    for fields in data_lines(path):
        if fields[1] in wanted:
            low, high = code_range(fields[0])
            found[low:high + 1] = b"\x01" * (high - low + 1)
    return found


def binary_property(path, name):
    found = bytearray(LIMIT)
    for fields in data_lines(path):
        if fields[1] == name:
            low, high = code_range(fields[0])
            found[low:high + 1] = b"\x01" * (high - low + 1)
    return found


def classify(ucd):
    eaw_path = os.path.join(ucd, "extracted", "DerivedEastAsianWidth.txt")
    gc_path = os.path.join(ucd, "extracted", "DerivedGeneralCategory.txt")
    emoji_path = os.path.join(ucd, "emoji", "emoji-data.txt")
    widths = east_asian_width(eaw_path)
    zero = categories(gc_path, {"Mn", "Me", "Cf", "Cc"})
    ignorable = binary_property(os.path.join(ucd, "DerivedCoreProperties.txt"), "Default_Ignorable_Code_Point")
    prepended = binary_property(os.path.join(ucd, "PropList.txt"), "Prepended_Concatenation_Mark")
    for code in range(LIMIT):
        if ignorable[code]:
            zero[code] = 1
        if prepended[code]:
            zero[code] = 0
    zero[0x00AD] = 0
    zero[0x115F] = 0
    zero[0x1160:0x1200] = b"\x01" * (0x1200 - 0x1160)
    zero[0xD7B0:0xD800] = b"\x01" * (0xD800 - 0xD7B0)
    emoji = binary_property(emoji_path, "Emoji_Presentation")
    classes = bytearray(LIMIT)
    for code in range(LIMIT):
        if zero[code]:
            classes[code] = ZERO
        elif widths[code] in b"WF" or emoji[code]:
            classes[code] = WIDE
        elif widths[code] == ord("A"):
            classes[code] = AMBIGUOUS
    versions = {version(eaw_path), version(gc_path),
                version(os.path.join(ucd, "DerivedCoreProperties.txt")),
                version(os.path.join(ucd, "PropList.txt"))}
    if len(versions) != 1:
        sys.exit(f"the UCD files disagree on the Unicode version: {sorted(versions)}")
    return classes, versions.pop(), version_of_emoji(emoji_path)


def version_of_emoji(path):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            match = re.search(r"Emoji Version (\d+\.\d+)", line)
            if match:
                return match.group(1)
    return "unknown"


def runs(classes):
    entries = []
    previous = None
    for code in range(LIMIT):
        if classes[code] != previous:
            previous = classes[code]
            entries.append((code << 2) | previous)
    return entries


def swift_source(entries, unicode_version, emoji_version, counts):
    lines = [
        "// Generated by Scripts/generate-display-width.py — do not edit by hand.",
        f"// Unicode {unicode_version} (Debian unicode-data: extracted/DerivedEastAsianWidth.txt,",
        "// extracted/DerivedGeneralCategory.txt, DerivedCoreProperties.txt, PropList.txt,",
        f"// emoji/emoji-data.txt of Emoji {emoji_version}).",
        f"// Code points per class: zero {counts[ZERO]}, wide {counts[WIDE]}, "
        f"ambiguous {counts[AMBIGUOUS]}, narrow {counts[NARROW]}.",
        "",
        "extension DisplayWidth {",
        "  /// The Unicode version the width table was generated from.",
        f"  public static let unicodeVersion = \"{unicode_version}\"",
        "",
        "  /// Runs of code points with one width class, sorted: each entry is the",
        "  /// run's first code point shifted left by 2, with the class in the low two",
        "  /// bits (0 narrow, 1 zero, 2 wide, 3 ambiguous).",
        "  static let runs: [UInt32] = [",
    ]
    row = []
    for entry in entries:
        row.append(f"0x{entry:06X}")
        if len(row) == 8:
            lines.append("    " + ", ".join(row) + ",")
            row = []
    if row:
        lines.append("    " + ", ".join(row) + ",")
    lines += ["  ]", "}", ""]
    return "\n".join(lines)


def main():
    ucd = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    output = os.path.join(root, "Sources", "Bitext", "Rendering", "DisplayWidthTable.swift")
    classes, unicode_version, emoji_version = classify(ucd)
    counts = {kind: classes.count(kind) for kind in (NARROW, ZERO, WIDE, AMBIGUOUS)}
    entries = runs(classes)
    with open(output, "w", encoding="utf-8") as handle:
        handle.write(swift_source(entries, unicode_version, emoji_version, counts))
    print(f"wrote {output}: Unicode {unicode_version}, {len(entries)} runs")


if __name__ == "__main__":
    main()
