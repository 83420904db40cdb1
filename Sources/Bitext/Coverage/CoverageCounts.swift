/// Paragraph and character counts of how much English has a translation.
///
/// ``coverage`` is translated English characters over all English characters
/// (lengths in Unicode scalars), so a missing long paragraph weighs more than
/// a missing "Thanks."; ``paragraphCoverage`` is the same by paragraph count.
/// A paragraph whose "translation" is a copy of the source
/// (``Rule/copiedSource``) counts as copied, not translated.
public struct CoverageCounts: Sendable, Hashable {
  /// English paragraphs.
  public var englishParagraphs = 0
  /// English paragraphs that have a translation.
  public var translatedParagraphs = 0
  /// English paragraphs with no translation at all.
  public var untranslatedParagraphs = 0
  /// English paragraphs whose translation is a copy of the source.
  public var copiedParagraphs = 0
  /// Chinese paragraphs with no English source.
  public var orphanTranslations = 0
  /// Characters (Unicode scalars) in all English paragraphs.
  public var englishCharacters = 0
  /// Characters (Unicode scalars) in the English paragraphs that have a translation.
  public var translatedCharacters = 0

  /// Creates empty counts.
  public init() {}

  /// Translated English characters over all English characters; 1 when there is no English.
  public var coverage: Double {
    englishCharacters == 0 ? 1 : Double(translatedCharacters) / Double(englishCharacters)
  }

  /// Translated English paragraphs over all English paragraphs; 1 when there is no English.
  public var paragraphCoverage: Double {
    englishParagraphs == 0 ? 1 : Double(translatedParagraphs) / Double(englishParagraphs)
  }

  /// Adds `other`'s counts to these.
  public mutating func add(_ other: CoverageCounts) {
    englishParagraphs += other.englishParagraphs
    translatedParagraphs += other.translatedParagraphs
    untranslatedParagraphs += other.untranslatedParagraphs
    copiedParagraphs += other.copiedParagraphs
    orphanTranslations += other.orphanTranslations
    englishCharacters += other.englishCharacters
    translatedCharacters += other.translatedCharacters
  }
}

extension CoverageCounts: Codable {
  private enum CodingKeys: String, CodingKey {
    case englishParagraphs, translatedParagraphs, untranslatedParagraphs, copiedParagraphs
    case orphanTranslations, englishCharacters, translatedCharacters, coverage, paragraphCoverage
  }

  /// Decodes counts; `coverage` and `paragraphCoverage` are derived, not read.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    englishParagraphs = try container.decode(Int.self, forKey: .englishParagraphs)
    translatedParagraphs = try container.decode(Int.self, forKey: .translatedParagraphs)
    untranslatedParagraphs = try container.decode(Int.self, forKey: .untranslatedParagraphs)
    copiedParagraphs = try container.decode(Int.self, forKey: .copiedParagraphs)
    orphanTranslations = try container.decode(Int.self, forKey: .orphanTranslations)
    englishCharacters = try container.decode(Int.self, forKey: .englishCharacters)
    translatedCharacters = try container.decode(Int.self, forKey: .translatedCharacters)
  }

  /// Encodes the counts and, for readers, the two derived ratios.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(englishParagraphs, forKey: .englishParagraphs)
    try container.encode(translatedParagraphs, forKey: .translatedParagraphs)
    try container.encode(untranslatedParagraphs, forKey: .untranslatedParagraphs)
    try container.encode(copiedParagraphs, forKey: .copiedParagraphs)
    try container.encode(orphanTranslations, forKey: .orphanTranslations)
    try container.encode(englishCharacters, forKey: .englishCharacters)
    try container.encode(translatedCharacters, forKey: .translatedCharacters)
    try container.encode((coverage * 10000).rounded() / 10000, forKey: .coverage)
    try container.encode((paragraphCoverage * 10000).rounded() / 10000, forKey: .paragraphCoverage)
  }
}
