// TEMPORARY: the codes the broker's network layer needs; the full table (every Kafka error code
// with message and retriability) lands with the client work on branch `client`, which replaces
// this file on merge.

/// A Kafka error code: an open struct over `Int16`, so codes this code does not know survive.
public struct ErrorCode: RawRepresentable, Hashable, Sendable {
    public var rawValue: Int16

    public init(rawValue: Int16) {
        self.rawValue = rawValue
    }

    public static let unknownServerError = ErrorCode(rawValue: -1)
    public static let none = ErrorCode(rawValue: 0)
    public static let offsetOutOfRange = ErrorCode(rawValue: 1)
    public static let corruptMessage = ErrorCode(rawValue: 2)
    public static let unknownTopicOrPartition = ErrorCode(rawValue: 3)
    public static let leaderNotAvailable = ErrorCode(rawValue: 5)
    public static let notLeaderOrFollower = ErrorCode(rawValue: 6)
    public static let requestTimedOut = ErrorCode(rawValue: 7)
    public static let messageTooLarge = ErrorCode(rawValue: 10)
    public static let invalidTopicException = ErrorCode(rawValue: 17)
    public static let recordListTooLarge = ErrorCode(rawValue: 18)
    public static let notEnoughReplicas = ErrorCode(rawValue: 19)
    public static let invalidRequiredAcks = ErrorCode(rawValue: 21)
    public static let invalidTimestamp = ErrorCode(rawValue: 32)
    public static let unsupportedVersion = ErrorCode(rawValue: 35)
    public static let topicAlreadyExists = ErrorCode(rawValue: 36)
    public static let invalidPartitions = ErrorCode(rawValue: 37)
    public static let invalidReplicationFactor = ErrorCode(rawValue: 38)
    public static let invalidReplicaAssignment = ErrorCode(rawValue: 39)
    public static let invalidConfig = ErrorCode(rawValue: 40)
    public static let invalidRequest = ErrorCode(rawValue: 42)
    public static let outOfOrderSequenceNumber = ErrorCode(rawValue: 45)
    public static let duplicateSequenceNumber = ErrorCode(rawValue: 46)
    public static let invalidProducerEpoch = ErrorCode(rawValue: 47)
    public static let kafkaStorageError = ErrorCode(rawValue: 56)
    public static let unknownProducerId = ErrorCode(rawValue: 59)
    public static let topicDeletionDisabled = ErrorCode(rawValue: 73)
    public static let fencedLeaderEpoch = ErrorCode(rawValue: 74)
    public static let unknownLeaderEpoch = ErrorCode(rawValue: 75)
    public static let offsetNotAvailable = ErrorCode(rawValue: 78)
    public static let invalidRecord = ErrorCode(rawValue: 87)
    public static let resourceNotFound = ErrorCode(rawValue: 91)
    public static let unknownTopicId = ErrorCode(rawValue: 100)
}
