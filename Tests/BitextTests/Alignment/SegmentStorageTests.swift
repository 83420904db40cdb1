import Testing

@testable import Bitext

/// The representations chosen for speed behave like the plain ones they replace.
@Suite struct SegmentStorageTests {
  private func block(_ text: String, at offset: Int, line: Int = 1) -> Block {
    Block(
      kind: .paragraph, text: Substring(text), language: ScriptCounts(Substring(text)).language, line: line,
      endLine: line, byteRange: offset..<offset + text.utf8.count)
  }

  @Test func aSegmentOnASharedArrayEqualsOneWithArraysOfItsOwn() {
    let english = [block("One.", at: 0), block("Two.", at: 10)]
    let chinese = [block("一。", at: 5), block("二。", at: 15)]
    let shared = Segment(english: english[1..<2], chinese: chinese[1..<2], method: .ordinal, score: 0.5)
    let owned = Segment(english: [english[1]], chinese: [chinese[1]], method: .ordinal, score: 0.5)
    #expect(shared == owned)
    #expect(shared.hashValue == owned.hashValue)
    #expect(shared.english == [english[1]])
    #expect(shared.kind == .oneToOne)
    var edited = shared
    edited.chinese = []
    #expect(edited.kind == SegmentKind(english: 1, chinese: 0))
    #expect(edited.english[0].text == "Two.")
  }

  @Test func aBlockRecomputesWhatTheAlignerAsksOfItsTextWhenTheTextChanges() {
    var unit = block("Tables（表格）and more", at: 0)
    #expect(unit.isBilingualUnit)
    unit.text = "Tables（表格）and more."
    #expect(!unit.isBilingualUnit)
    unit.text = "译注：这是注释。"
    #expect(unit.traits.startsWithTranslatorNote)
    unit.text = "这是正文。"
    #expect(!unit.traits.startsWithTranslatorNote)
  }

  @Test func documentOrderMergesOrderedListsAndSortsOthers() {
    let english = [block("A.", at: 0), block("B.", at: 20)]
    let chinese = [block("甲。", at: 10), block("乙。", at: 30)]
    #expect(
      DocumentOrder(english: english, chinese: chinese).map { "\($0.isEnglish)\($0.index)" }
        == ["true0", "false0", "true1", "false1"])
    let shuffled = [block("B.", at: 20), block("A.", at: 0)]
    #expect(
      DocumentOrder(english: shuffled, chinese: chinese).map { "\($0.isEnglish)\($0.index)" }
        == ["true1", "false0", "true0", "false1"])
  }

  @Test func theLengthModelTakesTheMedianOfEvenAndOddCounts() {
    for count in [3, 4, 7, 10, 101] {
      let pairs = (0..<count).map { index in (english: 100, chinese: 20 + (index * 37) % 50) }
      let ratios = pairs.map { Double($0.chinese) / Double($0.english) }.sorted()
      let middle = ratios.count / 2
      let median = ratios.count % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2
      #expect(LengthModel(estimatingFrom: pairs).ratio == median)
    }
  }
}
