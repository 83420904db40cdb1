/// Where an interleaved section that does not pair cleanly as a whole needs
/// the dynamic-programming aligner: around its irregularities only.
///
/// In an interleaved document a paragraph directly followed by a paragraph
/// of the other language, of a plausible length, is its translation (the
/// premise of ordinal pairing, checked pair by pair instead of section by
/// section). Where that chain breaks (a paragraph with no partner next to
/// it, two of one language in a row, an implausible length) the section is
/// irregular; the aligner re-decides that stretch together with
/// ``margin`` chained pairs on either side (more where those pairs are
/// themselves doubtful), and keeps the chained pairs elsewhere as they
/// are. On a long section with a few irregularities this aligns a few
/// small windows instead of the whole section.
enum IrregularWindows {
  /// One part of a section, in document order.
  enum Part: Equatable {
    /// Chained pairs: English `english.lowerBound + k` with Chinese `chinese.lowerBound + k`.
    case chained(english: Range<Int>, chinese: Range<Int>)
    /// A stretch for the dynamic-programming aligner.
    case irregular(english: Range<Int>, chinese: Range<Int>)
  }

  /// Chained pairs on either side of an irregularity that the aligner re-decides with it.
  static let margin = 1

  /// How a paragraph and the next one of the other language chain, by their lengths.
  enum Link {
    /// Not a pair: the chain breaks there.
    case broken
    /// A pair, but not one to count as the ``IrregularWindows/margin`` of a
    /// stretch it borders.
    case doubtful
    /// A pair.
    case sure
  }

  /// The parts of a section of `english` and `chinese` paragraphs (each in
  /// document order) whose first language is English when `englishFirst`.
  ///
  /// A pair chains when one paragraph of the first language is directly
  /// followed, in document order, by one of the other, no unit of
  /// `barriers` lies between them, the Chinese one is not a translator's
  /// note and `link` (given the two paragraphs' indices) does not find it
  /// ``Link/broken``. A ``Link/doubtful``
  /// pair does not count toward the ``margin`` of a stretch it borders: the
  /// stretch takes it and the next pair too (a plausible stranger next to an
  /// irregularity hides where the chain really broke).
  static func parts(
    english: [Block], chinese: [Block], englishFirst: Bool, barriers: [Block],
    link: (_ english: Int, _ chinese: Int) -> Link
  ) -> [Part] {
    let barrierOffsets = barriers.map(\.byteRange.lowerBound).sorted()
    func barrierBetween(_ start: Int, _ end: Int) -> Bool {
      // First barrier offset after `start`.
      var low = 0
      var high = barrierOffsets.count
      while low < high {
        let middle = (low + high) / 2
        if barrierOffsets[middle] <= start { low = middle + 1 } else { high = middle }
      }
      return low < barrierOffsets.count && barrierOffsets[low] < end
    }

    // Candidate pairs, in document order.
    var pairs: [(english: Int, chinese: Int)] = []
    var doubtful: [Bool] = []
    var previous: (isEnglish: Bool, index: Int)?
    for entry in DocumentOrder(english: english, chinese: chinese) {
      defer { previous = entry }
      guard let first = previous, first.isEnglish == englishFirst, entry.isEnglish != englishFirst else { continue }
      let pair =
        englishFirst ? (english: first.index, chinese: entry.index) : (english: entry.index, chinese: first.index)
      let source = english[pair.english]
      let translation = chinese[pair.chinese]
      let offsets = [source.byteRange.lowerBound, translation.byteRange.lowerBound]
      guard !translation.traits.startsWithTranslatorNote, !barrierBetween(offsets.min() ?? 0, offsets.max() ?? 0)
      else { continue }
      let kind = link(pair.english, pair.chinese)
      guard kind != .broken else { continue }
      pairs.append(pair)
      doubtful.append(kind == .doubtful)
    }

    // A pair is kept when no break lies within `margin` pairs of it. Breaks
    // sit between consecutive pairs (index k: between pair k − 1 and pair k),
    // including before the first and after the last.
    let count = pairs.count
    var breaks: [Int] = []
    for k in 0...count {
      let before = k > 0 ? pairs[k - 1] : (english: -1, chinese: -1)
      let after = k < count ? pairs[k] : (english: english.count, chinese: chinese.count)
      if after.english != before.english + 1 || after.chinese != before.chinese + 1 { breaks.append(k) }
    }
    var kept = [Bool](repeating: true, count: count)
    for k in breaks {
      // `margin` sure pairs on each side, and the doubtful ones among or next to them.
      var lower = k
      var taken = 0
      while lower > 0 && taken < margin {
        lower -= 1
        if !doubtful[lower] { taken += 1 }
      }
      var upper = k
      taken = 0
      while upper < count && taken < margin {
        if !doubtful[upper] { taken += 1 }
        upper += 1
      }
      for index in lower..<upper { kept[index] = false }
    }

    var parts: [Part] = []
    var position = (english: 0, chinese: 0)
    var k = 0
    while k < count {
      guard kept[k] else {
        k += 1
        continue
      }
      var end = k
      while end + 1 < count && kept[end + 1] && pairs[end + 1].english == pairs[end].english + 1
        && pairs[end + 1].chinese == pairs[end].chinese + 1
      {
        end += 1
      }
      let start = pairs[k]
      if start.english > position.english || start.chinese > position.chinese {
        parts.append(.irregular(english: position.english..<start.english, chinese: position.chinese..<start.chinese))
      }
      parts.append(
        .chained(english: start.english..<pairs[end].english + 1, chinese: start.chinese..<pairs[end].chinese + 1))
      position = (pairs[end].english + 1, pairs[end].chinese + 1)
      k = end + 1
    }
    if position.english < english.count || position.chinese < chinese.count {
      parts.append(
        .irregular(english: position.english..<english.count, chinese: position.chinese..<chinese.count))
    }
    return parts
  }
}
