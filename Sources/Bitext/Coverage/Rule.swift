/// A coverage rule: what a ``Finding`` is about, with a stable identifier.
///
/// The raw value is the rule id used on the command line
/// (`--rule copied-source=warning`), in every report format and in
/// `Docs/Coverage.md`; it never changes once released.
public enum Rule: String, Sendable, Hashable, Codable, CaseIterable {
  /// An English paragraph with no translation (a `1-0` segment).
  case untranslated
  /// A Chinese paragraph with no English source (a `0-1` segment).
  case orphanTranslation = "orphan-translation"
  /// A translation far shorter or longer than the document's length model predicts.
  case suspiciousLength = "suspicious-length"
  /// A "translation" that is the English source pasted again, or mostly Latin script.
  case copiedSource = "copied-source"
  /// A section whose paragraphs are all in one language, in a bilingual document.
  case oneLanguageSection = "one-language-section"
  /// An English-only heading in a document that translates its headings.
  case untranslatedHeading = "untranslated-heading"
  /// A segment whose alignment score is below the threshold (English side of 20 characters or more).
  case lowConfidence = "low-confidence"
  /// A document with no English or Chinese paragraph to check (empty, or only
  /// front matter, headings, code, tables or text in neither language).
  case noParagraphs = "no-paragraphs"

  /// The rule id, such as `orphan-translation`.
  public var id: String { rawValue }

  /// The severity a finding has unless the options change it.
  public var defaultSeverity: Severity {
    switch self {
    case .untranslated, .copiedSource: .error
    case .orphanTranslation, .suspiciousLength, .oneLanguageSection, .untranslatedHeading, .noParagraphs: .warning
    case .lowConfidence: .info
    }
  }

  /// A one-line description of what the rule reports.
  public var summary: String {
    switch self {
    case .untranslated:
      "An English paragraph has no translation."
    case .orphanTranslation:
      "A Chinese paragraph has no English source (a translator's note, or a source that was deleted)."
    case .suspiciousLength:
      "A translation is far shorter or longer than the document's length model predicts (truncated or padded)."
    case .copiedSource:
      "The translation is the English source pasted again, or is mostly Latin script."
    case .oneLanguageSection:
      "A section of a bilingual document has paragraphs in only one language."
    case .untranslatedHeading:
      "A heading has no Chinese translation in a document that translates its headings."
    case .lowConfidence:
      "The aligner is unsure that a segment pairs the right paragraphs."
    case .noParagraphs:
      "The document has no English or Chinese paragraph to check (it is empty, or holds only front matter, headings, code or text in neither language)."
    }
  }
}
