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
