import Testing

@testable import Bitext

/// The DP aligner's small parts, checked directly: the sentence windows'
/// alignment and the shared-anchor count.
@Suite struct AlignerInternalsTests {
  private func grid() throws -> LengthAligner.Grid {
    let document = try BilingualDocument(parsing: "# T\n\nHello there.\n\n你好。\n")
    let blocks = document.sections[0].blocks
    let units = AlignmentUnit.units(english: [blocks[0]], chinese: [blocks[1]])
    let aligner = LengthAligner(model: LengthModel(ratio: 0.3, variance: 0.4), interleaved: false)
    return LengthAligner.Grid(
      aligner: aligner, english: units.english, chinese: units.chinese, englishAnchors: units.englishAnchors,
      chineseAnchors: units.chineseAnchors)
  }

  private func window(_ lengths: [Int], complete: Bool) -> LengthAligner.Grid.Window {
    var window = LengthAligner.Grid.Window()
    for length in lengths { window.lengths.append(length) }
    window.complete = complete
    return window
  }

  @Test func matchingSentencesCostAlmostNothing() throws {
    let grid = try grid()
    let cost = grid.sentenceAlignmentCost(
      window([40, 60, 20], complete: true), window([12, 18, 6], complete: true), reversed: false)
    #expect(cost < 0.5)
  }

  @Test func aStrayShortSentenceCostsASkipOrAMerge() throws {
    let grid = try grid()
    // The translation starts with a sentence that has no counterpart.
    let cost = grid.sentenceAlignmentCost(
      window([60, 40], complete: false), window([2, 18, 12], complete: false), reversed: false)
    #expect(cost >= 2)
  }

  /// `Yeah. No, no. which is going back…` translated `是的。我们回到…`: the
  /// filler `No, no.` costs half a skip; a longer untranslated sentence a
  /// whole one.
  @Test(arguments: [
    (english: [6, 8, 120], expected: LengthAligner.fillerSkipCost),
    (english: [6, 40, 120], expected: LengthAligner.sentenceSkipCost),
  ])
  func anEnglishFillerWithoutATranslationCostsHalfASkip(english: [Int], expected: Double) throws {
    let grid = try grid()
    let cost = grid.sentenceAlignmentCost(
      window(english, complete: true), window([2, 36], complete: true), reversed: false)
    // The two other sentences pair as the model expects, within a tenth.
    #expect(cost >= expected && cost < expected + 0.1, "\(cost)")
  }

  @Test func anIncompleteWindowMayEndEarlyButACompleteOneMayNot() throws {
    let grid = try grid()
    let english = window([40, 60], complete: false)
    // The Chinese window holds one sentence more than matches: free to stop
    // when neither window is all of its side…
    let open = grid.sentenceAlignmentCost(english, window([12, 18, 30], complete: false), reversed: false)
    #expect(open < 0.5)
    // …but when both are whole sides, the extra sentence must be paid for.
    let closed = grid.sentenceAlignmentCost(
      window([40, 60], complete: true), window([12, 18, 30], complete: true), reversed: false)
    #expect(closed >= 2)
  }

  @Test func tailsAreAlignedFromTheirEnd() throws {
    let grid = try grid()
    let english = window([100, 40, 60], complete: false)
    let chinese = window([12, 18], complete: false)
    #expect(grid.sentenceAlignmentCost(english, chinese, reversed: true) < 0.5)
    #expect(grid.sentenceAlignmentCost(english, chinese, reversed: false) > 1)
  }

  @Test(arguments: [1, 2, 3])
  func sharedAnchorsMatchANaiveCountBeyondSixtyFourTokens(paragraphs: Int) {
    // 80 Latin tokens in one Chinese paragraph; English paragraphs share some.
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    let words: [String] = (0..<80).map { index in "tok" + String(letters[index % 26]) + String(index) }
    let chinese = Anchors(Substring("中文" + words.joined(separator: "，")), chinese: true)
    var englishTexts: [String] = []
    for paragraph in 0..<paragraphs {
      let kept: [String] = words.indices.filter { $0 % (paragraph + 2) == 0 }.map { words[$0] }
      englishTexts.append(kept.joined(separator: " "))
    }
    let english: [Anchors] = englishTexts.map { Anchors(Substring($0)) }
    let chineseUnits = [
      AlignmentUnit(length: 100, position: 0, anchors: chinese, isTranslatorNote: false)
    ]
    let englishUnits = english.map { AlignmentUnit(length: 100, position: 0, anchors: $0, isTranslatorNote: false) }
    let target = LengthAligner.AnchorTable(chineseUnits)
    let source = LengthAligner.AnchorTable(englishUnits)
    #expect(target.tokens[0].count == 80)
    let counted = LengthAligner.AnchorTable.sharedCount(
      of: target.tokens[0], in: target, among: source.tokens, 0..<paragraphs, of: source)
    let englishTokens: [UInt64] = english.flatMap { $0.tokens }
    let naive = Set(chinese.tokens).intersection(englishTokens).count
    #expect(counted == naive)
    #expect(naive > 0)
  }

  /// Neighbours that translate each other against neighbours that do not,
  /// three each way: the first fit the transcript's model far better; two
  /// sets of true pairs do not overrule each other.
  @Test func aShortDocumentsDirectionByTheTranscriptsModel() {
    let pairs = [(english: 200, chinese: 56), (english: 90, chinese: 26), (english: 400, chinese: 110)]
    let strangers = [(english: 200, chinese: 8), (english: 90, chinese: 120), (english: 400, chinese: 20)]
    #expect(Aligner.fitsFarBetter(pairs, than: strangers))
    #expect(!Aligner.fitsFarBetter(strangers, than: pairs))
    #expect(!Aligner.fitsFarBetter(pairs, than: pairs.reversed()))
    #expect(!Aligner.fitsFarBetter([pairs[0]], than: [strangers[0]]), "one pair each way decides nothing")
    // Regression (review): neighbours that fit less badly than loose true
    // pairs (a 250-character answer summed up in 24 characters) are not
    // translations, and do not overrule the vote.
    let loose = [(english: 250, chinese: 24), (english: 50, chinese: 60)]
    let worse = [(english: 250, chinese: 3), (english: 50, chinese: 200)]
    #expect(!Aligner.fitsFarBetter(loose, than: worse))
  }
}
