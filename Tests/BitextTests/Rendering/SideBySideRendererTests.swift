import Testing

@testable import Bitext

@Suite struct SideBySideRendererTests {
  /// A small alignment with every segment shape the view must handle.
  static func mixedAlignment() throws -> Alignment {
    let text = """
      ---
      title: 小测试 A small test
      date: 2026-11-25
      ---
      ### 第一节 One

      Hello there, this is the first paragraph.

      你好，这是第一段。

      A second English paragraph.

      And a third one that merges.

      第二段与第三段合并成一段译文。

      Only English here.

      只有中文。
      """
    let document = try BilingualDocument(parsing: text, source: "mixed.md")
    let blocks = document.blocks
    func segment(_ english: [Int], _ chinese: [Int]) -> Segment {
      Segment(
        english: english.map { blocks[$0] }, chinese: chinese.map { blocks[$0] }, method: .ordinal,
        score: 0.5)
    }
    let heading = try #require(document.sections.first?.heading)
    return Alignment(
      source: "mixed.md", frontMatter: document.frontMatter,
      sections: [
        AlignedSection(
          heading: heading,
          segments: [segment([0], [1]), segment([2, 3], [4]), segment([5], []), segment([], [6])])
      ])
  }

  @Test func stacksParagraphsAndMarksEmptyCells() throws {
    let view = SideBySideRenderer(options: .init(width: 40)).render(try Self.mixedAlignment())
    let expected = """
      小测试 A small test
      2026-11-25

      English            │ 中文
      ───────────────────┼────────────────────

      ── 第一节 One ──────────────────────────
      Hello there, this  │ 你好，这是第一段。
      is the first       │
      paragraph.         │
                         │
      A second English   │ 第二段与第三段合并
      paragraph.         │ 成一段译文。
                         │
      And a third one    │
      that merges.       │
                         │
      Only English here. │ (no Chinese)
                         │
      (no English)       │ 只有中文。

      """
    #expect(view == expected)
  }

