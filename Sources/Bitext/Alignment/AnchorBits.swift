extension LengthAligner {
  /// A section's anchors as sets of bits, one bit per distinct anchor value
  /// of the section, when it has at most 256 of them (every section of the
  /// benchmark transcript): the counts
  /// ``Grid/anchorCost(english:chinese:)`` needs are then a few ORs, ANDs and
  /// population counts per segment instead of merges of sorted lists.
  ///
  /// The counts are the merges' own: a list's values are distinct, so the
  /// values of a list that occur in any of several other lists are the bits
  /// of its set that are in the union of theirs.
  struct AnchorBits {
    /// 64-bit words per set.
    private var words = 1
    // Each paragraph's set at `paragraph * words ..< (paragraph + 1) * words`.
    private var englishNumbers: [UInt64] = []
    private var englishTokens: [UInt64] = []
    private var englishSignificant: [UInt64] = []
    private var chineseNumbers: [UInt64] = []
    private var chineseTokens: [UInt64] = []
    private var chineseSignificant: [UInt64] = []

    /// The sets of `english` and `chinese`, or `nil` when the two hold more
    /// than 256 distinct values.
    init?(english: AnchorTable, chinese: AnchorTable) {
      // Each distinct value gets the next bit, found again through a small
      // open-addressing table (the values are hashes already).
      let total = english.values.count + chinese.values.count
      var capacity = 16
      while capacity < total * 2 { capacity *= 2 }
      let mask = capacity - 1
      var keys = [UInt64](repeating: 0, count: capacity)
      var bitsPlusOne = [Int](repeating: 0, count: capacity)
      var count = 0
      func bit(_ value: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: value) & mask
        while bitsPlusOne[slot] != 0 {
          if keys[slot] == value { return bitsPlusOne[slot] - 1 }
          slot = (slot + 1) & mask
        }
        keys[slot] = value
        count += 1
        bitsPlusOne[slot] = count
        return count - 1
      }
      for value in english.values { _ = bit(value) }
      for value in chinese.values { _ = bit(value) }
      guard count <= 256 else { return nil }
      let words = (count + 63) / 64
      self.words = words
      func sets(_ table: AnchorTable, _ lists: [Range<Int>]) -> [UInt64] {
        var sets = [UInt64](repeating: 0, count: lists.count * words)
        for (paragraph, list) in lists.enumerated() {
          for index in list {
            let position = bit(table.values[index])
            sets[paragraph * words + position / 64] |= 1 << UInt64(position % 64)
          }
        }
        return sets
      }
      englishNumbers = sets(english, english.numbers)
      englishTokens = sets(english, english.tokens)
      englishSignificant = sets(english, english.significant)
      chineseNumbers = sets(chinese, chinese.numbers)
      chineseTokens = sets(chinese, chinese.tokens)
      chineseSignificant = sets(chinese, chinese.significant)
    }

    /// The anchors a segment's two sides share and those one side lacks, as
    /// ``Grid/anchorCost(english:chinese:)`` counts them.
    func counts(english: Range<Int>, chinese: Range<Int>) -> (matched: Int, missing: Int) {
      var matched = 0
      var missing = 0
      // The counts add up word by word.
      for word in 0..<words {
        var numbers: UInt64 = 0
        var tokens: UInt64 = 0
        for i in english {
          numbers |= englishNumbers[i * words + word]
          tokens |= englishTokens[i * words + word]
        }
        var translationNumbers: UInt64 = 0
        for j in chinese {
          let index = j * words + word
          // Numbers the English side shares count; missing ones only if significant.
          matched += (chineseNumbers[index] & numbers).nonzeroBitCount
          missing += (chineseSignificant[index] & ~numbers).nonzeroBitCount
          matched += (chineseTokens[index] & tokens).nonzeroBitCount
          missing += (chineseTokens[index] & ~tokens).nonzeroBitCount
          translationNumbers |= chineseNumbers[index]
        }
        for i in english {
          missing += (englishSignificant[i * words + word] & ~translationNumbers).nonzeroBitCount
        }
      }
      return (matched, missing)
    }
  }
}
