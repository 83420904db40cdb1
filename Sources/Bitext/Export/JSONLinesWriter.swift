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
/// ``JSONEmitter``. Each line is written to the output as soon as it is made.
public struct JSONLinesWriter: Sendable {
  /// The segments to write.
  public var filter: ExportFilter

  /// Creates a writer.
  public init(filter: ExportFilter = .all) {
    self.filter = filter
  }

  /// Writes one line per segment of `alignment` that passes ``filter``.
  public func write(_ alignment: Alignment, to output: inout some TextOutputStream) {
    var json = JSONEmitter(prettyPrinted: false)
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
        lines(segment.english, to: &json)
        json.key("chineseLines")
        lines(segment.chinese, to: &json)
        json.member("kind", segment.kind.description)
        json.member("method", segment.method.rawValue)
        json.key("score")
        json.number(segment.score)
        json.endObject()
        json.drain(into: &output)
        output.write("\n")
      }
    }
  }

  private func lines(_ blocks: [Block], to json: inout JSONEmitter) {
    json.beginArray()
    for block in blocks { json.number(block.line) }
    json.endArray()
  }
}
