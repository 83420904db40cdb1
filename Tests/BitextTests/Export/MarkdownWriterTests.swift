import Bitext
import Testing

@Suite struct MarkdownWriterTests {
  /// Trailing white space is not significant in Markdown.
  private func trimmed(_ text: String) -> Substring {
    var text = Substring(text)
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return text
  }

  @Test func interleavedReproducesTheTranscript() throws {
    let original = try Fixtures.text(Fixtures.transcriptName)
    let output = InterleavedMarkdownWriter().render(Aligner().align(try Fixtures.transcript()))
    #expect(trimmed(output) == trimmed(original))
  }

  @Test func splitThenInterleavedReproducesTheTranscript() throws {
    let original = try Fixtures.transcript()
    let alignment = Aligner().align(original)
    var english = ""
    var chinese = ""
    SplitMarkdownWriter().write(alignment, english: &english, chinese: &chinese)

    let englishDocument = try BilingualDocument(parsing: english, source: "talk.en.md")
    let chineseDocument = try BilingualDocument(parsing: chinese, source: "talk.zh.md")
    #expect(englishDocument.frontMatter?.entries == original.frontMatter?.entries)
    #expect(chineseDocument.frontMatter?.entries == original.frontMatter?.entries)
    let headings = original.sections.map { $0.heading?.text }
    #expect(englishDocument.sections.map { $0.heading?.text } == headings)
    #expect(chineseDocument.sections.map { $0.heading?.text } == headings)
    #expect(englishDocument.blocks.allSatisfy { $0.language == .english })
    #expect(chineseDocument.blocks.allSatisfy { $0.language == .chinese })
    #expect(englishDocument.blocks.count == 102)
    #expect(chineseDocument.blocks.count == 102)

    // The two-file alignment of the split output equals the one-file alignment
    // (positions aside: the files have different line numbers).
    let twoFile = Aligner().align(english: englishDocument, chinese: chineseDocument)
    #expect(twoFile.sections.map { $0.heading?.text } == alignment.sections.map { $0.heading?.text })
    #expect(twoFile.segments.map(\.englishText) == alignment.segments.map(\.englishText))
    #expect(twoFile.segments.map(\.chineseText) == alignment.segments.map(\.chineseText))
    #expect(twoFile.segments.map(\.kind) == alignment.segments.map(\.kind))
    #expect(twoFile.segments.map(\.method) == alignment.segments.map(\.method))
    #expect(twoFile.segments.map(\.score) == alignment.segments.map(\.score))

    let interleaved = InterleavedMarkdownWriter().render(twoFile)
    #expect(trimmed(interleaved) == trimmed(try Fixtures.text(Fixtures.transcriptName)))
  }

  @Test func everyKindKeepsItsParagraphs() {
    let output = InterleavedMarkdownWriter().render(ExportSamples.kinds)
    #expect(
      output == """
        Intro.

        引言。

        ### 小节

        One.

        一。

        Two a.

        Two b.

        二。

        Three.

        三甲。

        三乙。

        Four, alone.

        五，孤独。

        """)
  }

  @Test func splitKeepsHeadingsInBothFiles() {
    var english = ""
    var chinese = ""
    SplitMarkdownWriter().write(ExportSamples.kinds, english: &english, chinese: &chinese)
    #expect(english == "Intro.\n\n### 小节\n\nOne.\n\nTwo a.\n\nTwo b.\n\nThree.\n\nFour, alone.\n")
    #expect(chinese == "引言。\n\n### 小节\n\n一。\n\n二。\n\n三甲。\n\n三乙。\n\n五，孤独。\n")
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("2025-10-06", "'2025-10-06'"),
    ("12", "12"),
    ("true", "true"),
    ("", "''"),
    ("it's: odd", "'it''s: odd'"),
    ("- dash", "'- dash'"),
    ("a #tag", "'a #tag'"),
    ("two\nlines \"q\"", "\"two\\nlines \\\"q\\\"\""),
    ("https://example.com/a?b=c", "https://example.com/a?b=c"),
    ("中文：标题", "中文：标题"),
  ])
  func frontMatterScalarsReadBack(value: String, written: String) throws {
    let frontMatter = FrontMatter(entries: [FrontMatter.Entry(key: "key", value: .string(value))])
    #expect(frontMatter.yaml == "key: \(written)\n")
    let document = try BilingualDocument(parsing: "---\n\(frontMatter.yaml)---\nBody.\n")
    #expect(document.frontMatter?.entries == frontMatter.entries)
  }

  @Test func frontMatterListsAndRawValuesReadBack() throws {
    let source =
      "---\ntags:\n  - a\n  - 'b: c'\nempty: []\nblock: |\n  line one\n  line two\nmap:\n  x: 1\n---\nBody.\n"
    let original = try #require(try BilingualDocument(parsing: source).frontMatter)
    let yaml = original.yaml
    let again = try BilingualDocument(parsing: "---\n\(yaml)---\nBody.\n").frontMatter
    #expect(again?.entries == original.entries)
    #expect(yaml.hasPrefix("tags:\n  - a\n  - 'b: c'\nempty: []\n"))
  }
}

@Suite struct SplitMarkdownEdgeTests {
  /// Content before the first heading in one language only: the other file
  /// gets a comment so that sections still pair by position.
  @Test(arguments: [
    ("Only English first.\n\n# T\n\nHello.\n\n你好。\n", "Chinese"),
    ("只有中文。\n\n# T\n\nHello.\n\n你好。\n", "English"),
  ])
  func untitledSectionWithOneLanguage(source: String, missing: String) throws {
    let alignment = Aligner().align(try BilingualDocument(parsing: source))
    var english = ""
    var chinese = ""
    SplitMarkdownWriter().write(alignment, english: &english, chinese: &chinese)
    let comment = "<!-- bitext: no \(missing) paragraphs before the first heading -->\n\n# T\n"
    #expect((missing == "English" ? english : chinese).hasPrefix(comment))
    let twoFile = Aligner().align(
      english: try BilingualDocument(parsing: english), chinese: try BilingualDocument(parsing: chinese))
    #expect(twoFile.sections.map { $0.heading?.text } == [nil, "T"])
    #expect(twoFile.segments.map(\.englishText) == alignment.segments.map(\.englishText))
    #expect(twoFile.segments.map(\.chineseText) == alignment.segments.map(\.chineseText))
    #expect(twoFile.segments.map(\.kind) == alignment.segments.map(\.kind))
  }
}
