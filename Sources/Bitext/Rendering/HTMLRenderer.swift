/// Renders an ``Alignment`` as a standalone HTML page: the title and date,
/// a list of sections, then per section its heading (an anchor, `#section-N`)
/// and a two-column table, one row per segment.
///
/// Text is escaped (`&`, `<`, `>`, `"`, `'`); a line break inside a paragraph
/// becomes `<br>`; stacked paragraphs are separate `<p>` elements; an empty
/// cell has the class `empty` and reads "no Chinese" or "no English". Each
/// cell carries its language (`lang="en"`, `lang="zh"`) so browsers pick
/// suitable fonts. The page has no scripts and no external resources.
public struct HTMLRenderer: AlignmentWriter, Hashable {
  /// What the page shows: the column order and whether source lines are shown.
  public typealias Options = TableViewOptions

  /// The options.
  public var options: Options

  /// Creates a renderer.
  public init(options: Options = .default) {
    self.options = options
  }

  /// Writes the page for `alignment` to `output`.
  public func write(_ alignment: Alignment, to output: inout some TextOutputStream) {
    let title = alignment.frontMatter?.string("title") ?? alignment.source ?? "Bitext"
    output.write(
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="bitext show --format html">
      <title>\(Self.escape(title))</title>
      <style>
      \(Self.styleSheet)
      </style>
      </head>
      <body>
      <header>
      <h1>\(Self.escape(title))</h1>

      """)
    if let date = alignment.frontMatter?.string("date"), !date.isEmpty {
      output.write("<p class=\"date\"><time>\(Self.escape(date))</time></p>\n")
    }
    let titled = alignment.sections.enumerated().filter { $0.element.heading != nil }
    if !titled.isEmpty {
      output.write("<nav><ol>\n")
      for (index, section) in titled {
        let text = Self.escape(section.heading?.displayText ?? "")
        output.write("<li><a href=\"#section-\(index + 1)\">\(text)</a></li>\n")
      }
      output.write("</ol></nav>\n")
    }
    output.write("</header>\n<main>\n")
    let languages = options.order.languages
    for (index, section) in alignment.sections.enumerated() {
      let anchor = "section-\(index + 1)"
      output.write("<section id=\"\(anchor)\">\n")
      if let heading = section.heading {
        let level = min(6, max(2, heading.level))
        output.write(
          "<h\(level)><a class=\"anchor\" href=\"#\(anchor)\" aria-hidden=\"true\">#</a> \(Self.escape(heading.displayText))</h\(level)>\n"
        )
      }
      if !section.segments.isEmpty {
        output.write("<table>\n<colgroup><col><col></colgroup>\n<thead><tr>")
        output.write("<th lang=\"\(Self.code(languages.left))\">\(ColumnOrder.title(of: languages.left))</th>")
        output.write("<th lang=\"\(Self.code(languages.right))\">\(ColumnOrder.title(of: languages.right))</th>")
        output.write("</tr></thead>\n<tbody>\n")
        for segment in section.segments {
          let (left, right) = options.order.columns(of: segment)
          output.write("<tr class=\"k\(segment.kind)\">")
          let marked = !segment.isBilingualUnit
          output.write(cell(left, language: languages.left, marked: marked))
          output.write(cell(right, language: languages.right, marked: marked))
          output.write("</tr>\n")
        }
        output.write("</tbody>\n</table>\n")
      }
      output.write("</section>\n")
    }
    output.write("</main>\n</body>\n</html>\n")
  }

  /// One `<td>`: the paragraphs as `<p>`s, or the empty marker (an empty
  /// cell, not `marked`: beside a line in both languages).
  func cell(_ blocks: [Block], language: Language, marked: Bool = true) -> String {
    let lang = Self.code(language)
    guard !blocks.isEmpty else {
      guard marked else { return "<td lang=\"\(lang)\"></td>" }
      let marker = ColumnOrder.emptyMarker(for: language).dropFirst().dropLast()
      return "<td lang=\"\(lang)\" class=\"empty\">\(marker)</td>"
    }
    var html = "<td lang=\"\(lang)\">"
    for block in blocks {
      html += "<p>"
      if options.lineNumbers { html += "<span class=\"line\">\(block.line)</span> " }
      html += Self.escape(block.text, lineBreak: "<br>\n")
      html += "</p>"
    }
    return html + "</td>"
  }

  /// The BCP 47 code of a column's language.
  static func code(_ language: Language) -> String {
    language == .chinese ? "zh" : "en"
  }

  /// `text` with `&`, `<`, `>`, `"` and `'` as character references, so it is
  /// safe in element content and in quoted attribute values; carriage
  /// returns are dropped.
  public static func escape(_ text: some StringProtocol) -> String {
    escape(text, lineBreak: nil)
  }

  /// Escapes `text` on its UTF-8 bytes (every byte replaced is ASCII), and
  /// writes `lineBreak` for each `"\n"` when it is given.
  static func escape(_ text: some StringProtocol, lineBreak: String?) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
      case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
      case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
      case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
      case UInt8(ascii: "\r"): continue
      case UInt8(ascii: "\n") where lineBreak != nil: bytes.append(contentsOf: (lineBreak ?? "").utf8)
      default: bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The page's CSS: two equal columns, top-aligned, CJK-friendly fonts.
  static let styleSheet = """
    :root { color-scheme: light dark; --rule: #8884; }
    body { margin: 2rem auto; max-width: 72rem; padding: 0 1rem; line-height: 1.6;
      font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC",
      "PingFang SC", "Microsoft YaHei", sans-serif; }
    h1 { margin-bottom: 0.2rem; }
    .date { margin-top: 0; opacity: 0.7; }
    nav ol { columns: 2; }
    table { width: 100%; table-layout: fixed; border-collapse: collapse; }
    th { text-align: left; border-bottom: 2px solid var(--rule); padding: 0.3rem 0.75rem; }
    td { vertical-align: top; padding: 0.5rem 0.75rem; border-bottom: 1px solid var(--rule);
      overflow-wrap: anywhere; }
    td + td, th + th { border-left: 1px solid var(--rule); }
    td p { margin: 0 0 0.6rem; }
    td p:last-child { margin-bottom: 0; }
    td:lang(zh) { line-break: strict; }
    td.empty { font-style: italic; opacity: 0.6; }
    .line { font-size: 0.75em; opacity: 0.6; font-variant-numeric: tabular-nums; }
    a.anchor { text-decoration: none; opacity: 0.4; }
    h2:hover a.anchor, h3:hover a.anchor { opacity: 1; }
    """
}
