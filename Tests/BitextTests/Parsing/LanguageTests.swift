import Testing

@testable import Bitext

@Suite struct LanguageTests {
  @Test(arguments: [
    ("Good to see you.", Language.english),
    ("很高兴见到你。", .chinese),
    ("我们请来了Grock的首席运营官Sunny Madra，他正从我不知道哪里——Sunny，看起来像是在沙特阿拉伯一家豪华酒店。", .chinese),
    ("GPT-4、Claude和Gemini都是模型。", .chinese),
    ("The word 内卷 (involution) describes a race to the bottom in Chinese industry today.", .english),
    ("2025-10-06", .neutral),
    ("https://www.youtube.com/watch?v=fTqINzeudJ4", .english),
    ("— 42% …", .neutral),
    ("。！？", .neutral),
    ("Café au lait, naïve résumé.", .english),
    ("カタカナとひらがな", .chinese),
    ("", .neutral),
  ])
  func classifies(text: String, expected: Language) {
    #expect(ScriptCounts(Substring(text)).language == expected)
  }

  @Test func everyParagraphOfTheTranscriptAlternates() throws {
    let document = try Fixtures.transcript()
    for section in document.sections {
      let languages = section.blocks.filter(\.isTranslatable).map(\.language)
      #expect(languages.count % 2 == 0)
      for (index, language) in languages.enumerated() {
        #expect(language == (index.isMultiple(of: 2) ? .english : .chinese))
      }
    }
  }

  @Test func headingsOfTheTranscriptAreChinese() throws {
    let document = try Fixtures.transcript()
    #expect(document.sections.allSatisfy { $0.heading?.language == .chinese })
  }

  @Test func englishOnlySeedsHaveNoChineseParagraph() throws {
    for name in ["bg2-summary-en.md", "bg2-insights-en.md"] {
      let document = try BilingualDocument(contentsOf: Fixtures.path(name))
      #expect(!document.blocks.contains { $0.language == .chinese }, "\(name)")
      #expect(document.blocks.contains { $0.language == .english }, "\(name)")
    }
  }

  @Test func countsLettersWordsAndIdeographs() {
    let counts = ScriptCounts(Substring("Sunny Madra 是 COO，"))
    #expect(counts.latinWords == 3)
    #expect(counts.latinLetters == 13)
    #expect(counts.ideographs == 1)
    #expect(counts.cjkPunctuation == 1)
    #expect(counts.scalars == 18)
  }
}

/// The byte-level counter (eight ASCII bytes at a time, a fast path for
/// ideographs) must agree with a plain scalar-by-scalar reference.
@Suite struct ScriptCountsReferenceTests {
  static func reference(_ text: String) -> ScriptCounts {
    var counts = ScriptCounts()
    var inWord = false
    for scalar in text.unicodeScalars {
      counts.scalars += 1
      let value = scalar.value
      let isLetter =
        (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        || (value >= 0xC0 && value <= 0x24F && value != 0xD7 && value != 0xF7)
      if isLetter {
        counts.latinLetters += 1
        if !inWord { counts.latinWords += 1 }
      }
      inWord = isLetter
      if value >= 0x30 && value <= 0x39 { counts.digits += 1 }
      switch value {
      case 0x3000...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65:
        counts.cjkPunctuation += 1
      case 0x2E80...0x2FFF, 0x3040...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
        counts.ideographs += 1
      default:
        break
      }
    }
    return counts
  }

  @Test func agreesOnEveryBlockOfTheFixtures() throws {
    for name in [Fixtures.transcriptName, "bg2-summary-en.md", "bg2-insights-en.md"] {
      let document = try BilingualDocument(contentsOf: Fixtures.path(name))
      for block in document.blocks {
        #expect(ScriptCounts(block.text) == Self.reference(String(block.text)), "\(name):\(block.line)")
      }
    }
  }

  @Test(arguments: [
    "", "a", "abcdefgh", "abcdefg.", "don't stop-me now 1234567890 ABCDEFGHIJ", "x\u{E9}t\u{E9} caf\u{E9}s",
    "中文English混合text在一起12345678", "“quoted” — dashes… 𠀀𠀁 가나다 ｶﾀｶﾅ　，。", "tail ending at eight!!!",
  ])
  func agreesOnEdgeCases(text: String) {
    #expect(ScriptCounts(Substring(text)) == Self.reference(text))
  }

  /// ASCII runs long enough (past 255 eight-byte words) that the per-lane counters are summed midway.
  @Test func agreesOnLongASCIIRuns() {
    var generator = SeededGenerator(seed: 5)
    for length in [2039, 2040, 2041, 2048, 4097, 20_000] {
      let text =
        String(
          (0..<length).map { _ in "ab Cd9 x'Z0.".randomElement(using: &generator)! }) + "中文"
      #expect(ScriptCounts(Substring(text)) == Self.reference(text), "\(length)")
    }
  }

  /// Random mixes of every kind of character, at every alignment, so that
  /// both word-at-a-time paths meet every byte-by-byte case at their edges.
  @Test func agreesOnRandomMixedText() {
    let pieces = [
      "a", "Z", "7", " ", "'", "中", "文", "鿿", "，", "。", "（", "」", "\u{E9}", "\u{D7}", "ǅ", "가", "カ", "𠀀", "😀",
      "—", "\n", "x1", "名字",
    ]
    var generator = SeededGenerator(seed: 7)
    for _ in 0..<2000 {
      let count = Int.random(in: 0..<40, using: &generator)
      let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
      #expect(ScriptCounts(Substring(text)) == Self.reference(text), "\(text.debugDescription)")
      // The parser's variant: the same counts, digits left at 0.
      var withoutDigits = Self.reference(text)
      withoutDigits.digits = 0
      var copy = text
      let parsed = copy.withUTF8 { ScriptCounts(bytes: $0, countingDigits: false) }
      #expect(parsed == withoutDigits, "\(text.debugDescription)")
    }
  }
}
