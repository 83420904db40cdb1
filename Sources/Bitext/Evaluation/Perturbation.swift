/// A change the evaluation harness makes to a clean bilingual document,
/// with known effect on the gold alignment.
public enum Perturbation: String, Sendable, Hashable, Codable, CaseIterable {
  /// Remove a Chinese paragraph: its English source becomes `1-0`.
  case dropTranslation = "drop-translation"
  /// Remove an English paragraph: its translation becomes `0-1`.
  case dropSource = "drop-source"
  /// Translate two consecutive English paragraphs by one Chinese paragraph: `2-1`.
  case mergeSources = "merge-sources"
  /// Split a Chinese paragraph in two at a sentence end: `1-2`.
  case splitTranslation = "split-translation"
  /// Put a translation before its source instead of after it (still `1-1`).
  case swapOrder = "swap-order"
  /// Add a translator's note (`译注：…`) after a translation: `0-1`.
  case translatorNote = "translator-note"
  /// All of the above, each pair perturbed drawing one at random.
  case combined

  /// The pair-level perturbations that ``combined`` draws from.
  public static let pairLevel: [Perturbation] = [
    .dropTranslation, .dropSource, .mergeSources, .splitTranslation, .swapOrder, .translatorNote,
  ]
}
