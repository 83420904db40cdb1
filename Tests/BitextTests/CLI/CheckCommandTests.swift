import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct CheckCommandTests {
  private let transcript = Fixtures.path(Fixtures.transcriptName)

  @Test func seedTranscriptPassesWithFullCoverage() throws {
    let result = try BitextProcess.run(["check", transcript])
    #expect(result.status == 0)
    #expect(result.standardError.isEmpty)
    #expect(
      result.standardOutput.contains(" 102         102             0       0        0    100.0%       0         0\n"))
    #expect(result.standardOutput.hasSuffix("passed: 1 document, 100.0% coverage, 0 errors, 0 warnings\n"))
  }

  @Test func editedTranscriptsEndToEnd() throws {
    let transcript = try TranscriptCoverageTests()
    let directory = try TemporaryDirectory()
    let removed = try directory.write(
      "removed.md",
      text: transcript.edited(
        replacing: Dictionary(uniqueKeysWithValues: [5, 40, 58, 59, 99].map { ($0, { _, _ in "" }) })))
    let result = try BitextProcess.run(["check", removed])
    #expect(result.status == 1)
    let diagnostics = result.standardOutput.split(separator: "\n").filter { $0.hasPrefix(removed + ":") }
    #expect(
      diagnostics.map { $0.split(separator: ":")[1] + ":" + $0.split(separator: ":")[3] }
        == ["50: error", "200: error", "272: error", "276: error", "438: error"])
    #expect(diagnostics.allSatisfy { $0.hasSuffix("[untranslated]") })

    let truncated = try directory.write(
      "truncated.md",
      text: transcript.edited(replacing: [40: { _, chinese in String(chinese.text.prefix(chinese.text.count / 5)) }]))
    let warned = try BitextProcess.run(["check", truncated])
    #expect(warned.status == 0)
    #expect(warned.standardOutput.hasPrefix("\(truncated):202:1: warning: translation is 18% of the expected length"))
    #expect(try BitextProcess.run(["check", "--max-warnings", "0", truncated]).status == 1)

    let copied = try directory.write(
      "copied.md", text: transcript.edited(replacing: [60: { english, _ in String(english.text) }]))
    let copy = try BitextProcess.run(["check", copied])
    #expect(copy.status == 1)
    #expect(
      copy.standardOutput.contains(
        "\n\(copied):282:1: error: translation is a copy of the English paragraph on line 280"))
  }

  @Test func englishOnlySeedFailsWithZeroCoverage() throws {
    let path = Fixtures.path("bg2-summary-en.md")
    let result = try BitextProcess.run(["check", "--format", "json", path])
    #expect(result.status == 1)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let totals = try #require(json["totals"] as? [String: Any])
    #expect(totals["coverage"] as? Double == 0)
    #expect(totals["englishParagraphs"] as? Int == totals["untranslatedParagraphs"] as? Int)
    #expect(json["errors"] as? Int == totals["englishParagraphs"] as? Int)
  }

  @Test func folderWithAPairAndThresholds() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      "docs/talk.en.md",
      text: "# Intro\n\nWelcome to the show, everyone. Today we talk about open models.\n\n"
        + "Our guest has built several companies in this space.\n")
    try directory.write("docs/talk.zh.md", text: "# 介绍\n\n欢迎大家收听本期节目。今天我们聊聊开源模型。\n")
    try directory.write("docs/.drafts/ignored.md", text: "Not checked.\n")
    try directory.write("docs/image.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00])
    let failing = try BitextProcess.run(["check", "docs"], currentDirectory: directory.url)
    #expect(failing.status == 1)
    #expect(
      failing.standardOutput.hasPrefix(
        "docs/talk.en.md:5:1: error: English paragraph has no translation: "
          + "“Our guest has built several companies in this sp…” [untranslated]\n"))
    #expect(failing.standardOutput.contains("\ndocs/talk.en.md           2           1             1"))
    // 63 of 115 English characters are translated: 54.7%.
    let enough = try BitextProcess.run(["check", "--min-coverage", "0.5", "docs"], currentDirectory: directory.url)
    #expect(enough.status == 0)
    #expect(enough.standardOutput.hasPrefix("docs/talk.en.md:5:1: warning: "))
    let warningsCapped = try BitextProcess.run(
      ["check", "--min-coverage=0.5", "--max-warnings", "0", "docs"], currentDirectory: directory.url)
    #expect(warningsCapped.status == 1)
    let tooHigh = try BitextProcess.run(["check", "--min-coverage", "0.55", "docs"], currentDirectory: directory.url)
    #expect(tooHigh.status == 1)
    let ruleOff = try BitextProcess.run(
      ["check", "--rule", "untranslated=off", "--min-coverage", "0.5", "docs"], currentDirectory: directory.url)
    #expect(ruleOff.status == 0)
    #expect(ruleOff.standardOutput.hasPrefix("file "))
  }

  @Test func ruleSeverityCanBeRaised() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "note.md", text: "# 介绍\n\nHello there, friends.\n\n你好，朋友们。\n\n译者注：这是一个注释。\n")
    let warning = try BitextProcess.run(["check", path])
    #expect(warning.status == 0)
    #expect(warning.standardOutput.hasPrefix("\(path):7:1: warning: Chinese paragraph has no English source"))
    let error = try BitextProcess.run(["check", "--rule", "orphan-translation=error", path])
    #expect(error.status == 1)
    #expect(error.standardOutput.hasPrefix("\(path):7:1: error: "))
    let capped = try BitextProcess.run(["check", "--max-warnings", "0", path])
    #expect(capped.status == 1)
  }

  @Test func anEmptyDocumentIsAWarningThatCanFailTheRun() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("empty.md", text: "")
    let warning = try BitextProcess.run(["check", path])
    #expect(warning.status == 0)
    #expect(warning.standardOutput.hasPrefix("\(path):1:1: warning: no paragraphs to check"))
    #expect(warning.standardOutput.hasSuffix("passed: 1 document, 100.0% coverage, 0 errors, 1 warning\n"))
    let error = try BitextProcess.run(["check", "--rule", "no-paragraphs=error", path])
    #expect(error.status == 1)
    #expect(error.standardOutput.hasPrefix("\(path):1:1: error: no paragraphs to check"))
  }

  @Test func unreadableInputExits2AndOthersAreStillReported() throws {
    let directory = try TemporaryDirectory()
    let bad = try directory.write("bad.md", bytes: Array("ok\nbad ".utf8) + [0xFF])
    let good = try directory.write("good.md", text: "# 标题\n\nHello.\n\n你好。\n")
    let result = try BitextProcess.run([
      "check", "--format", "json", bad, good, directory.url.appendingPathComponent("none.md").path,
    ])
    #expect(result.status == 2)
    #expect(result.standardError.contains("bitext: error: \(bad):2: invalid UTF-8 at byte offset 7\n"))
    #expect(result.standardError.contains("none.md: no such file\n"))
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    #expect((json["documents"] as? [Any])?.count == 1)
    #expect((json["inputFailures"] as? [Any])?.count == 2)
  }

  @Test func githubFormatWritesAnnotationsAndTheStepSummary() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("a,b.md", text: "# 标题\n\nUp 50% today.\n\n今天上涨50%。\n\nNo translation here.\n")
    let summary = directory.url.appendingPathComponent("summary.md")
    try "previous step\n".write(to: summary, atomically: true, encoding: .utf8)
    let result = try BitextProcess.run(
      ["check", "--format", "github", path], environment: ["GITHUB_STEP_SUMMARY": summary.path])
    #expect(result.status == 1)
    let escaped = path.replacingOccurrences(of: ",", with: "%2C")
    #expect(
      result.standardOutput.hasPrefix(
        "::error file=\(escaped),line=7,col=1,title=untranslated::English paragraph has no translation: “No translation here.”\n"
      ))
    let written = try String(contentsOf: summary, encoding: .utf8)
    #expect(written.hasPrefix("previous step\n## bitext check: failed\n"))
    #expect(written.contains("| 2 | 1 | 1 | 0 | 0 |"))
  }

  @Test func junitAndSarifFromTheBinary() throws {
    let copied = try TemporaryDirectory()
    let path = try copied.write("talk.md", text: "# 标题\n\nSame words.\n\nSame words.\n\nHello.\n\n你好。\n")
    let junit = try BitextProcess.run(["check", "--format", "junit", path])
    #expect(junit.status == 1)
    let parser = XMLParser(data: Data(junit.standardOutput.utf8))
    #expect(parser.parse())
    #expect(junit.standardOutput.contains("<failure type=\"copied-source\""))
    let sarif = try BitextProcess.run(["check", "-f", "sarif", path])
    #expect(sarif.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(sarif.standardOutput.utf8)) as? [String: Any])
    let results = try #require((object["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
    #expect(results.map { $0["ruleId"] as? String } == ["copied-source"])
  }

  @Test(arguments: [
    ["check"],
    ["check", "--format", "xml", "x.md"],
    ["check", "--min-coverage", "1.5", "x.md"],
    ["check", "--min-coverage", "abc", "x.md"],
    ["check", "--max-warnings", "-1", "x.md"],
    ["check", "--rule", "nonsense=off", "x.md"],
    ["check", "--rule", "untranslated=loud", "x.md"],
    ["check", "--rule", "untranslated", "x.md"],
    ["check", "-", "-"],
  ])
  func usageErrorsExit64(arguments: [String]) throws {
    try BitextProcess.run(arguments).expectUsageError(usage: "check ")
  }

  @Test func emptyFolderPassesWithAWarning() throws {
    let directory = try TemporaryDirectory()
    try directory.write("notes/image.png", bytes: [0x89])
    let result = try BitextProcess.run(["check", directory.url.path])
    #expect(result.status == 0)
    #expect(result.standardError == "bitext: warning: no *.md, *.markdown or *.txt files under \(directory.url.path)\n")
    #expect(result.standardOutput.hasSuffix("passed: 0 documents, 100.0% coverage, 0 errors, 0 warnings\n"))
  }

  @Test func readsStandardInput() throws {
    let result = try BitextProcess.run(["check", "-"], input: Array("# 标题\n\nHello.\n\n你好。\n".utf8))
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("<stdin>"))
  }

  /// `--verify-words` finds a translation missing next to a missing
  /// source, which pair by position otherwise (exit 0 → 1).
  @Test func verifyWordsFindsAnOmissionHiddenByAnother() throws {
    let transcript = try TranscriptCoverageTests()
    let index = try #require(transcript.segment(startingWith: "Sunny, has your supply chain"))
    let directory = try TemporaryDirectory()
    let hidden = try directory.write("hidden.md", text: transcript.hidingAnOmission(at: index))
    #expect(try BitextProcess.run(["check", hidden]).status == 0)
    let verified = try BitextProcess.run(["check", "--verify-words", hidden])
    #expect(verified.status == 1)
    let line = transcript.alignment.segments[index].english[0].line
    #expect(verified.standardOutput.hasPrefix("\(hidden):\(line):1: error: English paragraph has no translation"))
    #expect(verified.standardOutput.contains("[orphan-translation]"))
  }

  @Test func helpListsRulesAndExitCodes() throws {
    let result = try BitextProcess.run(["check", "--help"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("  suspicious-length       warning\n"))
    #expect(result.standardOutput.contains("EXIT STATUS: 0 thresholds met, 1 findings over a threshold"))
  }
}
