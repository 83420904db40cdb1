/// Renders an ``Alignment`` as Markdown: the front matter's title and date,
/// then per section its heading and a two-column table (GitHub Flavored
/// Markdown), one row per segment.
///
/// In a cell, `|` is escaped as `\|`, a line break inside a paragraph becomes
/// `<br>` and two stacked paragraphs are separated by `<br><br>`; an empty cell
/// reads `*(no Chinese)*` or `*(no English)*`. Other Markdown in the text is
/// kept as written.
///
/// ```
/// | English | 中文 |
/// | --- | --- |
/// | on all goods coming from Europe, … | 所有从欧洲进口的商品，… |
/// ```
public struct MarkdownTableRenderer: AlignmentWriter, Hashable {
  /// What the tables show: the column order and whether source lines are shown.
  public typealias Options = TableViewOptions

  /// The options.
  public var options: Options

  /// Creates a renderer.
  public init(options: Options = .default) {
    self.options = options
  }

  /// Writes the Markdown for `alignment` to `output`.
  public func write(_ alignment: Alignment, to output: inout some TextOutputStream) {
    var blocks: [String] = []
    if let title = alignment.frontMatter?.string("title"), !title.isEmpty {
      blocks.append("# " + Self.inline(title))
    }
    if let date = alignment.frontMatter?.string("date"), !date.isEmpty {
      blocks.append("*" + Self.inline(date) + "*")
    }
    let languages = options.order.languages
    let header =
      "| \(ColumnOrder.title(of: languages.left)) | \(ColumnOrder.title(of: languages.right)) |\n| --- | --- |"
    for section in alignment.sections {
      if let heading = section.heading {
        blocks.append(String(repeating: "#", count: max(2, heading.level)) + " " + Self.inline(heading.displayText))
      }
      guard !section.segments.isEmpty else { continue }
      var table = [header]
      for segment in section.segments {
        let (left, right) = options.order.columns(of: segment)
        let marked = !segment.isBilingualUnit
        table.append(
          "| \(cell(left, language: languages.left, marked: marked)) | \(cell(right, language: languages.right, marked: marked)) |"
        )
      }
      blocks.append(table.joined(separator: "\n"))
    }
    output.write(blocks.joined(separator: "\n\n"))
    if !blocks.isEmpty { output.write("\n") }
  }

  /// A table cell: the paragraphs escaped and joined by `<br><br>`; with
  /// none, the empty marker, or (not `marked`: beside a line in both
  /// languages) nothing.
  func cell(_ blocks: [Block], language: Language, marked: Bool = true) -> String {
    guard !blocks.isEmpty else { return marked ? "*\(ColumnOrder.emptyMarker(for: language))*" : "" }
    return blocks.map { block in
      let number = options.lineNumbers ? "`L\(block.line)` " : ""
      return number + Self.cellText(block.text)
    }.joined(separator: "<br><br>")
  }

  /// `text` fit for one table cell: `|` escaped, line breaks as `<br>`,
  /// spaces and tabs at either end removed. Works on UTF-8 bytes: every byte
  /// it looks at is ASCII, so multi-byte characters pass through untouched.
  public static func cellText(_ text: some StringProtocol) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 16)
    var pendingBreak = false
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        pendingBreak = true
      default:
        if pendingBreak { bytes.append(contentsOf: "<br>".utf8) }
        pendingBreak = false
        if byte == UInt8(ascii: "|") { bytes.append(UInt8(ascii: "\\")) }
        bytes.append(byte)
      }
    }
    let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    let start = bytes.firstIndex { !isBlank($0) } ?? bytes.endIndex
    let end = bytes.lastIndex { !isBlank($0) }.map { $0 + 1 } ?? start
    return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
  }

  /// A one-line text for a heading or the title: line breaks become spaces.
  static func inline(_ text: some StringProtocol) -> String {
    String(text).split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
