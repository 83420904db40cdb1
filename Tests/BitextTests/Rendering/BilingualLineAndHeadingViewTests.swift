import Testing

@testable import Bitext

/// Doubled headings and lines in both languages, through every view and
/// export. Regressions from an audit: the second line of a doubled heading
/// (`## Methods` / `## 方法`) was in the JSON only, lost by `show`, the text
/// listing and both Markdown exports; a navigation line in both languages
/// was shown as `(no English)` and reported by `check` as an orphan.
@Suite struct BilingualLineAndHeadingViewTests {
  static let text = """
    ## Methods

    ## 方法

    首页 Home | 关于 About | 联系 Contact

    We measured twice.

    我们测量了两次。

    """

  static func alignment() throws -> Alignment {
    Aligner().align(try BilingualDocument(parsing: text, source: "doc.md"))
  }

  /// The two files of `alignment`'s split Markdown export.
  static func split(_ alignment: Alignment) -> (english: String, chinese: String) {
    var english = ""
    var chinese = ""
    SplitMarkdownWriter().write(alignment, english: &english, chinese: &chinese)
    return (english, chinese)
  }

  @Test func headingTextInEachLanguage() throws {
    let heading = try #require(try Self.alignment().sections[0].heading)
    #expect(heading.displayText == "Methods / 方法")
    #expect(heading.text(for: .english) == "Methods")
    #expect(heading.text(for: .chinese) == "方法")
    let single = Heading(level: 2, text: "结果", language: .chinese, line: 1, byteRange: 0..<9)
    #expect(single.displayText == "结果")
    #expect(single.text(for: .english) == "结果", "a single heading serves both sides")
  }

  @Test func everyViewShowsBothHeadingLines() throws {
    let alignment = try Self.alignment()
    let views: [(String, String)] = [
      ("listing", AlignmentListing().render(alignment)),
      ("side by side", SideBySideRenderer(options: .init(width: 60)).render(alignment)),
      ("markdown", MarkdownTableRenderer().render(alignment)),
      ("html", HTMLRenderer().render(alignment)),
    ]
    for (name, output) in views {
      #expect(output.contains("Methods / 方法"), "\(name)")
    }
  }

  @Test func markdownExportsKeepTheDoubledHeading() throws {
    let alignment = try Self.alignment()
    let interleaved = InterleavedMarkdownWriter().render(alignment)
    #expect(interleaved.hasPrefix("## Methods\n\n## 方法\n\n"))
    // Read back, it is one section with the same heading.
    let again = try BilingualDocument(parsing: interleaved)
    #expect(again.sections.count == 1)
    #expect(again.sections[0].heading?.translation == "方法")

    let split = Self.split(alignment)
    #expect(split.english.hasPrefix("## Methods\n"))
    #expect(split.chinese.hasPrefix("## 方法\n"))
  }

  @Test func twoFilesMakeTheChineseHeadingTheTranslation() throws {
    let english = try BilingualDocument(parsing: "### Economy\n\nIt grew.\n\n### 2025\n\nPrices rose.\n")
    let chinese = try BilingualDocument(parsing: "### 经济\n\n它增长了。\n\n### 2025\n\n价格上涨了。\n")
    let alignment = Aligner().align(english: english, chinese: chinese)
    #expect(alignment.sections.map { $0.heading?.displayText } == ["Economy / 经济", "2025"])
    // Split again, each file gets its own heading back.
    let split = Self.split(alignment)
    #expect(split.english.hasPrefix("### Economy\n"))
    #expect(split.chinese.hasPrefix("### 经济\n"))
  }

  @Test func aLineInBothLanguagesIsNotMissingAnything() throws {
    let alignment = try Self.alignment()
    let line = try #require(alignment.segments.first)
    #expect(line.isBilingualUnit)
    #expect(!alignment.segments[1].isBilingualUnit)

    let sideBySide = SideBySideRenderer(options: .init(width: 60)).render(alignment)
    #expect(sideBySide.contains("首页 Home"))
    #expect(!sideBySide.contains("(no English)"))
    #expect(!MarkdownTableRenderer().render(alignment).contains("no English"))
    #expect(!HTMLRenderer().render(alignment).contains("no English"))
    #expect(AlignmentListing().render(alignment).contains("[0-1 ordinal 1.0 bilingual]"))
    #expect(AlignmentJSON.encode(alignment, prettyPrinted: false).contains(#""bilingual":true"#))

    let coverage = try CoverageSamples.check(Self.text)
    #expect(coverage.findings.isEmpty)
    #expect(coverage.counts.orphanTranslations == 0)
  }

  @Test func anEnglishMajorityLineInBothLanguagesCountsAsTranslated() throws {
    let text = "# Nav\n\nTip: go to the top of it 回顶部\n\nWe measured twice.\n\n我们测量了两次。\n"
    let document = try BilingualDocument(parsing: text)
    #expect(document.blocks[0].isBilingualUnit)
    #expect(document.blocks[0].language == .english)
    let coverage = try CoverageSamples.check(text)
    #expect(coverage.findings.isEmpty)
    #expect(coverage.counts.untranslatedParagraphs == 0)
    #expect(coverage.counts.translatedParagraphs == 2)
  }

  /// Regression (review): `check` joined an untranslated paragraph and the
  /// line in both languages beside it into a `1-1` pair of its own, then
  /// reported it as a doubtful translation.
  @Test func checkDoesNotPairALineInBothLanguagesWithAnUntranslatedParagraph() throws {
    let text = """
      # Books

      The novel that started it all was a great success.

      《三体》（刘慈欣著）by Liu Cixin,

      It won the Hugo Award in 2015, the first Asian novel to do so.

      它在2015年获得了雨果奖，是第一部获此殊荣的亚洲小说。

      """
    let document = try BilingualDocument(parsing: text)
    #expect(document.blocks[1].isBilingualUnit)
    let coverage = try CoverageSamples.check(text)
    #expect(coverage.findings.map(\.rule) == [.untranslated])
    #expect(coverage.findings.first?.line == 3)
    #expect(coverage.counts.untranslatedParagraphs == 1)
  }
}
