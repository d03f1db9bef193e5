/// An inclusive range of API or message versions; `highest` is `Int16.max` for open ranges ("3+").
public struct VersionRange: Hashable, Sendable, CustomStringConvertible {
    public var lowest: Int16
    public var highest: Int16

    public init(_ lowest: Int16, _ highest: Int16) {
        self.lowest = lowest
        self.highest = highest
    }

    /// The empty range ("none").
    public static let none = VersionRange(1, 0)

    public var isEmpty: Bool { self.lowest > self.highest }

    @inlinable
    public func contains(_ version: Int16) -> Bool { version >= self.lowest && version <= self.highest }

    public func intersection(_ other: VersionRange) -> VersionRange {
        let result = VersionRange(max(self.lowest, other.lowest), min(self.highest, other.highest))
        return result.isEmpty ? .none : result
    }

    /// Every version in the range (empty for `.none`).
    public var versions: ClosedRange<Int16>? { self.isEmpty ? nil : self.lowest...self.highest }

    public var description: String {
        if self.isEmpty { return "none" }
        if self.highest == Int16.max { return "\(self.lowest)+" }
        return self.lowest == self.highest ? "\(self.lowest)" : "\(self.lowest)-\(self.highest)"
    }
}
