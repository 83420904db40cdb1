/// Pairs the k-th English paragraph with the k-th Chinese paragraph.
struct OrdinalPairing {
  /// The length model that scores each pair.
  let model: LengthModel

  /// The segments of one section: `1-1` pairs by position, then `1-0` or
  /// `0-1` segments for the paragraphs of the longer side.
  ///
  /// When the counts differ, pairing by position is known to be unreliable,
  /// so each pair's prior (and so its score) is lower.
  func pair(english: [Block], chinese: [Block]) -> [Segment] {
    pair(english: english[...], chinese: chinese[...])
  }

  /// ``pair(english:chinese:)`` on windows of a section's arrays, which the
  /// segments keep as their windows.
  func pair(english: ArraySlice<Block>, chinese: ArraySlice<Block>) -> [Segment] {
    let common = min(english.count, chinese.count)
    let prior = english.count == chinese.count ? 0.95 : 0.5
    var segments: [Segment] = []
    segments.reserveCapacity(max(english.count, chinese.count))
    let e = english.startIndex
    let c = chinese.startIndex
    for index in 0..<common {
      let score = model.confidence(
        english: english[e + index].characterCount, chinese: chinese[c + index].characterCount,
        prior: prior)
      segments.append(
        Segment(
          english: english[e + index..<e + index + 1], chinese: chinese[c + index..<c + index + 1],
          method: .ordinal, score: score))
    }
    // Each side is a window on the section's array: no array of its own per segment.
    for index in common..<english.count {
      segments.append(
        Segment(english: english[e + index..<e + index + 1], chinese: [], method: .ordinal, score: prior))
    }
    for index in common..<chinese.count {
      segments.append(
        Segment(english: [], chinese: chinese[c + index..<c + index + 1], method: .ordinal, score: prior))
    }
    return segments
  }
}
