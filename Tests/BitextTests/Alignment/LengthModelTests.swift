import Testing

@testable import Bitext

@Suite struct LengthModelTests {
  @Test func estimatedFromTheTranscript() throws {
    let document = try Fixtures.transcript()
    let model = Aligner().estimateModel(
      document.sections.map { ($0.paragraphs(in: .english), $0.paragraphs(in: .chinese)) })
    #expect(model.ratio > 0.25 && model.ratio < 0.37)
    #expect(model.variance > 0)
  }

  @Test func confidenceFallsWithDeviation() {
    let model = LengthModel(ratio: 0.3, variance: 0.1)
    let exact = model.confidence(english: 1000, chinese: 300)
    let off = model.confidence(english: 1000, chinese: 330)
    let wrong = model.confidence(english: 1000, chinese: 60)
    #expect(exact > 0.98)
    #expect(off < exact)
    #expect(wrong < 0.01)
  }

  @Test func tooFewPairsFallBackToTheDefault() {
    #expect(LengthModel(estimatingFrom: [(100, 30)]) == .englishToChinese)
  }
}
