extension DocumentCheck {
  /// Reports English-only headings, in documents that translate their headings.
  ///
  /// A document translates its headings when at least one heading holds
  /// Chinese. In one file, an English heading counts as translated when it
  /// is bilingual (`## Pricing 定价`) or is directly followed by a Chinese
  /// heading (`## Pricing` then `## 定价`, with nothing to translate between).
  /// In two files, the Chinese file's heading at the same section position is
  /// the translation.
  mutating func checkHeadings() {
    if let chinese {
      checkHeadings(english: english, chinese: chinese)
      return
    }
    let sections = english.sections
    guard sections.contains(where: { $0.heading.map(Self.hasChinese) ?? false }) else { return }
    for (index, section) in sections.enumerated() {
      guard let heading = section.heading, Self.isEnglishOnly(heading) else { continue }
      // The parser joins a doubled heading into one: its second line is the translation.
      if let translation = heading.translation, ScriptCounts(translation).ideographs > 0 { continue }
      if !section.blocks.contains(where: \.isTranslatable), index + 1 < sections.count,
        let next = sections[index + 1].heading, Self.hasChinese(next)
      {
        continue
      }
      report(
        .untranslatedHeading, file: english.source ?? InputReader.standardInputName, line: heading.line,
        column: TextMeasure.column(ofByte: heading.byteRange.lowerBound, in: english.text),
        "heading has no Chinese translation: \(TextMeasure.quote(heading.text))")
    }
  }

  private mutating func checkHeadings(english: BilingualDocument, chinese: BilingualDocument) {
    guard chinese.sections.contains(where: { $0.heading.map(Self.hasChinese) ?? false }) else { return }
    for (index, section) in english.sections.enumerated() {
      guard let heading = section.heading, Self.isEnglishOnly(heading) else { continue }
      let translated = index < chinese.sections.count ? chinese.sections[index].heading : nil
      if let translated, Self.hasChinese(translated) { continue }
      let message = "heading has no Chinese translation: \(TextMeasure.quote(heading.text))"
      if let translated {
        report(
          .untranslatedHeading, file: chinese.source ?? InputReader.standardInputName, line: translated.line,
          column: TextMeasure.column(ofByte: translated.byteRange.lowerBound, in: chinese.text),
          message + " (English line \(heading.line))")
      } else {
        report(
          .untranslatedHeading, file: english.source ?? InputReader.standardInputName, line: heading.line,
          column: TextMeasure.column(ofByte: heading.byteRange.lowerBound, in: english.text), message)
      }
    }
  }

  private static func hasChinese(_ heading: Heading) -> Bool {
    ScriptCounts(heading.text).ideographs > 0 || heading.translation.map { ScriptCounts($0).ideographs > 0 } ?? false
  }

  private static func isEnglishOnly(_ heading: Heading) -> Bool {
    let scripts = ScriptCounts(heading.text)
    return scripts.ideographs == 0 && scripts.latinLetters > 0
  }
}
