import Bitext
import Testing

/// The exact output of every writer on one small alignment with every
/// segment kind, a heading-less first section and front matter, kept as
/// golden files so that any change to a format is seen in review.
@Suite struct ExportSnapshotTests {
  private var alignment: Alignment {
    var alignment = ExportSamples.kinds
    alignment.frontMatter = FrontMatter(entries: [
      FrontMatter.Entry(key: "title", value: .string("Kinds: every one")),
      FrontMatter.Entry(key: "date", value: .string("2025-10-06")),
      FrontMatter.Entry(key: "tags", value: .list(["a", "b c"])),
    ])
    return alignment
  }

  @Test func jsonLines() {
    var text = ""
    JSONLinesWriter().write(alignment, to: &text)
    Snapshot.check(text, named: "export-kinds.jsonl")
  }

  @Test func tsv() {
    var text = ""
    TSVWriter(columns: TSVWriter.Column.allCases).write(alignment, to: &text)
    Snapshot.check(text, named: "export-kinds.tsv")
  }

  @Test func tmx() {
    var text = ""
    TMXWriter(options: TMXWriter.Options(includePartial: true)).write(alignment, to: &text)
    Snapshot.check(text, named: "export-kinds.tmx")
  }

  @Test func interleaved() {
    Snapshot.check(InterleavedMarkdownWriter().render(alignment), named: "export-kinds.md")
  }

  @Test func split() {
    var english = ""
    var chinese = ""
    SplitMarkdownWriter().write(alignment, english: &english, chinese: &chinese)
    Snapshot.check(english, named: "export-kinds.en.md")
    Snapshot.check(chinese, named: "export-kinds.zh.md")
  }
}
