/// The `text` format of `bitext check`: compiler-style diagnostics, then a
/// summary table and a verdict.
///
/// ```
/// talk.md:41:1: error: English paragraph has no translation: “All right, the summer…” [untranslated]
///
/// file      paragraphs  translated  untranslated  copied  orphans  coverage  errors  warnings
/// talk.md          102          97             5       0        0     95.1%       5         0
///
/// failed: 1 document, 95.1% coverage, 5 errors, 0 warnings, 1 document below the minimum coverage of 100.0%
/// ```
public struct CoverageTextReport: Sendable {
  /// Creates a text report writer.
  public init() {}

  /// Writes the report of `report` to `output`.
  public func write(_ report: CoverageReport, to output: inout some TextOutputStream) {
    for finding in report.findings {
      output.write(finding.diagnostic)
      output.write("\n")
    }
    if !report.findings.isEmpty { output.write("\n") }
    let header = [
      "file", "paragraphs", "translated", "untranslated", "copied", "orphans", "coverage", "errors", "warnings",
    ]
    var rows = report.documents.map { document in
      row(document.file, document.counts, errors: document.count(.error), warnings: document.count(.warning))
    }
    if report.documents.count > 1 {
      rows.append(row("total", report.totals, errors: report.errors, warnings: report.warnings))
    }
    let table = [header] + rows
    let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
    for line in table {
      var text = ""
      for (column, cell) in line.enumerated() {
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        if column == 0 {
          text += cell + padding
        } else {
          text += "  " + padding + cell
        }
      }
      output.write(text)
      output.write("\n")
    }
    output.write("\n")
    output.write(CoverageFormatting.verdict(report))
    output.write("\n")
  }

  /// The report as a string.
  public func render(_ report: CoverageReport) -> String {
    var text = ""
    write(report, to: &text)
    return text
  }

  private func row(_ name: String, _ counts: CoverageCounts, errors: Int, warnings: Int) -> [String] {
    [
      name, String(counts.englishParagraphs), String(counts.translatedParagraphs),
      String(counts.untranslatedParagraphs), String(counts.copiedParagraphs), String(counts.orphanTranslations),
      CoverageFormatting.percent(counts.coverage), String(errors), String(warnings),
    ]
  }
}
