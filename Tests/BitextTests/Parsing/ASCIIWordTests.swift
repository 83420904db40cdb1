import Testing

@testable import Bitext

/// The eight-bytes-at-a-time byte classes against a byte-at-a-time reference.
@Suite struct ASCIIWordTests {
  private func isAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  private func reference(_ word: UInt64) -> UInt64 {
    var bits: UInt64 = 0
    for lane in 0..<8 where isAlphanumeric(UInt8(truncatingIfNeeded: word >> UInt64(lane * 8))) {
      bits |= 0x80 << UInt64(lane * 8)
    }
    return bits
  }

  /// Every byte value in every lane, with every byte value beside it (a
  /// carry out of one lane would show in the next).
  @Test func everyByteInEveryLaneNextToEveryByte() {
    for lane in 0..<7 {
      for byte in UInt64(0)...255 {
        for neighbour in UInt64(0)...255 {
          let word = byte << UInt64(lane * 8) | neighbour << UInt64((lane + 1) * 8)
          if ASCIIWord.alphanumericBits(word) != reference(word) {
            Issue.record("lane \(lane): \(byte) next to \(neighbour)")
            return
          }
        }
      }
    }
  }

  @Test func randomWords() {
    var generator = SeededGenerator(seed: 11)
    let words = (0..<100_000).map { _ in UInt64.random(in: .min ... .max, using: &generator) }
    let wrong = words.filter { ASCIIWord.alphanumericBits($0) != reference($0) }
    #expect(wrong.isEmpty, "first: \(wrong.first.map { String($0, radix: 16) } ?? "")")
  }
}
