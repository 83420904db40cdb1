/// The `github` format of `bitext check`: GitHub Actions workflow commands
/// that annotate the files of a pull request, and a Markdown job summary.
///
/// ```
/// ::error file=docs/talk.md,line=41,col=1,title=untranslated::English paragraph has no translation: …
/// ```
///
/// Values are escaped as the Actions toolkit does: `%`, carriage return and
/// line feed in messages (`%25`, `%0D`, `%0A`), and also `:` and `,` in
/// properties (`%3A`, `%2C`).
public struct GitHubReport: Sendable {
  /// Creates a GitHub report writer.
  public init() {}

  /// Writes one workflow command per finding and per unreadable input, then the verdict as a notice.
  public func writeAnnotations(_ report: CoverageReport, to output: inout some TextOutputStream) {
    for finding in report.findings {
      let command =
        switch finding.severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
      output.write(
        "::\(command) file=\(Self.escapeProperty(finding.file)),line=\(finding.line),col=\(finding.column),"
          + "title=\(Self.escapeProperty(finding.rule.id))::\(Self.escapeData(finding.message))\n")
    }
    for failure in report.inputFailures {
      var properties = "file=\(Self.escapeProperty(failure.file))"
      if let line = failure.line { properties += ",line=\(line)" }
      output.write("::error \(properties),title=unreadable input::\(Self.escapeData(failure.message))\n")
    }
    output.write("::notice title=bitext check::\(Self.escapeData(CoverageFormatting.verdict(report)))\n")
  }

  /// The annotations as a string.
  public func annotations(_ report: CoverageReport) -> String {
    var text = ""
    writeAnnotations(report, to: &text)
    return text
  }

  /// A Markdown summary for `$GITHUB_STEP_SUMMARY`: the verdict, a table per
  /// document and the findings (at most `findingLimit`).
  public func summary(_ report: CoverageReport, findingLimit: Int = 100) -> String {
    var text = "## bitext check: \(report.passed ? "passed" : "failed")\n\n"
    text += CoverageFormatting.verdict(report) + "\n\n"
    text += "| File | Paragraphs | Translated | Untranslated | Copied | Orphans | Coverage | Errors | Warnings |\n"
    text += "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    for document in report.documents {
      text += row(
        "`\(Self.escapeMarkdown(document.file))`", document.counts, errors: document.count(.error),
        warnings: document.count(.warning))
    }
    text += row("**Total**", report.totals, errors: report.errors, warnings: report.warnings)
    let findings = report.findings
    if !findings.isEmpty {
      text += "\n<details><summary>Findings (\(findings.count))</summary>\n\n"
      for finding in findings.prefix(findingLimit) {
        text += "- **\(finding.severity.rawValue)** `\(Self.escapeMarkdown(finding.file)):\(finding.line)` "
        text += "\(Self.escapeMarkdown(finding.message)) (`\(finding.rule.id)`)\n"
      }
      if findings.count > findingLimit {
        text += "- … and \(findings.count - findingLimit) more\n"
      }
      text += "\n</details>\n"
    }
    return text
  }

  private func row(_ name: String, _ counts: CoverageCounts, errors: Int, warnings: Int) -> String {
    "| \(name) | \(counts.englishParagraphs) | \(counts.translatedParagraphs) | \(counts.untranslatedParagraphs) "
      + "| \(counts.copiedParagraphs) | \(counts.orphanTranslations) | \(CoverageFormatting.percent(counts.coverage)) "
      + "| \(errors) | \(warnings) |\n"
  }

  /// Escapes a command's message: `%`, CR and LF.
  public static func escapeData(_ value: String) -> String {
    escape(value, property: false)
  }

  /// Escapes a command's property value: `%`, CR, LF, `:` and `,`.
  public static func escapeProperty(_ value: String) -> String {
    escape(value, property: true)
  }

  private static func escape(_ value: String, property: Bool) -> String {
    var result = ""
    result.reserveCapacity(value.utf8.count)
    for scalar in value.unicodeScalars {
      switch scalar {
      case "%": result += "%25"
      case "\r": result += "%0D"
      case "\n": result += "%0A"
      case ":" where property: result += "%3A"
      case "," where property: result += "%2C"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Makes text safe inside a Markdown table cell or list item on one line.
  static func escapeMarkdown(_ value: String) -> String {
    var result = ""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "|": result += "\\|"
      case "`": result += "'"
      case "\n", "\r": result += " "
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
