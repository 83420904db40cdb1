/// Pairs each section's English paragraphs with their Chinese translations.
///
/// ```swift
/// let document = try BilingualDocument(contentsOf: "talk.md")
/// let alignment = Aligner().align(document)
/// for segment in alignment.segments {
///   print(segment.kind, segment.english.first?.text ?? "", segment.chinese.first?.text ?? "")
/// }
/// ```
///
/// Sections are kept as the document has them; within a section the k-th
/// English paragraph is paired with the k-th Chinese paragraph. Extra
/// paragraphs of one language become `1-0` or `0-1` segments at the end of
/// the section. Each segment's ``Segment/score`` comes from the document's
/// own ``LengthModel``.
public struct Aligner: Sendable {
  /// How the aligner pairs paragraphs.
  public struct Options: Sendable, Hashable {
    /// A fixed length model, or `nil` to estimate one from each document.
    public var lengthModel: LengthModel?

    /// Creates options.
    public init(lengthModel: LengthModel? = nil) {
      self.lengthModel = lengthModel
    }

    /// Estimate the length model from the document.
    public static let `default` = Options()
  }

  /// The aligner's options.
  public var options: Options

  /// Creates an aligner.
  public init(options: Options = .default) {
    self.options = options
  }

  /// Aligns every section of `document`.
  public func align(_ document: BilingualDocument) -> Alignment {
    let paired = document.sections.map { section in
      (section.heading, section.paragraphs(in: .english), section.paragraphs(in: .chinese))
    }
    let model = options.lengthModel ?? estimateModel(paired.map { ($0.1, $0.2) })
    let sections = paired.map { heading, english, chinese in
      AlignedSection(
        heading: heading,
        segments: OrdinalPairing(model: model).pair(english: english, chinese: chinese))
    }
    return Alignment(
      source: document.source, frontMatter: document.frontMatter, sections: sections)
  }

  /// The length model of a document: estimated from the sections whose
  /// paragraph counts match, where ordinal pairs are most likely right.
  func estimateModel(_ sections: [(english: [Block], chinese: [Block])]) -> LengthModel {
    var pairs: [(english: Int, chinese: Int)] = []
    for section in sections where section.english.count == section.chinese.count {
      for (english, chinese) in zip(section.english, section.chinese) {
        pairs.append((english.characterCount, chinese.characterCount))
      }
    }
    return LengthModel(estimatingFrom: pairs)
  }
}

extension Block {
  /// The length of the text in Unicode scalars, as the length model counts it.
  var characterCount: Int {
    var count = 0
    for byte in text.utf8 where byte & 0xC0 != 0x80 { count += 1 }
    return count
  }
}
