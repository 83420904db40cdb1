import Bitext
import Foundation
import Testing

@Suite struct AlignCommandTests {
  @Test func jsonOnTheTranscript() throws {
    let result = try BitextProcess.run(["align", "--format", "json", Fixtures.path(Fixtures.transcriptName)])
    #expect(result.status == 0)
    #expect(result.standardError.isEmpty)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let sections = try #require(json["sections"] as? [[String: Any]])
    #expect(sections.count == 8)
    let segments = sections.flatMap { $0["segments"] as? [[String: Any]] ?? [] }
    #expect(segments.count == 102)
    let first = try #require(segments.first)
    let english = try #require((first["english"] as? [[String: Any]])?.first)
    let chinese = try #require((first["chinese"] as? [[String: Any]])?.first)
    #expect(english["line"] as? Int == 28)
    #expect(chinese["line"] as? Int == 30)
    #expect((chinese["text"] as? String)?.hasPrefix("所有从欧洲进口的商品") == true)
    #expect(first["method"] as? String == "ordinal")
    #expect(first["kind"] as? String == "1-1")
    let heading = try #require(sections.first?["heading"] as? [String: Any])
    #expect(heading["line"] as? Int == 26)
    let frontMatter = try #require(json["frontMatter"] as? [String: Any])
    #expect((frontMatter["tags"] as? [String])?.count == 7)
  }

  @Test func readsStandardInput() throws {
    let input = Array("# 标题\n\nHello.\n\n你好。\n".utf8)
    for arguments in [["align"], ["align", "-"], ["align", "--format=text", "-"]] {
      let result = try BitextProcess.run(arguments, input: input)
      #expect(result.status == 0, "\(arguments)")
      #expect(result.standardOutput.contains("你好。"), "\(arguments)")
    }
    let json = try BitextProcess.run(["align"], input: input)
    #expect(json.standardOutput.contains("\"source\": \"<stdin>\""))
  }

  @Test func textFormatListsSegments() throws {
    let result = try BitextProcess.run(["align", "-f", "text", Fixtures.path(Fixtures.transcriptName)])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("### 贸易协议的积极影响与市场反应  (line 26)\n\n[1-1 ordinal "))
    #expect(result.standardOutput.contains("\n  en 28  on all goods"))
    #expect(result.standardOutput.contains("\n  zh 30  所有从欧洲进口的商品"))
  }

  @Test(arguments: [
    ["align", "--format", "xml"],
    ["align", "--bogus"],
    ["align", "--format"],
    ["align", "a", "b", "c"],
    ["align", "-", "-"],
    ["align", "--strategy", "greedy"],
    ["align", "--layout", "sideways"],
    ["frobnicate"],
    [],
  ])
  func usageErrorsExit64(arguments: [String]) throws {
    try BitextProcess.run(arguments).expectUsageError()
  }

  @Test func usageErrorShowsTheUsageLine() throws {
    let result = try BitextProcess.run(["align", "--format", "xml", "x.md"])
    #expect(result.standardError.contains("Usage: bitext align [--format json|text]"))
    #expect(result.standardError.contains("'xml'"))
  }

  @Test func badInputExits2WithFileAndPosition() throws {
    let directory = try TemporaryDirectory()
    let invalid = try directory.write("bad.md", bytes: Array("ok\nbad ".utf8) + [0xFF])
    let unterminated = try directory.write("fm.md", text: "---\ntitle: x\n\nbody\n")
    let cases: [(String, String)] = [
      (invalid, "bitext: error: \(invalid):2: invalid UTF-8 at byte offset 7"),
      (unterminated, "bitext: error: \(unterminated):1: unterminated front matter"),
      (directory.url.path, "bitext: error: \(directory.url.path): is a directory"),
      (directory.url.appendingPathComponent("nope.md").path, "no such file"),
    ]
    for (path, message) in cases {
      let result = try BitextProcess.run(["align", path])
      #expect(result.status == 2, "\(path)")
      #expect(result.standardError.contains(message), "\(result.standardError)")
      #expect(result.standardOutput.isEmpty)
    }
  }

  @Test func emptyInputIsAnEmptyAlignment() throws {
    let result = try BitextProcess.run(["align", "--compact"], input: [])
    #expect(result.status == 0)
    #expect(result.standardOutput == "{\"schemaVersion\":1,\"source\":\"<stdin>\",\"sections\":[]}\n")
  }

  @Test func helpAndVersion() throws {
    for arguments in [["--help"], ["-h"], ["help"], ["help", "align"], ["align", "--help"]] {
      let result = try BitextProcess.run(arguments)
      #expect(result.status == 0, "\(arguments)")
      #expect(result.standardOutput.contains("USAGE: bitext"), "\(arguments)")
    }
    let version = try BitextProcess.run(["--version"])
    #expect(version.status == 0)
    #expect(version.standardOutput.split(separator: ".").count == 3)
  }
}

@Suite struct AlignTwoFilesCommandTests {
  @Test func twoFilesGiveOneAlignment() throws {
    let directory = try TemporaryDirectory()
    let english = try directory.write("talk.en.md", text: "# One\n\nHello.\n")
    let chinese = try directory.write("talk.zh.md", text: "# 一\n\n你好。\n")
    let result = try BitextProcess.run(["align", "--compact", english, chinese])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("\"translationSource\":\"\(chinese)\""))
    #expect(result.standardOutput.contains("\"text\":\"你好。\""))
  }
}

@Suite struct AlignStrategyCommandTests {
  private let text = "# T\n\nThe first paragraph here.\n\nThe second paragraph here.\n\n第二段在这里。\n"

  @Test func strategyAndLayoutOptionsReachTheAligner() throws {
    let automatic = try BitextProcess.run(["align", "--format", "text"], input: Array(text.utf8))
    #expect(automatic.status == 0)
    #expect(automatic.standardOutput.contains("[1-0 length"))
    #expect(automatic.standardOutput.contains("[1-1 length"))
    let ordinal = try BitextProcess.run(
      ["align", "--format", "text", "--strategy", "ordinal", "--layout", "blocks"], input: Array(text.utf8))
    #expect(ordinal.status == 0)
    #expect(ordinal.standardOutput.contains("[1-1 ordinal"))
    #expect(ordinal.standardOutput.contains("[1-0 ordinal"))
  }
}

@Suite struct AlignPriorsCommandTests {
  /// `merge-sources` at 15 %, seed 51: three short sources merged into the
  /// next translation are `2-1` with the learned priors and untranslated
  /// with the defaults (see `PerturbationTests`).
  @Test func fixedPriorsReachTheAligner() throws {
    let generator = PerturbationGenerator(cleanDocument: try Fixtures.transcript())
    let test = generator.generate(.mergeSources, density: 0.15, seed: 51)
    let merges = test.gold.count { $0.english.count == 2 && $0.chinese.count == 1 }
    let learned = try BitextProcess.run(["align", "--format", "text"], input: Array(test.text.utf8))
    let fixed = try BitextProcess.run(["align", "--format", "text", "--fixed-priors"], input: Array(test.text.utf8))
    #expect(learned.status == 0 && fixed.status == 0)
    #expect(learned.standardOutput.components(separatedBy: "[2-1 length").count - 1 == merges)
    #expect(fixed.standardOutput.components(separatedBy: "[2-1 length").count - 1 == merges - 3)
  }
}
