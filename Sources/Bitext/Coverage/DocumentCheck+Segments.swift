extension DocumentCheck {
  /// Joins a `1-0` segment and a `0-1` segment that stand next to each other
  /// into one `1-1` segment, so that a translation cut to a fifth (which an
  /// aligner rightly refuses to pair) is checked as a bad translation of its
  /// paragraph (``Rule/suspiciousLength``) rather than reported as one
  /// untranslated paragraph plus one orphan.
  ///
  /// The joined segment is scored by `model` with an even prior, as a pair
  /// whose only evidence is its position.
  static func joiningGaps(_ segments: [Segment], model: LengthModel) -> [Segment] {
    // Most sections have no gap: keep their array rather than copy it.
    guard segments.indices.dropFirst().contains(where: { isGap(segments[$0 - 1], segments[$0]) }) else {
      return segments
    }
    var result: [Segment] = []
    result.reserveCapacity(segments.count)
    var index = 0
    while index < segments.count {
      let segment = segments[index]
      if index + 1 < segments.count, let joined = join(segment, segments[index + 1], model: model) {
        result.append(joined)
        index += 2
        continue
      }
      result.append(segment)
      index += 1
    }
    return result
  }

  /// Whether `first` and `second` are a `1-0` and a `0-1` segment, in either
  /// order, neither a line in both languages (``Segment/isBilingualUnit``:
  /// its own translation, not the missing half of a pair).
  private static func isGap(_ first: Segment, _ second: Segment) -> Bool {
    guard !first.isBilingualUnit, !second.isBilingualUnit else { return false }
    let one = (first.englishBlocks.count, first.chineseBlocks.count)
    let two = (second.englishBlocks.count, second.chineseBlocks.count)
    return (one == (1, 0) && two == (0, 1)) || (one == (0, 1) && two == (1, 0))
  }

  private static func join(_ first: Segment, _ second: Segment, model: LengthModel) -> Segment? {
    guard isGap(first, second) else { return nil }
    let english: Block
    let chinese: Block
    if first.englishBlocks.count == 1, first.chineseBlocks.isEmpty, second.englishBlocks.isEmpty,
      second.chineseBlocks.count == 1
    {
      english = first.englishBlocks[0]
      chinese = second.chineseBlocks[0]
    } else if first.englishBlocks.isEmpty, first.chineseBlocks.count == 1, second.englishBlocks.count == 1,
      second.chineseBlocks.isEmpty
    {
      english = second.englishBlocks[0]
      chinese = first.chineseBlocks[0]
    } else {
      return nil
    }
    let score = model.confidence(english: english.characterCount, chinese: chinese.characterCount, prior: 0.5)
    return Segment(english: [english], chinese: [chinese], method: first.method, score: score)
  }
}

extension DocumentCheck {
  /// Splits each `1-1` segment whose lengths are plausible (|δ| within
  /// ``plausibleDeviation``) but whose words say it is two strangers
  /// (``Aligner/areStrangers(english:chinese:)``) into a `1-0` and a `0-1`,
  /// in document order: a translation missing next to a missing source,
  /// which pair by position and length. Where the lengths are not
  /// plausible, the pair stays one, a bad translation of its source
  /// (``Rule/suspiciousLength``): a translation cut short loses its source's
  /// words too. Used with ``Aligner/Options/verifiesPairsByWords``;
  /// `ordinalVerified` where the aligner already tested its ordinal pairs
  /// (the automatic strategy), which are then not read again.
  static func separatingStrangers(_ segments: [Segment], model: LengthModel, ordinalVerified: Bool) -> [Segment] {
    var result: [Segment] = []
    result.reserveCapacity(segments.count)
    for segment in segments {
      guard segment.englishBlocks.count == 1, segment.chineseBlocks.count == 1, !segment.isBilingualUnit,
        !(ordinalVerified && segment.method == .ordinal)
      else {
        result.append(segment)
        continue
      }
      let english = segment.englishBlocks[0]
      let chinese = segment.chineseBlocks[0]
      guard plausible(english: english, chinese: chinese, model: model),
        Aligner.areStrangers(english: english, chinese: chinese)
      else {
        result.append(segment)
        continue
      }
      let parts = [
        Segment(english: [english], chinese: [], method: segment.method, score: segment.score),
        Segment(english: [], chinese: [chinese], method: segment.method, score: segment.score),
      ]
      result += english.line <= chinese.line ? parts : parts.reversed()
    }
    return result
  }
}

extension DocumentCheck {
  /// The largest normalized length deviation |δ| at which a single paragraph
  /// is taken as the translation of its neighbour when splitting a merge.
  static let plausibleDeviation = 2.0

  /// In an interleaved document, splits a merged segment (`2-1`, `1-2`, …)
  /// whose single paragraph is a plausible translation of its neighbour alone.
  ///
  /// When a translation is deleted, `E1 E2 C2` looks exactly like a
  /// translator who merged two paragraphs, and an aligner may choose the
  /// merge. In an interleaved document a translation stands next to its
  /// source, so if `C2` fits `E2` alone by length, `E2 C2` is the pair and
  /// `E1` is untranslated; likewise `E1 C1 C2` with `C1` fitting `E1` makes
  /// `C2` an orphan. A merge whose paragraphs only fit together is kept.
  static func splittingMerges(_ segments: [Segment], model: LengthModel) -> [Segment] {
    // Most sections have no merge: keep their array rather than copy it.
    guard segments.contains(where: { $0.englishBlocks.count > 1 || $0.chineseBlocks.count > 1 }) else {
      return segments
    }
    var result: [Segment] = []
    result.reserveCapacity(segments.count)
    for segment in segments {
      if segment.chineseBlocks.count == 1, segment.englishBlocks.count > 1,
        let partner = nearest(to: segment.chineseBlocks[0], in: segment.englishBlocks),
        plausible(english: segment.englishBlocks[partner], chinese: segment.chineseBlocks[0], model: model)
      {
        for (index, block) in segment.englishBlocks.enumerated() {
          result.append(
            index == partner
              ? pair(block, segment.chineseBlocks[0], method: segment.method, model: model)
              : Segment(english: [block], chinese: [], method: segment.method, score: segment.score))
        }
      } else if segment.englishBlocks.count == 1, segment.chineseBlocks.count > 1,
        let partner = nearest(to: segment.englishBlocks[0], in: segment.chineseBlocks),
        plausible(english: segment.englishBlocks[0], chinese: segment.chineseBlocks[partner], model: model)
      {
        for (index, block) in segment.chineseBlocks.enumerated() {
          result.append(
            index == partner
              ? pair(segment.englishBlocks[0], block, method: segment.method, model: model)
              : Segment(english: [], chinese: [block], method: segment.method, score: segment.score))
        }
      } else {
        result.append(segment)
      }
    }
    return result
  }

  /// The index of the block of `blocks` closest to `block` in the document.
  private static func nearest(to block: Block, in blocks: SegmentBlocks) -> Int? {
    blocks.indices.min { abs(blocks[$0].line - block.line) < abs(blocks[$1].line - block.line) }
  }

  static func plausible(english: Block, chinese: Block, model: LengthModel) -> Bool {
    abs(model.deviation(english: english.characterCount, chinese: chinese.characterCount)) <= plausibleDeviation
  }

  private static func pair(_ english: Block, _ chinese: Block, method: AlignmentMethod, model: LengthModel) -> Segment {
    Segment(
      english: [english], chinese: [chinese], method: method,
      score: model.confidence(english: english.characterCount, chinese: chinese.characterCount))
  }
}