  @Test func chineseFirstSwapsColumnsAndLineNumbersShowSourceLines() throws {
    let options = SideBySideRenderer.Options(width: 40, order: .chineseFirst, lineNumbers: true)
    let view = SideBySideRenderer(options: options).render(try Self.mixedAlignment())
    let lines = view.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.contains("中文               │ English"))
    #expect(lines.contains(" 9 你好，这是第一  │  7 Hello there,"))
    #expect(lines.contains("   段。            │    this is the"))
    #expect(lines.contains("── 5 第一节 One ────────────────────────"))
    #expect(lines.contains("(no Chinese)       │ 17 Only English"))
    #expect(lines.contains("19 只有中文。      │ (no English)"))
  }

  @Test func colorStylesHeadingsAndMarkersButNotWidths() throws {
    let plain = SideBySideRenderer(options: .init(width: 50)).render(try Self.mixedAlignment())
    let colored = SideBySideRenderer(options: .init(width: 50, color: true)).render(try Self.mixedAlignment())
    #expect(colored.contains("\u{1B}[1m── 第一节 One"))
    #expect(colored.contains("\u{1B}[2m(no Chinese)\u{1B}[0m"))
    #expect(Self.strippingEscapes(colored) == plain)
    #expect(!plain.contains("\u{1B}"))
  }

  @Test func transcriptGoldens() throws {
    let alignment = Aligner().align(try Fixtures.transcript())
    for width in [60, 100, 160] {
      let view = SideBySideRenderer(options: .init(width: width)).render(alignment)
      Snapshot.check(view, named: "show-text-\(width).txt")
    }
    Snapshot.check(MarkdownTableRenderer().render(alignment), named: "show-markdown.md")
    Snapshot.check(HTMLRenderer().render(alignment), named: "show-html.html")
  }

  /// Every line fits, and each column gives back its paragraphs.
  @Test(arguments: [false, true]) func everyLineFitsAndColumnsKeepTheText(ambiguousIsWide: Bool) throws {
    // The transcript at a spread of widths; the small inputs at every width to 120.
    let inputs = [
      (Aligner().align(try Fixtures.transcript()), [20, 21, 22, 23, 25, 28, 33, 41, 52, 60, 77, 100, 131, 160, 200]),
      (try Self.mixedAlignment(), Array(20...120) + [160, 200, 240]),
      (try Self.hardAlignment(), Array(20...120) + [160, 200, 240]),
    ]
    let measure = DisplayWidth(ambiguousIsWide: ambiguousIsWide)
    for (alignment, widths) in inputs {
      for width in widths {
        for order in ColumnOrder.allCases {
          let options = SideBySideRenderer.Options(width: width, order: order, displayWidth: measure)
          let view = SideBySideRenderer(options: options).render(alignment)
          let lines = view.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
          let tooWide = lines.filter { measure.width(of: $0) > width }
          #expect(tooWide.isEmpty, "width \(width) \(order): \(tooWide.prefix(3))")
          let layout = SideBySideRenderer.Layout(options: options, alignment: alignment)
          let columns = Self.columns(of: lines, leftWidth: layout.leftWidth, measure: measure)
          let segments = alignment.segments.map { order.columns(of: $0) }
          let left = segments.flatMap(\.left).map { String($0.text) }.joined()
          let right = segments.flatMap(\.right).map { String($0.text) }.joined()
          let leftDifference = Self.firstDifference(columns.left, Self.compact(left))
          let rightDifference = Self.firstDifference(columns.right, Self.compact(right))
          #expect(leftDifference == nil, "left column at width \(width) \(order)")
          #expect(rightDifference == nil, "right column at width \(width) \(order)")
        }
      }
    }
  }

  /// With line numbers and colors too, no line is wider than asked (escape
  /// sequences take no column).
  @Test func everyLineFitsWithLineNumbersAndColor() throws {
    let inputs = [
      (Aligner().align(try Fixtures.transcript()), [20, 47, 121]),
      (try Self.hardAlignment(), Array(20...60)),
    ]
    for (alignment, widths) in inputs {
      for width in widths {
        for ambiguousIsWide in [false, true] {
          let measure = DisplayWidth(ambiguousIsWide: ambiguousIsWide)
          let options = SideBySideRenderer.Options(
            width: width, order: .chineseFirst, lineNumbers: true, color: true, displayWidth: measure)
          let view = Self.strippingEscapes(SideBySideRenderer(options: options).render(alignment))
          let tooWide = view.split(separator: "\n").filter { measure.width(of: $0) > width }
          #expect(tooWide.isEmpty, "width \(width): \(tooWide.prefix(3))")
        }
      }
    }
  }

  @Test func narrowWidthsAreRaisedToTheMinimum() throws {
    let alignment = try Self.mixedAlignment()
    let tiny = SideBySideRenderer(options: .init(width: 5)).render(alignment)
    #expect(tiny == SideBySideRenderer(options: .init(width: 20)).render(alignment))
  }

  /// Text that is hard to lay out: emoji sequences, flags, a long URL, combining
  /// accents, ambiguous punctuation, a long heading, no front matter.
  static func hardAlignment() throws -> Alignment {
    let text = """
      ### A heading long enough to wrap at narrow widths, with 中文标题也很长很长很长

      Family 👨‍👩‍👧‍👦 and 👍🏽 and 🇨🇳🇺🇸 see https://www.youtube.com/watch?v=fTqINzeudJ4&list=PL1234567890 “quoted” — café naïve…

      家庭👨‍👩‍👧‍👦，国旗🇨🇳！“引号”——省略……（括号）《书名》「引用」、顿号；分号：冒号？问号。ＦＵＬＬ　ｗｉｄｔｈ

      Supercalifragilisticexpialidocious-antidisestablishmentarianism.

      一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十。
      """
    return Aligner().align(try BilingualDocument(parsing: text, source: "hard.md"))
  }

  /// Each column's cell text, concatenated without white space; the column
  /// titles and empty-cell markers are left out.
  static func columns(
    of lines: ArraySlice<Substring>, leftWidth: Int, measure: DisplayWidth
  ) -> (left: String, right: String) {
    var left = ""
    var right = ""
    var sawTitles = false
    for line in lines {
      guard let gutter = gutterIndex(in: line, leftWidth: leftWidth, measure: measure) else { continue }
      if !sawTitles {
        sawTitles = true
        continue
      }
      left += line[..<gutter]
      right += line[line.index(after: gutter)...]
    }
    return (strippingMarkers(compact(left)), strippingMarkers(compact(right)))
  }

  /// The index of the gutter's `│` when it sits right after the left column.
  static func gutterIndex(in line: Substring, leftWidth: Int, measure: DisplayWidth) -> Substring.Index? {
    var columns = 0
    var index = line.startIndex
    while index < line.endIndex {
      if columns == leftWidth + 1 { return line[index] == "│" ? index : nil }
      if columns > leftWidth + 1 { return nil }
      columns += measure.width(of: line[index])
      index = line.index(after: index)
    }
    return nil
  }

  /// Where two strings first differ, with a little of each around it; `nil` when equal.
  static func firstDifference(_ actual: String, _ expected: String) -> String? {
    guard actual != expected else { return nil }
    let common = zip(actual, expected).prefix { $0 == $1 }.count
    return "at character \(common): got \(actual.dropFirst(common).prefix(30))… "
      + "expected \(expected.dropFirst(common).prefix(30))…"
  }

  static func compact(_ text: String) -> String {
    text.filter { !$0.isWhitespace || $0 == "\u{3000}" }
  }

  static func strippingMarkers(_ text: String) -> String {
    text.replacing("(noEnglish)", with: "").replacing("(noChinese)", with: "")
  }

  static func strippingEscapes(_ text: String) -> String {
    text.replacing(/\x1B\[[0-9;]*m/, with: "")
  }
}
