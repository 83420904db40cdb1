extension Aligner.Options {
  /// One configuration per path of the aligner: the default, the DP
  /// forced, a fixed length model (and so no estimating pass), blocks
  /// forced on any text, the default move priors, and pairs verified by
  /// their words.
  ///
  /// The fuzz executable gives each input one of them, and the tests replay
  /// its stored inputs with every one: one list, so the two cannot drift
  /// apart. Visible to the package's other targets only.
  package static let everyPath: [Aligner.Options] = [
    .default, .init(strategy: .length), .init(lengthModel: LengthModel(ratio: 0.3, variance: 0.4)),
    .init(layout: .blocks), .init(learnsMovePriors: false), .init(verifiesPairsByWords: true),
  ]
}
