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
}
