import Bitext
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Collects what a TMX document holds, with Foundation's XML parser.
private final class TMXContents: NSObject, XMLParserDelegate {
  struct Unit {
    var id: String?
    var properties: [String: String] = [:]
    var variants: [(language: String, lines: String, text: String)] = []
  }

  var header: [String: String] = [:]
  var units: [Unit] = []
  private var text = ""
  private var propertyType: String?
  private var language = ""
  private var lines = ""

  static func parse(_ document: String) throws -> TMXContents {
    let contents = TMXContents()
    let parser = XMLParser(data: Data(document.utf8))
    parser.delegate = contents
    guard parser.parse() else {
      throw ParseFailure(description: parser.parserError.map { "\($0)" } ?? "unknown XML error")
    }
    return contents
  }

  struct ParseFailure: Error, CustomStringConvertible {
    var description: String
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    text = ""
    switch name {
    case "header": header = attributes
    case "tu": units.append(Unit(id: attributes["tuid"]))
    case "tuv": language = attributes["xml:lang"] ?? ""
    case "prop": propertyType = attributes["type"]
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text += string
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    switch name {
    case "prop" where propertyType == "x-lines":
      lines = text
    case "prop":
      if let type = propertyType, !units.isEmpty { units[units.count - 1].properties[type] = text }
    case "seg":
      if !units.isEmpty { units[units.count - 1].variants.append((language, lines, text)) }
    default: break
    }
  }
}

/// The `xmllint` binary, when libxml2-utils is installed.
private let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
  .first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite struct TMXWriterTests {
  private func tmx(_ alignment: Alignment, options: TMXWriter.Options = .default) -> String {
    var text = ""
    TMXWriter(options: options).write(alignment, to: &text)
    return text
  }

  @Test func transcriptHasOneUnitPerSegment() throws {
    let document = tmx(Aligner().align(try Fixtures.transcript()))
    let contents = try TMXContents.parse(document)
    #expect(contents.units.count == 102)
    #expect(
      contents.header == [
        "creationtool": "bitext", "creationtoolversion": BitextVersion.current, "segtype": "paragraph",
        "o-tmf": "bitext", "adminlang": "en", "srclang": "en", "datatype": "plaintext",
      ])
    let first = try #require(contents.units.first)
    #expect(first.id == "1")
    #expect(first.properties["x-section"] == "贸易协议的积极影响与市场反应")
    #expect(first.properties["x-kind"] == "1-1")
    #expect(first.variants.map(\.language) == ["en", "zh-CN"])
    #expect(first.variants.map(\.lines) == ["28", "30"])
    #expect(first.variants[0].text.hasPrefix("on all goods coming from Europe"))
    #expect(first.variants[1].text.hasPrefix("所有从欧洲进口的商品"))
    #expect(contents.units.last?.id == "102")
  }

  @Test func trickyTextRoundTripsWithoutForbiddenCharacters() throws {
    let document = tmx(ExportSamples.tricky)
    let contents = try TMXContents.parse(document)
    let expected = ExportSamples.trickyTexts.map(\.withoutXMLForbiddenCharacters)
    #expect(contents.units.map { $0.variants[0].text } == expected)
    #expect(contents.units.map { $0.variants[1].text } == expected.map { "中文：" + $0 })
    #expect(contents.units.first?.properties["x-section"] == "R&D <notes> \"x\"")
    #expect(expected[2] == "controls \u{7F} and a noncharacter  gone")
    #expect(!document.contains("\u{1B}"))
  }

  @Test(arguments: [
    ("a & b < c > d", false, "a &amp; b &lt; c &gt; d"),
    ("\"q\"\t\n\r", false, "\"q\"\t\n&#xD;"),
    ("\"q\"\t\n\r", true, "&quot;q&quot;&#x9;&#xA;&#xD;"),
    ("bell\u{07}\u{FFFF}中文🎉", false, "bell中文🎉"),
  ])
  func escapes(raw: String, inAttribute: Bool, escaped: String) {
    #expect(TMXWriter.escape(raw, inAttribute: inAttribute) == escaped)
  }

  @Test func partialSegmentsOnlyWhenAsked() throws {
    let strict = try TMXContents.parse(tmx(ExportSamples.kinds))
    #expect(strict.units.map(\.id) == ["1", "2"])
    #expect(strict.units.first?.properties["x-section"] == nil)
    var options = TMXWriter.Options(sourceLanguage: "en-US", targetLanguage: "zh-Hans", includePartial: true)
    let partial = try TMXContents.parse(tmx(ExportSamples.kinds, options: options))
    #expect(partial.units.map(\.id) == ["1", "2", "3", "4"])
    #expect(partial.header["srclang"] == "en-US")
    let merged = partial.units[2]
    #expect(merged.properties["x-kind"] == "2-1")
    #expect(merged.variants.map(\.language) == ["en-US", "zh-Hans"])
    #expect(merged.variants.map(\.lines) == ["5,7", "105"])
    #expect(merged.variants[0].text == "Two a.\n\nTwo b.")
    options.filter = ExportFilter(minimumScore: 0.7)
    #expect(try TMXContents.parse(tmx(ExportSamples.kinds, options: options)).units.map(\.id) == ["1", "2", "3"])
  }

  @Test(
    .enabled(if: xmllint != nil, "xmllint is not installed (apt-get install libxml2-utils)"),
    arguments: ["transcript", "tricky", "kinds"])
  func validatesAgainstTheDTD(sample: String) throws {
    let tool = try #require(xmllint)
    let alignment: Alignment
    switch sample {
    case "transcript": alignment = Aligner().align(try Fixtures.transcript())
    case "tricky": alignment = ExportSamples.tricky
    default: alignment = ExportSamples.kinds
    }
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "out.tmx", text: tmx(alignment, options: TMXWriter.Options(includePartial: true)))
    // --valid reads the DTD the doctype names, next to the document.
    try directory.write("tmx14.dtd", bytes: try Fixtures.bytes("tmx14.dtd"))
    for arguments in [["--noout", "--valid", path], ["--noout", "--dtdvalid", Fixtures.path("tmx14.dtd"), path]] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: tool)
      process.arguments = arguments
      let errors = Pipe()
      process.standardError = errors
      try process.run()
      let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "xmllint \(arguments): \(message)")
      #expect(message.isEmpty)
    }
  }
}
