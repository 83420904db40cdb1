import Foundation
import Testing

@Suite struct ShowCommandTests {
  static let transcript = Fixtures.path(Fixtures.transcriptName)

  static func golden(_ name: String) throws -> String {
    try String(contentsOf: Snapshot.path(name), encoding: .utf8)
  }

  @Test func twoFilesShowSideBySide() throws {
    let directory = try TemporaryDirectory()
    let english = try directory.write("talk.en.md", text: "# One\n\nHello there.\n")
    let chinese = try directory.write("talk.zh.md", text: "# 一\n\n你好。\n")
    let result = try BitextProcess.run(["show", "--width", "30", english, chinese])
    #expect(result.status == 0)
    let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
    // The Chinese file's heading is the translation of the English file's.
    #expect(lines.contains("── One / 一 ──────────────────"))
    #expect(lines.contains("Hello there.  │ 你好。"))
  }

  @Test(arguments: [60, 100, 160]) func textMatchesTheGolden(width: Int) throws {
    let result = try BitextProcess.run(["show", "--width", String(width), "--color", "never", Self.transcript])
    #expect(result.status == 0)
    #expect(result.standardError.isEmpty)
    #expect(result.standardOutput == (try Self.golden("show-text-\(width).txt")))
  }

  @Test func markdownAndHTMLMatchTheGoldens() throws {
    let markdown = try BitextProcess.run(["show", "--format", "markdown", Self.transcript])
    #expect(markdown.status == 0)
    #expect(markdown.standardOutput == (try Self.golden("show-markdown.md")))
    let html = try BitextProcess.run(["show", "-f", "html", Self.transcript])
    #expect(html.status == 0)
    #expect(html.standardOutput == (try Self.golden("show-html.html")))
  }

  @Test func widthComesFromCOLUMNSWhenNotATerminal() throws {
    let result = try BitextProcess.run(["show", Self.transcript], environment: ["COLUMNS": "60"])
    #expect(result.standardOutput == (try Self.golden("show-text-60.txt")))
    let fallback = try BitextProcess.run(["show", Self.transcript], environment: ["COLUMNS": "x"])
    #expect(fallback.standardOutput == (try Self.golden("show-text-100.txt")))
  }

  @Test func colorIsOffWhenNotATerminalAndOnWhenAsked() throws {
    let input = Array("### 标题\n\nHello.\n\n你好。\n".utf8)
    let auto = try BitextProcess.run(["show", "--width", "40"], input: input)
    #expect(auto.status == 0)
    #expect(!auto.standardOutput.contains("\u{1B}["))
    let always = try BitextProcess.run(
      ["show", "--width", "40", "--color", "always"], input: input, environment: ["NO_COLOR": "1"])
    #expect(always.standardOutput.contains("\u{1B}[1m── 标题"))
    #expect(always.standardOutput.contains("Hello."))
  }

  @Test func chineseFirstAndLineNumbers() throws {
    let input = Array("### 标题\n\nHello.\n\n你好。\n".utf8)
    let result = try BitextProcess.run(["show", "-w", "30", "--chinese-first", "--line-numbers", "-"], input: input)
    #expect(result.status == 0)
    let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.contains("中文          │ English"))
    #expect(lines.contains("5 你好。      │ 3 Hello."))
  }

  @Test(arguments: [
    (["show", "--width", "19"], "'--width <n>'"),
    (["show", "--width", "wide"], "'--width <n>'"),
    (["show", "--color", "sometimes"], "'--color <when>'"),
    (["show", "--format", "pdf"], "'--format <format>'"),
    (["show", "a.md", "b.md", "c.md"], "at most two files"),
  ])
  func usageErrors(arguments: [String], message: String) throws {
    let result = try BitextProcess.run(arguments)
    #expect(result.status == 64)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains(message))
    #expect(result.standardError.contains("Usage: bitext show"))
  }

  @Test func badInputExitsWithTwo() throws {
    let result = try BitextProcess.run(["show", "-"], input: Array("---\ntitle: x\n\nbody\n".utf8))
    #expect(result.status == 2)
    #expect(result.standardError.contains("<stdin>:1: unterminated front matter"))
  }

  @Test func helpListsTheOptions() throws {
    let result = try BitextProcess.run(["show", "--help"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("--chinese-first"))
    let overview = try BitextProcess.run(["--help"])
    #expect(overview.standardOutput.contains("show"))
  }
}
