import Testing

@testable import Bitext

/// Every `bitext check` format on the same report, byte for byte, against
/// golden files in `Snapshots/` (`RECORD_SNAPSHOTS=1` re-records them).
@Suite struct CoverageSnapshotTests {
  @Test(arguments: ["text", "json", "github", "summary", "junit", "sarif"])
  func format(name: String) throws {
    let report = try CoverageReportTests.sample()
    let output: String
    let file: String
    switch name {
    case "text":
      output = CoverageTextReport().render(report)
      file = "check-sample.txt"
    case "json":
      output = CoverageJSON.encode(report) + "\n"
      file = "check-sample.json"
    case "github":
      output = GitHubReport().annotations(report)
      file = "check-sample.github.txt"
    case "summary":
      output = GitHubReport().summary(report)
      file = "check-sample.summary.md"
    case "junit":
      output = JUnitReport().render(report)
      file = "check-sample.junit.xml"
    default:
      output = SARIFReport().render(report)
      file = "check-sample.sarif"
    }
    Snapshot.check(output, named: file)
  }
}
