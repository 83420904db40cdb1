import Foundation
import Testing

@testable import Bitext

@Suite struct AlignmentJSONTests {
  @Test func roundTripsThroughCodable() throws {
    let alignment = Aligner().align(try Fixtures.transcript())
    let decoded = try AlignmentJSON.decode(AlignmentJSON.encode(alignment))
    #expect(decoded.sections.count == alignment.sections.count)
    #expect(decoded.segments.map { $0.english.map(\.text) } == alignment.segments.map { $0.english.map(\.text) })
    #expect(decoded.segments.map { $0.chinese.map(\.line) } == alignment.segments.map { $0.chinese.map(\.line) })
    #expect(decoded.frontMatter?["tags"] == alignment.frontMatter?["tags"])
  }

  @Test func keysComeInDocumentedOrder() throws {
    let alignment = Aligner().align(try Fixtures.transcript())
    let json = AlignmentJSON.encode(alignment, prettyPrinted: false)
    #expect(json.hasPrefix("{\"schemaVersion\":1,\"source\":"))
    let order = [
      "\"frontMatter\":{\"author\":", "\"date\":\"2025-10-06\"", "\"sections\":[",
      "\"heading\":{\"text\":\"贸易协议的积极影响与市场反应\",\"level\":3,\"line\":26",
    ]
    var position = json.startIndex
    for key in order {
      let found = try #require(json.range(of: key, range: position..<json.endIndex), "\(key)")
      position = found.upperBound
    }
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("quote \" backslash \\", "quote \\\" backslash \\\\"),
    ("line\nbreak\ttab\r", "line\\nbreak\\ttab\\r"),
    ("\u{01}\u{1F}", "\\u0001\\u001f"),
    ("中文 / emoji 👨‍👩‍👧", "中文 / emoji 👨‍👩‍👧"),
  ])
  func escapesStrings(raw: String, escaped: String) throws {
    #expect(JSONEmitter.escaped(raw) == escaped)
    var json = JSONEmitter()
    json.string(raw)
    let parsed = try JSONSerialization.jsonObject(with: Data(json.text.utf8), options: .fragmentsAllowed)
    #expect(parsed as? String == raw)
  }

  @Test func escapesKeysThatNeedIt() {
    var json = JSONEmitter()
    json.beginObject()
    json.key("plain")
    json.number(1)
    json.key("quo\"te\n")
    json.number(2)
    json.endObject()
    #expect(json.text == #"{"plain":1,"quo\"te\n":2}"#)
  }

  /// Escapes at every position of the eight-byte words the scanner tests at once.
  @Test func escapesAtEveryOffset() {
    let pieces = ["a", "中", "\"", "\\", "\n", "\u{1F}", " ", "é", "\u{7F}", "!", "]"]
    var generator = SeededGenerator(seed: 11)
    for _ in 0..<1000 {
      let raw = (0..<Int.random(in: 0..<30, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
      var reference = ""
      for scalar in raw.unicodeScalars {
        switch scalar {
        case "\"": reference += "\\\""
        case "\\": reference += "\\\\"
        case "\n": reference += "\\n"
        case "\u{1F}": reference += "\\u001f"
        default: reference.unicodeScalars.append(scalar)
        }
      }
      #expect(JSONEmitter.escaped(raw) == reference, "\(raw.debugDescription)")
    }
  }

  @Test func untitledSectionHasNullHeading() throws {
    let alignment = Aligner().align(try BilingualDocument(parsing: "Hi.\n\n嗨。\n"))
    let json = AlignmentJSON.encode(alignment, prettyPrinted: false)
    #expect(json.contains("\"heading\":null"))
    #expect(json.contains("\"source\":null"))
  }
}
