#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A Gale–Church style model of how long a translation is, given its source.
///
/// A Chinese translation of an English paragraph of `e` characters is
/// expected to have about `ratio × e` characters, with a variance that grows
/// with `e`: the normalized deviation
/// `δ = (c − ratio·e) / √(e · variance)` is close to a standard normal
/// variable for true translations. Lengths are counted in Unicode scalars.
///
/// The model is estimated per document from its own clean pairs
/// (``init(estimatingFrom:)``), so that a terse or verbose translator does
/// not look like a broken alignment. ``Aligner`` weighs that estimate with
/// the bundled transcript's figures at ten pairs' worth, so that a short
/// document's few pairs do not decide it alone.
public struct LengthModel: Sendable, Hashable, Codable {
  /// Expected Chinese characters per English character.
  public var ratio: Double
  /// Variance of the Chinese length per English character.
  public var variance: Double

  /// Creates a model with the given ratio and variance.
  public init(ratio: Double, variance: Double) {
    self.ratio = ratio
    self.variance = variance
  }

  /// A model for English→Chinese prose when a document has too few pairs of
  /// its own (the bundled BG2 transcript's mean ratio is about 0.31; its
  /// median ratio, which the estimates use, 0.293).
  public static let englishToChinese = LengthModel(ratio: 0.31, variance: 0.1)

  /// Estimates a model from `(english, chinese)` length pairs, robustly
  /// (medians, so a few wrong pairs do not move it). With fewer than three
  /// usable pairs it returns ``englishToChinese``.
  public init(estimatingFrom pairs: [(english: Int, chinese: Int)]) {
    let usable = Self.usable(pairs)
    guard usable.count >= 3 else {
      self = .englishToChinese
      return
    }
    self = Self.estimate(usable)
  }

  /// Estimates a model from `(english, chinese)` length pairs as
  /// ``init(estimatingFrom:)`` does, each figure weighed with `prior`'s at
  /// `weight` pairs' worth: `(n · estimate + weight · prior) / (n + weight)`
  /// over the `n` usable pairs (`prior` itself where there is none). The
  /// variance is the one measured around the document's own ratio.
  ///
  /// A handful of pairs gives a ratio and, worse, a variance far from the
  /// document's: from three pairs of the bundled transcript the variance
  /// ranges 0.01–0.94 (10th to 90th percentile) around its 0.40, and a
  /// short document's long pairs were left unpaired. With `n` pairs each
  /// figure moves `weight / (n + weight)` of the way from the document's
  /// estimate to the prior's: for the transcript, whose figures the priors
  /// are, by a few thousandths.
  init(estimatingFrom pairs: [(english: Int, chinese: Int)], toward prior: LengthModel, weight: Double) {
    precondition(weight >= 0, "a prior's weight is a number of pairs, not negative")
    let usable = Self.usable(pairs)
    guard !usable.isEmpty else {
      self = prior
      return
    }
    let estimate = Self.estimate(usable)
    let n = Double(usable.count)
    self.init(
      ratio: (n * estimate.ratio + weight * prior.ratio) / (n + weight),
      variance: (n * estimate.variance + weight * prior.variance) / (n + weight))
  }

  /// The pairs long enough to measure: at least 20 English and 5 Chinese characters.
  private static func usable(_ pairs: [(english: Int, chinese: Int)]) -> [(english: Int, chinese: Int)] {
    pairs.filter { $0.english >= 20 && $0.chinese >= 5 }
  }

  /// The median ratio of `usable` (not empty), and the variance from the
  /// median squared deviation around it.
  private static func estimate(_ usable: [(english: Int, chinese: Int)]) -> LengthModel {
    let ratio = median(usable.map { Double($0.chinese) / Double($0.english) })
    // For a normal variable, the median of δ² is 0.455 σ².
    let squared = usable.map { pair -> Double in
      let deviation = Double(pair.chinese) - ratio * Double(pair.english)
      return deviation * deviation / Double(pair.english)
    }
    return LengthModel(ratio: ratio, variance: max(median(squared) / 0.455, 0.01))
  }

  /// The prior of a document's model of plain character counts (Unicode
  /// scalars), measured on the bundled transcript's 93 usable pairs: the
  /// median ratio 0.293 and variance 0.633.
  static let transcriptCharacters = LengthModel(ratio: 0.293, variance: 0.633)
  /// The prior of a document's model of alignment lengths (Latin letters in
  /// Chinese text counting a third), measured as ``transcriptCharacters``:
  /// 0.282 and 0.398.
  static let transcriptAlignment = LengthModel(ratio: 0.282, variance: 0.398)
  /// How many pairs' worth the priors weigh (as the move priors do).
  static let priorWeight = 10.0

  /// A document's model from its `pairs` measured as `length`, weighed with
  /// the transcript's model of that measure (``transcriptCharacters`` or
  /// ``transcriptAlignment``) at ``priorWeight`` pairs' worth: the estimate
  /// every part of Bitext uses.
  init(estimatingFrom pairs: [(english: Int, chinese: Int)], measuredAs length: BlockFields.Length) {
    self.init(
      estimatingFrom: pairs, toward: length == .characters ? .transcriptCharacters : .transcriptAlignment,
      weight: Self.priorWeight)
  }

