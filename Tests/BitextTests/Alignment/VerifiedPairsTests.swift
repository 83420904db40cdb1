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

  /// The words that tell: a question and the answer to another one share
  /// none; a sentence and its translation share several.
  @Test func strangersWeighBelowTheThresholdAndAPairAbove() {
    func block(_ text: String, _ language: Language) -> Block {
      Block(
        kind: .paragraph, text: Substring(text), language: language, line: 1, endLine: 1,
        byteRange: 0..<text.utf8.count)
    }
    let question = block(
      "Sunny, has your supply chain planning and that that dynamic nature, is that started to settle down?",
      .english)
    let answer = block("刚开始时，情况是周复一周甚至日复一日地变化，试图弄清楚发生了什么。但现在我们按月来看了。", .chinese)
    let translation = block("Sunny，你的供应链规划和这种动态性质，是否开始稳定下来了？", .chinese)
    #expect(Aligner.areStrangers(english: question, chinese: answer))
    #expect(!Aligner.areStrangers(english: question, chinese: translation))
  }
}
