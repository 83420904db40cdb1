/// A heading and the blocks up to the next heading.
///
/// Content before a document's first heading forms a section whose
/// ``heading`` is `nil`.
public struct Section: Sendable, Hashable, Codable {
  /// The heading that opens the section, or `nil` for leading content.
  public var heading: Heading?
  /// The section's blocks in document order, translatable or not.
  public var blocks: [Block]

  /// Creates a section.
  public init(heading: Heading?, blocks: [Block]) {
    self.heading = heading
    self.blocks = blocks
  }

  /// The section's translatable paragraphs in `language`, in document order.
  public func paragraphs(in language: Language) -> [Block] {
    blocks.filter { $0.isTranslatable && $0.language == language }
  }
}
