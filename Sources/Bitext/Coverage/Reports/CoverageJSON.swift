import Foundation

/// Encodes and decodes a ``CoverageReport`` as JSON: `bitext check --format json`.
///
/// Keys come out in a fixed, documented order (the order of `Docs/Coverage.md`),
/// pretty-printed with two-space indentation like `bitext align`, so the
/// output is stable byte for byte on every platform; ratios are rounded to
/// four decimals. ``decode(_:)`` reads it back with `Codable`.
public enum CoverageJSON {
  /// The report as JSON text.
  public static func encode(_ report: CoverageReport, prettyPrinted: Bool = true) -> String {
    var text = ""
    write(report, prettyPrinted: prettyPrinted, to: &text)
    return text
  }

  /// Writes the report as JSON to `output`, one document at a time.
  public static func write(
    _ report: CoverageReport, prettyPrinted: Bool = true, to output: inout some TextOutputStream
  ) {
    var json = JSONEmitter(prettyPrinted: prettyPrinted)
    json.beginObject()
    json.member("schemaVersion", report.schemaVersion)
    json.key("passed")
    json.bool(report.passed)
    json.key("minimumCoverage")
    json.number(report.minimumCoverage, decimals: 4)
    json.key("maximumWarnings")
    if let maximum = report.maximumWarnings { json.number(maximum) } else { json.null() }
    json.member("errors", report.errors)
    json.member("warnings", report.warnings)
    json.member("infos", report.infos)
    json.key("totals")
    write(report.totals, to: &json)
    json.key("documents")
    json.beginArray()
    for document in report.documents {
      write(document, to: &json)
      json.drain(into: &output)
    }
    json.endArray()
    json.key("inputFailures")
    json.beginArray()
    for failure in report.inputFailures {
      json.beginObject()
      json.member("file", failure.file)
      json.key("line")
      if let line = failure.line { json.number(line) } else { json.null() }
      json.member("message", failure.message)
      json.endObject()
    }
    json.endArray()
    json.endObject()
    json.drain(into: &output)
  }

  /// Decodes a report from JSON produced by ``encode(_:prettyPrinted:)``.
  public static func decode(_ json: String) throws -> CoverageReport {
    try JSONDecoder().decode(CoverageReport.self, from: Data(json.utf8))
  }

  static func write(_ document: DocumentCoverage, to json: inout JSONEmitter) {
    json.beginObject()
    json.member("file", document.file)
    json.key("translationFile")
    if let file = document.translationFile { json.string(file) } else { json.null() }
    json.key("meetsMinimumCoverage")
    json.bool(document.meetsMinimumCoverage)
    json.key("counts")
    write(document.counts, to: &json)
    json.key("sections")
    json.beginArray()
    for section in document.sections {
      json.beginObject()
      json.key("heading")
      if let heading = section.heading { json.string(heading) } else { json.null() }
      json.member("line", section.line)
      json.key("counts")
      write(section.counts, to: &json)
      json.endObject()
    }
    json.endArray()
    json.key("findings")
    json.beginArray()
    for finding in document.findings {
      json.beginObject()
      json.member("rule", finding.rule.id)
      json.member("severity", finding.severity.rawValue)
      json.member("file", finding.file)
      json.member("line", finding.line)
      json.member("column", finding.column)
      json.member("message", finding.message)
      json.endObject()
    }
    json.endArray()
    json.endObject()
  }

  static func write(_ counts: CoverageCounts, to json: inout JSONEmitter) {
    json.beginObject()
    json.key("coverage")
    json.number(counts.coverage, decimals: 4)
    json.key("paragraphCoverage")
    json.number(counts.paragraphCoverage, decimals: 4)
    json.member("englishParagraphs", counts.englishParagraphs)
    json.member("translatedParagraphs", counts.translatedParagraphs)
    json.member("untranslatedParagraphs", counts.untranslatedParagraphs)
    json.member("copiedParagraphs", counts.copiedParagraphs)
    json.member("orphanTranslations", counts.orphanTranslations)
    json.member("englishCharacters", counts.englishCharacters)
    json.member("translatedCharacters", counts.translatedCharacters)
    json.endObject()
  }
}
