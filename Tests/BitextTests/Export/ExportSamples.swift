import Bitext

/// Hand-made alignments for the export tests.
enum ExportSamples {
  /// Text that every escaper has to get right.
  static let trickyTexts: [String] = [
    "Fish & chips, <b>bold</b>, \"double\" and 'single' quotes, a > b, ]]> end",
    "tab\there, line\nfeed, CRLF\r\nand a back\\slash \\n that is not a newline",
    "controls \u{01}\u{08}\u{0B}\u{0C}\u{1B}\u{7F} and a noncharacter \u{FFFE}\u{FFFF} gone",
    "emoji 🎉 👨‍👩‍👧 🇨🇳 and ZWJ; separators \u{85} NEL \u{2028} LS \u{2029} PS",
    "中文标点：“引号”、‘单引号’《书名》（括号）——破折号……。！？",
  ]

  static func block(_ text: String, _ language: Language, line: Int) -> Block {
    Block(
      kind: .paragraph, text: Substring(text), language: language, line: line, endLine: line,
      byteRange: 0..<text.utf8.count)
  }

  static func segment(_ english: [String], _ chinese: [String], line: Int, score: Double = 0.9) -> Segment {
    Segment(
      english: english.enumerated().map { block($1, .english, line: line + 2 * $0) },
      chinese: chinese.enumerated().map { block($1, .chinese, line: line + 100 + 2 * $0) },
      method: .ordinal, score: score)
  }

  /// One `1-1` segment per tricky text, each text on both sides.
  static var tricky: Alignment {
    let segments = trickyTexts.enumerated().map { index, text in
      segment([text], ["中文：" + text], line: 10 * (index + 1))
    }
    let heading = Heading(level: 2, text: "R&D <notes> \"x\"", language: .english, line: 1, byteRange: 0..<1)
    return Alignment(
      source: "tricky & <odd>.md", frontMatter: nil,
      sections: [AlignedSection(heading: heading, segments: segments)])
  }

  /// One segment of each kind: 1-1, 2-1, 1-2, 1-0, 0-1, with falling scores.
  static var kinds: Alignment {
    let segments = [
      segment(["One."], ["一。"], line: 3, score: 0.99),
      segment(["Two a.", "Two b."], ["二。"], line: 5, score: 0.8),
      segment(["Three."], ["三甲。", "三乙。"], line: 9, score: 0.6),
      segment(["Four, alone."], [], line: 13, score: 0.5),
      segment([], ["五，孤独。"], line: 15, score: 0.4),
    ]
    let heading = Heading(level: 3, text: "小节", language: .chinese, line: 1, byteRange: 0..<1)
    return Alignment(
      source: "kinds.md", frontMatter: nil,
      sections: [
        AlignedSection(heading: nil, segments: [segment(["Intro."], ["引言。"], line: 1, score: 0.95)]),
        AlignedSection(heading: heading, segments: segments),
      ])
  }
}

extension String {
  /// The string without the characters XML 1.0 forbids.
  var withoutXMLForbiddenCharacters: String {
    var result = ""
    result.unicodeScalars.append(contentsOf: unicodeScalars.filter(TMXWriter.isAllowedInXML))
    return result
  }
}
