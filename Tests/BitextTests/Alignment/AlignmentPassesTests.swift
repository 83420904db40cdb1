import Testing

@testable import Bitext

/// How a long section without interleaving is aligned in passes: a rough
/// pass of lengths alone guides the band of the full passes, and only the
/// stretches around doubtful segments are aligned again with the words.
@Suite struct AlignmentPassesTests {
  private func path(_ scores: [Double]) -> [LengthAligner.Step] {
    scores.indices.map { LengthAligner.Step(english: $0..<$0 + 1, chinese: $0..<$0 + 1, score: scores[$0]) }
  }

  @Test(
    arguments: [
      ([1, 1, 1, 1], nil),
      ([1, 1, 1, 0.5, 1, 1, 1, 1, 1], [1..<6]),
      ([0.2, 1, 1, 1, 1, 1, 1], [0..<3]),
      ([1, 1, 1, 1, 1, 0.98], [3..<6]),
      // Doubtful steps whose margins meet share one window…
      ([1, 0.5, 1, 1, 1, 1, 0.5, 1, 1, 1, 1, 1], [0..<9]),
      // …and those further apart get one each.
      ([1, 0.5, 1, 1, 1, 1, 1, 0.5, 1, 1, 1, 1], [0..<4, 5..<10]),
    ] as [([Double], [Range<Int>]?)])
  func doubtfulStepsAreRealignedWithTheirMargins(scores: [Double], windows: [Range<Int>]?) {
    #expect(LengthAligner.lexicalWindows(path(scores)) == windows)
  }

  /// Revising an alignment made with other priors keeps every segment
  /// outside the windows around its doubtful ones as it was.
  @Test(arguments: [nil, 0, 5, 11] as [Int?])
  func revisingKeepsTheSureSegments(doubtful: Int?) throws {
    let section = try Fixtures.transcript().sections.max { $0.blocks.count < $1.blocks.count }!
    let english = section.alignableParagraphs(in: .english)
    let chinese = section.alignableParagraphs(in: .chinese)
    let aligner = LengthAligner(model: LengthModel(ratio: 0.293, variance: 0.4), interleaved: false)
    var segments = aligner.align(english: english, chinese: chinese)
    #expect(segments.count >= 12 && segments.allSatisfy { $0.score >= MovePriors.sureScore })
    var window = 0..<0
    if let doubtful {
      segments[doubtful].score = 0.5
      window = max(0, doubtful - LengthAligner.lexicalMargin)..<doubtful + LengthAligner.lexicalMargin + 1
    }
    let revised = aligner.revising(segments, english: english, chinese: chinese)
    #expect(revised.count == segments.count)
    for index in segments.indices where !window.contains(index) {
      #expect(revised[index] == segments[index])
    }
    // The window is aligned again: the doubtful score is the aligner's own now.
    if let doubtful { #expect(revised[doubtful].score >= MovePriors.sureScore) }
    #expect(revised.flatMap(\.english) == english && revised.flatMap(\.chinese) == chinese)
  }

  @Test func aGuideGivesEachEnglishParagraphTheChineseBeforeIt() throws {
    func block(_ text: String, _ language: Language, _ line: Int) -> Block {
      Block(
        kind: .paragraph, text: Substring(text), language: language, line: line, endLine: line,
        byteRange: line * 100..<line * 100 + text.utf8.count)
    }
    let english = (0..<4).map { block("English \($0).", .english, $0 + 1) }
    let chinese = (0..<4).map { block("中文\($0)。", .chinese, $0 + 10) }
    // 1-1, 1-0, 2-1, 0-1, 0-1
    let segments = [
      Segment(english: [english[0]], chinese: [chinese[0]], method: .length, score: 1),
      Segment(english: [english[1]], chinese: [], method: .length, score: 1),
      Segment(english: [english[2], english[3]], chinese: [chinese[1]], method: .length, score: 1),
      Segment(english: [], chinese: [chinese[2]], method: .length, score: 1),
      Segment(english: [], chinese: [chinese[3]], method: .length, score: 1),
    ]
    #expect(LengthAligner.centers(following: segments, english: 4, chinese: 4) == [0, 1, 1, 1, 4])
    // A guide of other paragraphs is no guide.
    #expect(LengthAligner.centers(following: segments, english: 5, chinese: 4) == nil)
    #expect(LengthAligner.centers(following: Array(segments.dropLast()), english: 4, chinese: 4) == nil)
  }

  /// A section of 2,100 pairs in blocks or two files (no interleaving to
  /// follow: the band rides on the rough pass; the length model is
  /// estimated from its first ``Aligner/estimatingParagraphs`` English
  /// paragraphs, the rest guided by the rough pass alone) keeps the
  /// accuracy of the harness's short sections.
  @Test(arguments: [EvaluationLayout(blocks: true), EvaluationLayout(twoFiles: true)])
  func aLongSectionWithoutInterleavingStaysAccurate(layout: EvaluationLayout) throws {
    let generator = PerturbationGenerator(cleanDocument: try Fixtures.transcript()).repeated(toPairs: 2100)
    let test = generator.generate(.combined, density: 0.05, layout: layout, seed: 1)
    let alignment = try test.align()
    #expect(alignment.sections.count == 1)
    let english = alignment.sections[0].segments.reduce(0) { $0 + $1.english.count }
    #expect(english > Aligner.estimatingParagraphs)
    if test.chineseText == nil {
      let document = try BilingualDocument(parsing: test.text)
      #expect(AlignmentInvariants(document: document).violations(of: alignment) == [])
    }
    let score = test.score(alignment)
    #expect(score.f1 > 0.995)
    #expect(score.irregularRecall > 0.97)
  }

  /// The same long section with a fixed length model, the path with no
  /// estimating pass (a rough pass of lengths alone guides the band of the
  /// real one, whose doubtful windows are then revised with the learned
  /// priors), keeps the accuracy and the invariants. The guide itself only
  /// saves time: the output is the same without it.
  @Test func aLongSectionWithAFixedModelStaysAccurate() throws {
    let generator = PerturbationGenerator(cleanDocument: try Fixtures.transcript()).repeated(toPairs: 2100)
    let test = generator.generate(.combined, density: 0.05, layout: .init(blocks: true), seed: 1)
    let alignment = try test.align(
      with: Aligner(options: .init(lengthModel: LengthModel(ratio: 0.293, variance: 0.4))))
    let document = try BilingualDocument(parsing: test.text)
    #expect(AlignmentInvariants(document: document).violations(of: alignment) == [])
    let score = test.score(alignment)
    #expect(score.f1 > 0.995)
    #expect(score.irregularRecall > 0.97)
  }
}
