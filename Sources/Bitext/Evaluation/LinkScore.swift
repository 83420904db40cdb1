/// Strict link precision, recall and F1 of an alignment against a gold one,
/// and how many irregular gold segments were found exactly.
public struct LinkScore: Sendable, Hashable, Codable {
  /// Predicted links that are gold links.
  public var correct: Int
  /// Predicted links.
  public var predicted: Int
  /// Gold links.
  public var gold: Int
  /// Gold segments that are not `1-1`.
  public var irregular: Int
  /// Of those, the ones the prediction has as a segment, exactly.
  public var irregularFound: Int

  /// Scores `predicted` segments against `gold` ones.
  public init(predicted: [GoldSegment], gold: [GoldSegment]) {
    let predictedLinks = Set(predicted.flatMap(\.links))
    let goldLinks = Set(gold.flatMap(\.links))
    correct = predictedLinks.intersection(goldLinks).count
    self.predicted = predictedLinks.count
    self.gold = goldLinks.count
    let predictedSegments = Set(predicted)
    let irregularGold = gold.filter(\.isIrregular)
    irregular = irregularGold.count
    irregularFound = irregularGold.filter { predictedSegments.contains($0) }.count
  }

  /// Creates a score from its counts.
  public init(correct: Int, predicted: Int, gold: Int, irregular: Int, irregularFound: Int) {
    self.correct = correct
    self.predicted = predicted
    self.gold = gold
    self.irregular = irregular
    self.irregularFound = irregularFound
  }

  /// Correct links over predicted links (1 when nothing is predicted).
  public var precision: Double { predicted == 0 ? 1 : Double(correct) / Double(predicted) }
  /// Correct links over gold links (1 when there are none).
  public var recall: Double { gold == 0 ? 1 : Double(correct) / Double(gold) }
  /// The harmonic mean of precision and recall.
  public var f1: Double {
    let sum = precision + recall
    return sum == 0 ? 0 : 2 * precision * recall / sum
  }
  /// Irregular gold segments found exactly over irregular gold segments (1 when there are none).
  public var irregularRecall: Double { irregular == 0 ? 1 : Double(irregularFound) / Double(irregular) }
}
