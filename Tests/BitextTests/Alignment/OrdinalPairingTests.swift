import Testing

@testable import Bitext

@Suite struct OrdinalPairingTests {
  private func kinds(_ text: String) throws -> [[String]] {
    Aligner().align(try BilingualDocument(parsing: text)).sections.map { section in
      section.segments.map { "\($0.kind)" }
    }
  }

  /// Regression (found in an audit): in a document of four one-pair
  /// sections the variance estimated from four pairs was so narrow that
  /// a terse but right translation (87 characters to 17) scored 0.37, and
  /// in the auditor's document 0.007, in a section judged clean. Ordinal
  /// scores now use the aligner's variance floor.
  @Test func aTerseTranslationInASmallDocumentIsNotScoredAsAMismatch() throws {
    let text = """
      ### Economy

      The economy grew by three percent last year, driven by strong consumer spending and exports.

      去年经济增长了百分之三，主要受到强劲的消费支出和出口的推动。

      ### Inflation

      Inflation remained stubborn, however, and the central bank raised interest rates twice.

      然而，通胀依然顽固，央行两次加息。

      ### Company

      Our company was founded in 1998 by two engineers who wanted to build better tools for translators.

      我们公司由两位工程师于1998年创立，他们希望为译者打造更好的工具。

      ### Team

      We now employ forty people in three countries.

      我们现在在三个国家雇用了四十名员工。
      """
    let segments = Aligner().align(try BilingualDocument(parsing: text)).segments
    #expect(segments.map(\.method) == Array(repeating: .ordinal, count: 4))
    #expect(segments[1].score > 0.5, "\(segments[1].score)")
    // The floor only widens: the other pairs stay sure.
    #expect(segments.enumerated().allSatisfy { $0.offset == 1 || $0.element.score > 0.9 })
  }

  @Test func extraParagraphsBecomeOneSidedSegments() throws {
    let text = """
      # A

      One.

      一。

      Two.

      # B

      甲。

      乙。
      """
    #expect(try kinds(text) == [["1-1", "1-0"], ["0-1", "0-1"]])
  }

  @Test func neutralAndVerbatimBlocksAreNotAligned() throws {
    let text = "# A\n\nHello there.\n\n2025\n\n```\ncode\n```\n\n你好。\n"
    let alignment = Aligner().align(try BilingualDocument(parsing: text))
    #expect(alignment.segments.count == 1)
    #expect(alignment.segments[0].english[0].text == "Hello there.")
    #expect(alignment.segments[0].chinese[0].text == "你好。")
  }

  @Test func sectionsWithoutProseAreKept() throws {
    #expect(try kinds("# A\n\n# B\n\nHi.\n\n嗨。\n") == [[], ["1-1"]])
  }

  @Test func unevenSectionsScoreLowerThanEvenOnes() throws {
    // The automatic strategy would hand the uneven section to the DP aligner.
    let ordinal = Aligner(options: .init(strategy: .ordinal))
    let even = ordinal.align(try BilingualDocument(parsing: "One two three.\n\n一二三。\n"))
    let uneven = ordinal.align(try BilingualDocument(parsing: "One two three.\n\n一二三。\n\nFour.\n"))
    #expect(uneven.segments[0].score < even.segments[0].score)
  }

  @Test func segmentKindRoundTripsThroughItsString() {
    for text in ["1-1", "1-0", "0-1", "2-1", "1-2", "3-1"] {
      #expect(SegmentKind(text)?.description == text)
    }
    for text in ["", "1", "a-b", "-1-1", "1-1-1"] {
      #expect(SegmentKind(text) == nil)
    }
  }
}

@Suite struct TwoFileAlignmentTests {
  @Test func sectionsPairByPositionAcrossFiles() throws {
    let english = try BilingualDocument(
      parsing: "---\ntitle: Talk\n---\n# One\n\nHello.\n\nAgain.\n\n# Two\n\nBye.\n", source: "talk.en.md")
    let chinese = try BilingualDocument(parsing: "# 一\n\n你好。\n\n又来了。\n\n# 二\n\n再见。\n", source: "talk.zh.md")
    let alignment = Aligner().align(english: english, chinese: chinese)
    #expect(alignment.source == "talk.en.md")
    #expect(alignment.translationSource == "talk.zh.md")
    #expect(alignment.frontMatter?.string("title") == "Talk")
    #expect(alignment.sections.map { $0.heading?.text } == ["One", "Two"])
    #expect(
      alignment.segments.map { $0.english.map(\.text) + $0.chinese.map(\.text) } == [
        ["Hello.", "你好。"], ["Again.", "又来了。"], ["Bye.", "再见。"],
      ])
    #expect(alignment.segments.map { $0.chinese[0].line } == [3, 5, 9])
  }
}
