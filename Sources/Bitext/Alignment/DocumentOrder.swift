/// A section's English and Chinese paragraphs in document order (by the
/// offset of their first byte, English first on a tie), as `(isEnglish, index)`.
///
/// Each list is already in document order when it comes from the parser,
/// so the two are merged in one pass instead of being sorted together; lists
/// built by hand that are out of order are sorted as before.
struct DocumentOrder<Offsets: RandomAccessCollection<Int>>: Sequence, IteratorProtocol where Offsets.Index == Int {
  private let english: Offsets
  private let chinese: Offsets
  private var nextEnglish = 0
  private var nextChinese = 0
  /// The sorted order, when a list is not in document order.
  private var sorted: [(isEnglish: Bool, index: Int)]?
  private var nextSorted = 0

  /// The order of paragraphs given by the offsets of their first bytes.
  init(english: Offsets, chinese: Offsets) {
    self.english = english
    self.chinese = chinese
    if !Self.isOrdered(english) || !Self.isOrdered(chinese) {
      var order = english.indices.map { (english[$0], true, $0 - english.startIndex) }
      order += chinese.indices.map { (chinese[$0], false, $0 - chinese.startIndex) }
      order.sort { $0.0 < $1.0 }
      sorted = order.map { ($0.1, $0.2) }
    }
  }

  mutating func next() -> (isEnglish: Bool, index: Int)? {
    if let sorted {
      guard nextSorted < sorted.count else { return nil }
      defer { nextSorted += 1 }
      return sorted[nextSorted]
    }
    if nextEnglish < english.count,
      nextChinese == chinese.count
        || english[english.startIndex + nextEnglish] <= chinese[chinese.startIndex + nextChinese]
    {
      nextEnglish += 1
      return (true, nextEnglish - 1)
    }
    guard nextChinese < chinese.count else { return nil }
    nextChinese += 1
    return (false, nextChinese - 1)
  }

  private static func isOrdered(_ offsets: Offsets) -> Bool {
    var previous = Int.min
    for offset in offsets {
      if offset < previous { return false }
      previous = offset
    }
    return true
  }
}

extension DocumentOrder where Offsets == ParagraphOffsets {
  /// The order of two lists of paragraphs.
  init(english: [Block], chinese: [Block]) {
    self.init(english: ParagraphOffsets(english), chinese: ParagraphOffsets(chinese))
  }
}

/// The offsets of the first bytes of paragraphs, read in place (a lazy
/// `map` would copy each ``Block``, and retain and release its text).
struct ParagraphOffsets: RandomAccessCollection {
  private let blocks: [Block]

  init(_ blocks: [Block]) {
    self.blocks = blocks
  }

  var startIndex: Int { 0 }
  var endIndex: Int { blocks.count }

  subscript(position: Int) -> Int {
    blocks[position].byteRange.lowerBound
  }
}
