/// Writes an alignment as two Markdown documents, one per language, with
/// the same front matter and the same headings: the parallel-files layout
/// that ``Aligner/align(english:chinese:)`` reads back.
///
/// ```swift
/// var english = "", chinese = ""
/// SplitMarkdownWriter().write(alignment, english: &english, chinese: &chinese)
/// ```
///
/// Every section's heading goes to both files, even when one side of the
/// section has no paragraphs, so sections still pair by position. Content
/// before the first heading has no heading to write: when only one language
/// has paragraphs there, the other file gets an HTML comment in their place
/// (`<!-- bitext: no Chinese paragraphs before the first heading -->`), a
/// block that is never aligned but keeps the sections in step. As with
/// ``InterleavedMarkdownWriter``, blocks that are not aligned are not written.
public struct SplitMarkdownWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// Writes the English paragraphs to `english` and the Chinese ones to `chinese`.
  public func write(
    _ alignment: Alignment, english: inout some TextOutputStream, chinese: inout some TextOutputStream
  ) {
    var englishBlocks = MarkdownBlocks()
    var chineseBlocks = MarkdownBlocks()
    englishBlocks.frontMatter(alignment.frontMatter, to: &english)
    chineseBlocks.frontMatter(alignment.frontMatter, to: &chinese)
    for section in alignment.sections {
      if let heading = section.heading {
        // A doubled heading gives each file its line in that file's language.
        englishBlocks.headingLine(heading.text(for: .english), level: heading.level, to: &english)
        chineseBlocks.headingLine(heading.text(for: .chinese), level: heading.level, to: &chinese)
      } else {
        let hasEnglish = section.segments.contains { !$0.english.isEmpty }
        let hasChinese = section.segments.contains { !$0.chinese.isEmpty }
        if hasEnglish && !hasChinese {
          chineseBlocks.comment(Self.placeholder(for: "Chinese"), to: &chinese)
        } else if hasChinese && !hasEnglish {
          englishBlocks.comment(Self.placeholder(for: "English"), to: &english)
        }
      }
      for segment in section.segments {
        for block in segment.englishBlocks { englishBlocks.paragraph(block.text, to: &english) }
        for block in segment.chineseBlocks { chineseBlocks.paragraph(block.text, to: &chinese) }
      }
    }
  }

  /// The comment that stands for a language's missing untitled section.
  static func placeholder(for language: String) -> String {
    "bitext: no \(language) paragraphs before the first heading"
  }
}
