import KafkaProtocol
import KafkaStorage
import NIOCore

/// The `__consumer_offsets` records of classic groups in Kafka's format (Kafka
/// GroupCoordinatorRecordHelpers.java, CoordinatorRecordSerde.java): a key and a value, each
/// an int16 version followed by the message at that version. The key version is the record type:
/// 0-1 an offset commit, 2 group metadata; a tombstone has no value.
enum GroupMetadataRecords {
    /// One record read back from the log.
    enum Entry: Equatable {
        case offsetCommit(groupId: String, TopicPartition, CommittedOffset?)
        case groupMetadata(groupId: String, GroupMetadataValue?)
    }

    /// The key version (record type) Kafka 4.0 writes for offset commits.
    static let offsetCommitKeyVersion: Int16 = 1
    static let groupMetadataKeyVersion: Int16 = 2
    /// Kafka 4.0 writes GroupMetadataValue v3 (static members, KIP-345).
    static let groupMetadataValueVersion: Int16 = 3

    static func offsetCommitKey(groupId: String, _ partition: TopicPartition) throws -> ByteBuffer {
        try self.versioned(OffsetCommitKey(group: groupId, topic: partition.topic, partition: partition.partition), version: Self.offsetCommitKeyVersion)
    }

    /// Kafka writes v1 when the commit carries an explicit expiry (OffsetCommit v2-4 retention),
    /// otherwise v3 (which has the leader epoch).
    static func offsetCommitValue(_ offset: CommittedOffset) throws -> ByteBuffer {
        let value = OffsetCommitValue(
            offset: offset.offset, leaderEpoch: offset.leaderEpoch, metadata: offset.metadata,
            commitTimestamp: offset.commitTimestampMs, expireTimestamp: offset.expireTimestampMs ?? -1)
        return try self.versioned(value, version: offset.expireTimestampMs == nil ? 3 : 1)
    }

    static func groupMetadataKey(groupId: String) throws -> ByteBuffer {
        try self.versioned(GroupMetadataKey(group: groupId), version: Self.groupMetadataKeyVersion)
    }

    /// The group as its metadata record stores it (Kafka `newGroupMetadataRecord`): members with
    /// the metadata of the chosen protocol and their assignment (the pending one when the
    /// leader's assignment is being stored).
    static func groupMetadataValue(_ group: ClassicGroup) throws -> ByteBuffer {
        let assignment = group.pendingAssignment
        let value = GroupMetadataValue(
            protocolType: group.protocolType ?? "", generation: group.generationId, protocol: group.protocolName,
            leader: group.leaderId, currentStateTimestamp: group.stateTimestampMs ?? -1,
            members: group.allMembers.map { member in
                GroupMetadataValue.MemberMetadata(
                    memberId: member.memberId, groupInstanceId: member.groupInstanceId, clientId: member.clientId,
                    clientHost: member.clientHost, rebalanceTimeout: member.rebalanceTimeoutMs,
                    sessionTimeout: member.sessionTimeoutMs,
                    subscription: group.protocolName.flatMap { member.metadata(for: $0) } ?? ByteBuffer(),
                    assignment: assignment?[member.memberId] ?? member.assignment)
            })
        return try self.versioned(value, version: Self.groupMetadataValueVersion)
    }

    private static func versioned<Message: ProtocolMessage>(_ message: Message, version: Int16) throws -> ByteBuffer {
        var writer = ProtocolWriter()
        writer.buffer.writeInteger(version)
        try message.write(to: &writer, version: version)
        return writer.buffer
    }

