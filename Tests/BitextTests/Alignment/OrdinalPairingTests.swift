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
    let even = Aligner().align(try BilingualDocument(parsing: "One two three.\n\n一二三。\n"))
    let uneven = Aligner().align(try BilingualDocument(parsing: "One two three.\n\n一二三。\n\nFour.\n"))
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
