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
    let sections = document.sections.map { section in
      SectionInput(
        heading: section.heading, english: section.paragraphs(in: .english),
        chinese: section.paragraphs(in: .chinese))
    }
    return align(sections, source: document.source, frontMatter: document.frontMatter)
  }

  /// Aligns a document kept in two files: `english` holds the source and
  /// `chinese` the translation, with the same sections in the same order.
  ///
  /// Sections are paired by position; the heading is the English file's
  /// (or the Chinese file's, where the English file has fewer sections).
  /// The result's ``Alignment/translationSource`` names the Chinese file.
  public func align(english: BilingualDocument, chinese: BilingualDocument) -> Alignment {
    let count = max(english.sections.count, chinese.sections.count)
    let sections = (0..<count).map { index in
      let source = index < english.sections.count ? english.sections[index] : nil
      let translation = index < chinese.sections.count ? chinese.sections[index] : nil
      return SectionInput(
        heading: source?.heading ?? translation?.heading,
        english: source?.paragraphs(in: .english) ?? [],
        chinese: translation?.paragraphs(in: .chinese) ?? [])
    }
    var alignment = align(
      sections, source: english.source, frontMatter: english.frontMatter ?? chinese.frontMatter)
    alignment.translationSource = chinese.source
    return alignment
  }

  /// One section's paragraphs, ready to be paired.
  struct SectionInput {
    var heading: Heading?
    var english: [Block]
    var chinese: [Block]
  }

  private func align(_ sections: [SectionInput], source: String?, frontMatter: FrontMatter?) -> Alignment {
    let model = options.lengthModel ?? estimateModel(sections.map { ($0.english, $0.chinese) })
    let pairing = OrdinalPairing(model: model)
    let aligned = sections.map { section in
      AlignedSection(
        heading: section.heading, segments: pairing.pair(english: section.english, chinese: section.chinese))
    }
    return Alignment(source: source, frontMatter: frontMatter, sections: aligned)
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
