/// Writes Markdown blocks separated by blank lines: the layout shared by
/// ``InterleavedMarkdownWriter`` and ``SplitMarkdownWriter``.
struct MarkdownBlocks {
  private var hasBlocks = false

  /// Writes `frontMatter` between `---` fences; the first block follows on the next line.
  mutating func frontMatter(_ frontMatter: FrontMatter?, to output: inout some TextOutputStream) {
    guard let frontMatter else { return }
    output.write("---\n")
    output.write(frontMatter.yaml)
    output.write("---\n")
  }

  /// Writes an ATX heading of the heading's level.
  mutating func heading(_ heading: Heading, to output: inout some TextOutputStream) {
    headingLine(heading.text, level: heading.level, to: &output)
  }

  /// Writes an ATX heading of `text` at `level`.
  mutating func headingLine(_ text: Substring, level: Int, to output: inout some TextOutputStream) {
    let marks = String(repeating: "#", count: min(max(level, 1), 6))
    block(text.isEmpty ? marks : marks + " " + text, to: &output)
  }

  /// Writes a paragraph's text as it is.
  mutating func paragraph(_ text: Substring, to output: inout some TextOutputStream) {
    block(String(text), to: &output)
  }

  /// Writes an HTML comment, a block that is never aligned.
  mutating func comment(_ text: String, to output: inout some TextOutputStream) {
    block("<!-- \(text) -->", to: &output)
  }

  private mutating func block(_ text: String, to output: inout some TextOutputStream) {
    if hasBlocks { output.write("\n") }
    hasBlocks = true
    output.write(text)
    output.write("\n")
  }
}
