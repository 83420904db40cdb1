import Foundation

/// The `sarif` format of `bitext check`: a SARIF 2.1.0 log, which GitHub
/// code scanning and other tools read.
///
/// One run, whose tool driver lists every ``Rule`` with its default level;
/// one result per finding (levels `error`, `warning`, `note`), located by a
/// relative URI, a start line and a start column counted in Unicode code
/// points (`columnKind: unicodeCodePoints`). Unreadable inputs are tool
/// execution notifications, and make `executionSuccessful` false.
public struct SARIFReport: Sendable {
  /// The SARIF version written.
  public static let version = "2.1.0"
  /// The schema the log declares.
  public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

  /// Creates a SARIF writer.
  public init() {}

  /// Writes the SARIF log of `report` to `output`.
  public func write(_ report: CoverageReport, to output: inout some TextOutputStream) {
    var json = JSONEmitter(prettyPrinted: true)
    json.beginObject()
    json.member("$schema", Self.schema)
    json.member("version", Self.version)
    json.key("runs")
    json.beginArray()
    json.beginObject()
    writeTool(to: &json)
    json.member("columnKind", "unicodeCodePoints")
    json.key("invocations")
    json.beginArray()
    json.beginObject()
    json.key("executionSuccessful")
    json.bool(report.inputFailures.isEmpty)
    json.key("toolExecutionNotifications")
    json.beginArray()
    for failure in report.inputFailures {
      json.beginObject()
      json.member("level", "error")
      json.key("message")
      json.beginObject()
      json.member("text", failure.message)
      json.endObject()
      json.key("locations")
      json.beginArray()
      writeLocation(file: failure.file, line: failure.line, column: nil, to: &json)
      json.endArray()
      json.endObject()
    }
    json.endArray()
    json.endObject()
    json.endArray()
    json.key("results")
    json.beginArray()
    for finding in report.findings {
      json.beginObject()
      json.member("ruleId", finding.rule.id)
      json.member("ruleIndex", Rule.allCases.firstIndex(of: finding.rule) ?? 0)
      json.member("level", Self.level(finding.severity))
      json.key("message")
      json.beginObject()
      json.member("text", finding.message)
      json.endObject()
      json.key("locations")
      json.beginArray()
      writeLocation(file: finding.file, line: finding.line, column: finding.column, to: &json)
      json.endArray()
      json.endObject()
      json.drain(into: &output)
    }
    json.endArray()
    json.key("properties")
    json.beginObject()
    json.key("coverage")
    json.number(report.totals.coverage, decimals: 4)
    json.key("minimumCoverage")
    json.number(report.minimumCoverage, decimals: 4)
    json.key("passed")
    json.bool(report.passed)
    json.endObject()
    json.endObject()
    json.endArray()
    json.endObject()
    json.drain(into: &output)
    output.write("\n")
  }

  /// The SARIF log as a string.
  public func render(_ report: CoverageReport) -> String {
    var text = ""
    write(report, to: &text)
    return text
  }

  private func writeTool(to json: inout JSONEmitter) {
    json.key("tool")
    json.beginObject()
    json.key("driver")
    json.beginObject()
    json.member("name", "bitext")
    json.member("version", BitextVersion.current)
    json.key("rules")
    json.beginArray()
    for rule in Rule.allCases {
      json.beginObject()
      json.member("id", rule.id)
      json.key("shortDescription")
      json.beginObject()
      json.member("text", rule.summary)
      json.endObject()
      json.key("defaultConfiguration")
      json.beginObject()
      json.member("level", Self.level(rule.defaultSeverity))
      json.endObject()
      json.endObject()
    }
    json.endArray()
    json.endObject()
    json.endObject()
  }

  private func writeLocation(file: String, line: Int?, column: Int?, to json: inout JSONEmitter) {
    json.beginObject()
    json.key("physicalLocation")
    json.beginObject()
    json.key("artifactLocation")
    json.beginObject()
    json.member("uri", Self.uri(file))
    json.endObject()
    if let line {
      json.key("region")
      json.beginObject()
      json.member("startLine", line)
      if let column { json.member("startColumn", column) }
      json.endObject()
    }
    json.endObject()
    json.endObject()
  }

  /// The SARIF level of a severity.
  public static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  /// A path as a URI reference: relative paths stay relative (without a
  /// leading `./`), absolute ones become `file://` URIs; characters outside
  /// a URI path are percent-encoded.
  public static func uri(_ path: String) -> String {
    var relative = Substring(path)
    while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
    let encoded = String(relative).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String(relative)
    return path.hasPrefix("/") ? "file://" + encoded : encoded
  }
}
