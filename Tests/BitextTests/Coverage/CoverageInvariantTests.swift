import Testing

@testable import Bitext

/// Invariants of the coverage model on randomly damaged copies of the
/// transcript: lines deleted, doubled, cut short or swapped.
@Suite struct CoverageInvariantTests {
  static func damaged(_ text: String, seed: UInt64) -> String {
    var generator = SeededGenerator(seed: seed)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for _ in 0..<Int.random(in: 1...12, using: &generator) {
      let index = Int.random(in: 26..<lines.count, using: &generator)
      switch Int.random(in: 0..<4, using: &generator) {
      case 0: lines[index] = ""
      case 1: lines.insert(lines[index], at: index)
      case 2: lines[index] = String(lines[index].prefix(lines[index].count / 5))
      default:
        let other = Int.random(in: 26..<lines.count, using: &generator)
        lines.swapAt(index, other)
      }
    }
    return lines.joined(separator: "\n")
  }

  @Test(arguments: 1...40)
  func countsAndFindingsAgree(seed: Int) throws {
    let text = Self.damaged(try Fixtures.text(Fixtures.transcriptName), seed: UInt64(seed))
    let document = try BilingualDocument(parsing: text, source: "talk.md")
    let coverage = CoverageChecker().check(document)
    let counts = coverage.counts
    let english = document.sections.reduce(0) { $0 + $1.paragraphs(in: .english).count }
    #expect(counts.englishParagraphs == english)
    #expect(
      counts.englishParagraphs == counts.translatedParagraphs + counts.untranslatedParagraphs + counts.copiedParagraphs)
    #expect((0...1).contains(counts.coverage))
    #expect(counts.translatedCharacters <= counts.englishCharacters)
    var sum = CoverageCounts()
    for section in coverage.sections { sum.add(section.counts) }
    #expect(sum == counts)
    let rules = coverage.findings.map(\.rule)
    #expect(rules.filter { $0 == .untranslated }.count == counts.untranslatedParagraphs)
    #expect(rules.filter { $0 == .orphanTranslation }.count == counts.orphanTranslations)
    #expect(rules.filter { $0 == .copiedSource }.count == counts.copiedParagraphs)
    let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
    #expect(coverage.findings.allSatisfy { (1...lineCount).contains($0.line) && $0.column >= 1 })
  }
}
