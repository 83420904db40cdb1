/// A section's English and Chinese paragraphs in document order (by the
/// offset of their first byte, English first on a tie), as `(isEnglish, index)`.
///
/// Each list is already in document order when it comes from the parser,
/// so the two are merged in one pass instead of being sorted together; lists
/// built by hand that are out of order are sorted as before.
struct DocumentOrder: Sequence, IteratorProtocol {
  private let english: [Block]
  private let chinese: [Block]
  private var nextEnglish = 0
  private var nextChinese = 0
  /// The sorted order, when a list is not in document order.
  private var sorted: [(isEnglish: Bool, index: Int)]?
  private var nextSorted = 0

  init(english: [Block], chinese: [Block]) {
    self.english = english
    self.chinese = chinese
    if !Self.isOrdered(english) || !Self.isOrdered(chinese) {
      var order = english.indices.map { (english[$0].byteRange.lowerBound, true, $0) }
      order += chinese.indices.map { (chinese[$0].byteRange.lowerBound, false, $0) }
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
        || english[nextEnglish].byteRange.lowerBound <= chinese[nextChinese].byteRange.lowerBound
    {
      nextEnglish += 1
      return (true, nextEnglish - 1)
    }
    guard nextChinese < chinese.count else { return nil }
    nextChinese += 1
    return (false, nextChinese - 1)
  }

  private static func isOrdered(_ blocks: [Block]) -> Bool {
    var previous = Int.min
    for block in blocks {
      if block.byteRange.lowerBound < previous { return false }
      previous = block.byteRange.lowerBound
    }
    return true
  }
}
