import Bitext
import Testing

@Suite struct TSVWriterTests {
  private func rows(_ text: String) -> [[String]] {
    text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
      line.split(separator: "\t", omittingEmptySubsequences: false).map(TSVWriter.unescape)
    }
  }

  @Test(arguments: [
    ("plain 中文", "plain 中文"),
    ("a\tb", "a\\tb"),
    ("a\nb\r\n", "a\\nb\\r\\n"),
    ("back\\slash \\n", "back\\\\slash \\\\n"),
  ])
  func escapes(raw: String, escaped: String) {
    #expect(TSVWriter.escape(raw) == escaped)
    #expect(TSVWriter.unescape(escaped) == raw)
  }

  @Test func unescapeKeepsUnknownEscapes() {
    #expect(TSVWriter.unescape("\\x \\") == "\\x \\")
  }

  @Test func transcriptHasHeaderAndOneRowPerSegment() throws {
    var text = ""
    let writer = TSVWriter(columns: [.section, .lines, .kind, .method, .score])
    writer.write(Aligner().align(try Fixtures.transcript()), to: &text)
    let table = rows(text)
    #expect(table.count == 103)
    #expect(
      table[0] == [
        "english", "chinese", "section", "english_lines", "chinese_lines", "kind", "method", "score",
      ])
    #expect(table.allSatisfy { $0.count == 8 })
    #expect(table[1][0].hasPrefix("on all goods coming from Europe"))
    #expect(table[1][1].hasPrefix("所有从欧洲进口的商品"))
    #expect(Array(table[1][2...6]) == ["贸易协议的积极影响与市场反应", "28", "30", "1-1", "ordinal"])
    #expect(Double(table[1][7]).map { $0 > 0.5 && $0 <= 1 } == true)
  }

  @Test func trickyTextUnescapesBack() {
    var text = ""
    TSVWriter().write(ExportSamples.tricky, to: &text)
    let table = rows(text)
    #expect(table.count == ExportSamples.trickyTexts.count + 1)
    #expect(table.dropFirst().map { $0[0] } == ExportSamples.trickyTexts)
    #expect(table.dropFirst().map { $0[1] } == ExportSamples.trickyTexts.map { "中文：" + $0 })
  }

  @Test func mergedAndEmptySides() {
    var text = ""
    TSVWriter(
      columns: [.lines, .kind], filter: ExportFilter(kinds: [SegmentKind(english: 2, chinese: 1), .untranslated])
    )
    .write(ExportSamples.kinds, to: &text)
    #expect(
      text == """
        english\tchinese\tenglish_lines\tchinese_lines\tkind
        Two a.\\n\\nTwo b.\t二。\t5,7\t105\t2-1
        Four, alone.\t\t13\t\t1-0

        """)
  }
}