    /// Decodes a record; nil for record types this coordinator does not keep (the KIP-848 and
    /// share group records).
    /// - Throws: `ProtocolDecodingError` for a record that does not decode.
    static func decode(key: ByteBuffer, value: ByteBuffer?) throws -> Entry? {
        var key = key
        guard let keyVersion = key.readInteger(as: Int16.self) else { throw ProtocolDecodingError.truncated(what: "record key version", needed: 2, available: 0) }
        switch keyVersion {
        case 0, 1:
            let decoded = try OffsetCommitKey(from: &key, version: keyVersion)
            let partition = TopicPartition(topic: decoded.topic, partition: decoded.partition)
            guard var value else { return .offsetCommit(groupId: decoded.group, partition, nil) }
            guard let valueVersion = value.readInteger(as: Int16.self) else {
                throw ProtocolDecodingError.truncated(what: "offset commit value version", needed: 2, available: 0)
            }
            let offset = try OffsetCommitValue(from: &value, version: valueVersion)
            return .offsetCommit(
                groupId: decoded.group, partition,
                CommittedOffset(
                    offset: offset.offset, leaderEpoch: offset.leaderEpoch, metadata: offset.metadata,
                    commitTimestampMs: offset.commitTimestamp,
                    expireTimestampMs: valueVersion == 1 && offset.expireTimestamp >= 0 ? offset.expireTimestamp : nil))
        case 2:
            let decoded = try GroupMetadataKey(from: &key, version: keyVersion)
            guard var value else { return .groupMetadata(groupId: decoded.group, nil) }
            guard let valueVersion = value.readInteger(as: Int16.self) else {
                throw ProtocolDecodingError.truncated(what: "group metadata value version", needed: 2, available: 0)
            }
            return .groupMetadata(groupId: decoded.group, try GroupMetadataValue(from: &value, version: valueVersion))
        default:
            return nil
        }
    }
}

extension GroupCoordinatorState {
    /// Applies one replayed record (Kafka `replay` of the group and offset managers): later
    /// records replace earlier ones, tombstones remove. Loaded members are Stable and get a fresh
    /// session from `nowMs`, so members that are gone are noticed within their session timeout.
    mutating func replay(_ entry: GroupMetadataRecords.Entry, nowMs: Int64) {
        switch entry {
        case .offsetCommit(let groupId, let partition, let offset?):
            var group = self.group(groupId) ?? ClassicGroup(groupId: groupId, nowMs: offset.commitTimestampMs)
            group.offsets[partition] = offset
            self.setGroup(group)
        case .offsetCommit(let groupId, let partition, nil):
            guard var group = self.group(groupId) else { return }
            group.offsets[partition] = nil
            if group.offsets.isEmpty && group.isEmpty && group.protocolType == nil {
                self.removeGroup(groupId)
            } else {
                self.setGroup(group)
            }
        case .groupMetadata(let groupId, let value?):
            var group = ClassicGroup(groupId: groupId, nowMs: value.currentStateTimestamp >= 0 ? value.currentStateTimestamp : nowMs)
            group.offsets = self.group(groupId)?.offsets ?? [:]
            group.protocolType = value.protocolType.isEmpty ? nil : value.protocolType
            group.generationId = value.generation
            group.protocolName = value.protocol
            for stored in value.members {
                var member = ClassicGroupMember(
                    memberId: stored.memberId, groupInstanceId: stored.groupInstanceId, clientId: stored.clientId,
                    clientHost: stored.clientHost, rebalanceTimeoutMs: stored.rebalanceTimeout >= 0 ? stored.rebalanceTimeout : stored.sessionTimeout,
                    sessionTimeoutMs: stored.sessionTimeout, protocolType: value.protocolType,
                    protocols: [GroupProtocol(name: value.protocol ?? "", metadata: stored.subscription)])
                member.assignment = stored.assignment
                member.heartbeatDeadlineMs = nowMs + Int64(stored.sessionTimeout)
                group.add(member)
            }
            group.protocolType = value.protocolType.isEmpty ? nil : value.protocolType
            group.leaderId = value.leader ?? group.leaderId
            group.state = group.isEmpty ? .empty : .stable
            group.subscribedTopics = group.computeSubscribedTopics()
            self.setGroup(group)
        case .groupMetadata(let groupId, nil):
            self.removeGroup(groupId)
        }
    }
}
