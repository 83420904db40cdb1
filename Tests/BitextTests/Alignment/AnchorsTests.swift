import Testing

@testable import Bitext

@Suite struct AnchorsTests {
  @Test(arguments: [
    ("$750 billion", "7500亿美元"),
    ("15%", "15％"),
    ("15 percent", "15%"),
    ("in 2025.", "2025年"),
    ("1,000 users", "1000名用户"),
    ("$1.5 trillion", "1.5万亿美元"),
    ("30 million", "3000万"),
  ])
  func numbersMatchAcrossUnits(english: String, chinese: String) {
    let source = Anchors(Substring(english))
    let translation = Anchors(Substring(chinese))
    #expect(source.numbers.count == 1)
    #expect(source.numbers == translation.numbers)
  }

  @Test func differentNumbersDiffer() {
    #expect(Anchors("$750 billion").numbers != Anchors("750万美元").numbers)
    #expect(Anchors("15%").numbers != Anchors("15").numbers)
  }

  @Test func latinTokensAreCaseInsensitiveAndKeepHyphens() {
    let english = Anchors("OpenAI shipped GPT-4 while the coo watched")
    let chinese = Anchors("OpenAI发布了gpt-4，COO在一旁观看")
    #expect(Set(chinese.tokens).isSubset(of: Set(english.tokens)))
    #expect(chinese.tokens.count == 3)
    #expect(chinese.numbers.isEmpty)
  }

  @Test func translatorNotesAreRecognized() {
    #expect(AlignmentUnit.isTranslatorNote("译注：Groq是一家芯片公司。"))
    #expect(AlignmentUnit.isTranslatorNote("（译者注：此处意译）"))
    #expect(!AlignmentUnit.isTranslatorNote("我们注意到这一点。"))
  }
}
