/// Writes segments as tab-separated values: a header row, then one row per
/// segment, `english<TAB>chinese` followed by the optional ``Column``s.
///
/// ```
/// english	chinese	kind	score
/// on all goods coming from Europe, …	所有从欧洲进口的商品，…	1-1	0.985
/// ```
///
/// Inside a field a backslash is written `\\`, a tab `\t`, a line feed `\n`
/// and a carriage return `\r` (see ``escape(_:)``), so every row is one line
/// and ``unescape(_:)`` gives the text back. Merged sides join their
/// paragraphs with ``Segment/paragraphSeparator`` (so `\n\n` in a field).
public struct TSVWriter: AlignmentWriter {
  /// A column after `english` and `chinese`.
  public enum Column: String, Sendable, Hashable, CaseIterable {
    /// The section heading's text (empty before the first heading).
    case section
    /// Two columns, `english_lines` and `chinese_lines`: the first line of
    /// each paragraph, comma-separated.
    case lines
    /// The segment kind, such as `1-1`.
    case kind
    /// How the segment was paired, such as `ordinal`.
    case method
    /// The segment's score, to three decimals.
    case score

    /// The header names this column writes.
    var headers: [String] {
      self == .lines ? ["english_lines", "chinese_lines"] : [rawValue]
    }
  }

  /// The columns written after `english` and `chinese`, in this order.
  public var columns: [Column]
  /// The segments to write.
  public var filter: ExportFilter

  /// Creates a writer.
  public init(columns: [Column] = [], filter: ExportFilter = .all) {
    self.columns = columns
    self.filter = filter
  }

  /// Writes the header row and one row per segment of `alignment` that passes ``filter``.
  public func write(_ alignment: Alignment, to output: inout some TextOutputStream) {
    output.write((["english", "chinese"] + columns.flatMap(\.headers)).joined(separator: "\t"))
    output.write("\n")
    for section in alignment.sections {
      let heading = section.heading.map { Self.escape($0.text) } ?? ""
      for segment in section.segments where filter.includes(segment) {
        var row = Self.escape(segment.englishText)
        row += "\t"
        row += Self.escape(segment.chineseText)
        for column in columns {
          row += "\t"
          switch column {
          case .section: row += heading
          case .lines: row += Self.lines(segment.englishBlocks) + "\t" + Self.lines(segment.chineseBlocks)
          case .kind: row += segment.kind.description
          case .method: row += segment.method.rawValue
          case .score: row += Self.score(segment.score)
          }
        }
        row += "\n"
        output.write(row)
      }
    }
  }

  /// `text` with `\` as `\\`, tab as `\t`, line feed as `\n` and carriage
  /// return as `\r`; other characters unchanged.
  public static func escape(_ text: some StringProtocol) -> String {
    let needsEscaping = text.utf8.contains { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    guard needsEscaping else { return String(text) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      switch byte {
      case 0x5C: bytes += [0x5C, 0x5C]
      case 0x09: bytes += [0x5C, 0x74]
      case 0x0A: bytes += [0x5C, 0x6E]
      case 0x0D: bytes += [0x5C, 0x72]
      default: bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Reverses ``escape(_:)``: `\\`, `\t`, `\n` and `\r` become the
  /// characters they stand for; any other backslash is kept as it is.
  public static func unescape(_ field: some StringProtocol) -> String {
    guard field.utf8.contains(0x5C) else { return String(field) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(field.utf8.count)
    var escaping = false
    for byte in field.utf8 {
      if escaping {
        escaping = false
        switch byte {
        case 0x5C: bytes.append(0x5C)
        case 0x74: bytes.append(0x09)
        case 0x6E: bytes.append(0x0A)
        case 0x72: bytes.append(0x0D)
        default: bytes += [0x5C, byte]
        }
      } else if byte == 0x5C {
        escaping = true
      } else {
        bytes.append(byte)
      }
    }
    if escaping { bytes.append(0x5C) }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func lines(_ blocks: SegmentBlocks) -> String {
    blocks.map { String($0.line) }.joined(separator: ",")
  }

  static func score(_ value: Double) -> String {
    var json = JSONEmitter()
    json.number(value)
    return json.text
  }
}
