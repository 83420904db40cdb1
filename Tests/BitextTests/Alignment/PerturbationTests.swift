import Testing

@testable import Bitext

/// The evaluation harness's generated cases, on the bundled transcript.
@Suite struct PerturbationTests {
  private let generator: PerturbationGenerator

  init() throws {
    generator = PerturbationGenerator(cleanDocument: try Fixtures.transcript())
  }

  private func score(_ perturbation: Perturbation?, density: Double, layout: EvaluationLayout = .init(), seed: UInt64)
    throws -> (bitext: LinkScore, ordinal: LinkScore)
  {
    let test = generator.generate(perturbation, density: density, layout: layout, seed: seed)
    return (
      test.score(try test.align()),
      test.score(try test.align(with: Aligner(options: .init(strategy: .ordinal))))
    )
  }

  @Test func cleanCopyScoresPerfectly() throws {
    #expect(generator.pairCount == 102)
    let result = try score(nil, density: 0, seed: 1)
    #expect(result.bitext.gold == 102)
    #expect(result.bitext.f1 == 1)
    #expect(result.ordinal.f1 == 1)
  }

  @Test func goldKindsFollowThePerturbation() {
    let test = generator.generate(.dropTranslation, density: 0.1, seed: 7)
    #expect(test.gold.filter { $0.english.count == 1 && $0.chinese.isEmpty }.count == 10)
    let merged = generator.generate(.mergeSources, density: 0.1, seed: 7)
    #expect(merged.gold.contains { $0.english.count == 2 && $0.chinese.count == 1 })
  }

  @Test(arguments: [Perturbation.translatorNote, .swapOrder], [UInt64(1), 2])
  func easyPerturbationsAreAlignedExactly(perturbation: Perturbation, seed: UInt64) throws {
    let result = try score(perturbation, density: 0.15, seed: seed)
    #expect(result.bitext.f1 == 1)
    #expect(result.bitext.irregularRecall == 1)
  }

  @Test(arguments: [Perturbation.dropSource, .dropTranslation, .splitTranslation], [UInt64(1), 2])
  func oneSidedPerturbationsAreNearlyExact(perturbation: Perturbation, seed: UInt64) throws {
    // A short orphan next to a long pair is as likely a split as an orphan:
    // at most one such segment per document goes the other way.
    let result = try score(perturbation, density: 0.15, seed: seed)
    #expect(result.bitext.f1 >= 0.99)
    #expect(result.bitext.irregular - result.bitext.irregularFound <= 1)
    #expect(result.ordinal.f1 < 0.3)
  }

  /// Seeds whose dropped sources left a short translation right after a
  /// condensed pair (`你继续。你讲完。` after the tokens paragraph, seeds 1 and
  /// 13; the open-source models sentence after the Grock paragraph, seed 5):
  /// lengths favour a split translation, the lexicon finds none of the short
  /// paragraph's words at the end of the source, so it stays `0-1`.
  @Test(arguments: [UInt64(1), 5, 13])
  func shortTranslationsWithoutTheirSourceAreNotReadAsSplits(seed: UInt64) throws {
    let result = try score(.dropSource, density: 0.15, seed: seed)
    #expect(result.bitext.f1 == 1)
    #expect(result.bitext.irregularFound == result.bitext.irregular)
  }

  /// Seed 20 merges a 205-character source (`I would I would but…`) with the
  /// answer the translator condensed by a fifth: lengths say untranslated,
  /// the merged translation's start holds most of its words (ratio +11),
  /// which counts only with the evidence for a merge capped at 8, not 4.
  @Test func aSourceWhoseWordsOpenTheMergedTranslationIsMerged() throws {
    let result = try score(.mergeSources, density: 0.15, seed: 20)
    #expect(result.bitext.f1 == 1)
    #expect(result.bitext.irregularFound == result.bitext.irregular)
  }

