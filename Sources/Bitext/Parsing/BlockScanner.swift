/// The block-level state machine: takes the body's lines one at a time and
/// groups them into blocks and sections.
struct BlockScanner {
  private enum Mode {
    case none
    case paragraph
    case fencedCode(byte: UInt8, length: Int)
    case indentedCode
    case htmlComment
    case htmlBlock
    case table
  }

  private let text: String
  private let bytes: UnsafeBufferPointer<UInt8>
  private let syntax: LineSyntax
  private var mode = Mode.none
  private var openLines: [SourceLine] = []
  private var sections: [Section] = []
  private var heading: Heading?
  private var blocks: [Block] = []
  private var sectionIsOpen = false

  init(text: String, bytes: UnsafeBufferPointer<UInt8>) {
    self.text = text
    self.bytes = bytes
    self.syntax = LineSyntax(bytes: bytes)
  }

  mutating func consume(_ line: SourceLine) {
    switch mode {
    case .fencedCode(let fence, let length):
      openLines.append(line)
      if openLines.count > 1 && syntax.closesFence(line, byte: fence, length: length) {
        emitOpenLines(as: .code)
      }
      return
    case .htmlComment:
      openLines.append(line)
      if syntax.containsCommentEnd(line, from: line.start) { emitOpenLines(as: .html) }
      return
    case .htmlBlock, .table:
      if line.isBlank {
        emitOpenLines(as: isTable ? .table : .html)
      } else {
        openLines.append(line)
      }
      return
    case .indentedCode:
      if line.indent >= 4 && !line.isBlank {
        openLines.append(line)
        return
      }
      emitOpenLines(as: .code)
    case .none, .paragraph:
      break
    }
    consumeOutsideBlocks(line)
  }

  private var isTable: Bool {
    if case .table = mode { return true }
    return false
  }

  private var inParagraph: Bool {
    if case .paragraph = mode { return true }
    return false
  }

  private mutating func consumeOutsideBlocks(_ line: SourceLine) {
    if line.isBlank {
      closeParagraph()
      return
    }
    if !inParagraph && line.indent >= 4 {
      openLines = [line]
      mode = .indentedCode
      return
    }
    if line.indent <= 3 {
      if let fence = syntax.fenceOpening(line) {
        closeParagraph()
        openLines = [line]
        mode = .fencedCode(byte: fence.byte, length: fence.length)
        return
      }
      if let level = syntax.headingLevel(line) {
        closeParagraph()
        openSection(level: level, line: line)
        return
      }
      if syntax.isThematicBreak(line) {
        closeParagraph()
        openLines = [line]
        emitOpenLines(as: .thematicBreak)
        return
      }
      if syntax.isContainerFence(line) {
        closeParagraph()
        openLines = [line]
        emitOpenLines(as: .containerFence)
        return
      }
      if syntax.startsComment(line) {
        closeParagraph()
        openLines = [line]
        if syntax.containsCommentEnd(line, from: line.contentStart + 4) {
          emitOpenLines(as: .html)
        } else {
          mode = .htmlComment
        }
        return
      }
      if !inParagraph && syntax.startsHTMLBlock(line) {
        openLines = [line]
        mode = .htmlBlock
        return
      }
      if !inParagraph && syntax.startsWithPipe(line) {
        openLines = [line]
        mode = .table
        return
      }
      if inParagraph && openLines.count == 1 && syntax.isTableDelimiterRow(line)
        && syntax.containsPipe(openLines[0])
      {
        openLines.append(line)
        mode = .table
        return
      }
    }
    openLines.append(line)
    mode = .paragraph
  }

  /// Ends the document: closes any open block and section and returns the sections.
  mutating func finish() -> [Section] {
    switch mode {
    case .none: break
    case .paragraph: closeParagraph()
    case .fencedCode, .indentedCode: emitOpenLines(as: .code)
    case .htmlComment, .htmlBlock: emitOpenLines(as: .html)
    case .table: emitOpenLines(as: .table)
    }
    closeSection()
    return sections
  }

  // MARK: Blocks

