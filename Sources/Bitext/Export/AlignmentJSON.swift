import Foundation

/// Encodes and decodes an ``Alignment`` in the JSON form documented in `Docs/JSON.md`.
///
/// Keys come out in a fixed order (front matter in document order), so the
/// output is stable byte for byte:
///
/// ```swift
/// let json = AlignmentJSON.encode(alignment)
/// let decoded = try AlignmentJSON.decode(json)
/// ```
public enum AlignmentJSON {
  /// Encodes `alignment` as JSON text; pretty-printed (two-space indent) by default.
  public static func encode(_ alignment: Alignment, prettyPrinted: Bool = true) -> String {
    var text = ""
    write(alignment, prettyPrinted: prettyPrinted, to: &text)
    return text
  }

  /// Writes `alignment` as JSON to `output`, one segment at a time, so memory
  /// does not grow with the size of the output.
  public static func write(
    _ alignment: Alignment, prettyPrinted: Bool = true, to output: inout some TextOutputStream
  ) {
    var json = JSONEmitter(prettyPrinted: prettyPrinted)
    // Two-file documents name each paragraph's file.
    let files = alignment.translationSource.map { (english: alignment.source ?? "", chinese: $0) }
    json.beginObject()
    json.member("schemaVersion", alignment.schemaVersion)
    json.key("source")
    if let source = alignment.source { json.string(source) } else { json.null() }
    json.member("translationSource", alignment.translationSource)
    if let frontMatter = alignment.frontMatter {
      json.key("frontMatter")
      write(frontMatter, to: &json)
    }
    json.key("sections")
    json.beginArray()
    for section in alignment.sections {
      json.beginObject()
      json.key("heading")
      if let heading = section.heading { write(heading, to: &json) } else { json.null() }
      json.key("segments")
      json.beginArray()
      for segment in section.segments {
        write(segment, files: files, to: &json)
        json.drain(into: &output)
      }
      json.endArray()
      json.endObject()
      json.drain(into: &output)
    }
    json.endArray()
    json.endObject()
    json.drain(into: &output)
  }

  /// Decodes an alignment from JSON text produced by ``encode(_:prettyPrinted:)``.
  public static func decode(_ json: String) throws -> Alignment {
    try JSONDecoder().decode(Alignment.self, from: Data(json.utf8))
  }

  static func write(_ frontMatter: FrontMatter, to json: inout JSONEmitter) {
    json.beginObject()
    var seen = Set<String>()
    for entry in frontMatter.entries where seen.insert(entry.key).inserted {
      json.key(entry.key)
      switch entry.value {
      case .string(let text), .raw(let text):
        json.string(text)
      case .list(let items):
        json.beginArray()
        for item in items { json.string(item) }
        json.endArray()
      }
    }
    json.endObject()
  }

  static func write(_ heading: Heading, to json: inout JSONEmitter) {
    json.beginObject()
    json.member("text", heading.text)
    json.member("level", heading.level)
    json.member("line", heading.line)
    json.member("language", heading.language.rawValue)
    if let translation = heading.translation { json.member("translation", translation) }
    json.endObject()
  }

  static func write(
    _ segment: Segment, files: (english: String, chinese: String)? = nil, to json: inout JSONEmitter
  ) {
    json.beginObject()
    json.key("english")
    write(segment.englishBlocks, file: files?.english, to: &json)
    json.key("chinese")
    write(segment.chineseBlocks, file: files?.chinese, to: &json)
    json.member("method", segment.method.rawValue)
    json.member("kind", segment.kind.description)
    json.key("score")
    json.number(segment.score)
    json.endObject()
  }

  static func write(_ blocks: some Collection<Block>, file: String? = nil, to json: inout JSONEmitter) {
    json.beginArray()
    for block in blocks {
      json.beginObject()
      if let file { json.member("file", file) }
      json.member("line", block.line)
      json.member("endLine", block.endLine)
      json.key("byteRange")
      json.beginArray()
      json.number(block.byteRange.lowerBound)
      json.number(block.byteRange.upperBound)
      json.endArray()
      json.member("text", block.text)
      if block.isBilingualUnit {
        json.key("bilingual")
        json.bool(true)
      }
      json.endObject()
    }
    json.endArray()
  }
}