  /// Close calls that lengths, sentences and words leave to the move
  /// priors (each scored 0.49–0.77 with the defaults, and each lost): a
  /// short source merged into the next translation read as untranslated
  /// (`Yeah.` + `Yeah. No, no. …`, seed 27; `Yeah. I'm going to…` + the
  /// Mary Maker answer, seed 51), a split translation's 20-character first
  /// part left an orphan (seeds 3, 79), a 15-character `Be amazing.`
  /// merged with its neighbour when its translation was dropped (seed 50),
  /// an orphan joined to the condensed `Sunonny…` translation (seed 4). In
  /// each document the translator's other irregularities are of the same
  /// kind; the priors learned from them decide the close call their way.
  @Test(arguments: [
    (Perturbation.mergeSources, EvaluationLayout(), UInt64(27)), (.mergeSources, .init(), 51),
    (.splitTranslation, .init(chineseFirst: true), 3), (.splitTranslation, .init(blocks: true), 79),
    (.dropTranslation, .init(twoFiles: true), 50), (.dropSource, .init(), 4),
  ])
  func aTranslatorsHabitDecidesTheCloseCalls(perturbation: Perturbation, layout: EvaluationLayout, seed: UInt64)
    throws
  {
    let test = generator.generate(perturbation, density: 0.15, layout: layout, seed: seed)
    let learned = test.score(try test.align())
    #expect(learned.f1 == 1)
    #expect(learned.irregularFound == learned.irregular)
    let fixed = test.score(try test.align(with: Aligner(options: .init(learnsMovePriors: false))))
    #expect(fixed.f1 < 1)
  }

  /// With a fixed length model there is no estimating pass: the real pass
  /// counts the segments, and the windows around its doubtful ones are
  /// aligned again with the priors learned (a short source merged into the
  /// next translation, seed 2; a split translation's short first part, seed 3).
  @Test(arguments: [(Perturbation.mergeSources, UInt64(2)), (.splitTranslation, 3)])
  func withoutAnEstimatingPassTheDoubtfulWindowsAreRevised(perturbation: Perturbation, seed: UInt64) throws {
    let test = generator.generate(perturbation, density: 0.15, layout: .init(blocks: true), seed: seed)
    let model = LengthModel(ratio: 0.293, variance: 0.4)
    let learned = test.score(try test.align(with: Aligner(options: .init(lengthModel: model))))
    let fixed = test.score(
      try test.align(with: Aligner(options: .init(lengthModel: model, learnsMovePriors: false))))
    #expect(learned.f1 == 1)
    #expect(learned.irregularFound == learned.irregular)
    #expect(fixed.f1 < 1)
  }

  /// A section in one language only (an untranslated appendix) is
  /// unpaired by necessity, not by the translator's habit: its paragraphs
  /// are not counted, and the merges of the document are still found (40
  /// English paragraphs appended cost three of 14 merges when counted).
  @Test(arguments: [(EvaluationLayout(), UInt64(51)), (.init(), 27), (.init(blocks: true), 2)])
  func anUntranslatedAppendixDoesNotTeachOmissions(layout: EvaluationLayout, seed: UInt64) throws {
    var test = generator.generate(.mergeSources, density: 0.15, layout: layout, seed: seed)
    test.text += "\n### Appendix\n\n"
    test.text += (1...40).map { "Show note number \($0), which nobody translated.\n" }.joined(separator: "\n")
    let score = test.score(try test.align())
    #expect(score.irregular > 10)
    #expect(score.irregularFound == score.irregular)
  }

  /// Short documents (`bitext-eval small`): runs of 8 pairs of the
  /// transcript. Regressions: estimated from a handful of mostly short
  /// pairs, the length model was so far from the document's that long true
  /// pairs were left unpaired (`drop-translation`, document 6: F1 0.666);
  /// the model is now weighed with the transcript's prior.
  @Test(arguments: [
    (Perturbation.dropTranslation, EvaluationLayout(), 6, UInt64(1)),
    (.dropSource, .init(chineseFirst: true), 6, 1),
    (.mergeSources, .init(), 6, 1),
    (.swapOrder, .init(), 6, 1),
    (.translatorNote, .init(), 5, 9),
    (.splitTranslation, .init(blocks: true), 4, 1),
    (.mergeSources, .init(twoFiles: true), 7, 1),
    (.combined, .init(chineseFirst: true), 6, 1),
  ])
  func aShortDocumentAlignsExactly(
    perturbation: Perturbation, layout: EvaluationLayout, document: Int, seed: UInt64
  ) throws {
    let short = generator.runs(ofPairs: 8)
    #expect(short.count == 12)
    #expect(short.allSatisfy { $0.pairCount == 8 })
    let test = short[document].generate(perturbation, density: 0.15, layout: layout, seed: seed)
    #expect(test.score(try test.align()).f1 == 1)
  }

