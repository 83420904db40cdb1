import Bitext
import Testing

/// Compile-time check that the rendering values can cross concurrency domains.
@Suite struct RenderingSendableTests {
  @Test func renderersAreSendable() async {
    let values: [any Sendable] = [
      DisplayWidth.default, TextWrapper(width: 10), SideBySideRenderer(), MarkdownTableRenderer(),
      HTMLRenderer(), ColumnOrder.englishFirst, TerminalStyle(isEnabled: false),
    ]
    let rendered = await Task.detached { SideBySideRenderer(options: .init(width: 30)).options.width }.value
    #expect(values.count == 7)
    #expect(rendered == 30)
  }
}
