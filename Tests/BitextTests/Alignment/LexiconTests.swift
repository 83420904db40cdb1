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
    #expect(EnglishWord.stem(word.utf8) == EnglishWord.stem(other.utf8))
  }

  @Test(arguments: [
    ("model", "mode"), ("free", "fee"), ("business", "busy"), ("know", "knowledge"), ("us", "use"), ("yes", "yet"),
  ])
  func differentWordsKeepDifferentStems(word: String, other: String) {
    #expect(EnglishWord.stem(word.utf8) != EnglishWord.stem(other.utf8))
  }

  @Test func theBundledListParses() {
    #expect(lexicon.longestWord == 4)
    // Every common word the transcript's pairs need, with its gloss: words
    // of written Chinese (jieba's counts), of the web (谷歌, by wordfreq's
    // counts only), answers of speech (是的, not 是 + 的) and the spoken
    // words of a farewell (保重, not 保 + 重, which have no partner in "take care").
    for (chinese, english) in [
      ("相机", "camera"), ("知识", "knowledge"), ("继续", "continue"), ("供应", "supply"), ("谷歌", "Google"),
      ("是的", "yeah"), ("保重", "care"), ("伙计", "fellow"),
    ] {
      let words = lexicon.chineseWords(Substring(chinese))
      #expect(words.offsets.count == 1, "\(chinese)")
      #expect(words.stems.contains(lexicon.englishWords(Substring(english)).stems.first ?? -1), "\(chinese)")
    }
  }

  /// The generator reads its English function words from ``EnglishWord``:
  /// none is written as a gloss, where it would take the place of a word the
  /// list keeps (`Scripts/generate-lexicon.py`).
  @Test func noGlossIsAnEnglishFunctionWord() {
    var glosses = 0
    for line in Lexicon.data.split(separator: "\n") {
      for word in line.split(separator: " ").dropFirst() {
        glosses += 1
        var word = word
        let isContent = word.withUTF8 { EnglishWord.stem(ifContent: $0) != nil }
        #expect(isContent, "\(line)")
      }
    }
    #expect(glosses > 50_000)
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
    let supply = lexicon.englishWords("supply").stems[0]
    let knowledge = lexicon.englishWords("knowledge").stems[0]
    func stems(_ share: Double, atEnd: Bool) -> [Int32] {
      Array(words.stems[words.stemRange(words.indices(share: share, atEnd: atEnd))])
    }
    // 30 bytes, words at 0–6, 7–13, 14–20 and 21–30. The last 30 % starts
    // at byte 21; the last 60 % at byte 12, inside `supply`, which counts.
    #expect(words.wordEnds == [6, 13, 20, 30])
    #expect(words.indices(share: 0.3, atEnd: true) == 3..<4)
    #expect(stems(0.3, atEnd: true) == [knowledge])
    #expect(stems(0.6, atEnd: true) == [supply, camera, knowledge])
    // The first 40 % ends at byte 12, inside `supply`, which counts too.
    #expect(stems(0.4, atEnd: false) == [camera, supply])
    #expect(words.indices(share: 1, atEnd: true) == 0..<4)
    #expect(words.indices(share: 0.05, atEnd: true) == 3..<4)  // from byte 29
    #expect(words.indices(share: 0.01, atEnd: true).isEmpty)  // from byte 30: nothing
  }

  @Test(arguments: [
    "", "   ", "123 456, 7.", "……。！", "uh um, you know, like, right?", "all of them, and some more, each other",
  ])
  func textWithoutContentWordsHasNoWords(text: String) {
    #expect(lexicon.englishWords(Substring(text)).count == 0)
    #expect(lexicon.chineseWords(Substring(text)).count == 0)
  }

  /// Quantifiers are function words in the glosses too: `一周` (`week all
  /// the way around whole cycle`) found a partner in every English `all`.
  @Test func quantifiersAreNotGlosses() {
    let week = lexicon.chineseWords("一周")
    #expect(week.count == 1)
    #expect(week.stems.contains(lexicon.englishWords("week").stems[0]))
    #expect(lexicon.englishWords("all").count == 0)
    // No gloss of the list is a quantifier.
    let quantifiers: Set<Substring> = ["all", "any", "some", "every", "each", "many", "much", "more", "most", "other"]
    let glosses = Lexicon.data.split(separator: "\n").flatMap { $0.split(separator: " ").dropFirst() }
    #expect(glosses.count > 10000)
    #expect(!glosses.contains { quantifiers.contains($0) })
  }

  @Test func functionWordsAreRecognizedWholeBeforeStemming() {
    // `mean`, `right` and `kind` are fillers; `meaning`, `rights` and `kinds` are not.
    #expect(lexicon.englishWords("mean right kind").count == 0)
    #expect(lexicon.englishWords("meaning rights kinds").count == 3)
    #expect(EnglishWord.stem(ifContent: Array("The".utf8).withUnsafeBufferPointer { $0 }) == nil)
  }

  @Test func offsetsStayRightAfterCharactersOutsideTheBasicPlane() {
    // 𠀀 (U+20000) is four UTF-8 bytes and no word of the list; emoji too.
    let words = lexicon.chineseWords("𠀀😀相机𠀁")
    #expect(words.offsets == [8])
    #expect(words.wordEnds == [14])
  }

  @Test func aVeryLongWordIsStemmedOnItsFirstLetters() {
    let long = String(repeating: "antidisestablishmentarianism", count: 3)
    #expect(EnglishWord.stem(long.utf8) == EnglishWord.stem("antidis".utf8))
    #expect(lexicon.englishWords(Substring(long + " camera")).count == 1)
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
    set.clear(stems[...])
    #expect(!stems.contains(where: set.contains))
    // `clear` empties whole 64-bit words: it is for a set holding those stems only.
    set.insert([1, 2][...])
    set.clear([1][...])
    #expect(!set.contains(2))
  }

  /// Words of several stems (a Chinese word's glosses) count once, when any
  /// of their stems is in the set; a word with no stem never counts.
  @Test(arguments: [
    (stems: [Int32](), ends: [Int32](), expected: 0),
    (stems: [5], ends: [1], expected: 1),
    (stems: [6], ends: [1], expected: 0),
    (stems: [1, 5, 70, 5], ends: [2, 3, 4], expected: 2),  // {1, 5} and {5}; {70} is not in the set
    (stems: [5, 130], ends: [0, 2], expected: 1),  // an empty word, then {5, 130}
    (stems: [199, 130, 64], ends: [1, 2, 3], expected: 3),
  ])
  func wordsWithAStemInTheSetAreCountedOnce(stems: [Int32], ends: [Int32], expected: Int) {
    var set = StemSet(capacity: 200)
    set.insert([5, 64, 130, 199][...])
    #expect(set.wordsWithAMember(stems: stems, ends: ends) == expected)
  }
}

/// The lexicon's hash map.
@Suite struct IntegerKeyMapTests {
  @Test func keysSurviveGrowthAndZeroIsNeverAKey() {
    var map = IntegerKeyMap()
    for key in 1...5_000 { map.set(UInt64(key) &* 0x9E37_79B9, Int32(key)) }
    map.set(0, 7)
    #expect(map.count == 5_000)
    #expect(map[0] == nil)
    #expect((1...5_000).allSatisfy { map[UInt64($0) &* 0x9E37_79B9] == Int32($0) })
    #expect(map[12_345] == nil)
    map.set(UInt64(1) &* 0x9E37_79B9, -1)
    #expect(map[UInt64(1) &* 0x9E37_79B9] == -1 && map.count == 5_000)
    var sized = IntegerKeyMap(minimumCapacity: 100)
    sized.set(42, 1)
    #expect(sized[42] == 1 && sized.count == 1)
  }
}
