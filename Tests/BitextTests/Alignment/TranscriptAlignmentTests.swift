import Testing

@testable import Bitext

@Suite struct TranscriptAlignmentTests {
  private let alignment: Alignment

  init() throws {
    alignment = Aligner().align(try Fixtures.transcript())
  }

  @Test func eightSectionsAndOneHundredTwoPairs() {
    #expect(alignment.sections.count == 8)
    #expect(alignment.segments.count == 102)
    #expect(alignment.segments.allSatisfy { $0.kind == .oneToOne && $0.method == .ordinal })
    #expect(alignment.sections.map { $0.segments.count } == [1, 8, 2, 3, 17, 6, 40, 25])
  }

  @Test func headingsCarryTheirLines() {
    #expect(alignment.sections.map { $0.heading?.line } == [26, 32, 66, 76, 90, 160, 186, 348])
    #expect(alignment.sections[0].heading?.text == "贸易协议的积极影响与市场反应")
    #expect(alignment.sections[7].heading?.text == "对通胀和重置全球贸易的担忧")
    #expect(alignment.sections.allSatisfy { $0.heading?.level == 3 })
  }

  @Test func specificPairsByLineAndText() throws {
    let first = alignment.sections[0].segments[0]
    #expect(first.english.map(\.line) == [28])
    #expect(first.chinese.map(\.line) == [30])
    #expect(first.english[0].text.hasPrefix("on all goods coming from Europe, 0% on US goods"))
    #expect(first.chinese[0].text.hasPrefix("所有从欧洲进口的商品，我们要支付15%的关税"))

    let sunny = alignment.sections[1].segments[0]
    #expect(sunny.english[0].line == 34)
    #expect(sunny.english[0].text.hasPrefix("All right, the summer pods back in action."))
    #expect(sunny.chinese[0].line == 36)
    #expect(sunny.chinese[0].text.hasPrefix("好了，夏季播客恢复运行。"))

    let last = try #require(alignment.segments.last)
    #expect(last.english[0].line == 446)
    #expect(last.chinese[0].line == 448)
  }

  @Test func everyPairIsEnglishThenItsTranslationTwoLinesLater() {
    for segment in alignment.segments {
      #expect(segment.english[0].language == .english)
      #expect(segment.chinese[0].language == .chinese)
      #expect(segment.chinese[0].line == segment.english[0].line + 2)
    }
  }

  @Test func scoresAreProbabilitiesAndMostlyHigh() {
    let scores = alignment.segments.map(\.score)
    #expect(scores.allSatisfy { (0...1).contains($0) })
    #expect(scores.filter { $0 >= 0.9 }.count >= 95)
  }

  @Test func frontMatterCarriesThrough() {
    #expect(alignment.frontMatter?.string("title") == "中美AI竞争、开源模型崛起与全球贸易格局重塑")
  }
}
