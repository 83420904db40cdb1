import Testing

@testable import Bitext

@Suite struct TextMeasureTests {
  private func blocks(_ texts: [String]) -> [Block] {
    texts.map {
      Block(kind: .paragraph, text: Substring($0), language: .english, line: 1, endLine: 1, byteRange: 0..<0)
    }
  }

  /// The streaming comparison must agree with comparing the normalized bytes, joined by a space.
  @Test(arguments: [
    (["Hello world."], ["Hello world."], true),
    (["Hello  world."], [" Hello\n\tworld. "], true),
    (["Hello world."], ["Hello world!"], false),
    (["Hello", "world."], ["Hello world."], true),
    (["Hello", "world."], ["Helloworld."], false),
    (["Hello world."], ["Hello world. More"], false),
    (["", "Hello"], ["Hello"], true),
    ([], [], true),
    (["你好，世界"], ["你好， 世界"], false),
    (["a\r\nb"], ["a b"], true),
  ])
  func sameIgnoringSpaceRuns(first: [String], second: [String], expected: Bool) {
    #expect(TextMeasure.sameIgnoringSpaceRuns(blocks(first), blocks(second)) == expected)
    let reference =
      Array(first.map { TextMeasure.normalized($0) }.filter { !$0.isEmpty }.joined(separator: [0x20]))
      == Array(second.map { TextMeasure.normalized($0) }.filter { !$0.isEmpty }.joined(separator: [0x20]))
    #expect(reference == expected)
  }
}
