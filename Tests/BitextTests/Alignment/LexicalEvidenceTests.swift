import Testing

@testable import Bitext

/// Whether a merge's end paragraph translates the matching end of the other side.
@Suite struct LexicalEvidenceTests {
  private let lexicon = Lexicon.shared
  private let evidence = LexicalEvidence()

  private func chineseRatio(_ paragraph: String, _ source: String, share: Double, sibling: String? = nil) -> Double {
    evidence.ratio(
      lexicon.chineseWords(Substring(paragraph)), lexicon.englishWords(Substring(source)), share: share, atEnd: true,
      sibling: sibling.map { lexicon.chineseWords(Substring($0)) })
  }

  @Test func theSecondHalfOfASplitTranslationFindsItsWordsAtTheEndOfTheSource() {
    let source =
      "I am borrowing the podcast setup in our office with the, oh, nice high-end SLR camera and a new microphone."
    #expect(chineseRatio("高端单反相机和新的麦克风。", source, share: 0.3) > 2)
  }

  @Test func aTranslationWhoseSourceIsMissingFindsNothingThere() {
    let source =
      "And tokens are increasing when you are using those reasoning models; you do not see all the tokens, right?"
    #expect(chineseRatio("你继续。你讲完。实际上它在文档里。关于它的知识。", source, share: 0.3) < -2)
  }

  @Test func aWordTheNeighbourAlsoHasIsNoEvidence() {
    let source = "Thank you, Sunny, for coming on with us today."
    let alone = chineseRatio("谢谢你们。", source, share: 0.6)
    let besideAnotherThanks = chineseRatio("谢谢你们。", source, share: 0.6, sibling: "谢谢你的邀请。")
    #expect(alone > 0)
    #expect(besideAnotherThanks == 0)
  }

  /// A speaker who repeats an opening (`Yeah.` then `Yeah. No, no. …`):
  /// merged, the translation opens with `是的。` twice, once more than the
  /// neighbour says `yeah`, and the extra one is the short paragraph's.
  @Test func aSharedWordCountsWhereTheOtherSideHasItMoreOftenThanTheNeighbour() {
    let yeah = lexicon.englishWords("Yeah.")
    let neighbour = lexicon.englishWords("Yeah. No, no. We come back to the point on open source.")
    let merged = lexicon.chineseWords("是的。是的。我们回到开源的观点。")
    let neighbourAlone = lexicon.chineseWords("是的。我们回到开源的观点。")
    #expect(evidence.ratio(yeah, merged, share: 0.1, atEnd: false, sibling: neighbour) > 1)
    #expect(evidence.ratio(yeah, neighbourAlone, share: 0.1, atEnd: false, sibling: neighbour) == 0)
    #expect(LexicalEvidence.occurrences(of: yeah.stems(of: 0), in: merged) == 2)
    #expect(LexicalEvidence.occurrences(of: yeah.stems(of: 0), in: neighbour) == 1)
  }

