import Testing

@testable import Bitext

/// Pairs made by position verified by their words
/// (`Aligner.Options.verifiesPairsByWords`): a translation missing next to
/// a missing source leaves two strangers that pair by position, with
/// plausible lengths, in a chain or in a section whose counts match.
@Suite struct VerifiedPairsTests {
  private let generator: PerturbationGenerator
  private let verifying = Aligner(options: .init(verifiesPairsByWords: true))

  init() throws {
    generator = PerturbationGenerator(cleanDocument: try Fixtures.transcript())
  }

  /// The cases of the evaluation table the default aligner gets wrong this
  /// way (`Docs/Alignment.md`, *What the remaining errors are*): `Sunny,
  /// has your supply chain…` chained with the answer to it (seed 26), the
  /// `…lenient Apache licenses…` sentence with the next translation (seed 84
  /// at 10 %), `that's music to David Sax's ears…` (902 characters) with a
  /// 277-character stranger in a section whose counts match (seed 74).
  @Test(arguments: [
    (0.15, EvaluationLayout(), UInt64(26)), (0.10, .init(), 84), (0.15, .init(chineseFirst: true), 74),
    (0.15, .init(blocks: true), 74), (0.15, .init(twoFiles: true), 74),
  ])
  func strangersPairedByPositionAreFound(density: Double, layout: EvaluationLayout, seed: UInt64) throws {
    let test = generator.generate(.combined, density: density, layout: layout, seed: seed)
    let unverified = test.score(try test.align())
    #expect(unverified.f1 < 1)
    let verified = test.score(try test.align(with: verifying))
    #expect(verified.f1 == 1)
    #expect(verified.irregularFound == verified.irregular)
  }

  /// No true pair of the transcript is taken for strangers: its alignment
  /// is the same, segment for segment, in every layout.
  @Test(arguments: [EvaluationLayout(), .init(chineseFirst: true), .init(blocks: true), .init(twoFiles: true)])
  func theCleanTranscriptAlignsAsBefore(layout: EvaluationLayout) throws {
    let test = generator.generate(nil, density: 0, layout: layout, seed: 1)
    let expected = try test.align()
    #expect(test.score(expected).f1 == 1)
    #expect(try test.align(with: verifying).segments == expected.segments)
  }

  private static func block(_ text: String, _ language: Language) -> Block {
    Block(
      kind: .paragraph, text: Substring(text), language: language, line: 1, endLine: 1,
      byteRange: 0..<text.utf8.count)
  }

  /// A translation cut short is a bad translation, not a stranger: its
  /// source's words are missing from it, so many weigh below −8 in all (a
  /// fifth: 24 of 102; a half: 5), but its own words are mostly found in
  /// the source (both ways below −2: 2 and 4), and most of those are of
  /// implausible lengths: `bitext check --verify-words` checks them as one
  /// pair (``Rule/suspiciousLength``), as without the option. One is not:
  /// `Uh, we did a pod, I think, around May 2nd. …` (124 characters) with
  /// the first half of its translation, `呃，我想我们在5月2日左右做了一期播客`,
  /// whose words the list does not pair (`pod` is not `播客`, podcast): it is
  /// checked as a missing translation and a missing source, where the
  /// default check reports nothing. Every pair of the transcript, its
  /// translation cut to a fifth and to a half.
  @Test(arguments: [(5, 24, 2, 0), (2, 5, 4, 1)])
  func aTranslationCutShortIsCheckedAsOnePair(fraction: Int, belowInAll: Int, bothWays: Int, separated: Int) throws {
    let alignment = Aligner().align(try Fixtures.transcript())
    #expect(alignment.segments.count == 102)
    let model = LengthModel(
      estimatingFrom: alignment.segments.map { ($0.english[0].characterCount, $0.chinese[0].characterCount) },
      measuredAs: .characters)
    var oneWay = 0
    var strangers = 0
    var apart = 0
    for segment in alignment.segments {
      let translation = segment.chinese[0].text
      let cut = Self.block(String(translation.prefix(translation.count / fraction)), .chinese)
      let weights = Aligner.pairWeights(0, 0, in: LexicalWords(english: [segment.english[0]], chinese: [cut]))
      if weights.english + weights.chinese < Aligner.strangerWeight { oneWay += 1 }
      if Aligner.areStrangers(english: segment.english[0], chinese: cut) { strangers += 1 }
      let checked = DocumentCheck.separatingStrangers(
        [Segment(english: [segment.english[0]], chinese: [cut], method: .length, score: 1)], model: model,
        ordinalVerified: true)
      if checked.count == 2 { apart += 1 }
    }
    #expect(oneWay == belowInAll)
    #expect(strangers == bothWays)
    #expect(apart == separated)
  }

  /// The words that tell: a question and the answer to another one share
  /// none; a sentence and its translation share several.
  @Test func strangersWeighBelowTheThresholdAndAPairAbove() {
    let question = Self.block(
      "Sunny, has your supply chain planning and that that dynamic nature, is that started to settle down?",
      .english)
    let answer = Self.block("刚开始时，情况是周复一周甚至日复一日地变化，试图弄清楚发生了什么。但现在我们按月来看了。", .chinese)
    let translation = Self.block("Sunny，你的供应链规划和这种动态性质，是否开始稳定下来了？", .chinese)
    #expect(Aligner.areStrangers(english: question, chinese: answer))
    #expect(!Aligner.areStrangers(english: question, chinese: translation))
  }
}
