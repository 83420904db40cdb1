/// The `junit` format of `bitext check`: JUnit XML that CI servers show as test results.
///
/// Each document is a `<testsuite>` with one `coverage` test case (failed
/// when the document is below the minimum coverage) and one test case per
/// error or warning finding. Errors are `<failure>`s; warnings are failures
/// only when there are more than `--max-warnings`, and otherwise pass with
/// the diagnostic as `<system-out>`. Information findings are left out.
/// Unreadable inputs form a last suite whose test cases are `<error>`s.
public struct JUnitReport: Sendable {
  /// Creates a JUnit report writer.
  public init() {}

  /// Writes the JUnit XML for `report` to `output`.
  public func write(_ report: CoverageReport, to output: inout some TextOutputStream) {
    let warningsFail = report.warnings > (report.maximumWarnings ?? Int.max)
    var suites: [String] = []
    var totalTests = 0
    var totalFailures = 0
    for document in report.documents {
      var cases = ""
      var tests = 1
      var failures = 0
      let name = Self.attribute(document.file)
      let coverage = CoverageFormatting.percent(document.counts.coverage)
      let minimum = CoverageFormatting.percent(report.minimumCoverage)
      if document.meetsMinimumCoverage {
        cases += "    <testcase classname=\"\(name)\" name=\"coverage\"/>\n"
      } else {
        failures += 1
        cases += "    <testcase classname=\"\(name)\" name=\"coverage\">\n"
        cases += "      <failure type=\"coverage\" message=\"coverage \(coverage) is below the minimum \(minimum)\"/>\n"
        cases += "    </testcase>\n"
      }
      for finding in document.findings where finding.severity != .info {
        tests += 1
        let caseName = Self.attribute("\(finding.rule.id) \(finding.file):\(finding.line):\(finding.column)")
        cases += "    <testcase classname=\"\(name)\" name=\"\(caseName)\">\n"
        if finding.severity == .error || warningsFail {
          failures += 1
          cases += "      <failure type=\"\(finding.rule.id)\" message=\"\(Self.attribute(finding.message))\">"
          cases += Self.text(finding.diagnostic) + "</failure>\n"
        } else {
          cases += "      <system-out>\(Self.text(finding.diagnostic))</system-out>\n"
        }
        cases += "    </testcase>\n"
      }
      totalTests += tests
      totalFailures += failures
      var suite =
        "  <testsuite name=\"\(name)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
      suite += "    <properties>\n"
      suite += "      <property name=\"coverage\" value=\"\(Self.decimal(document.counts.coverage))\"/>\n"
      suite +=
        "      <property name=\"paragraphCoverage\" value=\"\(Self.decimal(document.counts.paragraphCoverage))\"/>\n"
      suite += "    </properties>\n"
      suite += cases
      suite += "  </testsuite>\n"
      suites.append(suite)
    }
    let inputErrors = report.inputFailures.count
    if inputErrors > 0 {
      var suite =
        "  <testsuite name=\"unreadable inputs\" tests=\"\(inputErrors)\" failures=\"0\" errors=\"\(inputErrors)\" skipped=\"0\">\n"
      for failure in report.inputFailures {
        let name = Self.attribute(failure.file)
        suite += "    <testcase classname=\"\(name)\" name=\"read \(name)\">\n"
        suite += "      <error type=\"input\" message=\"\(Self.attribute(failure.message))\"/>\n"
        suite += "    </testcase>\n"
      }
      suite += "  </testsuite>\n"
      suites.append(suite)
      totalTests += inputErrors
    }
    output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    output.write(
      "<testsuites name=\"bitext check\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"\(inputErrors)\">\n"
    )
    for suite in suites { output.write(suite) }
    output.write("</testsuites>\n")
  }

  /// The JUnit XML as a string.
  public func render(_ report: CoverageReport) -> String {
    var text = ""
    write(report, to: &text)
    return text
  }

  private static func decimal(_ value: Double) -> String {
    let tenThousandths = Int((value * 10000).rounded())
    let fraction = String(tenThousandths % 10000)
    return "\(tenThousandths / 10000).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
  }

  /// `value` escaped for a double-quoted attribute; characters XML forbids become U+FFFD.
  private static func attribute(_ value: some StringProtocol) -> String {
    XMLEscaping.escape(value, inAttribute: true, forbidden: .replace)
  }

  /// `value` escaped for element content; characters XML forbids become U+FFFD.
  private static func text(_ value: some StringProtocol) -> String {
    XMLEscaping.escape(value, forbidden: .replace)
  }
}
