/// Where a document puts a paragraph's translation.
public enum DocumentLayout: String, Sendable, Hashable, Codable, CaseIterable {
  /// Decide from the document: ``interleaved`` when most paragraphs are
  /// followed or preceded by one of the other language, else ``blocks``.
  case automatic
  /// Each English paragraph next to its Chinese translation (after it, or
  /// before it in a Chinese-first document).
  case interleaved
  /// All English paragraphs of a section, then all Chinese ones (or the
  /// reverse); also any layout where document order says nothing.
  case blocks

  /// The layout of sections given as `(english, chinese)` paragraphs of one
  /// file, and whether English comes first in it.
  ///
  /// A section of `e` English and `c` Chinese paragraphs switches language
  /// about `2·min(e, c)` times when interleaved and once in blocks.
  static func detect(_ sections: [(english: [Block], chinese: [Block])]) -> (layout: DocumentLayout, englishFirst: Bool)
  {
    var switches = 0
    var possible = 0
    var englishFirst = 0
    var chineseFirst = 0
    for section in sections where !section.english.isEmpty && !section.chinese.isEmpty {
      var order =
        section.english.map { ($0.byteRange.lowerBound, true) }
        + section.chinese.map { ($0.byteRange.lowerBound, false) }
      order.sort { $0.0 < $1.0 }
      for index in order.indices.dropFirst() where order[index].1 != order[index - 1].1 { switches += 1 }
      possible += 2 * min(section.english.count, section.chinese.count) - 1
      if order[0].1 { englishFirst += 1 } else { chineseFirst += 1 }
    }
    guard possible > 0 else { return (.interleaved, chineseFirst <= englishFirst) }
    let layout: DocumentLayout = switches * 2 > possible || possible == 1 ? .interleaved : .blocks
    return (layout, chineseFirst <= englishFirst)
  }
}
