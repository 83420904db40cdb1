/// Writes an alignment as one bilingual Markdown document in the shape of
/// the bundled transcript: front matter, then per section its heading and
/// each English paragraph followed by its Chinese translation.
///
/// ```markdown
/// ---
/// title: 中美AI竞争、开源模型崛起与全球贸易格局重塑
/// ---
/// ### 贸易协议的积极影响与市场反应
///
/// on all goods coming from Europe, …
///
/// 所有从欧洲进口的商品，…
/// ```
///
/// Blocks are separated by one blank line. A merged segment (`2-1`) writes
/// its English paragraphs, then its Chinese ones; an unpaired paragraph
/// (`1-0`, `0-1`) is written alone. Only what the alignment holds is
/// written: blocks that are not aligned (code, tables, HTML, link lines) are
/// not part of an ``Alignment`` and so are not reproduced.
public struct InterleavedMarkdownWriter: AlignmentWriter {
  /// Creates a writer.
  public init() {}

  /// Writes `alignment` as interleaved Markdown to `output`, one section at a time.
  public func write(_ alignment: Alignment, to output: inout some TextOutputStream) {
    var markdown = MarkdownBlocks()
    markdown.frontMatter(alignment.frontMatter, to: &output)
    for section in alignment.sections {
      if let heading = section.heading {
        markdown.heading(heading, to: &output)
        // A doubled heading is written back as its two lines.
        if let translation = heading.translation {
          markdown.headingLine(translation, level: heading.level, to: &output)
        }
      }
      for segment in section.segments {
        for block in segment.englishBlocks { markdown.paragraph(block.text, to: &output) }
        for block in segment.chineseBlocks { markdown.paragraph(block.text, to: &output) }
      }
    }
  }

}
