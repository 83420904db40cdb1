import Foundation
import Testing

@testable import Bitext

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `xmllint`, when libxml2-utils is installed (`.ci/run` installs it).
private let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
  .first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite struct CoverageReportTests {
  /// Two documents: one with two untranslated paragraphs (errors), one with
  /// an orphan (a warning) and a paragraph that quotes "50%"; file names
  /// with characters every format must escape.
  static func sample(maximumWarnings: Int? = nil) throws -> CoverageReport {
    let checker = CoverageChecker(
      options: .init(maximumWarnings: maximumWarnings, disabledRules: [.lowConfidence]))
    let first = checker.check(
      try BilingualDocument(parsing: CoverageSamples.missingTail, source: "docs/a,b: <&>.md"))
    let second = checker.check(
      try BilingualDocument(
        parsing: "# 标题\n\nPrices fell 50% this year.\n\n价格今年下降了50%。\n\n译者注：数字来自嘉宾。\n",
        source: "docs/100%.md"))
    return checker.report(
      [first, second],
      inputFailures: [InputFailure(.invalidUTF8(file: "docs/bad.md", byteOffset: 7, line: 2))])
  }

  @Test func totalsAndVerdict() throws {
    let report = try Self.sample()
    #expect(report.errors == 2)
    #expect(report.warnings == 1)
    #expect(report.infos == 0)
    #expect(report.totals.englishParagraphs == 5)
    #expect(report.totals.translatedParagraphs == 3)
    #expect(!report.passed)
    #expect(report.findings.map(\.rule) == [.untranslated, .untranslated, .orphanTranslation])
    let allowed = CoverageChecker(options: .init(minimumCoverage: 0.5)).report(
      [
        CoverageChecker(options: .init(minimumCoverage: 0.5, disabledRules: [.lowConfidence])).check(
          try BilingualDocument(parsing: CoverageSamples.missingTail, source: "a.md"))
      ])
    #expect(allowed.passed)
    #expect(allowed.warnings == 2)
    let tooManyWarnings = CoverageChecker(options: .init(minimumCoverage: 0.5, maximumWarnings: 1)).report(
      allowed.documents)
    #expect(!tooManyWarnings.passed)
  }

  @Test func jsonParsesBack() throws {
    let report = try Self.sample()
    let json = CoverageJSON.encode(report)
    #expect(try CoverageJSON.decode(json) == report)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    #expect(object["passed"] as? Bool == false)
    let documents = try #require(object["documents"] as? [[String: Any]])
    #expect(documents.map { $0["file"] as? String } == ["docs/a,b: <&>.md", "docs/100%.md"])
    let counts = try #require(documents.first?["counts"] as? [String: Any])
    #expect(counts["untranslatedParagraphs"] as? Int == 2)
    #expect(counts["coverage"] as? Double == 0.5463)
    let findings = try #require(documents.first?["findings"] as? [[String: Any]])
    #expect(findings.first?["rule"] as? String == "untranslated")
    #expect(findings.first?["severity"] as? String == "error")
    #expect(findings.first?["line"] as? Int == 7)
    #expect(findings.first?["column"] as? Int == 1)
  }

  @Test func textReportIsCompilerStyleThenATable() throws {
    let text = CoverageTextReport().render(try Self.sample())
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      lines[0]
        == "docs/a,b: <&>.md:7:1: error: English paragraph has no translation: "
        + "“Our guest has built several companies in this sp…” [untranslated]")
    #expect(lines[1].hasPrefix("docs/a,b: <&>.md:9:1: error: "))
    #expect(
      lines[2]
        == "docs/100%.md:7:1: warning: Chinese paragraph has no English source: “译者注：数字来自嘉宾。” [orphan-translation]")
    #expect(lines[3] == "")
    #expect(
      lines[4]
        == "file              paragraphs  translated  untranslated  copied  orphans  coverage  errors  warnings")
    #expect(
      lines[5]
        == "docs/a,b: <&>.md           4           2             2       0        0     54.6%       2         0")
    #expect(
      lines[6]
        == "docs/100%.md               1           1             0       0        1    100.0%       0         1")
    #expect(
      lines[7]
        == "total                      5           3             2       0        1     59.2%       2         1")
    #expect(
      lines[9]
        == "failed: 2 documents, 59.2% coverage, 2 errors, 1 warning, "
        + "1 document below the minimum coverage of 100.0%, 1 unreadable input")
  }

  /// Regression: with every threshold met but a file unreadable (exit 2),
  /// the verdict read `passed: 0 documents, …, 1 unreadable input`.
  @Test func anUnreadableInputFailsTheVerdict() {
    let failure = InputFailure(.invalidUTF8(file: "bad.md", byteOffset: 24, line: 5))
    let report = CoverageReport(documents: [], inputFailures: [failure], minimumCoverage: 1, maximumWarnings: nil)
    #expect(!report.passed, "every threshold is met, but an input could not be read")
    #expect(CoverageJSON.encode(report, prettyPrinted: false).contains(#""passed":false"#))
    #expect(CoverageFormatting.verdict(report).hasPrefix("failed: 0 documents"))
    #expect(GitHubReport().summary(report).hasPrefix("## bitext check: failed"))
    let clean = CoverageReport(documents: [], minimumCoverage: 1, maximumWarnings: nil)
    #expect(CoverageFormatting.verdict(clean).hasPrefix("passed: "))
  }

  @Test func percentagesRoundDownSoAFailureNeverShowsAsTheThreshold() {
    #expect(CoverageFormatting.percent(0.9999) == "99.9%")
    #expect(CoverageFormatting.percent(1) == "100.0%")
    #expect(CoverageFormatting.percent(0) == "0.0%")
    #expect(CoverageFormatting.percent(0.5463) == "54.6%")
  }

  @Test func githubAnnotationsEscapeValues() throws {
    let annotations = GitHubReport().annotations(try Self.sample())
    let lines = annotations.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    #expect(
      lines[0]
        == "::error file=docs/a%2Cb%3A <&>.md,line=7,col=1,title=untranslated::English paragraph has no translation: "
        + "“Our guest has built several companies in this sp…”")
    #expect(lines[2].hasPrefix("::warning file=docs/100%25.md,line=7,col=1,title=orphan-translation::"))
    #expect(
      lines[3]
        == "::error file=docs/bad.md,line=2,title=unreadable input::docs/bad.md:2: invalid UTF-8 at byte offset 7")
    #expect(lines[4].hasPrefix("::notice title=bitext check::failed: 2 documents, 59.2%25 coverage"))
    #expect(GitHubReport.escapeData("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext: a,b")
    #expect(GitHubReport.escapeProperty("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext%3A a%2Cb")
  }

  @Test func githubSummaryIsAMarkdownTable() throws {
    let summary = GitHubReport().summary(try Self.sample())
    #expect(summary.hasPrefix("## bitext check: failed\n\nfailed: 2 documents"))
    #expect(summary.contains("| `docs/a,b: <&>.md` | 4 | 2 | 2 | 0 | 0 | 54.6% | 2 | 0 |\n"))
    #expect(summary.contains("| **Total** | 5 | 3 | 2 | 0 | 1 | 59.2% | 2 | 1 |\n"))
    #expect(summary.contains("<summary>Findings (3)</summary>"))
    #expect(summary.contains("- **warning** `docs/100%.md:7` Chinese paragraph has no English source"))
  }

  @Test func junitIsWellFormedWithTheRightCounts() throws {
    let xml = JUnitReport().render(try Self.sample())
    let parsed = try XMLSummary.parse(xml)
    #expect(parsed.root == ["name": "bitext check", "tests": "6", "failures": "3", "errors": "1"])
    #expect(parsed.suites.map { $0["name"] } == ["docs/a,b: <&>.md", "docs/100%.md", "unreadable inputs"])
    #expect(parsed.suites.map { $0["tests"] } == ["3", "2", "1"])
    #expect(parsed.suites.map { $0["failures"] } == ["3", "0", "0"])
    #expect(parsed.failureTypes == ["coverage", "untranslated", "untranslated"])
    #expect(parsed.errorCount == 1)
    #expect(parsed.testcaseCount == 6)
    // With the warnings over the limit, the orphan warning fails too.
    let strict = try XMLSummary.parse(JUnitReport().render(try Self.sample(maximumWarnings: 0)))
    #expect(strict.failureTypes == ["coverage", "untranslated", "untranslated", "orphan-translation"])
  }

  @Test func sarifIsValidJSONWithOneResultPerFinding() throws {
    let sarif = SARIFReport().render(try Self.sample())
    let object = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    #expect(object["version"] as? String == "2.1.0")
    #expect(object["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
    let run = try #require((object["runs"] as? [[String: Any]])?.first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == Rule.allCases.map(\.id))
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == 3)
    #expect(results.map { $0["level"] as? String } == ["error", "error", "warning"])
    #expect(results.map { $0["ruleId"] as? String } == ["untranslated", "untranslated", "orphan-translation"])
    for result in results {
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
    }
    let location = try #require((results.first?["locations"] as? [[String: Any]])?.first)
    let physical = try #require(location["physicalLocation"] as? [String: Any])
    #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "docs/a,b:%20%3C&%3E.md")
    #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 7)
    #expect((physical["region"] as? [String: Any])?["startColumn"] as? Int == 1)
    let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
    #expect(invocation["executionSuccessful"] as? Bool == false)
    #expect((invocation["toolExecutionNotifications"] as? [Any])?.count == 1)
    #expect(SARIFReport.uri("./docs/a b.md") == "docs/a%20b.md")
    #expect(SARIFReport.uri("/tmp/x.md") == "file:///tmp/x.md")
  }

  @Test(.enabled(if: xmllint != nil, "xmllint is not installed (apt-get install libxml2-utils)"))
  func junitPassesXmllint() throws {
    let tool = try #require(xmllint)
    let directory = try TemporaryDirectory()
    let path = try directory.write("report.xml", text: JUnitReport().render(try Self.sample()))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = ["--noout", path]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "xmllint: \(message)")
    #expect(message.isEmpty)
  }
}

/// What the JUnit tests need from a parsed JUnit document.
private final class XMLSummary: NSObject, XMLParserDelegate {
  var root: [String: String] = [:]
  var suites: [[String: String]] = []
  var failureTypes: [String] = []
  var errorCount = 0
  var testcaseCount = 0

  static func parse(_ xml: String) throws -> XMLSummary {
    let summary = XMLSummary()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = summary
    guard parser.parse() else {
      throw parser.parserError ?? CocoaError(.coderReadCorrupt)
    }
    return summary
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String]
  ) {
    switch elementName {
    case "testsuites": root = attributes
    case "testsuite": suites.append(attributes)
    case "testcase": testcaseCount += 1
    case "failure": failureTypes.append(attributes["type"] ?? "")
    case "error": errorCount += 1
    default: break
    }
  }
}