  private mutating func closeParagraph() {
    guard inParagraph, !openLines.isEmpty else { return }
    let counts = paragraphCounts()
    if openLines.allSatisfy({ syntax.isLinkOnly($0) }) {
      emitOpenLines(as: .media)
    } else if let counts, counts.ideographs > 0, counts.latinLetters > 0,
      let units = LanguageUnits(syntax: syntax).split(openLines)
    {
      // A list or quote in both languages without blank lines, or a
      // paragraph directly followed by its translation: each unit is
      // aligned like a paragraph.
      let lines = openLines
      for unit in units {
        openLines = Array(lines[unit.lines])
        emitOpenLines(as: unit.kind)
      }
    } else {
      emitOpenLines(as: .paragraph, counts: counts)
    }
  }

  /// The script counts of the open lines of two or more (their first to last
  /// non-blank byte), or `nil` for one line. A paragraph holds both
  /// languages only where it has ideographs and Latin letters; else it is
  /// not read line by line (`LanguageUnits`), and its block reuses them.
  private func paragraphCounts() -> ScriptCounts? {
    guard openLines.count >= 2, let first = openLines.first, let last = openLines.last else { return nil }
    return ScriptCounts(
      bytes: UnsafeBufferPointer(rebasing: bytes[first.contentStart..<max(first.contentStart, last.contentEnd)]),
      countingDigits: false)
  }

  /// Emits the open lines as one block of `kind`; `counts`, where given, are
  /// their script counts already made.
  private mutating func emitOpenLines(as kind: Block.Kind, counts known: ScriptCounts? = nil) {
    defer {
      openLines.removeAll(keepingCapacity: true)
      mode = .none
    }
    guard let first = openLines.first, let last = openLines.last else { return }
    let isProse = kind == .paragraph
    let range = first.contentStart..<max(first.contentStart, last.contentEnd)
    let text = blockText(verbatim: !isProse)
    // The counts of the source bytes; the text differs from them only when
    // line breaks were normalized, which changes the scalar count alone.
    let counts = known ?? ScriptCounts(bytes: UnsafeBufferPointer(rebasing: bytes[range]), countingDigits: false)
    let characterCount = text.utf8.count == range.count ? counts.scalars : text.unicodeScalars.count
    let block = Block(
      kind: kind, text: text, language: isProse ? counts.language : .neutral, line: first.number,
      endLine: last.number, byteRange: range, counts: counts, characterCount: characterCount)
    if !sectionIsOpen {
      sectionIsOpen = true
      heading = nil
    }
    blocks.append(block)
  }

  /// The open lines' text: a slice of the input when its line endings are
  /// LF and no white space needs trimming inside it, else the lines joined by LF.
  private func blockText(verbatim: Bool) -> Substring {
    let first = openLines[0]
    let last = openLines[openLines.count - 1]
    let lower = verbatim ? first.start : first.contentStart
    let upper = verbatim ? last.end : last.contentEnd
    var contiguous = true
    for index in openLines.indices.dropLast() {
      let line = openLines[index]
      let next = openLines[index + 1]
      if !line.endsWithLineFeed
        || (!verbatim && (line.contentEnd != line.end || next.contentStart != next.start))
      {
        contiguous = false
        break
      }
    }
    if contiguous { return text.slice(lower..<upper) }
    var joined = ""
    joined.reserveCapacity(upper - lower)
    for (index, line) in openLines.enumerated() {
      if index > 0 { joined += "\n" }
      joined += text.slice(verbatim ? line.start..<line.end : line.contentStart..<line.contentEnd)
    }
    return Substring(joined)
  }

  // MARK: Sections

  private mutating func openSection(level: Int, line: SourceLine) {
    let range = syntax.headingText(line, level: level)
    let language = ScriptCounts(bytes: UnsafeBufferPointer(rebasing: bytes[range]), countingDigits: false).language
    // A heading immediately followed by its translation at the same level
    // (`## Results` then `## 结果`) opens one section, not two.
    if sectionIsOpen, blocks.isEmpty, var open = heading, open.translation == nil, open.level == level,
      open.language != .neutral, language != .neutral, open.language != language
    {
      open.translation = text.slice(range)
      heading = open
      return
    }
    closeSection()
    heading = Heading(
      level: level, text: text.slice(range), language: language, line: line.number,
      byteRange: line.contentStart..<line.contentEnd)
    sectionIsOpen = true
  }

  private mutating func closeSection() {
    guard sectionIsOpen else { return }
    sections.append(Section(heading: heading, blocks: blocks))
    blocks.removeAll()
    heading = nil
    sectionIsOpen = false
  }
}
