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

  private func lengths(_ window: SentenceLengths) -> [Int] {
    (0..<window.count).map { window[$0] }
  }

  @Test(arguments: [
    // text, sentences, head lengths, tail lengths
    ("Yes.", 1, [4], [4]),
    ("All right. Go on.", 2, [10, 7], [10, 7]),  // the space starts the next sentence
    ("One. Two. Three. Four.", 4, [4, 5, 7], [5, 7, 6]),
    ("A fragment without an end", 1, [25], [25]),
    // More sentences than the inline boundary log keeps at either end.
    ("A. Bb. Ccc. Dddd. Eeeee. Ffffff. Ggggggg. Hhhhhhhh. Iiiiiiiii.", 9, [2, 4, 5], [9, 10, 11]),
    ("One. Two. Three. Four. Five. Six. Seven and no end", 7, [4, 5, 7], [6, 5, 17]),
    ("He said \"stop.\" Then left.", 2, [14, 12], [14, 12]),
    ("好的。", 1, [3], [3]),
    ("你继续。你讲完。", 2, [4, 4], [4, 4]),
    ("关于它的知识……关于它的知识、交互。", 2, [8, 10], [8, 10]),
    ("他说：“走吧。”", 1, [8], [8]),
    // Latin letters count a third in Chinese text.
    ("Groq很快。它来了。", 2, [4, 4], [4, 4]),
    // `……` right before a sentence end is not a sentence of its own.
    ("你好……？", 1, [5], [5]),
    ("他说……！我走了。", 2, [5, 4], [5, 4]),
    ("……。", 1, [3], [3]),
    // Sentence ends followed only by closing characters end the text, not a sentence.
    ("Yes. *Really.*", 2, [4, 10], [4, 10]),
    ("好的。（完）", 2, [3, 3], [3, 3]),
  ])
  func sentenceWindows(text: String, spans: Int, head: [Int], tail: [Int]) {
    let anchors = Anchors(Substring(text), chinese: text.unicodeScalars.contains { $0.value >= 0x3000 })
    #expect(anchors.sentenceSpans == spans)
    #expect(lengths(anchors.head) == head)
    #expect(lengths(anchors.tail) == tail)
  }

  @Test func englishSentencesCountEveryLetterEvenWithAChineseTerm() {
    let text: Substring = "The Chinese call it 关系 today. Then more."
    #expect(lengths(Anchors(text).head) == [29, 11])
    #expect(lengths(Anchors(text, chinese: true).head) == [15, 5])
  }

  @Test(arguments: 0..<20)
  func englishTokensAreTheVocabularysOnly(seed: Int) {
    // Words of every shape, hyphens inner and stray, digits inside and after words,
    // fullwidth punctuation and ideographs, at the buffer's end too (the scanner
    // reads eight bytes at a time where it can).
    let pieces = [
      "GPT-4", "gpt-4o", "OpenAI", "ai", "AI", "a", "I", "x-", "-y", "e-mail", "3D", "15km", "50%off",
      "state-of-the-art", "COO", "coo", "Llama3", "llama", "verylongwordindeedmorethanthirtytwobytes",
      "a1b2c3d4e5f6g7h8", "。", "，", "中文", "Sunny", "sunny.", "(Groq)", "\"quoted\"", "-", "--", "1,000",
    ]
    var generator = SeededGenerator(seed: UInt64(seed) + 7)
    func text(_ count: Int) -> String {
      (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined(
        separator: Bool.random(using: &generator) ? " " : "")
    }
    var vocabulary = TokenSet()
    var lists = Anchors.Lists()
    _ = Anchors(Substring("中文" + text(12)), chinese: true, vocabulary: &vocabulary, collecting: true, into: &lists)
    let chineseTokens = Set(lists.tokens)
    for length in [0, 1, 5, 9, 40] {
      let english = Substring(text(length))
      let all = Anchors(english).tokens
      let kept = Anchors(english, vocabulary: vocabulary).tokens
      #expect(kept == all.filter { vocabulary.contains($0) })
      #expect(kept == all.filter { chineseTokens.contains($0) })
    }
  }

  @Test func tokensEndWhereLettersDigitsAndInnerHyphensEnd() {
    // "x" is one letter; "15km" and "50%off" follow digits, which start a number instead.
    let anchors = Anchors("GPT-4 x- e-mail 15km 50%off state-of-the-art-")
    #expect(anchors.tokens.count == 3)
    #expect(Set(anchors.tokens) == Set(Anchors("gpt-4, E-MAIL; State-Of-The-Art").tokens))
    // A token running to the buffer's end, longer than one eight-byte step.
    #expect(Anchors("averylongtokenatthe end").tokens.count == 2)
  }
}