  /// Four-pair documents whose section opens with the other language (a
  /// missing first source, or a missing first translation in a
  /// Chinese-first document): the vote on which language comes first went
  /// wrong, and with fewer than six neighbours each way the length spreads
  /// could not overrule it. The transcript's model now judges the two
  /// directions.
  @Test(arguments: [
    (Perturbation.dropSource, EvaluationLayout(), 4, UInt64(3)),
    (.dropTranslation, .init(chineseFirst: true), 11, 3),
  ])
  func aFourPairDocumentOpeningWithTheOtherLanguage(
    perturbation: Perturbation, layout: EvaluationLayout, document: Int, seed: UInt64
  ) throws {
    let test = generator.runs(ofPairs: 4)[document].generate(perturbation, density: 0.25, layout: layout, seed: seed)
    #expect(test.score(try test.align()).f1 == 1)
  }

  /// `learnsMovePriors: false` keeps the defaults: the merges of seed 51
  /// are left as untranslated sources again.
  @Test func withoutLearningTheDefaultPriorsDecide() throws {
    let test = generator.generate(.mergeSources, density: 0.15, seed: 51)
    let fixed = test.score(try test.align(with: Aligner(options: .init(learnsMovePriors: false))))
    #expect(fixed.f1 < 0.98)
    #expect(fixed.irregular - fixed.irregularFound == 3)
  }

  /// Run-on English answers and their re-punctuated translations. At 15 %,
  /// seed 8 swaps a 1,075-character answer with three sentence ends (`Um but
  /// but but…`) and its nine-sentence translation, next to a merge: counted
  /// against the English's three, the pair cost more than two orphans. At
  /// 5 %, seed 11 (Chinese first) merges a 583-character answer with two
  /// sentence ends (`well and and I think…`) and the next one: the merged
  /// translation's first sentences did not align with the run-on ones, and
  /// that counted against the merge.
  @Test(arguments: [(0.15, false, UInt64(8)), (0.15, true, 8), (0.05, true, 11)])
  func aRunOnAnswerAndItsRepunctuatedTranslationPair(density: Double, chineseFirst: Bool, seed: UInt64) throws {
    let result = try score(.combined, density: density, layout: .init(chineseFirst: chineseFirst), seed: seed)
    #expect(result.bitext.f1 == 1)
    #expect(result.bitext.irregularFound == result.bitext.irregular)
  }

  /// Seed 1 drops the translation of `right so they could just go distill
  /// any one of these models.` (60 characters) and the source of the next
  /// translation, `正确。`: the two were chained as a pair (|δ| < 3). Their
  /// log length ratio is −1.8 (no pair of the transcript is below −0.4), so
  /// they are aligned, and left unpaired.
  @Test(arguments: [false, true])
  func aShortSentenceIsNotPairedWithAnOrphanedOneWordAnswer(chineseFirst: Bool) throws {
    let result = try score(.combined, density: 0.15, layout: .init(chineseFirst: chineseFirst), seed: 1)
    #expect(result.bitext.f1 == 1)
    #expect(result.bitext.irregularFound == result.bitext.irregular)
  }

  /// Seed 17 (10 %, Chinese first) drops the source of `好了，夏季播客恢复运行。…`
  /// and the translation of the English paragraph after it, `You picked it
  /// up. …`: lengths, sentences and anchors left the two a pair at 7.1,
  /// under the 9 of two orphans; none of their words translate each other.
  @Test func neighboursWhoseWordsDoNotTranslateEachOtherAreNotPaired() throws {
    let result = try score(.combined, density: 0.10, layout: .init(chineseFirst: true), seed: 17)
    #expect(result.bitext.f1 == 1)
    #expect(result.bitext.irregularFound == result.bitext.irregular)
  }

  /// Without interleaving, seed 19 drops the translation of `He has He has
  /// it, but his face is turning all red.`, next to `Have a good week. And`
  /// and its `祝你有个愉快的一周。`: lengths paired the wish with the red face;
  /// the words of the two pairs tell them apart (`week`, `face`, `red`).
  @Test(arguments: [EvaluationLayout(blocks: true), EvaluationLayout(twoFiles: true)])
  func withoutInterleavingTheWordsOfWholePairsDecide(layout: EvaluationLayout) throws {
    let result = try score(.dropTranslation, density: 0.15, layout: layout, seed: 19)
    #expect(result.bitext.f1 == 1)
    #expect(result.bitext.irregularFound == result.bitext.irregular)
  }

