/// One paragraph as the dynamic-programming aligner sees it: its length, its
/// place in the section's document order and its lexical anchors.
struct AlignmentUnit {
  /// Length in Unicode scalars.
  var length: Int
  /// Index in the section's translatable paragraphs of both languages, in
  /// document order (meaningful only for one-file documents).
  var position: Int
  /// Numbers and Latin tokens.
  var anchors: Anchors
  /// Whether the paragraph is a translator's note (`译注：…`), which has no source.
  var isTranslatorNote: Bool

  /// The units of one section's English and Chinese paragraphs, and their
  /// anchors' lists, kept in one table per language: the units' own
  /// ``Anchors`` hold their sentences only (see ``Anchors/Lists``).
  ///
  /// English Latin tokens are kept only when some Chinese paragraph of the
  /// section contains the same token, so that anchor comparison stays cheap.
  static func units(english: [Block], chinese: [Block]) -> SectionUnits {
    // The blocks are read in place (see `BlockFields`): a copy of each would
    // retain and release its text once more.
    english.withUnsafeBufferPointer { english in
      chinese.withUnsafeBufferPointer { chinese in
        units(english: english, chinese: chinese)
      }
    }
  }

  /// A section's units and their anchors (see ``units(english:chinese:)``).
  struct SectionUnits {
    var english: [AlignmentUnit]
    var chinese: [AlignmentUnit]
    var englishAnchors: LengthAligner.AnchorTable
    var chineseAnchors: LengthAligner.AnchorTable
  }

  private static func units(english: UnsafeBufferPointer<Block>, chinese: UnsafeBufferPointer<Block>)
    -> SectionUnits
  {
    var order: [(start: Int, isEnglish: Bool, index: Int)] = []
    order.reserveCapacity(english.count + chinese.count)
    for index in english.indices { order.append((english[index].byteRange.lowerBound, true, index)) }
    for index in chinese.indices { order.append((chinese[index].byteRange.lowerBound, false, index)) }
    order.sort { $0.start < $1.start || ($0.start == $1.start && $0.isEnglish && !$1.isEnglish) }
    var englishPositions = [Int](repeating: 0, count: english.count)
    var chinesePositions = [Int](repeating: 0, count: chinese.count)
    for (position, entry) in order.enumerated() {
      if entry.isEnglish {
        englishPositions[entry.index] = position
      } else {
        chinesePositions[entry.index] = position
      }
    }
    var vocabulary = TokenSet()
    // One set of lists for every paragraph, emptied into the tables.
    var lists = Anchors.Lists()
    // The Chinese side first: its Latin tokens are the vocabulary the English side is scanned against.
    func scan(_ blocks: UnsafeBufferPointer<Block>, chinese: Bool, positions: [Int])
      -> ([AlignmentUnit], LengthAligner.AnchorTable)
    {
      var table = LengthAligner.AnchorTable()
      var units: [AlignmentUnit] = []
      units.reserveCapacity(blocks.count)
      for (index, block) in zip(blocks.indices, Self.pointers(blocks)) {
        units.append(
          AlignmentUnit(
            length: BlockFields.alignmentLength(of: block), position: positions[index],
            anchors: Anchors(
              block.pointee.text, chinese: chinese, vocabulary: &vocabulary, collecting: chinese, into: &lists),
            isTranslatorNote: chinese && block.pointee.traits.startsWithTranslatorNote))
        table.append(lists)
        lists.removeAll()
      }
      return (units, table)
    }
    let (chineseUnits, chineseAnchors) = scan(chinese, chinese: true, positions: chinesePositions)
    let (englishUnits, englishAnchors) = scan(english, chinese: false, positions: englishPositions)
    return SectionUnits(
      english: englishUnits, chinese: chineseUnits, englishAnchors: englishAnchors, chineseAnchors: chineseAnchors)
  }

  /// A pointer to each element of `buffer`.
  private static func pointers(_ buffer: UnsafeBufferPointer<Block>) -> [UnsafePointer<Block>] {
    guard let base = buffer.baseAddress else { return [] }
    return buffer.indices.map { base + $0 }
  }

  /// `译注`, `译者注`, `（译注` or `[译注` at the start of a paragraph
  /// (after any of `（ ( [ 【 * >` and spaces), compared on UTF-8 bytes.
  static func isTranslatorNote(_ text: Substring) -> Bool {
    // On the bytes in place: stepping a `Substring.UTF8View` costs index checks per byte.
    text.utf8.withContiguousStorageIfAvailable { isTranslatorNote(bytes: $0[...]) }
      ?? isTranslatorNote(bytes: Array(text.utf8)[...])
  }

  static func isTranslatorNote<Bytes: Collection<UInt8>>(bytes: Bytes) -> Bool
  where Bytes.SubSequence == Bytes {
    var bytes = bytes
    while let first = bytes.first {
      if first == 0x28 || first == 0x5B || first == 0x2A || first == 0x3E || first == 0x20 {
        bytes = bytes.dropFirst()
      } else if bytes.starts(with: fullwidthParenthesis) || bytes.starts(with: blackLenticularBracket) {
        bytes = bytes.dropFirst(3)
      } else {
        break
      }
    }
    return bytes.starts(with: translatorNote) || bytes.starts(with: translatorsNote)
  }

  private static let fullwidthParenthesis: [UInt8] = Array("（".utf8)
  private static let blackLenticularBracket: [UInt8] = Array("【".utf8)
  private static let translatorNote: [UInt8] = Array("译注".utf8)
  private static let translatorsNote: [UInt8] = Array("译者注".utf8)
}
