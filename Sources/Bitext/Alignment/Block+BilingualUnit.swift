extension Block {
  /// Whether the paragraph carries both languages in one short line, such as
  /// a navigation line `首页 Home | 关于 About` or `Tables（表）`: it is its
  /// own translation, so the aligner does not pair it; it becomes a
  /// one-sided segment of its own at its place in the section.
  ///
  /// One line of at most 80 characters, not ending a sentence, whose Latin
  /// letters (weighted by 0.3, the usual Chinese-per-English ratio) and CJK
  /// ideographs are within a factor of two of each other.
  public var isBilingualUnit: Bool {
    kind == .paragraph
      && Self.isBilingualUnit(line: line, endLine: endLine, characterCount: characterCount, traits: traits)
  }

  /// ``isBilingualUnit`` of a paragraph from its fields; the tests on the
  /// text itself were made when the text was set (``TextTraits``).
  @inline(__always)
  static func isBilingualUnit(line: Int, endLine: Int, characterCount: Int, traits: TextTraits) -> Bool {
    line == endLine && characterCount <= 80 && traits.mixesLanguagesEvenly
  }
}

extension Segment {
  /// Whether the segment is a bilingual unit on its own
  /// (``Block/isBilingualUnit``): one-sided, yet nothing is missing, since
  /// the line is its own translation. Views leave its other side blank and
  /// coverage does not report it.
  public var isBilingualUnit: Bool {
    let side = englishBlocks.isEmpty ? chineseBlocks : englishBlocks
    return englishBlocks.count + chineseBlocks.count == 1 && side[0].isBilingualUnit
  }
}