  /// Without interleaving, seeds 12 and 51 drop the sources of short
  /// translations next to pairs whose words match strongly:
  /// `是的。我将用谷歌的数据量化一下。` before the Mary Maker pair, and
  /// `实际上它在Google文档里…` after the condensed translation of an
  /// 897-character answer. Each merged pair's evidence was at its cap
  /// whether the stranger was in it or not; capped per paragraph, the
  /// stranger's missing words count.
  @Test(arguments: [UInt64(12), 51], [EvaluationLayout(blocks: true), EvaluationLayout(twoFiles: true)])
  func anOrphanNextToAStrongPairIsNotMergedIntoIt(seed: UInt64, layout: EvaluationLayout) throws {
    let result = try score(.dropSource, density: 0.15, layout: layout, seed: seed)
    #expect(result.bitext.f1 == 1)
    #expect(result.bitext.irregularFound == result.bitext.irregular)
  }

  /// Seeds 40 (15 %) and 45 (10 %) leave a section with as many English as
  /// Chinese paragraphs, each next to its ordinal partner but two of them in
  /// the reversed order: dropped sources and translations, not swaps. Such a
  /// section used to pass as clean and keep its wrong ordinal pairs.
  @Test(arguments: [(0.15, UInt64(40)), (0.10, 45)])
  func aSectionWithReversedNeighboursIsNotPairedByPosition(density: Double, seed: UInt64) throws {
    let result = try score(.combined, density: density, seed: seed)
    #expect(result.bitext.f1 == 1)
    #expect(result.bitext.irregularFound == result.bitext.irregular)
  }

  /// English-first seeds 6, 10 and 17 split a translation whose halves the
  /// whole-segment evidence could not tell from a pair and an orphan while
  /// its gain was capped at 4 (each lost one pair); at 8, as for a merge's
  /// end paragraph, they are found.
  @Test(arguments: [UInt64(6), 10, 17])
  func splitTranslationsWhoseWordsAllFindPartners(seed: UInt64) throws {
    let result = try score(.splitTranslation, density: 0.15, seed: seed)
    #expect(result.bitext.f1 == 1)
    #expect(result.bitext.irregularFound == result.bitext.irregular)
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func combinedPerturbationsBeatOrdinalPairing(seed: UInt64) throws {
    let result = try score(.combined, density: 0.15, seed: seed)
    #expect(result.bitext.f1 >= 0.97)
    #expect(result.ordinal.f1 < 0.5)
  }

  @Test func chineseFirstAndWindowsLayouts() throws {
    let layout = EvaluationLayout(chineseFirst: true, windowsLineEndings: true, noFrontMatter: true)
    let result = try score(.dropTranslation, density: 0.1, layout: layout, seed: 4)
    #expect(result.bitext.f1 >= 0.98)
    #expect(result.ordinal.f1 < 0.5)
  }

  @Test func linkScoreCountsStrictLinks() {
    let gold = [GoldSegment(english: [1], chinese: [3]), GoldSegment(english: [5, 7], chinese: [9])]
    let predicted = [
      GoldSegment(english: [1], chinese: [3]), GoldSegment(english: [5], chinese: []),
      GoldSegment(english: [7], chinese: [9]),
    ]
    let score = LinkScore(predicted: predicted, gold: gold)
    #expect(score.correct == 2)
    #expect(score.predicted == 3)
    #expect(score.gold == 3)
    #expect(score.irregular == 1)
    #expect(score.irregularFound == 0)
  }

  @Test func twoFileCasesPutEachLanguageInItsOwnFile() throws {
    let layout = EvaluationLayout(twoFiles: true)
    let clean = generator.generate(nil, density: 0, layout: layout, seed: 1)
    let chinese = try #require(clean.chineseText)
    let english = try BilingualDocument(parsing: clean.text).sections.flatMap(\.blocks).filter(\.isTranslatable)
    let translation = try BilingualDocument(parsing: chinese).sections.flatMap(\.blocks).filter(\.isTranslatable)
    #expect(english.count == 102 && english.allSatisfy { $0.language == .english })
    #expect(translation.count == 102 && translation.allSatisfy { $0.language == .chinese })
    #expect(try score(nil, density: 0, layout: layout, seed: 1).bitext.f1 == 1)
    let perturbed = try score(.combined, density: 0.1, layout: layout, seed: 3)
    #expect(perturbed.bitext.f1 > 0.97)
    #expect(perturbed.ordinal.f1 < 0.8)
  }
}
