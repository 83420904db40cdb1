extension Block {
  /// Whether the paragraph carries both languages in one short line, such as
  /// a navigation line `首页 Home | 关于 About` or `Tables（表）`: it is its
  /// own translation, so the aligner does not pair it; it becomes a
  /// one-sided segment of its own at its place in the section.
  ///
  /// One line of at most 80 characters, not ending a sentence, whose Latin
  /// letters (weighted by 0.3, the usual Chinese-per-English ratio) and CJK
  /// ideographs are within a factor of two of each other.
  var isBilingualUnit: Bool {
    guard kind == .paragraph, line == endLine, characterCount <= 80 else { return false }
    if let last = text.unicodeScalars.last, "。.!?！？".unicodeScalars.contains(last) { return false }
    let counts = ScriptCounts(text)
    guard counts.latinLetters >= 3, counts.ideographs >= 2 else { return false }
    let balance = Double(counts.latinLetters) * 0.3 / Double(counts.ideographs)
    return balance >= 0.5 && balance <= 2
  }
}
