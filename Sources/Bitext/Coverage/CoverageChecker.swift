/// Measures how much of a document is translated and reports what is not.
///
/// ```swift
/// let checker = CoverageChecker(options: .init(minimumCoverage: 0.95))
/// let inputs = DocumentFinder().find(["docs"])
/// let report = checker.check(inputs)
/// for finding in report.findings { print(finding.diagnostic) }
/// ```
///
/// Each document is aligned with ``aligner``; its segments give the counts
/// (``CoverageCounts``) and the findings of every ``Rule``. The rules are
/// described, with examples, in `Docs/Coverage.md`.
public struct CoverageChecker: Sendable {
  /// Thresholds and rule settings.
  public struct Options: Sendable, Hashable {
    /// The coverage (by characters) every document must reach, from 0 to 1.
    ///
    /// In a document that reaches it, ``Rule/untranslated`` findings are
    /// reported as warnings rather than errors: they are what the threshold tolerates.
    public var minimumCoverage: Double
    /// The most warnings allowed over all documents, or `nil` for no limit.
    public var maximumWarnings: Int?
    /// Severities that replace a rule's ``Rule/defaultSeverity``.
    public var severities: [Rule: Severity]
    /// Rules that report nothing.
    public var disabledRules: Set<Rule>
    /// Segments scored below this are reported by ``Rule/lowConfidence``.
    public var lowConfidenceThreshold: Double
    /// Translations whose length, over the length the model expects, falls
    /// outside this range may be ``Rule/suspiciousLength``…
    public var expectedLengthRange: ClosedRange<Double>
    /// …when their normalized deviation δ from the model is also at least this large.
    public var minimumDeviation: Double

    /// Creates options; the defaults are those of `bitext check`.
    public init(
      minimumCoverage: Double = 1, maximumWarnings: Int? = nil, severities: [Rule: Severity] = [:],
      disabledRules: Set<Rule> = [], lowConfidenceThreshold: Double = 0.5,
      expectedLengthRange: ClosedRange<Double> = 0.4...2.5, minimumDeviation: Double = 2
    ) {
      self.minimumCoverage = minimumCoverage
      self.maximumWarnings = maximumWarnings
      self.severities = severities
      self.disabledRules = disabledRules
      self.lowConfidenceThreshold = lowConfidenceThreshold
      self.expectedLengthRange = expectedLengthRange
      self.minimumDeviation = minimumDeviation
    }

    /// The defaults of `bitext check`: full coverage, warnings allowed.
    public static let `default` = Options()

    /// The severity findings of `rule` get, or `nil` when the rule is off.
    public func severity(of rule: Rule) -> Severity? {
      disabledRules.contains(rule) ? nil : severities[rule] ?? rule.defaultSeverity
    }
  }

  /// The checker's options.
  public var options: Options
  /// The aligner that pairs each document's paragraphs.
  public var aligner: Aligner

  /// Creates a checker.
  public init(options: Options = .default, aligner: Aligner = Aligner()) {
    self.options = options
    self.aligner = aligner
  }

  /// Checks a document kept in one file (bilingual, or in one language).
  public func check(_ document: BilingualDocument) -> DocumentCoverage {
    var copies = CopyDetection()
    let prepared = copies.removeCopies(from: document)
    let alignment = aligner.align(prepared)
    return DocumentCheck(
      options: options, english: document, chinese: nil, copies: copies, alignment: alignment,
      alignerOptions: aligner.options
    ).run()
  }

  /// Checks a document kept in two files: `english` and its translation `chinese`.
  public func check(english: BilingualDocument, chinese: BilingualDocument) -> DocumentCoverage {
    var copies = CopyDetection()
    let prepared = copies.removeCopies(english: english, chinese: chinese)
    let alignment = aligner.align(english: prepared.english, chinese: prepared.chinese)
    return DocumentCheck(
      options: options, english: english, chinese: chinese, copies: copies, alignment: alignment,
      alignerOptions: aligner.options
    ).run()
  }

  /// Reads and checks every input; inputs that cannot be read or parsed are
  /// recorded in ``CoverageReport/inputFailures`` and the others still checked.
  public func check(_ inputs: [CheckInput], reader: InputReader = InputReader()) -> CoverageReport {
    var documents: [DocumentCoverage] = []
    var failures: [InputFailure] = []
    for input in inputs {
      do throws(BitextError) {
        switch input {
        case .file(let path):
          documents.append(check(try BilingualDocument(contentsOf: path, reader: reader)))
        case .pair(let englishPath, let chinesePath):
          let english = try BilingualDocument(contentsOf: englishPath, reader: reader)
          let chinese = try BilingualDocument(contentsOf: chinesePath, reader: reader)
          documents.append(check(english: english, chinese: chinese))
        }
      } catch {
        failures.append(InputFailure(error))
      }
    }
    return report(documents, inputFailures: failures)
  }

  /// Combines checked documents into a report with the options' thresholds.
  public func report(_ documents: [DocumentCoverage], inputFailures: [InputFailure] = []) -> CoverageReport {
    CoverageReport(
      documents: documents, inputFailures: inputFailures, minimumCoverage: options.minimumCoverage,
      maximumWarnings: options.maximumWarnings)
  }
}