  /// The normalized deviation δ of a pair's lengths from the model.
  public func deviation(english: Int, chinese: Int) -> Double {
    deviation(chinese: chinese, from: expectation(english: english))
  }

  /// What the model expects of the translation of a source: its length and
  /// the spread δ is measured in.
  struct Expectation {
    /// The expected length of the translation, `ratio · e`.
    var length: Double
    /// The spread δ is measured in, `√(e · variance)` (at least 1).
    var spread: Double
  }

  /// The expectation for a source of `english` characters, to compare with
  /// several translations at the cost of one square root.
  func expectation(english: Int) -> Expectation {
    Expectation(length: ratio * Double(english), spread: max((max(Double(english), 1) * variance).squareRoot(), 1))
  }

  /// ``deviation(english:chinese:)`` with the source's expectation already computed.
  func deviation(chinese: Int, from expectation: Expectation) -> Double {
    (Double(chinese) - expectation.length) / expectation.spread
  }

  /// The spread of the log length ratio `ln(z / (ratio · e))` of true pairs,
  /// in which ``shortfallDeviation(chinese:from:)`` measures a translation
  /// that falls short.
  ///
  /// δ's spread grows with the square root of the source's length, which
  /// forgives a short source almost any shortfall: a 60-character sentence
  /// paired with the 3 characters of `正确。` is only δ ≈ −1.5 out. The log
  /// ratio of the bundled transcript's pairs spreads 0.18–0.24 below 300
  /// English characters and 0.07 above (its lowest pair, 82 characters to
  /// 16, is −0.39); that pair is −1.8 (measured on the harness: 0.3 mends
  /// four rows and worsens none, 0.2 and 0.25 lose a dropped source, 0.5
  /// mends less).
  static let logRatioSpread = 0.3

  /// δ, or, where the translation falls short of its expectation and its
  /// log ratio is further out, that ratio in units of ``logRatioSpread``:
  /// the aligner's deviation, stricter than δ for short sources only.
  func shortfallDeviation(chinese: Int, from expectation: Expectation) -> Double {
    let delta = deviation(chinese: chinese, from: expectation)
    guard delta < 0 else { return delta }
    return min(delta, logRatioDeviation(chinese: chinese, from: expectation))
  }

  /// The log length ratio `ln(z / (ratio · e))` of a translation of `z =
  /// chinese` characters (at least one) in units of ``logRatioSpread``;
  /// `0` where nothing is expected.
  func logRatioDeviation(chinese: Int, from expectation: Expectation) -> Double {
    guard expectation.length > 0 else { return 0 }
    return log(Double(max(chinese, 1)) / expectation.length) / Self.logRatioSpread
  }

  /// The probability that a pair with these lengths is a true translation,
  /// against the hypothesis that it pairs unrelated paragraphs, given the
  /// prior probability `prior` that it is a true pair.
  ///
  /// True pairs have δ ~ N(0, 1); unrelated pairs have δ spread widely
  /// (N(0, 5²)). A pair at δ = 0 scores 0.99 with the default prior, at
  /// δ = 3 about 0.56, at δ = 4 about 0.05.
  public func confidence(english: Int, chinese: Int, prior: Double = 0.95) -> Double {
    let delta = deviation(english: english, chinese: chinese)
    let match = Self.normalDensity(delta, sigma: 1)
    let mismatch = Self.normalDensity(delta, sigma: 5)
    let posterior = match * prior / (match * prior + mismatch * (1 - prior))
    return posterior.isFinite ? min(max(posterior, 0), 1) : 0
  }

  private static func normalDensity(_ x: Double, sigma: Double) -> Double {
    exp(-0.5 * (x / sigma) * (x / sigma)) / (sigma * (2 * Double.pi).squareRoot())
  }

  /// The median of `values` (finite numbers), found by selection rather
  /// than by sorting: linear in the number of pairs, which grows with the document.
  private static func median(_ values: [Double]) -> Double {
    var values = values
    let middle = values.count / 2
    let upper = select(middle, in: &values)
    guard values.count % 2 == 0 else { return upper }
    // After selection every value before `middle` is at most `values[middle]`.
    let lower = values[..<middle].max() ?? upper
    return (lower + upper) / 2
  }

  /// The value that would be at `rank` if `values` were sorted; on return,
  /// `values` holds the values below it before `rank` and the others after.
  private static func select(_ rank: Int, in values: inout [Double]) -> Double {
    var low = 0
    var high = values.count - 1
    while low < high {
      // Median of three as the pivot; three-way partition (Dutch flag) so that ties end quickly.
      let a = values[low]
      let b = values[(low + high) / 2]
      let c = values[high]
      let pivot = max(min(a, b), min(max(a, b), c))
      var less = low
      var index = low
      var greater = high
      while index <= greater {
        if values[index] < pivot {
          values.swapAt(less, index)
          less += 1
          index += 1
        } else if values[index] > pivot {
          values.swapAt(index, greater)
          greater -= 1
        } else {
          index += 1
        }
      }
      if rank < less {
        high = less - 1
      } else if rank > greater {
        low = greater + 1
      } else {
        return pivot
      }
    }
    return values[rank]
  }
}
