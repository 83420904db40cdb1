import Foundation
import Testing

@testable import Bitext

@Suite struct InputHygieneTests {
  private let lf = "---\ntitle: t\n---\n# 标题\n\nHello\nworld.\n\n你好。\n"

  private func summary(_ document: BilingualDocument) -> [String] {
    document.sections.flatMap { section in
      ["\(section.heading?.line ?? 0):\(section.heading?.text ?? "")"]
        + section.blocks.map { "\($0.line)-\($0.endLine):\($0.language):\($0.text)" }
    }
  }

  @Test(arguments: ["\r\n", "\r"])
  func lineEndingsWorkLikeLF(ending: String) throws {
    let expected = try BilingualDocument(parsing: lf)
    let converted = try BilingualDocument(parsing: lf.replacing("\n", with: ending))
    #expect(summary(converted) == summary(expected))
    #expect(converted.frontMatter?.entries == expected.frontMatter?.entries)
  }

  @Test func mixedLineEndings() throws {
    let document = try BilingualDocument(parsing: "# A\r\n\r\nOne\rtwo\nthree\r\n\n你好\n")
    #expect(summary(document) == ["1:A", "3-5:english:One\ntwo\nthree", "7-7:chinese:你好"])
  }

  @Test func byteOrderMarkDoesNotShiftLines() throws {
    let plain = try BilingualDocument(parsing: lf)
    let marked = try BilingualDocument(parsing: "\u{FEFF}" + lf)
    #expect(summary(marked) == summary(plain))
    #expect(marked.frontMatter?["title"] == .string("t"))
    // Byte ranges count the BOM's three bytes.
    #expect(
      marked.blocks[0].byteRange == plain.blocks[0].byteRange.lowerBound + 3..<plain.blocks[0].byteRange.upperBound + 3)
  }

  @Test func crlfTranscriptAlignsLikeTheOriginal() throws {
    let original = try Fixtures.text(Fixtures.transcriptName)
    let crlf = try BilingualDocument(parsing: "\u{FEFF}" + original.replacing("\n", with: "\r\n"))
    let aligned = Aligner().align(crlf)
    let expected = Aligner().align(try Fixtures.transcript())
    #expect(
      aligned.segments.map { $0.english.map(\.line) + $0.chinese.map(\.line) }
        == expected.segments.map { $0.english.map(\.line) + $0.chinese.map(\.line) })
    #expect(aligned.segments.map { $0.chinese.map(\.text) } == expected.segments.map { $0.chinese.map(\.text) })
  }

  @Test(arguments: [
    ([0x61, 0x0A, 0x62, 0xFF, 0x63] as [UInt8], 3, 2),
    ([0xE4, 0xBD] as [UInt8], 0, 1),
    ([0x61, 0x0D, 0x0A, 0x0D, 0x0A, 0xC0, 0x80] as [UInt8], 5, 3),
    ([0xEF, 0xBB, 0xBF, 0x61, 0xED, 0xA0, 0x80] as [UInt8], 4, 1),
  ])
  func invalidUTF8NamesTheByteOffsetAndLine(bytes: [UInt8], offset: Int, line: Int) throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("bad.md", bytes: bytes)
    #expect(throws: BitextError.invalidUTF8(file: path, byteOffset: offset, line: line)) {
      try BilingualDocument(contentsOf: path)
    }
  }

  @Test func utf16IsRefusedByName() throws {
    let directory = try TemporaryDirectory()
    let bytes: [UInt8] = [0xFF, 0xFE] + Array("# T".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let path = try directory.write("utf16.md", bytes: bytes)
    #expect(throws: BitextError.unsupportedEncoding(file: path, encoding: "UTF-16LE")) {
      try BilingualDocument(contentsOf: path)
    }
  }

  @Test func nulBytesAreBinary() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("nul.md", bytes: Array("Hello\nwor".utf8) + [0] + Array("ld".utf8))
    #expect(throws: BitextError.binaryContent(file: path, byteOffset: 9, line: 2)) {
      try BilingualDocument(contentsOf: path)
    }
  }

  @Test func directoriesAndMissingFilesAreNamed() throws {
    let directory = try TemporaryDirectory()
    #expect(throws: BitextError.isDirectory(file: directory.url.path)) {
      try BilingualDocument(contentsOf: directory.url.path)
    }
    let missing = directory.url.appendingPathComponent("missing.md").path
    #expect(throws: BitextError.fileNotFound(file: missing)) {
      try BilingualDocument(contentsOf: missing)
    }
  }

  @Test func sizeLimitRefusesBeforeReading() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("big.md", text: String(repeating: "a", count: 100))
    #expect(throws: BitextError.inputTooLarge(file: path, size: 100, limit: 10)) {
      try BilingualDocument(contentsOf: path, reader: InputReader(maximumSize: 10))
    }
  }

  @Test func emptyFileIsAnEmptyDocument() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("empty.md", bytes: [])
    let document = try BilingualDocument(contentsOf: path)
    #expect(document.sections.isEmpty)
    #expect(document.source == path)
  }

  @Test func errorDescriptionsReadLikeACompiler() {
    #expect(
      BitextError.invalidUTF8(file: "a.md", byteOffset: 12, line: 3).description
        == "a.md:3: invalid UTF-8 at byte offset 12")
    #expect(
      BitextError.unterminatedFrontMatter(file: "a.md", line: 1).description.hasPrefix(
        "a.md:1: unterminated front matter"))
  }
}
