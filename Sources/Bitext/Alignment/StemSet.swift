/// A set of ``Lexicon`` stem numbers as a bit set over the lexicon's
/// vocabulary, filled and emptied again for each question the lexical
/// evidence asks: marking a stretch's stems and testing a paragraph's costs
/// a bit operation each, with no index to build and nothing to allocate.
struct StemSet {
  private var bits: [UInt64]

  /// An empty set of the numbers below `capacity`.
  init(capacity: Int) {
    bits = [UInt64](repeating: 0, count: (capacity + 63) / 64)
  }

  /// Adds `stems`.
  mutating func insert(_ stems: ArraySlice<Int32>) {
    for stem in stems { bits[Int(stem) >> 6] |= 1 << UInt64(stem & 63) }
  }

  /// Empties a set that holds `stems` and nothing else (after an
  /// ``insert(_:)`` of them into an empty set), clearing whole 64-bit words
  /// rather than bit by bit.
  mutating func clear(_ stems: ArraySlice<Int32>) {
    for stem in stems { bits[Int(stem) >> 6] = 0 }
  }

  /// Of the words whose stems are `stems`, the i-th word's ending at
  /// `ends[i]` (as in ``Lexicon/Words``), how many have a stem in the set.
  func wordsWithAMember(stems: [Int32], ends: [Int32]) -> Int {
    var count = 0
    forEachWordWithAMember(stems: stems, ends: ends) { _ in count += 1 }
    return count
  }

  /// As ``wordsWithAMember(stems:ends:)``, but marks each such word `i` by
  /// setting bit `i % 64` of `mask[start + i / 64]`.
  func markWordsWithAMember(stems: [Int32], ends: [Int32], in mask: inout [UInt64], at start: Int) {
    forEachWordWithAMember(stems: stems, ends: ends) { word in
      mask[start + (word >> 6)] |= 1 << UInt64(word & 63)
    }
  }

  /// Calls `body` with the index of each word (as in
  /// ``wordsWithAMember(stems:ends:)``) that has a stem in the set.
  @inline(__always)
  private func forEachWordWithAMember(stems: [Int32], ends: [Int32], _ body: (Int) -> Void) {
    bits.withUnsafeBufferPointer { bits in
      stems.withUnsafeBufferPointer { stems in
        ends.withUnsafeBufferPointer { ends in
          var first = 0
          for word in 0..<ends.count {
            let end = Int(ends[word])
            for index in first..<end {
              let stem = stems[index]
              if bits[Int(stem) >> 6] & (1 << UInt64(stem & 63)) != 0 {
                body(word)
                break
              }
            }
            first = end
          }
        }
      }
    }
  }

  /// Whether `stem` is in the set.
  func contains(_ stem: Int32) -> Bool {
    bits[Int(stem) >> 6] & (1 << UInt64(stem & 63)) != 0
  }
}
