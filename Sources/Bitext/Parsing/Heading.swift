/// An ATX heading (`#` to `######`) that opens a section.
public struct Heading: Sendable, Hashable {
  /// The heading level, 1 (`#`) to 6 (`######`).
  public var level: Int
  /// The heading's text without the `#` marks, the optional closing `#`s and
  /// surrounding white space.
  public var text: Substring
  /// The language of the text.
  public var language: Language
  /// The 1-based line of the heading in the input as given.
  public var line: Int
  /// The heading line's bytes in the input (without the line ending).
  public var byteRange: Range<Int>
  /// The text of a doubled heading's second line: `## Results` immediately
  /// followed by `## 结果` opens one section whose heading is `Results` with
  /// the translation `结果`. `nil` for a single heading.
  public var translation: Substring?

  /// Creates a heading.
  public init(
    level: Int, text: Substring, language: Language, line: Int, byteRange: Range<Int>,
    translation: Substring? = nil
  ) {
    self.translation = translation
    self.level = level
    self.text = text
    self.language = language
    self.line = line
    self.byteRange = byteRange
  }

  /// The heading as a view shows it: its text, then ` / ` and its
  /// translation for a doubled heading (`Results / 结果`).
  public var displayText: String {
    translation.map { "\(text) / \($0)" } ?? String(text)
  }

  /// The heading's line for the side (or the file) of `language`: of a
  /// doubled heading, its line in that language (`结果` of `Results` /
  /// `结果` for Chinese, `Results` for English); a single heading serves
  /// both sides, whatever its language, as the split export writes it to
  /// both files.
  public func text(for language: Language) -> Substring {
    guard let translation, self.language != language else { return text }
    return translation
  }
}

extension Heading: Codable {
  private enum CodingKeys: String, CodingKey {
    case text, level, line, byteRange, language, translation
  }

  /// Decodes a heading from its JSON form.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.text = Substring(try container.decode(String.self, forKey: .text))
    self.level = try container.decode(Int.self, forKey: .level)
    self.line = try container.decode(Int.self, forKey: .line)
    let range = try container.decodeIfPresent([Int].self, forKey: .byteRange) ?? [0, 0]
    self.byteRange = range.count == 2 && range[0] <= range[1] ? range[0]..<range[1] : 0..<0
    self.language =
      try container.decodeIfPresent(Language.self, forKey: .language)
      ?? ScriptCounts(self.text).language
    let translation = try container.decodeIfPresent(String.self, forKey: .translation)
    self.translation = translation.map { Substring($0) }
  }

  /// Encodes the heading as `{"text", "level", "line", "byteRange", "language"}`,
  /// plus `"translation"` for a doubled heading.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(String(text), forKey: .text)
    try container.encode(level, forKey: .level)
    try container.encode(line, forKey: .line)
    try container.encode([byteRange.lowerBound, byteRange.upperBound], forKey: .byteRange)
    try container.encode(language, forKey: .language)
    try container.encodeIfPresent(translation.map(String.init), forKey: .translation)
  }
}
