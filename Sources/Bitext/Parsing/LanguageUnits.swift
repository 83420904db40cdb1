/// How a paragraph that holds both languages without blank lines splits into
/// units, each aligned like a paragraph of its own.
///
/// - A list (its first line starts an item, `-`, `*`, `+`, `1.`, `1)`):
///   each item starts a unit, and so does a change of language inside an
///   item. `- Chips…` / `- 芯片…` / `- Energy…` / `- Talent…` / `- 人才…` is
///   five units, of which `Energy…` has no translation.
/// - Prose followed by a list (`Here are the points:` then `* …` items, or
///   `1.`): the list starts where its first item does, as in CommonMark.
/// - A quote: its empty lines (`>` alone) separate groups of lines, each
///   read as a list or as prose; they belong to no unit. Items are read
///   after the quote marks (`> - Chips…`).
/// - Prose: only where its lines alternate languages one by one (each line
///   a unit: `> English` / `> 中文`), and, outside a quote, each line but the
///   last ends a sentence (`Hello.` / `你好。`): a hard-wrapped paragraph
///   alternates by accident, mid-sentence. Any other mix stays whole: a
///   Chinese line quoted inside an English paragraph, a line of product
///   names inside a Chinese one, and a paragraph directly followed by its
///   translation without a blank line (one wrap after `。` before a line of
///   names looked the same).
///
/// A line of neither language (a number, a URL) never starts a unit of its
/// own in prose; it belongs to the unit around it. In a list, an item of
/// neither language is a unit of its own that the aligner leaves out, as
/// any paragraph of neither language: `- 2025` a paragraph of neither
/// language, `- https://…` a media block.
struct LanguageUnits {
  let syntax: LineSyntax

  /// One unit: its lines, as a range of the paragraph's, and what block it
  /// makes (`.media` for a list item of links only).
  struct Unit: Equatable {
    var lines: Range<Int>
    var kind: Block.Kind
  }

  /// One run of lines: its lines and its language (`neutral` until a line
  /// of a language joins it), and whether it holds links only.
  private struct Run {
    var lines: Range<Int>
    var language: Language
    var links: Bool
  }

  /// The units of the paragraph of `lines`, or `nil` where it stays whole.
  func split(_ lines: [SourceLine]) -> [Unit]? {
    guard lines.count >= 2 else { return nil }
    var units: [Unit] = []
    var languages: Set<Language> = []
    var group: Range<Int>?
    for index in lines.indices {
      if syntax.isQuoteMarksOnly(lines[index]) {
        if let current = group { units += self.units(of: current, in: lines, languages: &languages) }
        group = nil
      } else {
        group = (group?.lowerBound ?? index)..<index + 1
      }
    }
    if let current = group { units += self.units(of: current, in: lines, languages: &languages) }
    guard units.count >= 2, languages.contains(.english), languages.contains(.chinese) else { return nil }
    return units
  }

  /// The units of one group of lines (a quote's groups are separated by its
  /// empty lines), adding the languages of its runs to `languages`.
  private func units(of group: Range<Int>, in lines: [SourceLine], languages: inout Set<Language>) -> [Unit] {
    let isList = syntax.startsListItem(lines[group.lowerBound])
    // Prose then a list (`Here are the points:` then `* …` items): the list
    // interrupts the paragraph, as in CommonMark, and each is read as such.
    if !isList, let start = group.dropFirst().first(where: { syntax.startsListAfterProse(lines[$0]) }) {
      return units(of: group.lowerBound..<start, in: lines, languages: &languages)
        + units(of: start..<group.upperBound, in: lines, languages: &languages)
    }
    var runs: [Run] = []
    for index in group {
      let (language, links, startsItem) = read(lines[index])
      if var run = runs.last, !(isList && startsItem),
        language == .neutral || run.language == .neutral || language == run.language
      {
        run.lines = run.lines.lowerBound..<index + 1
        if run.language == .neutral { run.language = language }
        run.links = run.links && links
        runs[runs.count - 1] = run
      } else {
        runs.append(Run(lines: index..<index + 1, language: language, links: links))
      }
    }
    for run in runs { languages.insert(run.language) }
    let quoted = syntax.afterQuoteMarks(lines[group.lowerBound]) != lines[group.lowerBound].contentStart
    let split =
      isList
      || (runs.count == group.count
        && (quoted || group.dropLast().allSatisfy { syntax.endsSentence(lines[$0]) }))
    guard split else { return [Unit(lines: group, kind: .paragraph)] }
    return runs.map { Unit(lines: $0.lines, kind: $0.links ? .media : .paragraph) }
  }

  /// The language of a line's text (without quote marks and list marker),
  /// whether it is links or URLs only (then `neutral`), and whether the
  /// line starts a list item.
  private func read(_ line: SourceLine) -> (language: Language, links: Bool, startsItem: Bool) {
    let (text, startsItem) = syntax.textAndMarker(of: line)
    if text.isBlank { return (.neutral, false, startsItem) }
    if syntax.isLinkOnly(text) { return (.neutral, true, startsItem) }
    let counts = ScriptCounts(
      bytes: UnsafeBufferPointer(rebasing: syntax.bytes[text.contentStart..<text.contentEnd]), countingDigits: false)
    return (counts.language, false, startsItem)
  }
}
