import Foundation
import Testing

@testable import Bitext

/// Layouts and heading variants, on small hand-written documents.
@Suite struct LayoutTests {
  private func kinds(_ alignment: Alignment) -> [String] {
    alignment.segments.map { "\($0.kind)" }
  }

  @Test(arguments: ["#Abstract", "##摘要", "#  Abstract"])
  func headingWithoutSpaceIsTolerated(line: String) throws {
    let document = try BilingualDocument(parsing: line + "\n\nText.\n")
    let heading = try #require(document.sections.first?.heading)
    #expect(heading.text == line.drop { $0 == "#" || $0 == " " })
  }

  @Test func doubledHeadingOpensOneSection() throws {
    let text = "## Results\n\n## 结果\n\nIt works.\n\n它有效。\n\n## Next\n\nMore.\n\n更多。\n"
    let document = try BilingualDocument(parsing: text)
    #expect(document.sections.count == 2)
    #expect(document.sections[0].heading?.text == "Results")
    #expect(document.sections[0].heading?.translation == "结果")
    #expect(document.sections[1].heading?.translation == nil)
    let json = AlignmentJSON.encode(Aligner().align(document), prettyPrinted: false)
    #expect(json.contains(#""language":"english","translation":"结果""#))
  }

  @Test func headingsOfOneLanguageInARowStaySeparate() throws {
    let document = try BilingualDocument(parsing: "## One\n\n## Two\n\nText.\n")
    #expect(document.sections.map { $0.heading?.text } == ["One", "Two"])
  }

  @Test func bilingualHeadingInOneLine() throws {
    let document = try BilingualDocument(parsing: "## Tables（表）\n\nRows.\n\n行。\n")
    #expect(document.sections[0].heading?.text == "Tables（表）")
    #expect(kinds(Aligner().align(document)) == ["1-1"])
  }

  @Test func alternatingListLinesAreLineUnits() throws {
    let text = """
      # Glossary

      - Open weights are model parameters anyone can download.
      - 开放权重是任何人都可以下载的模型参数。
      - A token is a piece of text a model reads.
      - 词元是模型读取的一段文本。

      """
    let alignment = Aligner().align(try BilingualDocument(parsing: text))
    #expect(kinds(alignment) == ["1-1", "1-1"])
    #expect(alignment.segments[1].english[0].line == 5)
    #expect(alignment.segments[1].chinese[0].line == 6)
    #expect(alignment.segments[1].chinese[0].text == "- 词元是模型读取的一段文本。")
  }

  @Test func quotedLinePairsAreLineUnits() throws {
    let text = "# Quotes\n\n> We will win.\n> 我们会赢。\n\n> It is early.\n> 现在还早。\n"
    let alignment = Aligner().align(try BilingualDocument(parsing: text))
    #expect(alignment.segments.map { $0.english[0].line } == [3, 6])
    #expect(alignment.segments.map { $0.chinese[0].line } == [4, 7])
  }

