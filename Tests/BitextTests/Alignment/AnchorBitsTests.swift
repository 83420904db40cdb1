import Testing

@testable import Bitext

@Suite struct AnchorBitsTests {
  /// A paragraph with the given anchors (significant numbers among its numbers).
  private func unit(numbers: Set<UInt64>, tokens: Set<UInt64>, significant: Set<UInt64>) -> AlignmentUnit {
    var anchors = Anchors()
    anchors.numbers = numbers.sorted()
    anchors.tokens = tokens.sorted()
    anchors.significantNumbers = significant.sorted()
    return AlignmentUnit(length: 100, position: 0, anchors: anchors, isTranslatorNote: false)
  }

  private func randomUnits(_ count: Int, values: Int, using generator: inout SeededGenerator) -> [AlignmentUnit] {
    (0..<count).map { _ in
      let numbers = Set(
        (0..<Int.random(in: 0...5, using: &generator)).map { _ in
          UInt64.random(in: 1...UInt64(values), using: &generator)
        })
      let tokens = Set(
        (0..<Int.random(in: 0...5, using: &generator)).map { _ in
          UInt64.random(in: 1...UInt64(values), using: &generator) << 32
        })
      return unit(numbers: numbers, tokens: tokens, significant: numbers.filter { $0 % 2 == 0 })
    }
  }

  @Test(arguments: [(10, 1), (40, 2), (150, 3), (250, 4)])
  func countsMatchTheirDefinition(values: Int, seed: UInt64) throws {
    var generator = SeededGenerator(seed: seed)
    let english = randomUnits(12, values: values, using: &generator)
    let chinese = randomUnits(12, values: values, using: &generator)
    let bits = try #require(
      LengthAligner.AnchorBits(english: LengthAligner.AnchorTable(english), chinese: LengthAligner.AnchorTable(chinese))
    )
    for _ in 0..<200 {
      let i0 = Int.random(in: 0..<10, using: &generator)
      let j0 = Int.random(in: 0..<10, using: &generator)
      let englishRange = i0..<(i0 + Int.random(in: 1...3, using: &generator))
      let chineseRange = j0..<(j0 + Int.random(in: 1...3, using: &generator))
      let englishNumbers = Set(englishRange.flatMap { english[$0].anchors.numbers })
      let englishTokens = Set(englishRange.flatMap { english[$0].anchors.tokens })
      let chineseNumbers = Set(chineseRange.flatMap { chinese[$0].anchors.numbers })
      var matched = 0
      var missing = 0
      for j in chineseRange {
        let anchors = chinese[j].anchors
        matched += anchors.numbers.count { englishNumbers.contains($0) }
        missing += anchors.significantNumbers.count { !englishNumbers.contains($0) }
        matched += anchors.tokens.count { englishTokens.contains($0) }
        missing += anchors.tokens.count { !englishTokens.contains($0) }
      }
      for i in englishRange {
        missing += english[i].anchors.significantNumbers.count { !chineseNumbers.contains($0) }
      }
      let counts = bits.counts(english: englishRange, chinese: chineseRange)
      #expect(counts.matched == matched && counts.missing == missing)
    }
  }

  @Test func moreThanTwoHundredFiftySixValuesAreLeftToTheMerges() {
    let many = (1...300).map { UInt64($0) }
    let english = [unit(numbers: Set(many), tokens: [], significant: [])]
    let chinese = [unit(numbers: [1], tokens: [], significant: [])]
    #expect(
      LengthAligner.AnchorBits(english: LengthAligner.AnchorTable(english), chinese: LengthAligner.AnchorTable(chinese))
        == nil)
  }
}
