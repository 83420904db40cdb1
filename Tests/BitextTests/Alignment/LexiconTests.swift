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
    func stems(_ share: Double, atEnd: Bool) -> ArraySlice<Int32> {
      words.stems[words.stemRange(words.indices(share: share, atEnd: atEnd))]
    }
    // 30 bytes, words at 0, 7, 14 and 21: the last 30 % (from byte 21) holds
    // only `knowledge`, the last 60 % (from byte 12) the second `camera` too.
    #expect(words.indices(share: 0.3, atEnd: true) == 3..<4)
    #expect(Array(stems(0.3, atEnd: true)) == [knowledge])
    #expect(Array(stems(0.6, atEnd: true)) == [camera, knowledge])
    #expect(words.indices(share: 0.6, atEnd: false) == 0..<3)
    #expect(!stems(0.6, atEnd: false).contains(knowledge))
    #expect(words.indices(share: 1, atEnd: true) == 0..<4)
  }

  @Test func aChineseWordKeepsAllItsGlossesStems() {
    let words = lexicon.chineseWords("继续，相机")
    #expect(words.count == 2)
    #expect(words.stems(of: 0).count > 1)  // continue, proceed, go …
    #expect(words.stems(of: 1).contains(lexicon.englishWords("camera").stems[0]))
    #expect(words.stemRange(0..<2) == 0..<words.stems.count)
  }

  @Test func aStemSetEmptiesAgain() {
    var set = StemSet(capacity: 200)
    let stems: [Int32] = [0, 63, 64, 199]
    set.insert(stems[...])
    #expect(stems.allSatisfy(set.contains))
    #expect(!set.contains(1) && !set.contains(65))
    set.remove(stems[...])
    #expect(!stems.contains(where: set.contains))
  }
}
