import Testing

@testable import Bitext

@Suite struct TextWrapperTests {
  @Test func englishWrapsAtSpaces() {
    let lines = TextWrapper(width: 16).wrap("on all goods coming from Europe, 0% on US goods")
    #expect(lines == ["on all goods", "coming from", "Europe, 0% on US", "goods"])
  }

  @Test func whitespaceIsCollapsedAndDroppedAtBreaks() {
    #expect(TextWrapper(width: 40).wrap("  two   spaces\nand\ta tab  ") == ["two spaces and a tab"])
    #expect(TextWrapper(width: 40).wrap(" \n\t ").isEmpty)
    #expect(TextWrapper(width: 40).wrap("").isEmpty)
  }

  @Test func longWordsAndURLsBreakOnlyWhenWiderThanTheLine() {
    let url = "https://www.youtube.com/watch?v=fTqINzeudJ4"
    let lines = TextWrapper(width: 20).wrap("see \(url) now")
    #expect(lines == ["see", "https://www.youtube.", "com/watch?v=fTqINzeu", "dJ4 now"])
    #expect(TextWrapper(width: 20).wrap("supercalifragilistic") == ["supercalifragilistic"])
  }

  @Test func chineseBreaksBetweenAnyTwoCharacters() {
    #expect(TextWrapper(width: 10).wrap("所有从欧洲进口的商品") == ["所有从欧洲", "进口的商品"])
    #expect(TextWrapper(width: 9).wrap("所有从欧洲进口的商品") == ["所有从欧", "洲进口的", "商品"])
  }

  @Test func closingPunctuationNeverStartsALine() {
    // "，" would start the second line; it moves up with the character before it.
    #expect(TextWrapper(width: 10).wrap("所有从欧洲，进口") == ["所有从欧", "洲，进口"])
    #expect(TextWrapper(width: 10).wrap("所有从欧洲。”好") == ["所有从欧", "洲。”好"])
    #expect(TextWrapper(width: 8).wrap("一二三四、五六") == ["一二三", "四、五六"])
  }

  @Test func openingPunctuationNeverEndsALine() {
    #expect(TextWrapper(width: 10).wrap("我们说：“嘿，我们") == ["我们说：", "“嘿，我们"])
    #expect(TextWrapper(width: 10).wrap("一二三四《五六》") == ["一二三四", "《五六》"])
  }

  @Test func dashesAndEllipsesStayTogether() {
    #expect(TextWrapper(width: 8).wrap("一二三——四五") == ["一二三——", "四五"])
    #expect(TextWrapper(width: 7).wrap("一二三——四五") == ["一二", "三——四", "五"])
    #expect(TextWrapper(width: 7).wrap("一二三……四") == ["一二", "三……四"])
  }

  @Test func mixedScriptsBreakAroundWideCharacters() {
    #expect(TextWrapper(width: 10).wrap("支付15%的关税") == ["支付15%的", "关税"])
    #expect(TextWrapper(width: 12).wrap("请来了Grock的首席") == ["请来了Grock", "的首席"])
  }

  @Test func softLineBreakBetweenChineseCharactersAddsNoSpace() {
    #expect(TextWrapper(width: 40).wrap("第一行\n第二行") == ["第一行第二行"])
    #expect(TextWrapper(width: 40).wrap("first\nsecond") == ["first second"])
    #expect(TextWrapper(width: 40).wrap("中文 English") == ["中文 English"])
    #expect(TextWrapper(width: 40).wrap("第一行\u{2028}第二行 one\u{2029}two") == ["第一行第二行 one two"])
  }

  @Test func controlCharactersAreReplaced() {
    #expect(TextWrapper(width: 40).wrap("bell\u{7}here\u{1B}[31m") == ["bell\u{FFFD}here\u{FFFD}[31m"])
  }

  @Test func scalarChecksAgreeWithThePunctuationSets() {
    for value in UInt32(0)..<0x10000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let character = Character(scalar)
      #expect(TextWrapper.isClosing(value) == TextWrapper.closingPunctuation.contains(character), "\(value)")
      #expect(TextWrapper.isOpening(value) == TextWrapper.openingPunctuation.contains(character), "\(value)")
    }
  }

  @Test func everyLineFitsForManyWidths() throws {
    let text = try Fixtures.text(Fixtures.transcriptName)
    let sample = String(text.prefix(6000))
    for width in 2...60 {
      let wrapper = TextWrapper(width: width)
      let lines = wrapper.wrap(sample)
      for (index, line) in lines.enumerated() {
        let previous = index > 0 ? lines[index - 1] : ""
        #expect(DisplayWidth.default.width(of: line) <= width, "width \(width): \(line)")
        #expect(line.first != " " && line.last != " ")
        if let first = line.first, line.count > 1, width >= 6 {
          #expect(
            !TextWrapper.closingPunctuation.contains(first) || !isWide(line),
            "width \(width): \(line) after \(previous)")
        }
      }
      #expect(lines.joined().filter { !$0.isWhitespace } == sample.filter { !$0.isWhitespace })
    }
  }

  private func isWide(_ line: String) -> Bool {
    line.contains { DisplayWidth.default.width(of: $0) == 2 }
  }
}
