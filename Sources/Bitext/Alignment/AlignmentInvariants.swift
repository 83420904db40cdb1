/// Checks that an ``Alignment`` is consistent with the one-file document it came from.
///
/// The fuzzer and the property tests run this on every input; an application
/// can run it too, as a cheap self-check. Each violation is a sentence that
/// names the offending paragraph by line.
public struct AlignmentInvariants: Sendable {
  /// The document that was aligned.
  public let document: BilingualDocument

  /// Creates a checker for alignments of `document`.
  public init(document: BilingualDocument) {
    self.document = document
  }

  /// The violated invariants of `alignment`, empty when it is consistent:
  ///
  /// - every translatable paragraph of the document appears in exactly one
  ///   segment, on the side of its language, and nothing else does;
  /// - within a section, each side's paragraphs come in document order;
  /// - every segment has at least one paragraph and a score in 0…1;
  /// - every line number lies within the input and is the paragraph's first line.
  public func violations(of alignment: Alignment) -> [String] {
    var problems: [String] = []
    let lineCount = Self.lineCount(of: document.text)
    var expected: [Int: Block] = [:]
    for block in document.blocks where block.isTranslatable {
      expected[block.byteRange.lowerBound] = block
    }
    var seen = Set<Int>()
    for section in alignment.sections {
      var lastEnglish = -1
      var lastChinese = -1
      for segment in section.segments {
        if segment.englishBlocks.isEmpty && segment.chineseBlocks.isEmpty {
          problems.append("an empty segment in section at line \(section.heading?.line ?? 0)")
        }
        if !(0...1).contains(segment.score) {
          problems.append(
            "score \(segment.score) out of 0…1 at line \(segment.englishBlocks.first?.line ?? segment.chineseBlocks.first?.line ?? 0)"
          )
        }
        for (blocks, language) in [(segment.englishBlocks, Language.english), (segment.chineseBlocks, .chinese)] {
          for block in blocks {
            let key = block.byteRange.lowerBound
            if !seen.insert(key).inserted {
              problems.append("paragraph at line \(block.line) appears in more than one segment")
            }
            if expected[key] == nil {
              problems.append("paragraph at line \(block.line) is not a translatable paragraph of the document")
            }
            if block.language != language {
              problems.append("paragraph at line \(block.line) is \(block.language) but sits on the \(language) side")
            }
            if block.line < 1 || block.endLine < block.line || block.endLine > lineCount {
              problems.append("paragraph lines \(block.line)–\(block.endLine) outside 1…\(lineCount)")
            }
            if language == .english {
              if key < lastEnglish { problems.append("English paragraph at line \(block.line) out of order") }
              lastEnglish = key
            } else {
              if key < lastChinese { problems.append("Chinese paragraph at line \(block.line) out of order") }
              lastChinese = key
            }
          }
        }
      }
    }
    for (key, block) in expected where !seen.contains(key) {
      problems.append("paragraph at line \(block.line) is in no segment")
    }
    problems.append(contentsOf: lineViolations())
    return problems
  }

  /// The number of lines of `text`, counting LF, CRLF and lone CR as line ends.
  static func lineCount(of text: String) -> Int {
    var count = 1
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if byte == 0x0D || (byte == 0x0A && previous != 0x0D) { count += 1 }
      previous = byte
    }
    return count
  }

  /// Checks that each block's `line` is the line on which its first byte lies.
  private func lineViolations() -> [String] {
    var problems: [String] = []
    let blocks = document.blocks.sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
    var line = 1
    var offset = 0
    var index = 0
    var previousWasCarriageReturn = false
    let utf8 = document.text.utf8
    var iterator = utf8.makeIterator()
    while index < blocks.count {
      let target = blocks[index].byteRange.lowerBound
      while offset < target, let byte = iterator.next() {
        if byte == 0x0A {
          if !previousWasCarriageReturn { line += 1 }
          previousWasCarriageReturn = false
        } else if byte == 0x0D {
          line += 1
          previousWasCarriageReturn = true
        } else {
          previousWasCarriageReturn = false
        }
        offset += 1
      }
      if blocks[index].line != line {
        problems.append("block at byte \(target) says line \(blocks[index].line) but starts on line \(line)")
      }
      index += 1
    }
    return problems
  }
}
