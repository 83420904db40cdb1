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
    detect(
      offsets: sections.map { section in
        (ParagraphOffsets(section.english), ParagraphOffsets(section.chinese))
      })
  }

  /// ``detect(_:)`` for sections given as the offsets of their paragraphs' first bytes.
  static func detect<Offsets: RandomAccessCollection<Int>>(
    offsets sections: [(english: Offsets, chinese: Offsets)]
  ) -> (layout: DocumentLayout, englishFirst: Bool) where Offsets.Index == Int {
    var switches = 0
    var possible = 0
    var englishFirst = 0
    var chineseFirst = 0
    for section in sections where !section.english.isEmpty && !section.chinese.isEmpty {
      var order = DocumentOrder(english: section.english, chinese: section.chinese)
      guard let first = order.next() else { continue }
      var previous = first.isEnglish
      while let entry = order.next() {
        if entry.isEnglish != previous { switches += 1 }
        previous = entry.isEnglish
      }
      possible += 2 * min(section.english.count, section.chinese.count) - 1
      if first.isEnglish { englishFirst += 1 } else { chineseFirst += 1 }
    }
    guard possible > 0 else { return (.interleaved, chineseFirst <= englishFirst) }
    let layout: DocumentLayout = switches * 2 > possible || possible == 1 ? .interleaved : .blocks
    return (layout, chineseFirst <= englishFirst)
  }
}
