import Testing

@testable import Bitext

@Suite struct BlockTests {
  private func blocks(_ text: String) throws -> [Block] {
    try BilingualDocument(parsing: text).blocks
  }

  @Test(arguments: 1...6)
  func headingsAtEveryLevel(level: Int) throws {
    let marks = String(repeating: "#", count: level)
    let document = try BilingualDocument(parsing: "\(marks) Title \(marks)\n\nBody.\n")
    let heading = try #require(document.sections.first?.heading)
    #expect(heading.level == level)
    #expect(heading.text == "Title")
    #expect(heading.line == 1)
  }

  @Test(arguments: ["####### Seven", "#1 priority", "    # indented code"])
  func notHeadings(line: String) throws {
    let document = try BilingualDocument(parsing: line + "\n")
    #expect(document.sections.first?.heading == nil)
  }

  @Test func emptyHeadingAndClosingHashes() throws {
    let document = try BilingualDocument(parsing: "##\n## A # B ##\n### C#\n")
    #expect(document.sections.map { $0.heading?.text } == ["", "A # B", "C#"])
  }

  @Test func contentBeforeTheFirstHeadingIsAnUntitledSection() throws {
    let document = try BilingualDocument(parsing: "Intro.\n\n引言。\n\n# One\n\nBody.\n")
    #expect(document.sections.count == 2)
    #expect(document.sections[0].heading == nil)
    #expect(document.sections[0].blocks.map(\.text) == ["Intro.", "引言。"])
    #expect(document.sections[1].heading?.text == "One")
  }

  @Test func emptyInputIsAnEmptyDocument() throws {
    for text in ["", "\u{FEFF}", "\n\n", "  \n\t\n"] {
      let document = try BilingualDocument(parsing: text)
      #expect(document.sections.isEmpty)
      #expect(document.frontMatter == nil)
    }
  }

  @Test func multiLineParagraphsJoinTheirLines() throws {
    let result = try blocks("First line  \n  second line\nthird\n\nNext.")
    #expect(result.map(\.text) == ["First line\nsecond line\nthird", "Next."])
    #expect(result.map(\.line) == [1, 5])
    #expect(result[0].endLine == 3)
  }

  @Test func verbatimBlocksAreKeptButNotTranslatable() throws {
    let text = """
      Prose one.

      ```swift
      let x = "not prose"

      print(x)
      ```

      ~~~
      tilde fence
      ~~~

          indented code
          more code

      <!-- a comment
      over lines -->

      <div class="note">
      HTML block
      </div>

      | en | zh |
      |----|----|
      | a  | 甲 |

      ---

      ![diagram](img.png)

      [Watch the video](https://example.com/v) https://example.com/x

      ::: tip
      Inside a container is prose.
      :::

      Prose two.
      """
    let result = try blocks(text)
    #expect(
      result.map(\.kind) == [
        .paragraph, .code, .code, .code, .html, .html, .table, .thematicBreak, .media, .media,
        .containerFence, .paragraph, .containerFence, .paragraph,
      ])
    #expect(
      result.filter(\.isTranslatable).map(\.text) == ["Prose one.", "Inside a container is prose.", "Prose two."])
    #expect(result[1].text == "```swift\nlet x = \"not prose\"\n\nprint(x)\n```")
    #expect(result[1].line == 3)
    #expect(result[1].endLine == 7)
  }

  @Test func unterminatedFenceRunsToTheEnd() throws {
    let result = try blocks("Before.\n\n```\ncode\n\nstill code\n")
    #expect(result.map(\.kind) == [.paragraph, .code])
  }

  @Test func tableNeedsADelimiterRow() throws {
    let result = try blocks("a | b\n--|--\n1 | 2\n\nx | y is prose\n")
    #expect(result.map(\.kind) == [.table, .paragraph])
  }

  @Test func autolinkLineIsMediaNotHTML() throws {
    let result = try blocks("<https://example.com>\n\n<span>inline html</span> text\n")
    #expect(result.map(\.kind) == [.media, .html])
  }

  @Test func byteRangesPointAtTheText() throws {
    let text = "# 标题\n\n  Hello world.  \n\n你好，世界。\n"
    let document = try BilingualDocument(parsing: text)
    let bytes = Array(text.utf8)
    for block in document.blocks {
      #expect(Array(bytes[block.byteRange]) == Array(block.text.utf8))
    }
    let heading = try #require(document.sections.first?.heading)
    #expect(Array(bytes[heading.byteRange]) == Array("# 标题".utf8))
  }

  @Test func paragraphTextIsASliceOfTheDocument() throws {
    let document = try Fixtures.transcript()
    let block = try #require(document.blocks.first)
    // No copy: the block's text shares the document's storage.
    #expect(block.text.base.utf8.count == document.text.utf8.count)
  }
}
