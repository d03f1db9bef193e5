// generated from ../shared/kafka-spec by Tests/Integration/generate_json_field_versions.py, do not edit

/// The fields of data and metadata records that Kafka's JSON converters do not write at every
/// version: those added or removed at some version, and tagged ones (written only when not
/// default). Keyed `<message>/<struct>.<field>`; `versions` nil = never present.
enum JSONFieldVersions {
    struct Entry: Sendable {
        let versions: ClosedRange<Int16>?
        let taggedVersions: ClosedRange<Int16>?
    }

    static let table: [String: Entry] = [
        "ConsumerProtocolSubscription/ConsumerProtocolSubscription.ownedPartitions":
            Entry(versions: 1...3, taggedVersions: nil),
        "ConsumerProtocolSubscription/TopicPartition.topic":
            Entry(versions: 1...3, taggedVersions: nil),
        "ConsumerProtocolSubscription/TopicPartition.partitions":
            Entry(versions: 1...3, taggedVersions: nil),
        "ConsumerProtocolSubscription/ConsumerProtocolSubscription.generationId":
            Entry(versions: 2...3, taggedVersions: nil),
        "ConsumerProtocolSubscription/ConsumerProtocolSubscription.rackId":
            Entry(versions: 3...3, taggedVersions: nil),
        "LeaderChangeMessage/Voter.voterDirectoryId":
            Entry(versions: 1...1, taggedVersions: nil),
        "ConsumerGroupMemberMetadataValue/ConsumerGroupMemberMetadataValue.classicMemberMetadata":
            Entry(versions: 0...0, taggedVersions: 0...32767),
        "GroupMetadataValue/GroupMetadataValue.currentStateTimestamp":
            Entry(versions: 2...4, taggedVersions: nil),
        "GroupMetadataValue/MemberMetadata.groupInstanceId":
            Entry(versions: 3...4, taggedVersions: nil),
        "GroupMetadataValue/MemberMetadata.rebalanceTimeout":
            Entry(versions: 1...4, taggedVersions: nil),
        "OffsetCommitValue/OffsetCommitValue.leaderEpoch":
            Entry(versions: 3...4, taggedVersions: nil),
        "OffsetCommitValue/OffsetCommitValue.expireTimestamp":
            Entry(versions: 1...1, taggedVersions: nil),
        "AbortTransactionRecord/AbortTransactionRecord.reason":
            Entry(versions: 0...0, taggedVersions: 0...32767),
        "BeginTransactionRecord/BeginTransactionRecord.name":
            Entry(versions: 0...0, taggedVersions: 0...32767),
        "BrokerRegistrationChangeRecord/BrokerRegistrationChangeRecord.fenced":
            Entry(versions: 0...2, taggedVersions: 0...32767),
        "BrokerRegistrationChangeRecord/BrokerRegistrationChangeRecord.inControlledShutdown":
            Entry(versions: 1...2, taggedVersions: 1...32767),
        "BrokerRegistrationChangeRecord/BrokerRegistrationChangeRecord.logDirs":
            Entry(versions: 2...2, taggedVersions: 2...32767),
        "PartitionChangeRecord/PartitionChangeRecord.isr":
            Entry(versions: 0...2, taggedVersions: 0...32767),
        "PartitionChangeRecord/PartitionChangeRecord.leader":
            Entry(versions: 0...2, taggedVersions: 0...32767),
        "PartitionChangeRecord/PartitionChangeRecord.replicas":
            Entry(versions: 0...2, taggedVersions: 0...32767),
        "PartitionChangeRecord/PartitionChangeRecord.removingReplicas":
            Entry(versions: 0...2, taggedVersions: 0...32767),
        "PartitionChangeRecord/PartitionChangeRecord.addingReplicas":
            Entry(versions: 0...2, taggedVersions: 0...32767),
        "PartitionChangeRecord/PartitionChangeRecord.leaderRecoveryState":
            Entry(versions: 0...2, taggedVersions: 0...32767),
        "PartitionChangeRecord/PartitionChangeRecord.directories":
            Entry(versions: 1...2, taggedVersions: 1...32767),
        "PartitionChangeRecord/PartitionChangeRecord.eligibleLeaderReplicas":
            Entry(versions: 2...2, taggedVersions: 2...32767),
        "PartitionChangeRecord/PartitionChangeRecord.lastKnownElr":
            Entry(versions: 2...2, taggedVersions: 2...32767),
        "PartitionRecord/PartitionRecord.leaderRecoveryState":
            Entry(versions: 0...2, taggedVersions: 0...32767),
        "PartitionRecord/PartitionRecord.directories":
            Entry(versions: 1...2, taggedVersions: nil),
        "PartitionRecord/PartitionRecord.eligibleLeaderReplicas":
            Entry(versions: 2...2, taggedVersions: 2...32767),
        "PartitionRecord/PartitionRecord.lastKnownElr":
            Entry(versions: 2...2, taggedVersions: 2...32767),
        "RegisterBrokerRecord/RegisterBrokerRecord.isMigratingZkBroker":
            Entry(versions: 2...3, taggedVersions: nil),
        "RegisterBrokerRecord/RegisterBrokerRecord.inControlledShutdown":
            Entry(versions: 1...3, taggedVersions: nil),
        "RegisterBrokerRecord/RegisterBrokerRecord.logDirs":
            Entry(versions: 3...3, taggedVersions: 3...32767),
        "QuorumStateData/QuorumStateData.clusterId":
            Entry(versions: 0...0, taggedVersions: nil),
        "QuorumStateData/QuorumStateData.votedDirectoryId":
            Entry(versions: 1...1, taggedVersions: nil),
        "QuorumStateData/QuorumStateData.appliedOffset":
            Entry(versions: 0...0, taggedVersions: nil),
        "QuorumStateData/QuorumStateData.currentVoters":
            Entry(versions: 0...0, taggedVersions: nil),
        "QuorumStateData/Voter.voterId":
            Entry(versions: 0...0, taggedVersions: nil),
        "TransactionLogValue/TransactionLogValue.previousProducerId":
            Entry(versions: nil, taggedVersions: 1...32767),
        "TransactionLogValue/TransactionLogValue.nextProducerId":
            Entry(versions: nil, taggedVersions: 1...32767),
        "TransactionLogValue/TransactionLogValue.clientTransactionVersion":
            Entry(versions: nil, taggedVersions: 1...32767),
    ]
}
