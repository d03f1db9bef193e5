import KafkaProtocol
import KafkaStorage

/// Committed offsets and group deletion (Kafka OffsetMetadataManager.java and the deletion part
/// of GroupMetadataManager.java). Validation and application are split: the owner writes the
/// records between the two, so only what is durable becomes visible.
extension GroupCoordinatorState {
    /// Kafka ClassicGroup `validateOffsetCommit` for an OffsetCommit: nil when it may proceed.
    /// - Parameters:
    ///   - version: OffsetCommit version; v9+ answers an unknown group with GROUP_ID_NOT_FOUND.
    func validateOffsetCommit(
        groupId: String, memberId: String, groupInstanceId: String?, generationId: Int32, version: Int16
    ) -> ErrorCode? {
        // Kafka's GroupCoordinatorService refuses the empty group id, even for a simple commit.
        guard !groupId.isEmpty else { return .invalidGroupId }
        guard let group = self.groups[groupId] else {
            // Kafka 4.0: without a group only a commit outside group management is accepted.
            if generationId < 0 { return nil }
            return version >= 9 ? .groupIdNotFound : .illegalGeneration
        }
        if group.state == .dead { return .coordinatorNotAvailable }
        if generationId < 0 && group.state == .empty { return nil }
        if generationId >= 0 || !memberId.isEmpty || groupInstanceId != nil {
            if let error = Self.validateMember(group, memberId: memberId, groupInstanceId: groupInstanceId) { return error }
            if generationId != group.generationId { return .illegalGeneration }
        } else if group.state != .empty {
            // A commit without member and generation only goes to an empty group.
            return .unknownMemberId
        }
        if group.state == .completingRebalance {
            // The member has its generation from the join answer but not its assignment yet.
            return .rebalanceInProgress
        }
        return nil
    }

    /// Records committed offsets that were written; creates a simple group when needed and
    /// counts the commit as a sign of life from the member (Kafka does both).
    mutating func applyOffsetCommit(
        groupId: String, memberId: String, offsets: [TopicPartition: CommittedOffset], nowMs: Int64
    ) {
        var group = self.group(groupId) ?? ClassicGroup(groupId: groupId, nowMs: nowMs)
        for (topicPartition, offset) in offsets { group.offsets[topicPartition] = offset }
        if group.has(memberId) {
            group.update(memberId) { $0.heartbeatDeadlineMs = max($0.heartbeatDeadlineMs, nowMs + Int64($0.sessionTimeoutMs)) }
        }
        self.setGroup(group)
    }

    /// The committed offsets of a group: all of them, or those of `partitions` (absent ones
    /// omitted; the handler answers them with -1).
    func committedOffsets(groupId: String, partitions: [TopicPartition]?) -> [TopicPartition: CommittedOffset] {
        guard let group = self.groups[groupId], group.state != .dead else { return [:] }
        guard let partitions else { return group.offsets }
        var found: [TopicPartition: CommittedOffset] = [:]
        for partition in partitions { found[partition] = group.offsets[partition] }
        return found
    }

    /// Kafka `validateDeleteGroup`: GROUP_ID_NOT_FOUND for an unknown or dead group,
    /// NON_EMPTY_GROUP while it has members.
    func validateDeleteGroup(_ groupId: String) -> ErrorCode? {
        guard let group = self.groups[groupId], group.state != .dead else { return .groupIdNotFound }
        return group.state == .empty ? nil : .nonEmptyGroup
    }

    /// Forgets a deleted group once its tombstones are written.
    mutating func applyDeleteGroup(_ groupId: String) {
        self.removeGroup(groupId)
    }

    /// Kafka OffsetDelete validation: the group-level error, then for each partition whether
    /// the group still consumes its topic (GROUP_SUBSCRIBED_TO_TOPIC).
    func validateOffsetDelete(groupId: String, partitions: [TopicPartition]) -> (ErrorCode?, [TopicPartition: ErrorCode]) {
        guard let group = self.groups[groupId], group.state != .dead else { return (.groupIdNotFound, [:]) }
        if group.state != .empty && group.protocolType != "consumer" { return (.nonEmptyGroup, [:]) }
        var errors: [TopicPartition: ErrorCode] = [:]
        for partition in partitions {
            errors[partition] = group.state != .empty && group.isSubscribed(to: partition.topic) ? .groupSubscribedToTopic : ErrorCode.none
        }
        return (nil, errors)
    }

    /// Removes offsets whose tombstones were written.
    mutating func applyOffsetDelete(groupId: String, partitions: [TopicPartition]) {
        guard var group = self.groups[groupId] else { return }
        for partition in partitions { group.offsets[partition] = nil }
        self.setGroup(group)
    }

    /// What retention removes at `nowMs` (Kafka `cleanupExpiredOffsets`,
    /// ClassicGroup.offsetExpirationCondition): offsets of an empty group `offsets.retention`
    /// after it became empty, offsets of topics a stable consumer group no longer subscribes to
    /// and of simple groups that long after their commit, and offsets with an explicit expiry
    /// once it passed. A group left empty and without offsets is deleted.
    /// - Returns: per group, the expired partitions and whether the group itself goes.
    func expiredOffsets(nowMs: Int64) -> [(groupId: String, partitions: [TopicPartition], deleteGroup: Bool)] {
        var found: [(String, [TopicPartition], Bool)] = []
        let retention = self.settings.offsetsRetentionMs
        for groupId in self.groups.keys.sorted() {
            let group = self.groups[groupId]!
            var expired: [TopicPartition] = []
            for (partition, offset) in group.offsets {
                if let expireTimestamp = offset.expireTimestampMs {
                    if nowMs >= expireTimestamp { expired.append(partition) }
                    continue
                }
                let base: Int64?
                if group.protocolType == nil {
                    base = offset.commitTimestampMs
                } else if group.state == .empty {
                    base = group.stateTimestampMs ?? offset.commitTimestampMs
                } else if group.state == .stable, group.protocolType == "consumer", let topics = group.subscribedTopics,
                    !topics.contains(partition.topic)
                {
                    base = offset.commitTimestampMs
                } else {
                    base = nil
                }
                if let base, nowMs - base >= retention { expired.append(partition) }
            }
            let deleteGroup = group.state == .empty && group.offsets.count == expired.count
            if !expired.isEmpty || deleteGroup { found.append((groupId, expired.sorted(), deleteGroup)) }
        }
        return found
    }
}
