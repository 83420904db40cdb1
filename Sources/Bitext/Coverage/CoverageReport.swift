/// The result of checking one or more documents: per-document coverage and
/// findings, totals, the thresholds applied and whether they are met.
///
/// It is what `bitext check --format json` prints (see `Docs/Coverage.md`),
/// versioned by ``schemaVersion``.
public struct CoverageReport: Sendable, Hashable, Codable {
  /// The version of the JSON schema this value encodes to.
  public static let currentSchemaVersion = 1

  /// The JSON schema version.
  public var schemaVersion: Int
  /// The documents checked, in the order they were found.
  public var documents: [DocumentCoverage]
  /// Inputs that could not be read or parsed.
  public var inputFailures: [InputFailure]
  /// The counts over all documents.
  public var totals: CoverageCounts
  /// The minimum coverage each document must reach.
  public var minimumCoverage: Double
  /// The most warnings allowed over all documents, or `nil` for no limit.
  public var maximumWarnings: Int?
  /// Error findings over all documents.
  public var errors: Int
  /// Warning findings over all documents.
  public var warnings: Int
  /// Information findings over all documents.
  public var infos: Int
  /// Whether the check passed: every input could be read, every document
  /// reaches the minimum coverage, there is no error, and warnings are
  /// within the maximum. (`bitext check` exits 2 where an input could not be
  /// read, else 1 where this is `false`.)
  public var passed: Bool

  /// Builds a report from checked documents, computing totals and the verdict.
  public init(
    documents: [DocumentCoverage], inputFailures: [InputFailure] = [], minimumCoverage: Double,
    maximumWarnings: Int?
  ) {
    self.schemaVersion = Self.currentSchemaVersion
    self.documents = documents
    self.inputFailures = inputFailures
    self.minimumCoverage = minimumCoverage
    self.maximumWarnings = maximumWarnings
    var totals = CoverageCounts()
    var errors = 0
    var warnings = 0
    var infos = 0
    for document in documents {
      totals.add(document.counts)
      errors += document.count(.error)
      warnings += document.count(.warning)
      infos += document.count(.info)
    }
    self.totals = totals
    self.errors = errors
    self.warnings = warnings
    self.infos = infos
    self.passed =
      inputFailures.isEmpty && documents.allSatisfy(\.meetsMinimumCoverage) && errors == 0
      && warnings <= (maximumWarnings ?? Int.max)
  }

  /// All findings of all documents, in order.
  public var findings: [Finding] {
    documents.flatMap(\.findings)
  }
}
