/// Walks one aligned document: counts coverage per section and collects the
/// findings of every rule. Used by ``CoverageChecker``.
struct DocumentCheck {
  let options: CoverageChecker.Options
  /// The document as read (the English file of a pair): positions and text.
  let english: BilingualDocument
  /// The Chinese file of a pair, or `nil` when the document is one file.
  let chinese: BilingualDocument?
  let copies: CopyDetection
  let alignment: Alignment
  /// The options the document was aligned with: with
  /// ``Aligner/Options/verifiesPairsByWords``, pairs of plausible lengths
  /// whose words say they are strangers are checked as a missing
  /// translation and a missing source (``separatingStrangers(_:model:ordinalVerified:)``).
  let alignerOptions: Aligner.Options
  private(set) var findings: [Finding] = []

  init(
    options: CoverageChecker.Options, english: BilingualDocument, chinese: BilingualDocument?,
    copies: CopyDetection, alignment: Alignment, alignerOptions: Aligner.Options = .default
  ) {
    self.options = options
    self.english = english
    self.chinese = chinese
    self.copies = copies
    self.alignment = alignment
    self.alignerOptions = alignerOptions
  }

  /// The length model of the document, estimated from its own `1-1` segments.
  var model: LengthModel {
    var pairs: [(english: Int, chinese: Int)] = []
    for section in alignment.sections {
      for segment in section.segments where segment.englishBlocks.count == 1 && segment.chineseBlocks.count == 1 {
        pairs.append((segment.englishBlocks[0].characterCount, segment.chineseBlocks[0].characterCount))
      }
    }
    return LengthModel(estimatingFrom: pairs, measuredAs: .characters)
  }

  consuming func run() -> DocumentCoverage {
    let model = self.model
    // Section by section: `alignment.segments` would copy every segment.
    let hasEnglish = alignment.sections.contains { $0.segments.contains { !$0.englishBlocks.isEmpty } }
    let hasChinese = alignment.sections.contains { $0.segments.contains { !$0.chineseBlocks.isEmpty } }
    let interleaved =
      chinese == nil
      && DocumentLayout.detect(
        offsets: alignment.sections.map { section in
          (Self.offsets(section.segments, english: true), Self.offsets(section.segments, english: false))
        }
      ).layout == .interleaved
    var total = CoverageCounts()
    var sections: [SectionCoverage] = []
    for (index, section) in alignment.sections.enumerated() {
      var counts = CoverageCounts()
      let segments = interleaved ? Self.splittingMerges(section.segments, model: model) : section.segments
      let joined = Self.joiningGaps(segments, model: model)
      let checked =
        alignerOptions.verifiesPairsByWords
        ? Self.separatingStrangers(joined, model: model, ordinalVerified: alignerOptions.strategy == .automatic)
        : joined
      for segment in checked {
        check(segment, model: model, counts: &counts)
      }
      let copied = copies.copies.filter { $0.section == index }
      for copy in copied {
        check(copy, counts: &counts)
      }
      checkLanguages(
        of: section, index: index, copies: copied.count, hasEnglish: hasEnglish || !copies.copies.isEmpty,
        hasChinese: hasChinese)
      total.add(counts)
      sections.append(
        SectionCoverage(
          heading: section.heading.map { String($0.text) },
          line: section.heading?.line ?? section.segments.first?.english.first?.line ?? 1, counts: counts))
    }
    checkHeadings()
    if !hasEnglish && !hasChinese && copies.copies.isEmpty {
      // Coverage of nothing is 100 %: say so, or a file emptied by mistake
      // passes a CI gate unnoticed.
      report(
        .noParagraphs, file: english.source ?? InputReader.standardInputName, line: 1, column: 1,
        "no paragraphs to check: the document has no English or Chinese paragraph")
    }
    let meets = total.coverage >= options.minimumCoverage - 1e-9
    if meets {
      for index in findings.indices where findings[index].rule == .untranslated && findings[index].severity == .error {
        findings[index].severity = .warning
      }
    }
    let primary = english.source ?? InputReader.standardInputName
    let ordered = findings.enumerated().sorted { left, right in
      let a = left.element
      let b = right.element
      let aKey = (a.file == primary ? 0 : 1, a.line, a.column, left.offset)
      let bKey = (b.file == primary ? 0 : 1, b.line, b.column, right.offset)
      return aKey < bKey
    }.map(\.element)
    return DocumentCoverage(
      file: primary, translationFile: chinese.map { $0.source ?? InputReader.standardInputName },
      counts: total, sections: sections, findings: ordered, meetsMinimumCoverage: meets)
  }

