/// The Bitext library's version, as `bitext --version` prints it.
public enum BitextVersion {
  /// The semantic version of this release.
  public static let current = "0.1.0"
}
