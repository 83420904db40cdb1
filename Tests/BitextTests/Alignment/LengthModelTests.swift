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

  /// The aligner's deviation: δ, except for a short source whose
  /// translation falls far short, where the log ratio is further out.
  @Test(arguments: [
    // (English, Chinese, expected deviation): ratio 0.3, variance 1.
    (60, 3, -5.97),  // `正确。` for a 60-character sentence: log(3/18) / 0.3, not δ = −1.94
    (60, 18, 0.0),  // as expected
    (60, 30, 1.55),  // longer: δ = 12 / √60
    (60, 15, -0.61),  // a little short: log ratio −0.18 / 0.3 = −0.61, δ = −0.39
    (1000, 250, -1.58),  // long: δ = −50 / √1000 is further out than log ratio −0.61
    (5, 0, -1.35),  // nothing: counted as one character, log(1/1.5) / 0.3; δ = −0.67
  ])
  func shortTranslationsOfShortSourcesAreMeasuredByTheirRatio(english: Int, chinese: Int, expected: Double) {
    let model = LengthModel(ratio: 0.3, variance: 1)
    let deviation = model.shortfallDeviation(chinese: chinese, from: model.expectation(english: english))
    #expect(abs(deviation - expected) < 0.01, "\(english) → \(chinese): \(deviation)")
    #expect(deviation <= model.deviation(english: english, chinese: chinese))
  }

  /// The log length ratio in units of 0.3, which the clean-section test
  /// bounds on both sides (δ forgives short sources).
  @Test(arguments: [
    // (English, Chinese, expected deviation): ratio 0.3, variance 1.
    (7, 8, 4.46),  // `是的。谢谢你们。` for `Byebye.`: log(8/2.1) / 0.3, where δ = 2.23
    (5, 3, 2.31),  // `是的。` for `Yeah.`: log(3/1.5) / 0.3
    (60, 3, -5.97),  // `正确。` for a 60-character sentence
    (60, 18, 0.0),  // as expected
    (1000, 400, 0.96),  // long: log(400/300) / 0.3, where δ = 3.16
    (5, 0, -1.35),  // nothing counts as one character
    (0, 4, 0.0),  // nothing expected: no ratio
  ])
  func logRatios(english: Int, chinese: Int, expected: Double) {
    let model = LengthModel(ratio: 0.3, variance: 1)
    let deviation = model.logRatioDeviation(chinese: chinese, from: model.expectation(english: english))
    #expect(abs(deviation - expected) < 0.01, "\(english) → \(chinese): \(deviation)")
  }

  @Test func tooFewPairsFallBackToTheDefault() {
    #expect(LengthModel(estimatingFrom: [(100, 30)]) == .englishToChinese)
  }

  /// The estimate weighed with a prior: the prior alone without usable
  /// pairs, the plain estimate's figures at weight 0, and between the two
  /// in proportion to the number of pairs.
  @Test func estimateWeighedWithAPrior() {
    let prior = LengthModel(ratio: 0.3, variance: 0.4)
    #expect(LengthModel(estimatingFrom: [], toward: prior, weight: 10) == prior)
    #expect(LengthModel(estimatingFrom: [(10, 3), (100, 2)], toward: prior, weight: 10) == prior, "too short to use")
    let pairs = [(english: 100, chinese: 40), (english: 200, chinese: 80), (english: 300, chinese: 130)]
    let plain = LengthModel(estimatingFrom: pairs)
    let unweighed = LengthModel(estimatingFrom: pairs, toward: prior, weight: 0)
    #expect(abs(unweighed.ratio - plain.ratio) < 1e-12 && unweighed.variance == plain.variance)
    let weighed = LengthModel(estimatingFrom: pairs, toward: prior, weight: 10)
    #expect(abs(weighed.ratio - (3 * plain.ratio + 10 * 0.3) / 13) < 1e-12)
    #expect(abs(weighed.variance - (3 * plain.variance + 10 * 0.4) / 13) < 1e-12)
    // A hundred pairs move it little from the document's own estimate.
    let many = Array(repeating: pairs, count: 34).flatMap { $0 }
    let document = LengthModel(estimatingFrom: many)
    let hundred = LengthModel(estimatingFrom: many, toward: prior, weight: 10)
    #expect(abs(hundred.ratio - document.ratio) < 0.01)
  }
}