  /// The offsets of the first bytes of one side's paragraphs of `segments`, in order.
  private static func offsets(_ segments: [Segment], english: Bool) -> [Int] {
    var offsets: [Int] = []
    for segment in segments {
      let side = english ? segment.englishBlocks : segment.chineseBlocks
      for index in side.indices { offsets.append(side[index].byteRange.lowerBound) }
    }
    return offsets
  }

  // MARK: Segments

  private mutating func check(_ segment: Segment, model: LengthModel, counts: inout CoverageCounts) {
    let englishCharacters = segment.englishBlocks.reduce(0) { $0 + $1.characterCount }
    counts.englishParagraphs += segment.englishBlocks.count
    counts.englishCharacters += englishCharacters
    // A line in both languages is its own translation: nothing to report.
    if segment.isBilingualUnit {
      counts.translatedParagraphs += segment.englishBlocks.count
      counts.translatedCharacters += englishCharacters
      return
    }
    if segment.chineseBlocks.isEmpty {
      for block in segment.englishBlocks {
        counts.untranslatedParagraphs += 1
        report(.untranslated, at: block, "English paragraph has no translation: \(TextMeasure.quote(block.text))")
      }
      return
    }
    guard let firstEnglish = segment.englishBlocks.first, let firstChinese = segment.chineseBlocks.first else {
      for block in segment.chineseBlocks {
        counts.orphanTranslations += 1
        report(
          .orphanTranslation, at: block, translation: true,
          "Chinese paragraph has no English source: \(TextMeasure.quote(block.text))")
      }
      return
    }
    if let reason = copyReason(segment) {
      counts.copiedParagraphs += segment.englishBlocks.count
      report(
        .copiedSource, at: firstChinese, translation: true,
        "translation \(reason): \(TextMeasure.quote(firstChinese.text))")
      return
    }
    counts.translatedParagraphs += segment.englishBlocks.count
    counts.translatedCharacters += englishCharacters
    let chineseCharacters = segment.chineseBlocks.reduce(0) { $0 + $1.characterCount }
    let expected = model.ratio * Double(englishCharacters)
    let ratio = expected > 0 ? Double(chineseCharacters) / expected : 1
    let deviation = model.deviation(english: englishCharacters, chinese: chineseCharacters)
    if !options.expectedLengthRange.contains(ratio), abs(deviation) >= options.minimumDeviation {
      let percent = Int((ratio * 100).rounded())
      let verdict = ratio < 1 ? "it may be truncated" : "it may be padded or hold more than one paragraph"
      report(
        .suspiciousLength, at: firstChinese, translation: true,
        "translation is \(percent)% of the expected length (ratio \(Self.format(ratio)): \(chineseCharacters) "
          + "characters where the document's model expects about \(Int(expected.rounded())) for the "
          + "\(englishCharacters)-character English paragraph on line \(firstEnglish.line)); \(verdict): "
          + TextMeasure.quote(firstChinese.text))
      return
    }
    // Below 20 characters a length says little, so the score of a short pair is no evidence.
    if segment.score < options.lowConfidenceThreshold, englishCharacters >= 20 {
      report(
        .lowConfidence, at: firstEnglish,
        "alignment score \(Self.format(segment.score)) is below \(Self.format(options.lowConfidenceThreshold)) "
          + "for the \(segment.kind) segment with the translation on line \(firstChinese.line): "
          + TextMeasure.quote(firstEnglish.text))
    }
  }

  /// Counts and reports a translation that is a copy of its source.
  private mutating func check(_ copy: CopyDetection.Copy, counts: inout CoverageCounts) {
    counts.englishParagraphs += 1
    counts.englishCharacters += copy.source.characterCount
    counts.copiedParagraphs += 1
    report(
      .copiedSource, at: copy.copy, translation: true,
      "translation is a copy of the English paragraph on line \(copy.source.line): \(TextMeasure.quote(copy.copy.text))"
    )
  }

