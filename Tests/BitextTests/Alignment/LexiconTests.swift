import Testing

@testable import Bitext

/// The bundled Chinese→English word list and the crude English stemmer.
@Suite struct LexiconTests {
  private let lexicon = Lexicon.shared

  @Test(arguments: [
    ("models", "model"), ("increased", "increase"), ("increasing", "increases"), ("companies", "company"),
    ("running", "run"), ("stopped", "stop"), ("construction", "constructed"), ("Really", "real"),
    ("yeah", "yes"), ("Yep", "yes"), ("yup", "yes"), ("Google", "google"),
  ])
  func inflectionsShareAStem(word: String, other: String) {
    #expect(Lexicon.stem(word.utf8) == Lexicon.stem(other.utf8))
  }

  @Test(arguments: [
    ("model", "mode"), ("free", "fee"), ("business", "busy"), ("know", "knowledge"), ("us", "use"), ("yes", "yet"),
  ])
  func differentWordsKeepDifferentStems(word: String, other: String) {
    #expect(Lexicon.stem(word.utf8) != Lexicon.stem(other.utf8))
  }

  @Test func theBundledListParses() {
    #expect(lexicon.longestWord == 4)
    // Every common word the transcript's pairs need, with its gloss.
    for (chinese, english) in [("相机", "camera"), ("知识", "knowledge"), ("继续", "continue"), ("供应", "supply")] {
      let words = lexicon.chineseWords(Substring(chinese))
      #expect(words.offsets.count == 1, "\(chinese)")
      #expect(words.stems.contains(lexicon.englishWords(Substring(english)).stems.first ?? -1), "\(chinese)")
    }
  }

  @Test func chineseTextIsCutByLongestMatchAndFunctionWordsSayNothing() {
    // 这个 is a function word in the list: 这个人 is 这个 + 人, not 这 + 个人.
    let words = lexicon.chineseWords("这个人")
    #expect(words.offsets == [6])
    #expect(words.stems.contains(lexicon.englishWords("person").stems[0]))
    #expect(lexicon.chineseWords("我们的").offsets.isEmpty)
    // Offsets are UTF-8 offsets in the text; Latin letters and punctuation are skipped.
    #expect(lexicon.chineseWords("OK，相机").offsets == [5])
  }

  @Test func englishFunctionWordsAndFillersAreSkipped() {
    let words = lexicon.englishWords("Um, the models and the data, you know.")
    #expect(words.stems == lexicon.englishWords("model data").stems)
    #expect(words.offsets == [8, 23])
  }

  @Test func stretchesAreFoundByTheirOffsets() {
    let words = lexicon.englishWords("camera supply camera knowledge")
    let camera = lexicon.englishWords("camera").stems[0]
    let knowledge = lexicon.englishWords("knowledge").stems[0]
    // 30 bytes, words at 0, 7, 14 and 21: the last 30 % (from byte 21) holds
    // only `knowledge`, the last 60 % (from byte 12) the second `camera` too.
    #expect(words.has(knowledge, cut: words.cut(share: 0.3, atEnd: true), atEnd: true))
    #expect(!words.has(camera, cut: words.cut(share: 0.3, atEnd: true), atEnd: true))
    #expect(words.has(camera, cut: words.cut(share: 0.6, atEnd: true), atEnd: true))
    #expect(!words.has(knowledge, cut: words.cut(share: 0.6, atEnd: false), atEnd: false))
    #expect(words.indices(share: 0.3, atEnd: true) == 3..<4)
    #expect(words.indices(share: 0.6, atEnd: false) == 0..<3)
  }
}
