import Bitext
import Testing

@Suite struct MarkupEscapingTests {
  @Test(arguments: [
    ("plain text", "plain text"),
    ("a | b", "a \\| b"),
    ("a \\| b", "a \\\\| b"),
    ("line one\nline two", "line one<br>line two"),
    ("crlf\r\nend", "crlf<br>end"),
    ("pipe at break\n| next", "pipe at break<br>\\| next"),
    ("  padded  ", "padded"),
    ("中文｜全角竖线不用转义", "中文｜全角竖线不用转义"),
  ])
  func markdownCellText(input: String, expected: String) {
    #expect(MarkdownTableRenderer.cellText(input) == expected)
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
    ("Tom & \"Jerry\"", "Tom &amp; &quot;Jerry&quot;"),
    ("&amp; stays literal", "&amp;amp; stays literal"),
    ("“引号”与《书名》", "“引号”与《书名》"),
    ("👨‍👩‍👧 e\u{301}", "👨‍👩‍👧 e\u{301}"),
  ])
  func htmlEscape(input: String, expected: String) {
    #expect(HTMLRenderer.escape(input) == expected)
  }

  static func alignment(_ text: String) throws -> Alignment {
    Aligner().align(try BilingualDocument(parsing: text, source: "<tests>"))
  }

  @Test func markdownTableEscapesCellsAndMarksEmptyOnes() throws {
    let alignment = try Self.alignment(
      """
      ---
      title: A | B
      ---
      ## Pipes | and <tags>

      Use a | b
      or not.

      用 a | b。
      """)
    let markdown = MarkdownTableRenderer().render(alignment)
    #expect(
      markdown == """
        # A | B

        ## Pipes | and <tags>

        | English | 中文 |
        | --- | --- |
        | Use a \\| b<br>or not. | 用 a \\| b。 |

        """)
    let swapped = MarkdownTableRenderer(options: .init(order: .chineseFirst, lineNumbers: true)).render(alignment)
    #expect(swapped.contains("| 中文 | English |"))
    #expect(swapped.contains("| `L9` 用 a \\| b。 | `L6` Use a \\| b<br>or not. |"))
  }

  @Test func htmlPageEscapesTextAndAnchorsHeadings() throws {
    let alignment = try Self.alignment(
      """
      ---
      title: <Title> & "more"
      date: 2026-11-25
      ---
      ## Fish & <chips>

      He said "hi" & left.
      Next line.

      他说“嗨”然后走了。

      ## 第二节

      Only English <b>here</b>.
      """)
    let html = HTMLRenderer().render(alignment)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.contains("<title>&lt;Title&gt; &amp; &quot;more&quot;</title>"))
    #expect(html.contains("<p class=\"date\"><time>2026-11-25</time></p>"))
    #expect(html.contains("<li><a href=\"#section-1\">Fish &amp; &lt;chips&gt;</a></li>"))
    #expect(
      html.contains(
        "<h2><a class=\"anchor\" href=\"#section-1\" aria-hidden=\"true\">#</a> Fish &amp; &lt;chips&gt;</h2>"))
    #expect(
      html.contains(
        "<td lang=\"en\"><p>He said &quot;hi&quot; &amp; left.<br>\nNext line.</p></td><td lang=\"zh\"><p>他说“嗨”然后走了。</p></td>"
      ))
    #expect(html.contains("<section id=\"section-2\">"))
    #expect(html.contains("Only English &lt;b&gt;here&lt;/b&gt;."))
    #expect(html.contains("<td lang=\"zh\" class=\"empty\">no Chinese</td>"))
    #expect(!html.contains("<b>here"))
    #expect(html.hasSuffix("</main>\n</body>\n</html>\n"))
  }
}
