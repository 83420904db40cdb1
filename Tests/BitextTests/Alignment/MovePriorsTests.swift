import Foundation
import Testing

@testable import Bitext

/// The move priors a document teaches: the mix of its irregular segments.
@Suite struct MovePriorsTests {
  static let bases = [LengthAligner.movePriors, LengthAligner.blockMovePriors]

  private func irregularMass(_ costs: [Double]) -> Double {
    MovePriors.learned.reduce(0) { $0 + exp(-costs[$1]) }
  }

  @Test(arguments: bases)
  func withoutIrregularSegmentsTheDefaultsStay(base: [Double]) {
    #expect(MovePriors.adapted(base, counts: [0, 0, 0, 0, 0, 0, 0, 0]) == base)
    #expect(MovePriors.adapted(base, counts: [120, 0, 0, 0, 0, 0, 0, 0]) == base)
    // Only the rare moves seen: their priors are not learned, so nothing moves.
    #expect(MovePriors.adapted(base, counts: [120, 0, 0, 0, 0, 2, 1, 3]) == base)
  }

  /// Counts of `1-1`, `1-0`, `0-1`, `2-1`, `1-2`, `3-1`, `1-3`, `2-2`.
  static let countTables: [[Int]] = [
    [100, 20, 0, 0, 0, 0, 0, 0],
    [100, 0, 20, 0, 0, 0, 0, 0],
    [100, 0, 0, 25, 0, 0, 0, 0],
    [100, 0, 0, 0, 25, 1, 0, 0],
    [100, 5, 5, 5, 5, 0, 0, 1],
    [9_000, 87, 95, 76, 60, 0, 0, 0],
  ]

  @Test(arguments: bases, countTables)
  func onlyTheMixOfIrregularSegmentsIsLearned(base: [Double], counts: [Int]) {
    let adapted = MovePriors.adapted(base, counts: counts)
    // The share of irregular segments stays the defaults'; `1-1` and the rare moves keep their costs.
    #expect(abs(irregularMass(adapted) - irregularMass(base)) < 1e-12)
    for move in base.indices where !MovePriors.learned.contains(move) {
      #expect(adapted[move] == base[move])
    }
    // A move seen more often than the defaults' mix expects gets cheaper,
    // one seen less often dearer (the learned share lies between the two).
    let observed = Double(MovePriors.learned.reduce(0) { $0 + counts[$1] })
    for move in MovePriors.learned {
      let defaultShare = exp(-base[move]) / irregularMass(base)
      let seenShare = Double(counts[move]) / observed
      #expect((adapted[move] < base[move]) == (seenShare > defaultShare), "move \(LengthAligner.moves[move])")
      let learnedShare = exp(-adapted[move]) / irregularMass(adapted)
      #expect(learnedShare >= min(defaultShare, seenShare) && learnedShare <= max(defaultShare, seenShare))
    }
  }

  @Test func aTranslatorWhoMergesMakesAMergeCheaperThanAnOmission() {
    let base = LengthAligner.movePriors
    #expect(base[3] > base[1] + base[0])
    let adapted = MovePriors.adapted(base, counts: [100, 0, 0, 25, 0, 0, 0, 0])
    // A merge (`2-1`) now costs less than an untranslated paragraph next to a pair.
    #expect(adapted[3] < adapted[1] + adapted[0])
  }

  /// One irregular segment moves its own prior by at most 0.2 for an
  /// omission and 0.5 for a merge or a split (a smaller default share), and
  /// the others less.
  @Test(arguments: bases, MovePriors.learned)
  func oneIrregularSegmentMovesLittle(base: [Double], seen: Int) {
    var counts = [100, 0, 0, 0, 0, 0, 0, 0]
    counts[seen] = 1
    let adapted = MovePriors.adapted(base, counts: counts)
    for move in MovePriors.learned {
      let bound = move == seen && move >= 3 ? 0.5 : 0.2
      #expect(abs(adapted[move] - base[move]) < bound, "move \(LengthAligner.moves[move]) after one \(seen)")
    }
  }

  /// The bound that skips hopeless segments follows the priors: with
  /// leaving a paragraph unpaired dearer, a merge whose lengths are far out
  /// is still worth its anchors (it would have been skipped at 4.5 per
  /// paragraph).
  @Test func theSkippingBoundFollowsTheLearnedPriors() throws {
    let filler = String(repeating: "这是一段很长的补充说明文字，", count: 110)
    let document = try BilingualDocument(
      parsing: """
        # T

        Revenue grew 15% to $750 billion in 2025.

        Costs fell 30% in 2024.

        收入在2025年增长了15%，达到7500亿美元。成本在2024年下降了30%。\(filler)完。

        """)
    let section = document.sections[0]
    let units = AlignmentUnit.units(
      english: section.alignableParagraphs(in: .english), chinese: section.alignableParagraphs(in: .chinese))
    func mergeCost(_ priors: [Double]?) -> Double {
      var aligner = LengthAligner(model: LengthModel(ratio: 0.3, variance: 0.4), interleaved: false)
      aligner.adaptedPriors = priors
      let grid = LengthAligner.Grid(
        aligner: aligner, english: units.english, chinese: units.chinese, englishAnchors: units.englishAnchors,
        chineseAnchors: units.chineseAnchors)
      #expect(grid.anchorCost(english: 0..<2, chinese: 0..<1) <= -5)
      return grid.segmentCost(move: 3, english: 0, chinese: 0)
    }
    var dearOmissions = LengthAligner.blockMovePriors
    dearOmissions[1] = 8
    dearOmissions[2] = 8
    // Same prior for the merge itself: the difference is the five shared anchors.
    #expect(mergeCost(nil) - mergeCost(dearOmissions) >= 5)
  }

  @Test func translatorsNotesAreNotCountedAsOrphans() throws {
    let document = try BilingualDocument(
      parsing: """
        # T

        The first English paragraph of the section.

        本节的第一个中文段落。

        A second English paragraph, whose translation is missing.

        The third English paragraph of the section.

        本节的第三个中文段落。

        译注：这是译者加的说明。

        """)
    let segments = Aligner().align(document).segments
    #expect(segments.map(\.kind.description) == ["1-1", "1-0", "1-1", "0-1"])
    #expect(MovePriors.counts(segments) == [2, 1, 0, 0, 0, 0, 0, 0])
  }

  @Test(arguments: [0.5, 0.98]) func aPartWithADoubtfulSegmentNeedsRevising(score: Double) throws {
    let document = try BilingualDocument(parsing: "# T\n\nOne English paragraph.\n\n一个中文段落。\n")
    let section = document.sections[0]
    let sure = Segment(
      english: section.alignableParagraphs(in: .english), chinese: section.alignableParagraphs(in: .chinese),
      method: .length, score: 0.995)
    var doubtful = sure
    doubtful.score = score
    #expect(!MovePriors.needsRevising([sure]))
    #expect(MovePriors.needsRevising([sure, doubtful]))
  }
}
