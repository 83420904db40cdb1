/// Writes segments as JSON Lines: one JSON object per segment, one per line.
///
/// ```json
/// {"segment":1,"section":"贸易协议的积极影响与市场反应","english":"on all goods …","chinese":"所有从欧洲进口的商品…","englishLines":[28],"chineseLines":[30],"kind":"1-1","method":"ordinal","score":0.985}
/// ```
///
/// `segment` numbers the segments of the whole alignment from 1, before
/// filtering, so numbers stay stable whatever ``filter`` keeps. Merged
/// sides join their paragraphs with ``Segment/paragraphSeparator``; an empty
/// side is `""` with no lines. Strings are escaped per RFC 8259 by
/// ``JSONEmitter``; in addition, U+0085, U+2028 and U+2029, which JSON
/// allows raw but which some line readers (Python's `str.splitlines`) treat
/// as line breaks, are written as `\u` escapes, so a record is exactly one
/// line however it is read. Each line is written to the output as soon as
/// it is made.
public struct JSONLinesWriter: AlignmentWriter {
  /// The segments to write.
  public var filter: ExportFilter

  /// Creates a writer.
  public init(filter: ExportFilter = .all) {
    self.filter = filter
  }

  /// Writes one line per segment of `alignment` that passes ``filter``.
  public func write(_ alignment: Alignment, to output: inout some TextOutputStream) {
    var json = JSONEmitter(prettyPrinted: false)
    var line = ""
    var number = 0
    for section in alignment.sections {
      for segment in section.segments {
        number += 1
        guard filter.includes(segment) else { continue }
        json.beginObject()
        json.member("segment", number)
        json.key("section")
        if let heading = section.heading { json.string(heading.text) } else { json.null() }
        json.member("english", segment.englishText)
        json.member("chinese", segment.chineseText)
        json.key("englishLines")
        lines(segment.englishBlocks, to: &json)
        json.key("chineseLines")
        lines(segment.chineseBlocks, to: &json)
        json.member("kind", segment.kind.description)
        json.member("method", segment.method.rawValue)
        json.key("score")
        json.number(segment.score)
        json.endObject()
        line.removeAll(keepingCapacity: true)
        json.drain(into: &line)
        output.write(Self.escapingLineSeparators(line))
        output.write("\n")
      }
    }
  }

  private func lines(_ blocks: SegmentBlocks, to json: inout JSONEmitter) {
    json.beginArray()
    for block in blocks { json.number(block.line) }
    json.endArray()
  }

  /// `line` with U+0085, U+2028 and U+2029 written as JSON `\u` escapes
  /// (they can only occur inside JSON strings, where the escape means the same).
  static func escapingLineSeparators(_ line: String) -> String {
    guard containsLineSeparator(line) else { return line }
    var result = ""
    result.reserveCapacity(line.utf8.count + 12)
    for scalar in line.unicodeScalars {
      switch scalar.value {
      case 0x85: result += "\\u0085"
      case 0x2028: result += "\\u2028"
      case 0x2029: result += "\\u2029"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Whether `line` holds U+0085 (`C2 85` in UTF-8), U+2028 (`E2 80 A8`) or U+2029 (`E2 80 A9`).
  private static func containsLineSeparator(_ line: String) -> Bool {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in line.utf8 {
      if byte == 0x85 && previous == 0xC2 { return true }
      if (byte == 0xA8 || byte == 0xA9) && previous == 0x80 && beforePrevious == 0xE2 { return true }
      beforePrevious = previous
      previous = byte
    }
    return false
  }
}
