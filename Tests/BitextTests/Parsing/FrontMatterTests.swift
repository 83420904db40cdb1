import Testing

@testable import Bitext

@Suite struct FrontMatterTests {
  private func frontMatter(_ yaml: String) throws -> FrontMatter? {
    try BilingualDocument(parsing: "---\n\(yaml)\n---\n\nText.\n").frontMatter
  }

  @Test func seedTranscriptKeepsEveryKeyInOrder() throws {
    let document = try Fixtures.transcript()
    let frontMatter = try #require(document.frontMatter)
    #expect(frontMatter.entries.prefix(4).map(\.key) == ["author", "date", "guest", "layout"])
    #expect(frontMatter.entries.count == 16)
    #expect(frontMatter["date"] == .string("2025-10-06"))
    #expect(frontMatter["guest"] == .string(""))
    #expect(frontMatter["title"] == .string("中美AI竞争、开源模型崛起与全球贸易格局重塑"))
    #expect(
      frontMatter["tags"]
        == .list(["t-literature-note", "bg2-pod", "AI开源", "中美科技竞争", "全球贸易", "算力竞赛", "风险投资"]))
    #expect(frontMatter.line == 1)
    #expect(frontMatter.endLine == 25)
  }

  @Test(arguments: [
    ("title: Plain text", FrontMatter.Value.string("Plain text")),
    ("title: 'it''s quoted'", .string("it's quoted")),
    ("title: \"say \\\"hi\\\"\"", .string("say \"hi\"")),
    ("title: \"a: b\"", .string("a: b")),
    ("title: [a, 'b, c', d]", .list(["a", "b, c", "d"])),
    ("title: []", .list([])),
    ("title:\n  - one\n  - 'two'", .list(["one", "two"])),
    ("title:\n- one\n- two", .list(["one", "two"])),
    ("title:", .string("")),
    ("title:\n  nested: map\n  other: 1", .raw("  nested: map\n  other: 1")),
    ("title: |\n  line one\n  line two", .raw("|\n  line one\n  line two")),
    ("title: {a: 1}", .raw("{a: 1}")),
    ("title: [a, [b, c]]", .raw("[a, [b, c]]")),
    ("title: https://example.com/a:b", .string("https://example.com/a:b")),
  ])
  func valueShapes(yaml: String, expected: FrontMatter.Value) throws {
    let frontMatter = try #require(try frontMatter(yaml))
    #expect(frontMatter["title"] == expected)
  }

  @Test func oddLinesAreSkippedNotFatal() throws {
    let frontMatter = try #require(try frontMatter("# a comment\nno colon here\n\tkey: tabbed\nreal: yes"))
    #expect(frontMatter.entries.map(\.key) == ["real"])
    #expect(frontMatter["real"] == .string("yes"))
  }

  @Test func noFrontMatterIsFine() throws {
    let document = try BilingualDocument(parsing: "# Title\n\nHello.\n")
    #expect(document.frontMatter == nil)
    #expect(document.sections.count == 1)
  }

  @Test func emptyFrontMatter() throws {
    let document = try BilingualDocument(parsing: "---\n---\nHello.\n")
    #expect(document.frontMatter?.entries == [])
    #expect(document.sections.first?.blocks.first?.line == 3)
  }

  @Test func dotsCloseFrontMatter() throws {
    let document = try BilingualDocument(parsing: "---\na: 1\n...\nHello.\n")
    #expect(document.frontMatter?["a"] == .string("1"))
  }

  @Test(arguments: ["---\ntitle: x\n\nHello.\n", "---\n", "---"])
  func unterminatedFrontMatterIsAnErrorAtItsLine(text: String) {
    #expect(throws: BitextError.unterminatedFrontMatter(file: "t.md", line: 1)) {
      try BilingualDocument(parsing: text, source: "t.md")
    }
  }

  @Test func unterminatedFrontMatterAfterByteOrderMark() {
    #expect(throws: BitextError.unterminatedFrontMatter(file: "t.md", line: 1)) {
      try BilingualDocument(parsing: "\u{FEFF}---\r\ntitle: x\r\n", source: "t.md")
    }
  }
}