  /// A whole segment's words: a pair and a merge whose paragraphs translate
  /// one another find their partners; a sentence paired with a stranger's
  /// translation finds none; a side with no content words is no evidence.
  @Test func wholeSegmentsFindTheirWordsAnywhereInTheOtherSide() {
    let english = ["He has it, but his face is turning red.", "Have a good week."].map {
      lexicon.englishWords(Substring($0))
    }
    let chinese = ["他有，但他脸都红了。", "祝你有个愉快的一周。", "……"].map { lexicon.chineseWords(Substring($0)) }
    // One scratch for every call, as the aligner shares one per section:
    // each call must leave it empty.
    let capacity = Lexicon.shared.stemCount
    var scratch = (searched: StemSet(capacity: capacity), neighbour: StemSet(capacity: capacity))
    func ratio(_ e: Range<Int>, _ z: Range<Int>) -> Double {
      var fresh = (searched: StemSet(capacity: capacity), neighbour: StemSet(capacity: capacity))
      let shared = evidence.wholeRatio(
        evidence.wholeCounts(e, { english[$0] }, in: z, { chinese[$0] }, scratch: &scratch))
      #expect(
        shared == evidence.wholeRatio(evidence.wholeCounts(e, { english[$0] }, in: z, { chinese[$0] }, scratch: &fresh))
      )
      for words in english + chinese {
        #expect(!words.stems.contains { scratch.searched.contains($0) || scratch.neighbour.contains($0) })
      }
      return shared
    }
    #expect(ratio(0..<1, 0..<1) > 2)  // face, red
    #expect(ratio(1..<2, 1..<2) > 0)  // week
    #expect(ratio(0..<1, 1..<2) < 0)  // a stranger's translation
    #expect(ratio(1..<2, 0..<1) < 0)
    #expect(ratio(0..<2, 0..<2) > ratio(0..<2, 0..<1))  // the merge finds more than one half
    #expect(ratio(0..<1, 2..<3) == 0)  // nothing to search
    #expect(ratio(0..<0, 0..<1) == 0)  // no words to look for
  }

  /// The whole-segment evidence separates the transcript's true pairs from
  /// their neighbours: every pair of a count-matched section weighs above
  /// −4 in both directions together (measured lowest −3.2), so neither
  /// direction of a true pair reaches the aligner's cap against a segment,
  /// while most paragraphs one pair apart weigh below −4 (measured 154 of
  /// 188, median −26), and a fifth so little that, capped and weighed,
  /// they cost more than leaving both paragraphs unpaired (measured 40 of
  /// 188; none with a cap of 4). Guards the word list and the model when
  /// either is regenerated or retuned.
  @Test func theTranscriptsPairsWeighAboveTheCapAndTheirNeighboursBelow() throws {
    var neighbours = 0
    var neighboursBelow = 0
    var strangers = 0
    var pairs = 0
    // The cost of leaving a paragraph unpaired, with the default priors.
    let unpaired = LengthAligner.movePriors[1] + LengthAligner.unpairedLengthCost
    for section in try Fixtures.transcript().sections {
      let english = section.paragraphs(in: .english)
      let chinese = section.paragraphs(in: .chinese)
      guard english.count == chinese.count else { continue }
      let words = LexicalWords(english: english, chinese: chinese)
      for i in english.indices {
        for j in max(0, i - 1)...min(chinese.count - 1, i + 1) {
          let ratios = [true, false].map { englishWords in
            evidence.wholeRatio(
              words.counts(english: i..<i + 1, chinese: j..<j + 1, englishWords: englishWords, evidence: evidence))
          }
          let weight = ratios.reduce(0, +)
          if i == j {
            pairs += 1
            #expect(weight > -4, "pair \(i) of \(section.heading?.text ?? "")")
          } else {
            neighbours += 1
            if weight < -4 { neighboursBelow += 1 }
            let capped = ratios.reduce(0.0) { $0 + max($1, -LengthAligner.segmentLexicalCap) }
            if -LengthAligner.segmentLexicalWeight * capped > 2 * unpaired { strangers += 1 }
          }
        }
      }
    }
    #expect(pairs >= 100)
    #expect(LengthAligner.segmentLexicalCap >= 4)
    #expect(Double(neighboursBelow) >= 0.75 * Double(neighbours), "\(neighboursBelow) of \(neighbours)")
    #expect(Double(strangers) >= 0.15 * Double(neighbours), "\(strangers) of \(neighbours)")
  }

  /// The section's counts, kept per paragraph and joined from one mask
  /// per pair of paragraphs, are those of searching every paragraph of the
  /// question together, for every shape the aligner asks about.
  @Test func keptCountsAreTheCountsOfSearchingTogether() throws {
    let section = try #require(
      try Fixtures.transcript().sections.first {
        $0.paragraphs(in: .english).count >= 8 && $0.paragraphs(in: .chinese).count >= 8
      })
    let english = section.paragraphs(in: .english)
    let chinese = section.paragraphs(in: .chinese)
    let words = LexicalWords(english: english, chinese: chinese)
    var fresh = (
      searched: StemSet(capacity: Lexicon.shared.stemCount), neighbour: StemSet(capacity: Lexicon.shared.stemCount)
    )
    var compared = 0
    // Twice: the second round reads the kept counts.
    for _ in 0..<2 {
      for i in 0..<english.count - 3 {
        for j in max(0, i - 2)..<min(chinese.count - 3, i + 2) {
          for (e, z) in [(1, 1), (2, 1), (1, 2), (3, 1), (1, 3), (2, 2)] {
            let englishRange = i..<i + e
            let chineseRange = j..<j + z
            #expect(
              words.counts(english: englishRange, chinese: chineseRange, englishWords: true, evidence: evidence)
                == evidence.wholeCounts(englishRange, words.english, in: chineseRange, words.chinese, scratch: &fresh))
            #expect(
              words.counts(english: englishRange, chinese: chineseRange, englishWords: false, evidence: evidence)
                == evidence.wholeCounts(chineseRange, words.chinese, in: englishRange, words.english, scratch: &fresh))
            compared += 1
          }
        }
      }
    }
    #expect(compared > 100)
  }

  /// The aligner adds one paragraph's counts at a time where the other side
  /// is one paragraph: the sums equal the counts of the paragraphs searched
  /// together, and each pair is counted once.
  @Test func countsOfOneParagraphAtATimeAddUp() throws {
    let text = """
      # Talk

      He has it, but his face is turning red.

      Have a good week, and thank you for the camera.

      他有，但他脸都红了。祝你有个愉快的一周，谢谢你的相机。

      谢谢你们。
      """
    let section = try BilingualDocument(parsing: text).sections[0]
    let english = section.paragraphs(in: .english)
    let chinese = section.paragraphs(in: .chinese)
    let words = LexicalWords(english: english, chinese: chinese)
    let forward =
      words.pairCounts(english: 0, chinese: 0, englishWords: true, evidence: evidence)
      + words.pairCounts(english: 1, chinese: 0, englishWords: true, evidence: evidence)
    let together = evidence.wholeCounts(0..<2, words.english, in: 0..<1, words.chinese, scratch: &words.scratch)
    #expect(forward == together)
    #expect(words.counts(english: 0..<2, chinese: 0..<1, englishWords: true, evidence: evidence) == together)
    #expect(together.found >= 3)  // face, red, week, camera …
    let backward =
      words.pairCounts(english: 1, chinese: 0, englishWords: false, evidence: evidence)
      + words.pairCounts(english: 1, chinese: 1, englishWords: false, evidence: evidence)
    #expect(backward == evidence.wholeCounts(0..<2, words.chinese, in: 1..<2, words.english, scratch: &words.scratch))
    // Kept: asking again gives the counts of the pair alone.
    #expect(
      words.pairCounts(english: 0, chinese: 0, englishWords: true, evidence: evidence)
        == evidence.wholeCounts(0..<1, words.english, in: 0..<1, words.chinese, scratch: &words.scratch))
  }

  @Test func anEmptyStretchIsNoEvidence() {
    // `Camera.`: a stretch of its last 16.5 % (a share of 1 %) holds only the
    // full stop, no evidence either way; one of its last 45 % starts inside
    // `Camera`, which counts. A paragraph with no words holds nothing.
    let camera = lexicon.englishWords("Camera.")
    #expect(evidence.ratio(lexicon.chineseWords("相机"), camera, share: 0.01, atEnd: true) == 0)
    #expect(evidence.ratio(lexicon.chineseWords("相机"), camera, share: 0.2, atEnd: true) > 0)
    #expect(evidence.ratio(lexicon.chineseWords("相机"), lexicon.englishWords("..."), share: 0.5, atEnd: true) == 0)
    #expect(evidence.ratio(lexicon.chineseWords("……"), camera, share: 0.5, atEnd: true) == 0)
  }

  @Test func ratiosAreFinite() {
    let english = lexicon.englishWords("camera supply knowledge data model company advantage")
    for text in ["相机", "供应知识数据模型公司优势", "继续", String(repeating: "知识", count: 200)] {
      for share in [0.0, 0.01, 0.3, 1] {
        #expect(evidence.ratio(lexicon.chineseWords(Substring(text)), english, share: share, atEnd: true).isFinite)
      }
    }
  }

  /// The English words found are `google` and `data` (谷歌, 数据, at the
  /// start of the translation); 量化's gloss `quantize` has another stem
  /// than `quantify`.
  @Test func theEnglishDirectionLooksAtTheStartOfATranslation() {
    let english = lexicon.englishWords("I will quantify it with data from Google.")
    #expect(english.count >= 1)
    let merged = lexicon.chineseWords("我将用谷歌的数据量化一下。在债券文件中，有一张幻灯片显示处理量从五万亿增加到了四百八十万亿，他们刚刚发布新闻说已经超过了八百万亿。")
    #expect(evidence.ratio(english, merged, share: 0.2, atEnd: false) > 1)
    #expect(evidence.ratio(english, merged, share: 0.2, atEnd: true) < 0)
  }
}

extension LexicalEvidence {
  /// ``ratio(_:_:share:atEnd:sibling:scratch:)`` with sets of its own, for tests.
  func ratio(
    _ paragraph: Lexicon.Words, _ other: Lexicon.Words, share: Double, atEnd: Bool, sibling: Lexicon.Words? = nil
  ) -> Double {
    let capacity = Lexicon.shared.stemCount
    var scratch = (searched: StemSet(capacity: capacity), neighbour: StemSet(capacity: capacity))
    return ratio(paragraph, other, share: share, atEnd: atEnd, sibling: sibling, scratch: &scratch)
  }
}
