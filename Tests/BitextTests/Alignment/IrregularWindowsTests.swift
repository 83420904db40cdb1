import Testing

@testable import Bitext

/// Where the aligner looks in an interleaved section: the chained pairs and
/// the windows around irregularities, on sections written as patterns
/// (`E` an English paragraph, `Z` a Chinese one, in document order).
@Suite struct IrregularWindowsTests {
  typealias Part = IrregularWindows.Part

  private func paragraphs(_ pattern: String, notes: Set<Int> = []) throws -> (english: [Block], chinese: [Block]) {
    var english = 0
    var chinese = 0
    var parts: [String] = []
    for letter in pattern where letter != " " {
      if letter == "E" {
        parts.append("English paragraph number \(english) of the section.")
        english += 1
      } else {
        parts.append(notes.contains(chinese) ? "译注：第\(chinese)段是译者加的说明。" : "本节的第\(chinese)个中文段落。")
        chinese += 1
      }
    }
    let section = try BilingualDocument(parsing: "# T\n\n" + parts.joined(separator: "\n\n") + "\n").sections[0]
    return (section.alignableParagraphs(in: .english), section.alignableParagraphs(in: .chinese))
  }

  private func parts(
    _ pattern: String, englishFirst: Bool = true, rejecting rejected: Set<Int> = [], doubting doubted: Set<Int> = [],
    notes: Set<Int> = []
  ) throws -> [Part] {
    let (english, chinese) = try paragraphs(pattern, notes: notes)
    return IrregularWindows.parts(english: english, chinese: chinese, englishFirst: englishFirst, barriers: []) {
      index, _ in
      rejected.contains(index) ? .broken : doubted.contains(index) ? .doubtful : .sure
    }
  }

  @Test func aCleanSectionIsOneChainedRun() throws {
    #expect(try parts("EZ EZ EZ") == [.chained(english: 0..<3, chinese: 0..<3)])
    #expect(try parts("ZE ZE", englishFirst: false) == [.chained(english: 0..<2, chinese: 0..<2)])
  }

  /// `IrregularWindows.margin` (1) chained pairs on either side join each irregular stretch.
  @Test(arguments: [
    // A dropped translation: the pair before it joins the window, and so does the one after it.
    ("EZ E EZ EZ EZ", [Part.irregular(english: 0..<3, chinese: 0..<2), .chained(english: 3..<5, chinese: 2..<4)]),
    // An orphan translation at the start.
    ("Z EZ EZ", [.irregular(english: 0..<1, chinese: 0..<2), .chained(english: 1..<2, chinese: 2..<3)]),
    // An untranslated paragraph at the end.
    ("EZ EZ E", [.chained(english: 0..<1, chinese: 0..<1), .irregular(english: 1..<3, chinese: 1..<2)]),
    // A split translation in the middle of a long section: chained runs on both sides.
    (
      "EZ EZ EZ EZZ EZ EZ EZ",
      [
        .chained(english: 0..<3, chinese: 0..<3), .irregular(english: 3..<5, chinese: 3..<6),
        .chained(english: 5..<7, chinese: 6..<8),
      ]
    ),
    // Two of one language in a row with nothing chained at all.
    ("EE ZZ", [.irregular(english: 0..<2, chinese: 0..<2)]),
  ])
  func irregularStretchesAreWidenedByTheMargin(pattern: String, expected: [Part]) throws {
    #expect(IrregularWindows.margin == 1)
    #expect(try parts(pattern) == expected)
  }

