/// Number formatting shared by the human-readable coverage reports.
enum CoverageFormatting {
  /// `0.9512` as `95.1%`, rounded down so that a coverage below a threshold
  /// never prints as the threshold itself.
  static func percent(_ value: Double) -> String {
    let tenths = Int((value * 1000 + 1e-6).rounded(.down))
    return "\(tenths / 10).\(tenths % 10)%"
  }

  /// `"1 error"`, `"2 errors"`.
  static func count(_ value: Int, _ noun: String) -> String {
    "\(value) \(noun)\(value == 1 ? "" : "s")"
  }

  /// The one-line verdict that ends the text report and heads the GitHub summary.
  static func verdict(_ report: CoverageReport) -> String {
    var parts = [
      count(report.documents.count, "document"), percent(report.totals.coverage) + " coverage",
      count(report.errors, "error"),
      count(report.warnings, "warning")
        + (report.maximumWarnings.map { " (at most \($0) allowed)" } ?? ""),
    ]
    let below = report.documents.filter { !$0.meetsMinimumCoverage }
    if !below.isEmpty {
      parts.append(
        "\(count(below.count, "document")) below the minimum coverage of \(percent(report.minimumCoverage))")
    }
    if !report.inputFailures.isEmpty {
      parts.append(count(report.inputFailures.count, "unreadable input"))
    }
    return (report.passed ? "passed: " : "failed: ") + parts.joined(separator: ", ")
  }
}
