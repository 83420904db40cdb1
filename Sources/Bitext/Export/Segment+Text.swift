extension Segment {
  /// The separator between the paragraphs of one side of a merged segment
  /// (`2-1`, `1-2`) in the flat export formats: a blank line, as in Markdown.
  public static let paragraphSeparator = "\n\n"

  /// The English paragraphs' text, joined by ``paragraphSeparator``.
  public var englishText: String {
    Self.joined(englishBlocks)
  }

  /// The Chinese paragraphs' text, joined by ``paragraphSeparator``.
  public var chineseText: String {
    Self.joined(chineseBlocks)
  }

  private static func joined(_ blocks: SegmentBlocks) -> String {
    if blocks.count == 1 { return String(blocks[0].text) }
    return blocks.map { String($0.text) }.joined(separator: paragraphSeparator)
  }
}
