/// The language of a paragraph or heading, decided from the scripts it is written in.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
  /// Latin-script prose: English, and any other Latin-script text.
  case english
  /// Han-script prose (CJK ideographs, CJK punctuation, kana), even when it
  /// quotes English names such as "Sunny Madra" or "GPT-4".
  case chinese
  /// Neither: numbers, punctuation, URLs or symbols only.
  case neutral
}
