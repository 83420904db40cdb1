import Testing

@testable import Bitext

/// The quick pass agrees with the standard library's validation and a search for NUL.
@Suite struct UTF8WellFormednessTests {
  private func agrees(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      let standard = (try? UTF8Span(validating: buffer.span)) != nil
      let clean = standard && !buffer.contains(0)
      return UTF8Validation.isWellFormedWithoutNUL(buffer) == clean
    }
  }

  @Test func agreesOnEveryBoundaryOfTheTable() {
    let edges: [UInt8] = [
      0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF,
      0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
    ]
    for first in edges {
      for second in edges {
        for third in [0x41, 0x80, 0xBF, 0xC0] as [UInt8] {
          for fourth in [0x41, 0x80, 0xBF] as [UInt8] {
            #expect(agrees([first, second, third, fourth]), "\([first, second, third, fourth])")
            #expect(agrees([first, second, third]), "\([first, second, third])")
          }
        }
      }
    }
  }

  @Test func agreesOnRandomMixesAtEveryAlignment() {
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array("abcdefgh".utf8), Array("中".utf8), Array("，".utf8), Array("é".utf8),
      Array("😀".utf8), [0x80], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
      [0xE4, 0xB8], [0xFF], [0x00],
    ]
    var generator = SeededGenerator(seed: 3)
    for _ in 0..<3000 {
      let count = Int.random(in: 0..<12, using: &generator)
      var bytes: [UInt8] = []
      for _ in 0..<count {
        // Mostly well-formed pieces, so that the one bad piece sits at any offset.
        let piece =
          Int.random(in: 0..<10, using: &generator) < 8
          ? pieces[Int.random(in: 0..<6, using: &generator)] : pieces.randomElement(using: &generator)!
        bytes += piece
      }
      #expect(agrees(bytes), "\(bytes)")
    }
  }
}