  /// Why a paired translation is not one: it repeats the English, or is mostly Latin script.
  private func copyReason(_ segment: Segment) -> String? {
    if TextMeasure.sameIgnoringSpaceRuns(segment.englishBlocks, segment.chineseBlocks) {
      return "is identical to its English source"
    }
    // One paragraph, the common case: its counts were taken when its text was set.
    if segment.chineseBlocks.count == 1, !segment.chineseBlocks[0].traits.isMostlyLatin { return nil }
    var scripts = ScriptCounts()
    for block in segment.chineseBlocks {
      let counts = ScriptCounts(block.text)
      scripts.latinLetters += counts.latinLetters
      scripts.ideographs += counts.ideographs
      scripts.cjkPunctuation += counts.cjkPunctuation
    }
    let cjk = scripts.ideographs + scripts.cjkPunctuation
    if scripts.latinLetters > 4 * cjk {
      return
        "is mostly Latin script (\(scripts.latinLetters) Latin letters, \(cjk) CJK character\(cjk == 1 ? "" : "s"))"
    }
    return nil
  }

  // MARK: Sections

  private mutating func checkLanguages(
    of section: AlignedSection, index: Int, copies: Int, hasEnglish: Bool, hasChinese: Bool
  ) {
    // A copy is a (bad) translation: its section is not one-language.
    let englishCount = section.segments.reduce(copies) { $0 + $1.englishBlocks.count }
    let chineseCount = section.segments.reduce(copies) { $0 + $1.chineseBlocks.count }
    var name: String { section.heading.map { "section “\($0.text)”" } ?? "the text before the first heading" }
    if englishCount > 0, chineseCount == 0, hasChinese {
      let location = sectionLocation(section, index: index, translation: false)
      report(
        .oneLanguageSection, file: location.file, line: location.line, column: location.column,
        "\(name) has \(englishCount) English paragraph\(englishCount == 1 ? "" : "s") and no translation")
    } else if chineseCount > 0, englishCount == 0, hasEnglish {
      let location = sectionLocation(section, index: index, translation: true)
      report(
        .oneLanguageSection, file: location.file, line: location.line, column: location.column,
        "\(name) has \(chineseCount) Chinese paragraph\(chineseCount == 1 ? "" : "s") and no English source")
    }
  }

  /// Where a section starts: its heading, else its first paragraph, in the
  /// file that holds the side being reported.
  private func sectionLocation(
    _ section: AlignedSection, index: Int, translation: Bool
  ) -> (file: String, line: Int, column: Int) {
    let document = translation ? (chinese ?? english) : english
    let file = document.source ?? InputReader.standardInputName
    if index < document.sections.count, let heading = document.sections[index].heading, chinese != nil {
      return (file, heading.line, TextMeasure.column(ofByte: heading.byteRange.lowerBound, in: document.text))
    }
    if chinese == nil, let heading = section.heading {
      return (file, heading.line, TextMeasure.column(ofByte: heading.byteRange.lowerBound, in: document.text))
    }
    let blocks = section.segments.flatMap { translation ? $0.chineseBlocks : $0.englishBlocks }
    guard let first = blocks.first else { return (file, 1, 1) }
    return (file, first.line, TextMeasure.column(ofByte: first.byteRange.lowerBound, in: document.text))
  }

  // MARK: Reporting

  /// Reports a finding at `block`, which lies in the translation file when
  /// `translation` is set and the document is a pair.
  mutating func report(_ rule: Rule, at block: Block, translation: Bool = false, _ message: String) {
    let document = translation ? (chinese ?? english) : english
    report(
      rule, file: document.source ?? InputReader.standardInputName, line: block.line,
      column: TextMeasure.column(ofByte: block.byteRange.lowerBound, in: document.text), message)
  }

  mutating func report(_ rule: Rule, file: String, line: Int, column: Int, _ message: String) {
    guard let severity = options.severity(of: rule) else { return }
    findings.append(
      Finding(rule: rule, severity: severity, file: file, line: line, column: column, message: message))
  }

  static func format(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = abs(hundredths) % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