  /// A paragraph in both languages without blank lines: its units (first
  /// line, last line, language) and the kinds of its segments. Regression:
  /// a list with one untranslated item, or a quote with an empty `>` line,
  /// was one Chinese paragraph, a `0-1` scored 1.0.
  struct MixedParagraphCase: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let units: [String]
    let kinds: [String]
    var testDescription: String { name }
  }

  static let mixedParagraphCases: [MixedParagraphCase] = [
    MixedParagraphCase(
      name: "list item without a translation",
      text: "* Chips are scarce across the industry.\n* 芯片在整个行业都供不应求。\n* Energy prices keep rising.\n"
        + "* Talent is hard to find and to keep.\n* 人才难找，更难留住。\n",
      units: ["3-3 english", "4-4 chinese", "5-5 english", "6-6 english", "7-7 chinese"], kinds: ["1-1", "1-0", "1-1"]),
    MixedParagraphCase(
      name: "numbered list",
      text: "1. Plan the work.\n1. 规划工作。\n2) Work the plan.\n2) 执行计划。\n",
      units: ["3-3 english", "4-4 chinese", "5-5 english", "6-6 chinese"], kinds: ["1-1", "1-1"]),
    MixedParagraphCase(
      name: "quote with an empty line",
      text: "> The best way to predict the future is to invent it.\n>\n> 预测未来的最好方法就是创造未来。\n",
      units: ["3-3 english", "5-5 chinese"], kinds: ["1-1"]),
    MixedParagraphCase(
      name: "alternating sentences, one per line",
      text: "We shipped it.\n我们发布了它。\nIt was *spring.*\n那是春天。\n",
      units: ["3-3 english", "4-4 chinese", "5-5 english", "6-6 chinese"], kinds: ["1-1", "1-1"]),
    // Regressions from review: hard-wrapped prose alternates by accident.
    MixedParagraphCase(
      name: "a hard-wrapped Chinese paragraph with a line of names",
      text: "开源模型的生态在过去一年里变化很大，包括\nHugging Face Transformers、PyTorch Lightning 和 vLLM\n"
        + "在内的项目都已经成为研究人员日常使用的工具。\n",
      units: ["3-5 chinese"], kinds: ["0-1"]),
    MixedParagraphCase(
      name: "a wrap after a sentence end before a line of names",
      text: "开源模型的生态在过去一年里变化很大。研究人员\n每天都在使用这些工具，包括下面这些项目。\n"
        + "Hugging Face Transformers, PyTorch Lightning, vLLM.\n",
      units: ["3-5 chinese"], kinds: ["0-1"]),
    MixedParagraphCase(
      name: "list item wrapped on a second line",
      text: "- Chips are scarce\n  across the industry.\n- 芯片供不应求。\n",
      units: ["3-4 english", "5-5 chinese"], kinds: ["1-1"]),
    MixedParagraphCase(
      name: "a list item of neither language is a unit the aligner leaves out",
      text: "- Revenue grew.\n- 收入增长了。\n- 2025\n",
      units: ["3-3 english", "4-4 chinese", "5-5 neutral"], kinds: ["1-1"]),
    MixedParagraphCase(
      name: "a list item of a URL only is a media block",
      text: "- Revenue grew.\n- 收入增长了。\n- https://example.com/report\n",
      units: ["3-3 english", "4-4 chinese", "5-5 neutral"], kinds: ["1-1"]),
    MixedParagraphCase(
      name: "list items inside a quote",
      text: "> - Chips are scarce.\n> - 芯片供不应求。\n> - Energy prices keep rising.\n> - Talent is hard to keep.\n"
        + "> - 人才难留。\n",
      units: ["3-3 english", "4-4 chinese", "5-5 english", "6-6 english", "7-7 chinese"], kinds: ["1-1", "1-0", "1-1"]),
    MixedParagraphCase(
      name: "a line of prose before a bilingual list",
      text: "Here are the points we discussed today:\n* Chips are scarce.\n* 芯片供不应求。\n* Talent is hard to keep.\n"
        + "* 人才难留。\n",
      units: ["3-3 english", "4-4 english", "5-5 chinese", "6-6 english", "7-7 chinese"],
      kinds: ["1-0", "1-1", "1-1"]),
    MixedParagraphCase(
      name: "a number that cannot start a list stays in the prose",
      text: "The list of the changes that we made began in\n2020. 那年。\n",
      units: ["3-4 english"], kinds: ["1-0"]),
    // Regressions from review: prose with a line in the other language stays whole.
    MixedParagraphCase(
      name: "a Chinese line quoted inside an English paragraph",
      text: "The poem opens with a line that every child in China learns by heart at school:\n床前明月光，疑是地上霜。\n"
        + "It sets the whole scene in just two quiet images, the moonlight on the floor\nand the frost it is mistaken for.\n\n"
        + "这首诗的开头是每个孩子都知道的一句：床前明月光，疑是地上霜。它用月光和霜两个意象营造了场景。\n",
      units: ["3-6 english", "8-8 chinese"], kinds: ["1-1"]),
    MixedParagraphCase(
      name: "a line of product names inside a Chinese paragraph",
      text: "我们比较了几个模型，\n结果很有意思。\nGPT-4 Turbo and Claude Sonnet\n都比去年的版本更快。\n\n"
        + "We compared several models, and the results were interesting: GPT-4 Turbo and Claude Sonnet are both faster than last year.\n",
      units: ["3-6 chinese", "8-8 english"], kinds: ["1-1"]),
    MixedParagraphCase(
      name: "wrapped lines not ending a sentence before the other language stay whole",
      text: "Here is the phrase\nin question\n内卷\n",
      units: ["3-5 english"], kinds: ["1-0"]),
  ]

  @Test(arguments: mixedParagraphCases)
  func paragraphInBothLanguagesSplitsIntoUnits(_ test: MixedParagraphCase) throws {
    let document = try BilingualDocument(parsing: "# List\n\n" + test.text)
    #expect(document.blocks.map { "\($0.line)-\($0.endLine) \($0.language)" } == test.units)
    #expect(kinds(Aligner().align(document)) == test.kinds)
  }

  @Test(arguments: [
    ("Done.", true), ("他说：“好。”", true), ("Really?)", true), ("结束。」", true), ("Wait…", true),
    ("and so", false), ("as he wrote:", false), ("“quoted”", false), ("！", true),
  ])
  func sentenceEnds(line: String, ends: Bool) {
    var text = line
    let result = text.withUTF8 { bytes in
      var cursor = LineCursor(bytes: bytes, offset: 0)
      return cursor.next().map { LineSyntax(bytes: bytes).endsSentence($0) }
    }
    #expect(result == ends)
  }

  @Test func wrappedEnglishParagraphStaysOneBlock() throws {
    let document = try BilingualDocument(parsing: "First line of text\nsecond line of text.\n\n两行。\n")
    #expect(document.blocks.count == 2)
  }

  @Test func bilingualNavigationLineIsItsOwnSegment() throws {
    let text = "# Talk\n\n首页 Home | 关于 About\n\nHello there.\n\n你好。\n\nGoodbye now.\n\n再见。\n"
    let document = try BilingualDocument(parsing: text)
    #expect(document.sections[0].blocks[0].isBilingualUnit)
    #expect(!document.sections[0].blocks[1].isBilingualUnit)
    let alignment = Aligner().align(document)
    // Its own segment, first, and the pairs after it still pair by ordinal.
    #expect(kinds(alignment) == ["0-1", "1-1", "1-1"])
    #expect(alignment.segments[0].chinese[0].line == 3)
    #expect(alignment.segments.allSatisfy { $0.method == .ordinal })
    #expect(AlignmentInvariants(document: document).violations(of: alignment).isEmpty)
  }

  /// Regression (found by the fuzzer): a bilingual line between the
  /// translations of one split paragraph was put before the `1-3` segment
  /// that spanned it, out of document order. Segments may not span it; the
  /// line is its own segment, whichever language it counts as (`首页 Home |
  /// 关于 About` is Chinese, `Go to a new page 首页` English).
  @Test(arguments: ["首页 Home | 关于 About", "Go to a new page 首页"])
  func bilingualLineInsideASplitTranslationKeepsDocumentOrder(line: String) throws {
    let text = """
      # Talk

      The trade deal opens European markets to American goods. It sets a fifteen percent tariff on European \
      goods. Europe will also buy $750 billion of American energy over three years.

      这项贸易协议向美国商品开放了欧洲市场。

      它对欧洲商品征收百分之十五的关税。

      \(line)

      欧洲还将在三年内购买7500亿美元的美国能源。

      We think the open source ecosystem matters more than any single model release.

      我们认为开源生态系统比任何单一模型的发布都更重要。

      """
    let document = try BilingualDocument(parsing: text)
    let alignment = Aligner().align(document)
    #expect(AlignmentInvariants(document: document).violations(of: alignment).isEmpty)
    #expect(alignment.segments.contains { ($0.english + $0.chinese).map(\.line) == [9] })
    // Segment by segment, the whole output follows the document: no segment
    // starts before the previous one ends.
    let spans = alignment.segments.map { segment in
      let lines = (segment.english + segment.chinese).map(\.line)
      return (lines.min() ?? 0, lines.max() ?? 0)
    }
    for (previous, next) in zip(spans, spans.dropFirst()) { #expect(previous.1 < next.0) }
  }

  @Test func chineseSentenceWithANameIsNotBilingual() throws {
    let document = try BilingualDocument(parsing: "我们请来了Groq的首席运营官Sunny Madra。\n")
    #expect(document.blocks[0].isBilingualUnit == false)
  }

  @Test func twoFilesWithAMissingTranslation() throws {
    let english = try BilingualDocument(
      parsing: """
        # Talk

        The trade deal opens European markets to American goods at zero tariffs.

        Europe also committed to buying $750 billion of American energy.

        China released more than 15% of the open models in 2025.

        """, source: "talk.en.md")
    let chinese = try BilingualDocument(
      parsing: "# 演讲\n\n这项贸易协议以零关税向美国商品开放欧洲市场。\n\n中国发布了2025年超过15%的开源模型。\n", source: "talk.zh.md")
    let alignment = Aligner().align(english: english, chinese: chinese)
    #expect(kinds(alignment) == ["1-1", "1-0", "1-1"])
    #expect(alignment.segments.allSatisfy { $0.method == .length })
    let json = AlignmentJSON.encode(alignment, prettyPrinted: false)
    #expect(json.contains(#"{"file":"talk.en.md","line":3,"#))
    #expect(json.contains(#"{"file":"talk.zh.md","line":3,"#))
    let oneFile = AlignmentJSON.encode(Aligner().align(english), prettyPrinted: false)
    #expect(!oneFile.contains(#""file""#))
  }

  @Test func layoutOverride() throws {
    // Interleaved text aligned as blocks loses the adjacency signal but
    // still pairs by length and anchors.
    let text = "# T\n\nOne two three four.\n\n一二三四。\n\nFive six.\n\n五六。\n"
    let blocks = Aligner(options: .init(strategy: .length, layout: .blocks)).align(try BilingualDocument(parsing: text))
    #expect(kinds(blocks) == ["1-1", "1-1"])
  }
}
