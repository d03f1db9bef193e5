/// The states of a classic group, with the names Kafka reports in ListGroups and DescribeGroups
/// (Kafka ClassicGroupState.java).
///
/// - Empty: no members; the group may still hold offsets, which expire after
///   `offsets.retention.minutes`.
/// - PreparingRebalance: members are (re)joining; JoinGroup answers wait for the join phase to end.
/// - CompletingRebalance: the leader's SyncGroup with the assignment is awaited.
/// - Stable: every member has its assignment; heartbeats keep members alive.
/// - Dead: the group was deleted or expired and is about to be forgotten.
public enum GroupState: String, Sendable, Hashable, CaseIterable {
    case empty = "Empty"
    case preparingRebalance = "PreparingRebalance"
    case completingRebalance = "CompletingRebalance"
    case stable = "Stable"
    case dead = "Dead"

    /// The state a ListGroups filter names, matched case-insensitively as Kafka 4.0 does.
    public static func parse(_ name: String) -> GroupState? {
        Self.allCases.first { $0.rawValue.lowercased() == name.lowercased() }
    }
}
