import Testing

@testable import Bitext

/// Compile-time checks: the coverage values cross concurrency domains.
@Suite struct CoverageSendableTests {
  private func requireSendable<T: Sendable>(_: T.Type) {}

  @Test func coverageTypesAreSendable() {
    requireSendable(CoverageReport.self)
    requireSendable(DocumentCoverage.self)
    requireSendable(SectionCoverage.self)
    requireSendable(CoverageCounts.self)
    requireSendable(Finding.self)
    requireSendable(Rule.self)
    requireSendable(Severity.self)
    requireSendable(InputFailure.self)
    requireSendable(CheckInput.self)
    requireSendable(CoverageChecker.self)
    requireSendable(CoverageChecker.Options.self)
    requireSendable(DocumentFinder.self)
    requireSendable(CoverageTextReport.self)
    requireSendable(GitHubReport.self)
    requireSendable(JUnitReport.self)
    requireSendable(SARIFReport.self)
    #expect(Rule.allCases.count == 8)
  }
}
