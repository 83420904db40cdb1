import Bitext
import Foundation

/// The scores of several cases of one table row added up: how many, how
/// many exactly right, the mean and worst strict link F1, and the irregular
/// segments found (all cases together, and the worst case's share).
struct ScoreTally {
  var cases = 0
  var exact = 0
  var sum = 0.0
  var worst = 1.0
  var worstIrregular = 1.0
  var irregular = 0
  var irregularFound = 0

  /// Adds one case's score.
  mutating func add(_ score: LinkScore) {
    cases += 1
    if score.f1 == 1 { exact += 1 }
    sum += score.f1
    worst = min(worst, score.f1)
    worstIrregular = min(worstIrregular, score.irregularRecall)
    irregular += score.irregular
    irregularFound += score.irregularFound
  }

  /// The mean F1 (1 with no case).
  var mean: Double { cases == 0 ? 1 : sum / Double(cases) }

  /// The share of cases aligned exactly right (1 with no case).
  var exactShare: Double { cases == 0 ? 1 : Double(exact) / Double(cases) }

  /// The irregular segments found over all cases, `–` where there were none.
  var irregularFoundText: String {
    irregular == 0 ? "–" : Self.format(Double(irregularFound) / Double(irregular))
  }

  /// Three places, rounded down: a worst F1 of 0.9895 reads 0.989, not a
  /// passing 0.990 (the 1e-9 keeps an exact 0.99 from reading 0.989).
  static func format(_ value: Double) -> String {
    String(format: "%.3f", ((value + 1e-9) * 1000).rounded(.down) / 1000)
  }
}
