import Testing

@testable import Bitext

@Suite struct TokenSetTests {
  @Test(arguments: [0, 1, 7, 8, 100, 5000])
  func holdsExactlyItsTokens(count: Int) {
    var generator = SeededGenerator(seed: UInt64(count) + 1)
    let tokens = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
    // Colliding low bits and zero, the empty-slot marker, too.
    let extra: [UInt64] = [0, 1 << 40, 2 << 40, 3 << 40]
    let set = TokenSet(tokens + extra)
    #expect((tokens + extra).allSatisfy { set.contains($0) })
    let others = (0..<1000).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
    #expect(others.filter { set.contains($0) } == others.filter { Set(tokens + extra).contains($0) })
    #expect(!set.contains(4 << 40))
  }

  @Test func emptySetHoldsNothing() {
    let set = TokenSet([UInt64]())
    #expect(!set.contains(0))
    #expect(!set.contains(42))
  }

  @Test func aSetFilledWithShapesRulesOutOtherShapesOnly() {
    var set = TokenSet()
    #expect(!set.contains(42))
    let tokens: [(UInt64, Int, UInt8, UInt8)] = (1...40).map { index in
      (UInt64(index) << 32 | 7, index, UInt8(ascii: "a") + UInt8(index % 26), UInt8(ascii: "0") + UInt8(index % 10))
    }
    for (hash, length, first, last) in tokens { set.insert(hash, length: length, first: first, last: last) }
    for (hash, length, first, last) in tokens {
      #expect(set.contains(hash))
      // Case-insensitive: the shape of "Openai" is the shape of "openai".
      #expect(set.shapes.mayContain(length: length, first: first & ~0x20, last: last))
    }
    #expect(!set.contains(41 << 32 | 7))
    let ruledOut = (2...31).count { length in
      !set.shapes.mayContain(length: length, first: UInt8(ascii: "q"), last: 0x21)
    }
    #expect(ruledOut > 20)
  }
}
