/// Writes segments as a TMX 1.4b translation memory, the exchange format
/// every computer-assisted translation tool reads.
///
/// ```xml
/// <tu tuid="1">
///   <prop type="x-section">贸易协议的积极影响与市场反应</prop>
///   <prop type="x-kind">1-1</prop>
///   <prop type="x-method">ordinal</prop>
///   <prop type="x-score">0.985</prop>
///   <tuv xml:lang="en">
///     <prop type="x-lines">28</prop>
///     <seg>on all goods coming from Europe, …</seg>
///   </tuv>
///   <tuv xml:lang="zh-CN">
///     <prop type="x-lines">30</prop>
///     <seg>所有从欧洲进口的商品，…</seg>
///   </tuv>
/// </tu>
/// ```
///
/// The header carries every attribute the DTD requires (`segtype` is
/// `paragraph`, `datatype` is `plaintext`). One `<tu>` is written per `1-1`
/// segment, and with ``Options/includePartial`` per merged segment (`2-1`,
/// `1-2`, …) too, its paragraphs joined by ``Segment/paragraphSeparator``;
/// segments with an empty side are never written. `tuid` is the segment's
/// number in the whole alignment, from 1. Text is escaped for XML, and the
/// characters XML 1.0 forbids (C0 controls other than tab, line feed and
/// carriage return; U+FFFE, U+FFFF) are removed; see ``escape(_:inAttribute:)``.
public struct TMXWriter: AlignmentWriter {
  /// What the writer writes.
  public struct Options: Sendable, Hashable {
    /// The `xml:lang` of the English side, and the header's `srclang`.
    public var sourceLanguage: String
    /// The `xml:lang` of the Chinese side.
    public var targetLanguage: String
    /// Whether merged segments (`2-1`, `1-2`, …) become translation units too.
    public var includePartial: Bool
    /// Whether to write `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`.
    public var includeDoctype: Bool
    /// The segments to write (on top of the kinds TMX takes).
    public var filter: ExportFilter

    /// Creates options.
    public init(
      sourceLanguage: String = "en", targetLanguage: String = "zh-CN", includePartial: Bool = false,
      includeDoctype: Bool = true, filter: ExportFilter = .all
    ) {
      self.sourceLanguage = sourceLanguage
      self.targetLanguage = targetLanguage
      self.includePartial = includePartial
      self.includeDoctype = includeDoctype
      self.filter = filter
    }

    /// English as `en`, Chinese as `zh-CN`, `1-1` segments only, with a doctype.
    public static let `default` = Options()
  }

  /// The writer's options.
  public var options: Options

  /// Creates a writer.
  public init(options: Options = .default) {
    self.options = options
  }

  /// Whether `segment` becomes a translation unit.
  public func includes(_ segment: Segment) -> Bool {
    guard !segment.englishBlocks.isEmpty, !segment.chineseBlocks.isEmpty, options.filter.includes(segment) else {
      return false
    }
    return options.includePartial || segment.kind == .oneToOne
  }

  /// Writes `alignment` as a TMX document, one translation unit at a time.
  public func write(_ alignment: Alignment, to output: inout some TextOutputStream) {
    output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    if options.includeDoctype { output.write("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n") }
    output.write("<tmx version=\"1.4\">\n")
    var header = "  <header creationtool=\"bitext\" creationtoolversion=\""
    header += Self.escape(BitextVersion.current, inAttribute: true)
    header += "\" segtype=\"paragraph\" o-tmf=\"bitext\" adminlang=\"en\" srclang=\""
    header += Self.escape(options.sourceLanguage, inAttribute: true)
    header += "\" datatype=\"plaintext\""
    let properties = [("x-source", alignment.source), ("x-translation-source", alignment.translationSource)]
      .compactMap { type, value in value.map { (type, $0) } }
    if properties.isEmpty {
      header += "/>\n"
    } else {
      header += ">\n"
      for (type, value) in properties { header += Self.property(type, value, indent: 4) }
      header += "  </header>\n"
    }
    output.write(header)
    output.write("  <body>\n")
    var number = 0
    for section in alignment.sections {
      for segment in section.segments {
        number += 1
        guard includes(segment) else { continue }
        output.write(unit(segment, number: number, heading: section.heading))
      }
    }
    output.write("  </body>\n</tmx>\n")
  }

  private func unit(_ segment: Segment, number: Int, heading: Heading?) -> String {
    var unit = "    <tu tuid=\"\(number)\">\n"
    if let heading { unit += Self.property("x-section", heading.text, indent: 6) }
    unit += Self.property("x-kind", segment.kind.description, indent: 6)
    unit += Self.property("x-method", segment.method.rawValue, indent: 6)
    unit += Self.property("x-score", TSVWriter.score(segment.score), indent: 6)
    unit += variant(segment.englishBlocks, text: segment.englishText, language: options.sourceLanguage)
    unit += variant(segment.chineseBlocks, text: segment.chineseText, language: options.targetLanguage)
    unit += "    </tu>\n"
    return unit
  }

  private func variant(_ blocks: SegmentBlocks, text: String, language: String) -> String {
    var variant = "      <tuv xml:lang=\"\(Self.escape(language, inAttribute: true))\">\n"
    variant += Self.property("x-lines", blocks.map { String($0.line) }.joined(separator: ","), indent: 8)
    variant += "        <seg>\(Self.escape(text))</seg>\n"
    variant += "      </tuv>\n"
    return variant
  }

  private static func property(_ type: String, _ value: some StringProtocol, indent: Int) -> String {
    String(repeating: " ", count: indent) + "<prop type=\"\(type)\">\(escape(value))</prop>\n"
  }

  /// `text` escaped for XML 1.0 character data (or, with `inAttribute`, a
  /// double-quoted attribute value): `&`, `<` and `>` become entities, a
  /// carriage return `&#xD;` (so a parser does not turn it into a line
  /// feed); in attributes `"` becomes `&quot;` and tab and line feed become
  /// character references too. Characters XML 1.0 forbids are removed.
  public static func escape(_ text: some StringProtocol, inAttribute: Bool = false) -> String {
    XMLEscaping.escape(text, inAttribute: inAttribute, forbidden: .remove)
  }

  /// Whether XML 1.0 allows `scalar` in a document (its `Char` production).
  public static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: return true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
    default: return false
    }
  }
}