  @Test func chineseFirstSectionsChainEachTranslationWithTheSourceAfterIt() throws {
    // A dropped source: two Chinese paragraphs in a row.
    #expect(
      try parts("ZE Z ZE ZE", englishFirst: false) == [
        .irregular(english: 0..<2, chinese: 0..<3), .chained(english: 2..<3, chinese: 3..<4),
      ])
  }

  @Test func aTranslatorsNoteIsNeverChained() throws {
    let (_, chinese) = try paragraphs("EZ EZ EZ", notes: [2])
    #expect(chinese[2].traits.startsWithTranslatorNote)
    #expect(
      try parts("EZ EZ EZ EZ EZ", notes: [2]) == [
        .chained(english: 0..<1, chinese: 0..<1), .irregular(english: 1..<4, chinese: 1..<4),
        .chained(english: 4..<5, chinese: 4..<5),
      ])
  }

  /// Regression (review of the windows): a section that opens with an
  /// untranslated Chinese paragraph made the sections' vote call an
  /// English-first document Chinese-first, and every chained pair joined a
  /// translation with the next source. The tighter length spread of the
  /// true direction now decides.
  @Test func anUntranslatedParagraphOpeningTheSectionDoesNotFlipThePairs() throws {
    let transcript = try Fixtures.transcript()
    let section = try #require(transcript.sections.first { $0.alignableParagraphs(in: .english).count >= 8 })
    let english = Array(section.alignableParagraphs(in: .english).prefix(8))
    let chinese = Array(section.alignableParagraphs(in: .chinese).prefix(8))
    let summary = "本节摘要：嘉宾讨论了人工智能领域的快速回归以及中国模型的崛起。"
    let body = zip(english, chinese).flatMap { [String($0.text), String($1.text)] }
    let document = try BilingualDocument(parsing: "# Talk\n\n" + ([summary] + body).joined(separator: "\n\n") + "\n")
    let segments = Aligner().align(document).segments
    #expect(segments.map { "\($0.kind)" } == ["0-1"] + Array(repeating: "1-1", count: 8))
    for (segment, pair) in zip(segments.dropFirst(), zip(english, chinese)) {
      #expect(segment.english.map(\.text) == [pair.0.text])
      #expect(segment.chinese.map(\.text) == [pair.1.text])
    }
  }

  @Test func anImplausiblePairBreaksTheChain() throws {
    #expect(
      try parts("EZ EZ EZ EZ EZ", rejecting: [2]) == [
        .chained(english: 0..<1, chinese: 0..<1), .irregular(english: 1..<4, chinese: 1..<4),
        .chained(english: 4..<5, chinese: 4..<5),
      ])
  }

  /// A doubtful pair next to an irregularity is not the margin: the
  /// window takes the next pair as well (Chinese-first, a dropped source
  /// before a swapped pair: `他有，但他脸都红了。` chained with `Have a good
  /// week.`, and `祝你有个愉快的一周。` with the next speaker's thanks).
  @Test func aDoubtfulPairDoesNotCountAsTheMargin() throws {
    // English 3 is left over; the pair before it is doubted.
    let sure = try parts("EZ EZ EZ E EZ EZ")
    #expect(
      sure == [
        .chained(english: 0..<2, chinese: 0..<2), .irregular(english: 2..<5, chinese: 2..<4),
        .chained(english: 5..<6, chinese: 4..<5),
      ])
    let doubting = try parts("EZ EZ EZ E EZ EZ", doubting: [2, 4])
    #expect(
      doubting == [.chained(english: 0..<1, chinese: 0..<1), .irregular(english: 1..<6, chinese: 1..<5)])
  }

  @Test func aBilingualUnitBetweenTwoParagraphsKeepsThemApart() throws {
    let document = try BilingualDocument(
      parsing: "# T\n\nFirst English paragraph here.\n\n第一个中文段落。\n\nSecond English paragraph.\n\n"
        + "Contents 目录\n\n第二个中文段落。\n")
    let section = document.sections[0]
    let units = section.bilingualUnits()
    #expect(units.count == 1)
    let parts = IrregularWindows.parts(
      english: section.alignableParagraphs(in: .english), chinese: section.alignableParagraphs(in: .chinese),
      englishFirst: true, barriers: units
    ) { _, _ in .sure }
    #expect(parts == [.irregular(english: 0..<2, chinese: 0..<2)])
  }

  /// Aligning only the windows finds what aligning whole sections finds, on
  /// the harness's combined perturbations of the transcript.
  @Test(arguments: [false, true], [UInt64(1), 2, 3])
  func windowsAgreeWithWholeSections(chineseFirst: Bool, seed: UInt64) throws {
    let generator = PerturbationGenerator(cleanDocument: try Fixtures.transcript())
    let test = generator.generate(
      .combined, density: 0.15, layout: EvaluationLayout(chineseFirst: chineseFirst), seed: seed)
    let windowed = try test.align()
    let whole = try test.align(with: Aligner(options: .init(strategy: .length)))
    #expect(windowed.segments.contains { $0.method == .ordinal })
    #expect(windowed.segments.contains { $0.method == .length })
    #expect(windowed.segments.map(GoldSegment.init) == whole.segments.map(GoldSegment.init))
  }
}
