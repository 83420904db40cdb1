import Testing

@testable import Bitext

@Suite struct OrdinalPairingTests {
  private func kinds(_ text: String) throws -> [[String]] {
    Aligner().align(try BilingualDocument(parsing: text)).sections.map { section in
      section.segments.map { "\($0.kind)" }
    }
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
