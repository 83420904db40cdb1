/// The coverage of one document: its counts, per section, and its findings.
public struct DocumentCoverage: Sendable, Hashable, Codable {
  /// The document's file (the English file of a two-file document), as given.
  public var file: String
  /// The Chinese file of a two-file document (`talk.zh.md`), or `nil` for one file.
  public var translationFile: String?
  /// The whole document's counts.
  public var counts: CoverageCounts
  /// Per section, in document order.
  public var sections: [SectionCoverage]
  /// The findings, in document order (findings in the Chinese file of a pair follow their section).
  public var findings: [Finding]
  /// Whether the document's ``CoverageCounts/coverage`` meets the minimum coverage.
  public var meetsMinimumCoverage: Bool

  /// Creates a document's coverage.
  public init(
    file: String, translationFile: String?, counts: CoverageCounts, sections: [SectionCoverage],
    findings: [Finding], meetsMinimumCoverage: Bool
  ) {
    self.file = file
    self.translationFile = translationFile
    self.counts = counts
    self.sections = sections
    self.findings = findings
    self.meetsMinimumCoverage = meetsMinimumCoverage
  }

  /// The number of findings with `severity`.
  public func count(_ severity: Severity) -> Int {
    findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
  }
}
