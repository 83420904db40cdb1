import Testing

@testable import Bitext

/// The acceptance cases of `bitext check` on the BG2 transcript and edited copies of it.
@Suite struct TranscriptCoverageTests {
  let text: String
  let alignment: Alignment

  init() throws {
    text = try Fixtures.text(Fixtures.transcriptName)
    alignment = Aligner().align(try Fixtures.transcript())
  }

  /// The transcript with the Chinese paragraph of each segment in `replacements`
  /// (by index) replaced by what its closure returns (an empty string blanks it out); blank lines
  /// keep every line number as it was.
  func edited(replacing replacements: [Int: (Block, Block) -> String]) -> String {
    let segments = alignment.segments
    var edits: [(Range<Int>, String)] = []
    for (index, replace) in replacements {
      let segment = segments[index]
      edits.append((segment.chinese[0].byteRange, replace(segment.english[0], segment.chinese[0])))
    }
    var bytes = Array(text.utf8)
    for (range, replacement) in edits.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
      bytes.replaceSubrange(range, with: Array(replacement.utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The transcript with the English paragraph of each segment in `segments` blanked out.
  func removingSources(of segments: [Int]) -> String {
    var bytes = Array(text.utf8)
    for index in segments.sorted(by: >) {
      bytes.replaceSubrange(alignment.segments[index].english[0].byteRange, with: [])
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The transcript with the translation of segment `index` and the source
  /// of the next one blanked out (line numbers kept): two strangers left
  /// side by side, whose lengths fit.
  func hidingAnOmission(at index: Int) -> String {
    var bytes = Array(text.utf8)
    let segments = alignment.segments
    // The later range first, so that the earlier one keeps its offsets.
    bytes.replaceSubrange(segments[index + 1].english[0].byteRange, with: [])
    bytes.replaceSubrange(segments[index].chinese[0].byteRange, with: [])
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The segment whose English paragraph starts with `prefix`.
  func segment(startingWith prefix: String) -> Int? {
    alignment.segments.firstIndex { $0.english.first?.text.hasPrefix(prefix) ?? false }
  }

  /// A translation missing next to a missing source: by default the two
  /// strangers pair, and the check passes (a limit `Docs/Coverage.md`
  /// states); with the pairs verified by their words, both are reported.
  @Test func anOmissionNextToAnotherIsFoundWhenPairsAreVerifiedByWords() throws {
    let index = try #require(segment(startingWith: "Sunny, has your supply chain"))
    let hidden = hidingAnOmission(at: index)
    let document = try BilingualDocument(parsing: hidden, source: "talk.md")
    let unverified = CoverageChecker().check(document)
    #expect(unverified.counts.untranslatedParagraphs == 0)
    #expect(unverified.counts.orphanTranslations == 0)
    let verified = CoverageChecker(aligner: Aligner(options: .init(verifiesPairsByWords: true))).check(document)
    #expect(verified.counts.untranslatedParagraphs == 1)
    #expect(verified.counts.orphanTranslations == 1)
    #expect(
      verified.findings.map { "\($0.line) \($0.rule.id)" } == [
        "\(alignment.segments[index].english[0].line) untranslated",
        "\(alignment.segments[index + 1].chinese[0].line) orphan-translation",
      ])
  }

  func check(_ text: String) throws -> DocumentCoverage {
    CoverageChecker().check(try BilingualDocument(parsing: text, source: "talk.md"))
  }

  @Test func seedIsFullyTranslated() throws {
    let coverage = try check(text)
    #expect(coverage.counts.englishParagraphs == 102)
    #expect(coverage.counts.translatedParagraphs == 102)
    #expect(coverage.counts.coverage == 1)
    #expect(coverage.sections.count == 8)
    #expect(coverage.findings.filter { $0.severity != .info }.isEmpty)
    #expect(coverage.meetsMinimumCoverage)
  }

  @Test func lastTranslationOfFiveSectionsRemoved() throws {
    // The last segment of sections 2, 4, 5, 7 and 8: pairing stays unambiguous even by position.
    let ends = [1, 3, 4, 6, 7].map { section in
      alignment.sections[..<(section + 1)].reduce(0) { $0 + $1.segments.count } - 1
    }
    #expect(ends == [8, 13, 30, 76, 101])
    let coverage = try check(edited(replacing: Dictionary(uniqueKeysWithValues: ends.map { ($0, { _, _ in "" }) })))
    let errors = coverage.findings.filter { $0.severity == .error }
    #expect(errors.map(\.rule) == Array(repeating: .untranslated, count: 5))
    #expect(errors.map(\.line) == ends.map { alignment.segments[$0].english[0].line })
    #expect(errors.map(\.line) == [62, 86, 156, 344, 446])
    #expect(coverage.findings.filter { $0.severity == .warning }.isEmpty)
    #expect(coverage.counts.untranslatedParagraphs == 5)
    #expect(coverage.counts.translatedParagraphs == 97)
    #expect(!coverage.meetsMinimumCoverage)
  }

  @Test func fiveTranslationsRemovedAnywhere() throws {
    // Paragraphs inside sections, where only an aligner that weighs lengths
    // and positions can tell which English paragraph lost its translation;
    // two are neighbours, and without its translation the 7-character
    // paragraph of segment 99 would be merged with the next one.
    let removed = [5, 40, 58, 59, 99]
    let coverage = try check(edited(replacing: Dictionary(uniqueKeysWithValues: removed.map { ($0, { _, _ in "" }) })))
    let problems = coverage.findings.filter { $0.severity != .info }
    #expect(problems.map(\.rule) == Array(repeating: .untranslated, count: 5))
    #expect(problems.map(\.line) == removed.map { alignment.segments[$0].english[0].line })
    #expect(coverage.counts.untranslatedParagraphs == 5)
    #expect(coverage.counts.translatedParagraphs == 97)
    #expect(coverage.counts.orphanTranslations == 0)
    #expect(problems.map(\.line) == [50, 200, 272, 276, 438])
  }

  @Test func fiveSourcesDeleted() throws {
    let removed = [5, 40, 58, 59, 99]
    let coverage = try check(removingSources(of: removed))
    let problems = coverage.findings.filter { $0.severity != .info }
    #expect(problems.map(\.rule) == Array(repeating: .orphanTranslation, count: 5))
    #expect(problems.map(\.line) == removed.map { alignment.segments[$0].chinese[0].line })
    #expect(problems.allSatisfy { $0.severity == .warning })
    #expect(coverage.counts.orphanTranslations == 5)
    #expect(coverage.counts.englishParagraphs == 97)
    #expect(coverage.counts.coverage == 1)
  }

  @Test func translationTruncatedToAFifth() throws {
    let index = 40
    let truncated = edited(replacing: [
      index: { _, chinese in String(chinese.text.prefix(chinese.text.count / 5)) }
    ])
    let coverage = try check(truncated)
    let problems = coverage.findings.filter { $0.severity != .info }
    #expect(problems.map(\.rule) == [.suspiciousLength])
    #expect(problems.first?.line == alignment.segments[index].chinese[0].line)
    #expect(problems.first?.line == 202)
    #expect(problems.first?.message.hasPrefix("translation is 18% of the expected length (ratio 0.18:") == true)
    #expect(coverage.counts.coverage == 1)
  }

  @Test func translationReplacedByItsEnglishSource() throws {
    let index = 60
    let copied = edited(replacing: [index: { english, _ in String(english.text) }])
    let coverage = try check(copied)
    let problems = coverage.findings.filter { $0.severity != .info }
    #expect(problems.map(\.rule) == [.copiedSource])
    #expect(problems.first?.line == alignment.segments[index].chinese[0].line)
    #expect(problems.first?.line == 282)
    #expect(problems.first?.message.hasPrefix("translation is a copy of the English paragraph on line 280") == true)
    #expect(coverage.counts.copiedParagraphs == 1)
    #expect(coverage.counts.translatedParagraphs == 101)
  }

  @Test(arguments: ["bg2-summary-en.md", "bg2-insights-en.md"])
  func englishOnlySeedsHaveZeroCoverageAndOneFindingPerParagraph(name: String) throws {
    let document = try BilingualDocument(contentsOf: Fixtures.path(name))
    let coverage = CoverageChecker().check(document)
    let paragraphs = document.sections.flatMap { $0.paragraphs(in: .english) }
    #expect(!paragraphs.isEmpty)
    #expect(coverage.counts.coverage == 0)
    #expect(coverage.counts.englishParagraphs == paragraphs.count)
    #expect(coverage.findings.map(\.rule) == Array(repeating: .untranslated, count: paragraphs.count))
    #expect(coverage.findings.map(\.line) == paragraphs.map(\.line))
  }
}
