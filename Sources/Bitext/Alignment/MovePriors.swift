#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Move priors learned from a document's own first alignment.
///
/// Translators have habits: one drops the translation of short replies,
/// another merges them into the next paragraph's translation. Where
/// lengths cannot tell the two apart (`Yeah.` merged into the translation
/// of the paragraph after it costs about as much as `Yeah.` untranslated),
/// the prior decides, and a document's own irregular segments say which
/// kind of irregularity its translator makes. The share of irregular
/// segments stays the default priors'; only their mix is learned, as a
/// Dirichlet-smoothed estimate from the first alignment's counts, with
/// ``strength`` segments' worth of the defaults' mix.
enum MovePriors {
  /// How many irregular segments the defaults' mix weighs as.
  static let strength = 10.0

  /// The moves whose mix is learned: `1-0`, `0-1`, `2-1` and `1-2`. The
  /// rarer moves keep their defaults: a single `2-2` in a first alignment
  /// (as often a mistake as not) would make the next one far likelier.
  static let learned = 1...4

  /// The moves' costs when a first alignment found `counts[k]` segments of
  /// move k (see ``LengthAligner/moves``), smoothed toward `base`.
  static func adapted(_ base: [Double], counts: [Int]) -> [Double] {
    let probabilities = base.map { exp(-$0) }
    let irregularMass = learned.reduce(0) { $0 + probabilities[$1] }
    let observed = learned.reduce(0) { $0 + counts[$1] }
    guard observed > 0 else { return base }
    var result = base
    for move in learned {
      let share =
        (Double(counts[move]) + strength * probabilities[move] / irregularMass) / (Double(observed) + strength)
      result[move] = -log(irregularMass * share)
    }
    return result
  }

  /// When the learned priors align a document again, only what holds a
  /// segment the first alignment scored below this is aligned: an irregular
  /// stretch of an interleaved section, or the steps around such a segment
  /// (see ``LengthAligner/revising(_:english:chinese:englishBarriers:chineseBarriers:)``).
  /// A prior moved by a nat or two rarely overturns what the evidence
  /// decided 99 to 1. Measured at 100 seeds: the same evaluation table as
  /// aligning every irregular stretch again, at a fifth of the extra time
  /// on the 10,000-pair bench.
  static let sureScore = 0.99

  /// Whether a part of a first alignment holds a segment to decide again
  /// with the learned priors.
  static func needsRevising(_ segments: [Segment]) -> Bool {
    segments.contains { $0.score < sureScore }
  }

  /// Whether a section's segments tell the translator's habits: only where
  /// the aligner decided them. Not a section paired by position, nor one
  /// with no paragraph in a language (an untranslated appendix, a section
  /// one of two files lacks): each of its paragraphs is unpaired by
  /// necessity, and counting them made omissions look like the habit (a
  /// 40-paragraph English-only section cost three merges of 14).
  static func tells(ordinal: Bool, _ section: (english: [Block], chinese: [Block])) -> Bool {
    !ordinal && !section.english.isEmpty && !section.chinese.isEmpty
  }

  /// How many of `segments` have each move's shape; translator's notes
  /// (a `0-1` of their own by rule) are not counted.
  static func counts(_ segments: some Sequence<Segment>) -> [Int] {
    var counts = [Int](repeating: 0, count: LengthAligner.moves.count)
    for segment in segments {
      let shape = (english: segment.englishBlocks.count, chinese: segment.chineseBlocks.count)
      if shape.english == 0, segment.chineseBlocks.count == 1, segment.chineseBlocks[0].traits.startsWithTranslatorNote
      {
        continue
      }
      if let move = LengthAligner.moves.firstIndex(where: { $0 == shape }) { counts[move] += 1 }
    }
    return counts
  }
}
