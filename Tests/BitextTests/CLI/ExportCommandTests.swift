import Bitext
import Foundation
import Testing

@Suite struct ExportCommandTests {
  private let transcript = Fixtures.path(Fixtures.transcriptName)

  @Test func jsonlOnTheTranscript() throws {
    let result = try BitextProcess.run(["export", "--format", "jsonl", transcript])
    #expect(result.status == 0)
    #expect(result.standardError.isEmpty)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 102)
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object?["kind"] as? String == "1-1")
    }
  }

  @Test func tsvWithColumns() throws {
    let result = try BitextProcess.run(["export", "-f", "tsv", "--columns", "section,lines,kind,score", transcript])
    #expect(result.status == 0)
    let rows = result.standardOutput.split(separator: "\n")
    #expect(rows.count == 103)
    #expect(rows.first == "english\tchinese\tsection\tenglish_lines\tchinese_lines\tkind\tscore")
    #expect(rows.dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 7 })
  }

  @Test func tmxHas102UnitsAndLanguageOptions() throws {
    let result = try BitextProcess.run(
      ["export", "--format=tmx", "--source-lang", "en-US", "--target-lang", "zh-Hans", transcript])
    #expect(result.status == 0)
    #expect(
      result.standardOutput.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">")
    )
    #expect(result.standardOutput.components(separatedBy: "<tu tuid=").count - 1 == 102)
    #expect(result.standardOutput.components(separatedBy: "<tuv xml:lang=\"zh-Hans\">").count - 1 == 102)
    #expect(result.standardOutput.contains("srclang=\"en-US\""))
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"), "xmllint is not installed"))
  func tmxFromTwoFilesIsValid() throws {
    let directory = try TemporaryDirectory()
    let prefix = directory.url.appendingPathComponent("talk").path
    #expect(try BitextProcess.run(["export", "-f", "split", "--output-prefix", prefix, transcript]).status == 0)
    let result = try BitextProcess.run(["export", "-f", "tmx", prefix + ".en.md", prefix + ".zh.md"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("<prop type=\"x-translation-source\">\(prefix).zh.md</prop>"))
    #expect(result.standardOutput.components(separatedBy: "<tu tuid=").count - 1 == 102)
    let tmx = try directory.write("talk.tmx", text: result.standardOutput)
    try directory.write("tmx14.dtd", bytes: try Fixtures.bytes("tmx14.dtd"))
    let xmllint = Process()
    xmllint.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
    xmllint.arguments = ["--noout", "--valid", tmx]
    try xmllint.run()
    xmllint.waitUntilExit()
    #expect(xmllint.terminationStatus == 0)
  }

  @Test func filtersApplyToEveryFormat() throws {
    let directory = try TemporaryDirectory()
    let input = try directory.write(
      "uneven.md", text: "# T\n\nFirst paragraph here.\n\n第一段。\n\nSecond, untranslated.\n")
    let jsonl = try BitextProcess.run(["export", "-f", "jsonl", "--only", "1-0", input])
    #expect(jsonl.standardOutput.split(separator: "\n").count == 1)
    #expect(jsonl.standardOutput.contains("\"english\":\"Second, untranslated.\""))
    let tsv = try BitextProcess.run(["export", "-f", "tsv", "--only", "1-1", "--only", "0-1", input])
    #expect(tsv.standardOutput == "english\tchinese\nFirst paragraph here.\t第一段。\n")
    let none = try BitextProcess.run(["export", "-f", "interleaved", "--min-score", "1", input])
    #expect(none.standardOutput == "# T\n")
    let json = try BitextProcess.run(["export", "-f", "json", "--compact", "--only", "1-0", input])
    let alignment = try AlignmentJSON.decode(json.standardOutput)
    #expect(alignment.segments.map(\.kind) == [.untranslated])
  }

  @Test func splitThenInterleavedReproducesTheTranscript() throws {
    let directory = try TemporaryDirectory()
    let prefix = directory.url.appendingPathComponent("talk").path
    let split = try BitextProcess.run(["export", "--format", "split", "--output-prefix", prefix, transcript])
    #expect(split.status == 0)
    #expect(split.standardOutput.isEmpty)
    let english = try String(contentsOfFile: prefix + ".en.md", encoding: .utf8)
    let chinese = try String(contentsOfFile: prefix + ".zh.md", encoding: .utf8)
    #expect(english.hasPrefix("---\nauthor: Bg2 Pod\n"))
    #expect(english.contains("\n### 贸易协议的积极影响与市场反应\n\non all goods coming from Europe"))
    #expect(chinese.contains("\n### 贸易协议的积极影响与市场反应\n\n所有从欧洲进口的商品"))

    let interleaved = try BitextProcess.run(["export", "-f", "interleaved", prefix + ".en.md", prefix + ".zh.md"])
    #expect(interleaved.status == 0)
    let original = try Fixtures.text(Fixtures.transcriptName)
    #expect(interleaved.standardOutput == original + "\n" || interleaved.standardOutput == original)
  }

  @Test func readsStandardInput() throws {
    let result = try BitextProcess.run(["export", "-f", "tsv"], input: Array("Hello.\n\n你好。\n".utf8))
    #expect(result.status == 0)
    #expect(result.standardOutput == "english\tchinese\nHello.\t你好。\n")
  }

  @Test(arguments: [
    ["export"],
    ["export", "x.md"],
    ["export", "--format", "xml", "x.md"],
    ["export", "-f", "jsonl", "--only", "one", "x.md"],
    ["export", "-f", "jsonl", "--only", "4-4", "x.md"],
    ["export", "-f", "jsonl", "--min-score", "2", "x.md"],
    ["export", "-f", "jsonl", "--min-score", "high", "x.md"],
    ["export", "-f", "tsv", "--columns", "section,colour", "x.md"],
    ["export", "-f", "jsonl", "--columns", "kind", "x.md"],
    ["export", "-f", "tsv", "--include-partial", "x.md"],
    ["export", "-f", "tmx", "--source-lang", "en us", "x.md"],
    ["export", "-f", "split", "x.md"],
    ["export", "-f", "jsonl", "--output-prefix", "talk", "x.md"],
    ["export", "-f", "tsv", "--compact", "x.md"],
    ["export", "-f", "jsonl", "a", "b", "c"],
  ])
  func usageErrorsExit64(arguments: [String]) throws {
    try BitextProcess.run(arguments).expectUsageError(usage: "export --format jsonl|tsv|tmx|json|interleaved|split")
  }

  @Test func badInputAndUnwritableOutputExit2() throws {
    let directory = try TemporaryDirectory()
    let missing = directory.url.appendingPathComponent("nope.md").path
    let unread = try BitextProcess.run(["export", "-f", "jsonl", missing])
    #expect(unread.status == 2)
    #expect(unread.standardError == "bitext: error: \(missing): no such file\n")
    let prefix = directory.url.appendingPathComponent("no/such/dir/talk").path
    let unwritten = try BitextProcess.run(["export", "-f", "split", "--output-prefix", prefix, transcript])
    #expect(unwritten.status == 2)
    #expect(unwritten.standardError.hasPrefix("bitext: error: \(prefix).en.md: cannot write: "))
  }

  @Test func helpListsEveryFormat() throws {
    let result = try BitextProcess.run(["export", "--help"])
    #expect(result.status == 0)
    for format in ["jsonl", "tsv", "tmx", "json", "interleaved", "split"] {
      #expect(result.standardOutput.contains("\(format): "), "\(format)")
    }
    let overview = try BitextProcess.run(["--help"])
    #expect(overview.standardOutput.contains("  export "))
  }
}
