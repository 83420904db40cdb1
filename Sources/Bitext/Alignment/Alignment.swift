/// The aligned form of a document: per section, its segments.
///
/// `Alignment` is what `bitext align --format json` prints; its JSON schema
/// is documented in `Docs/JSON.md` and versioned by ``schemaVersion``.
public struct Alignment: Sendable, Hashable, Codable {
  /// The version of the JSON schema this value encodes to.
  public static let currentSchemaVersion = 1

  /// The JSON schema version.
  public var schemaVersion: Int
  /// The name of the input, as given.
  public var source: String?
  /// The file that held the translation, when the document was kept in two
  /// files (see ``Aligner/align(english:chinese:)``); `nil` for one file.
  public var translationSource: String?
  /// The document's front matter.
  public var frontMatter: FrontMatter?
  /// The aligned sections, in document order.
  public var sections: [AlignedSection]

  /// Creates an alignment.
  public init(source: String?, frontMatter: FrontMatter?, sections: [AlignedSection]) {
    self.schemaVersion = Self.currentSchemaVersion
    self.source = source
    self.frontMatter = frontMatter
    self.sections = sections
  }

  /// All segments of all sections, in document order.
  public var segments: [Segment] {
    sections.flatMap(\.segments)
  }
}
