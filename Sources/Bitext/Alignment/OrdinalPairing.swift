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
    let common = min(english.count, chinese.count)
    let prior = english.count == chinese.count ? 0.95 : 0.5
    var segments: [Segment] = []
    segments.reserveCapacity(max(english.count, chinese.count))
    for index in 0..<common {
      let score = model.confidence(
        english: english[index].characterCount, chinese: chinese[index].characterCount,
        prior: prior)
      segments.append(
        Segment(english: [english[index]], chinese: [chinese[index]], method: .ordinal, score: score))
    }
    for block in english.dropFirst(common) {
      segments.append(Segment(english: [block], chinese: [], method: .ordinal, score: prior))
    }
    for block in chinese.dropFirst(common) {
      segments.append(Segment(english: [], chinese: [block], method: .ordinal, score: prior))
    }
    return segments
  }
}
