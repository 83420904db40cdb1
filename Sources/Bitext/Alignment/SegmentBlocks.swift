/// The paragraphs of one side of a ``Segment``: a window on an array of
/// blocks that the segments of a section share.
///
/// Pairing by position makes one segment per paragraph pair; giving each
/// side an array of its own cost two allocations per segment. A window is a
/// reference to the section's paragraph array and a range, indexed from 0
/// like an array.
struct SegmentBlocks: RandomAccessCollection, Sendable, Hashable {
  private var base: ArraySlice<Block>

  /// No blocks.
  init() {
    base = []
  }

  /// The blocks of `blocks`, shared, not copied.
  init(_ blocks: [Block]) {
    base = blocks[...]
  }

  /// The blocks of `slice`, shared with the array it is a slice of.
  init(_ slice: ArraySlice<Block>) {
    base = slice
  }

  var startIndex: Int { 0 }
  var endIndex: Int { base.count }
  var count: Int { base.count }
  var isEmpty: Bool { base.isEmpty }

  subscript(position: Int) -> Block {
    base[base.startIndex + position]
  }

  /// The blocks as an array of their own.
  var array: [Block] { Array(base) }

  static func == (left: SegmentBlocks, right: SegmentBlocks) -> Bool {
    left.base == right.base
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(base)
  }
}
