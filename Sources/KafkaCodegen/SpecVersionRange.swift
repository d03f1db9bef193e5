import Foundation

/// A contiguous range of message versions as the JSON specs write them: "3+", "0-4", "7", "none".
///
/// The generator's own copy of the idea behind KafkaProtocol's `VersionRange`: the generator must
/// build even when the generated code it is about to replace does not (Kafka generator/…/Versions.java).
public struct SpecVersionRange: Equatable, Sendable, CustomStringConvertible {
    public var lowest: Int
    public var highest: Int  // Int16.max for an open range ("3+")

    public static let none = SpecVersionRange(lowest: 1, highest: 0)
    public static let openEnded = Int(Int16.max)

    public init(lowest: Int, highest: Int) {
        self.lowest = lowest
        self.highest = highest
    }

    /// Parses "none", "N", "N+" or "N-M".
    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "none" {
            self = .none
        } else if trimmed.hasSuffix("+"), let low = Int(trimmed.dropLast()) {
            self.init(lowest: low, highest: Self.openEnded)
        } else if let dash = trimmed.firstIndex(of: "-"),
            let low = Int(trimmed[..<dash]), let high = Int(trimmed[trimmed.index(after: dash)...])
        {
            self.init(lowest: low, highest: high)
        } else if let single = Int(trimmed) {
            self.init(lowest: single, highest: single)
        } else {
            throw SpecError.invalid("version range '\(text)'")
        }
    }

    public var isEmpty: Bool { self.lowest > self.highest }

    public func contains(_ version: Int) -> Bool { version >= self.lowest && version <= self.highest }

    public func contains(_ other: SpecVersionRange) -> Bool {
        other.isEmpty || (other.lowest >= self.lowest && other.highest <= self.highest)
    }

    public func intersection(_ other: SpecVersionRange) -> SpecVersionRange {
        let result = SpecVersionRange(lowest: max(self.lowest, other.lowest), highest: min(self.highest, other.highest))
        return result.isEmpty ? .none : result
    }

    /// The smallest range holding both (used for struct versions, where a hull is conservative).
    public func hull(_ other: SpecVersionRange) -> SpecVersionRange {
        if self.isEmpty { return other }
        if other.isEmpty { return self }
        return SpecVersionRange(lowest: min(self.lowest, other.lowest), highest: max(self.highest, other.highest))
    }

    public var description: String {
        if self.isEmpty { return "none" }
        if self.highest == Self.openEnded { return "\(self.lowest)+" }
        if self.lowest == self.highest { return "\(self.lowest)" }
        return "\(self.lowest)-\(self.highest)"
    }

    /// A Swift boolean expression over `version` that is true exactly for versions in this range,
    /// given that `version` is already known to lie in `context`. Returns nil when the answer is
    /// always true there, and "false" when it is never true, so callers emit checks only where
    /// the outcome can differ (Kafka generator/…/VersionConditional.java).
    public func condition(within context: SpecVersionRange, variable: String = "version") -> String? {
        let effective = self.intersection(context)
        if effective.isEmpty { return "false" }
        if effective == context { return nil }
        var parts: [String] = []
        if effective.lowest > context.lowest { parts.append("\(variable) >= \(effective.lowest)") }
        if effective.highest < context.highest { parts.append("\(variable) <= \(effective.highest)") }
        return parts.joined(separator: " && ")
    }
}

/// Why a spec could not be read or generated.
public enum SpecError: Error, CustomStringConvertible {
    case invalid(String)

    public var description: String {
        switch self {
        case .invalid(let what): return "invalid spec: \(what)"
        }
    }
}
