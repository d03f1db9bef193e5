/// A Kafka error code: an open set over `Int16`, so codes this version does not know survive
/// decoding and re-encoding (Kafka Errors.java; franz-go pkg/kerr/kerr.go shows the idea).
///
/// Every code Kafka defines has a static member named as in Errors.java (`NOT_LEADER_OR_FOLLOWER`
/// is `.notLeaderOrFollower`), with Kafka's name, its default message and whether a client may
/// retry the request that failed with it (the "Retriable" column of Kafka's protocol guide: the
/// exception extends `RetriableException`).
public struct ErrorCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: Int16

    public init(rawValue: Int16) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: Int16) {
        self.rawValue = rawValue
    }

    /// What Kafka knows about one code.
    public struct Details: Sendable {
        /// The Kafka name, e.g. `NOT_LEADER_OR_FOLLOWER`.
        public let name: String
        /// Kafka's default exception message; empty for `NONE`.
        public let message: String
        /// Whether the failed operation may succeed if retried.
        public let isRetriable: Bool

        init(name: String, message: String, isRetriable: Bool) {
            self.name = name
            self.message = message
            self.isRetriable = isRetriable
        }

        init(name: String, isRetriable: Bool, message: String) {
            self.init(name: name, message: message, isRetriable: isRetriable)
        }
    }

    /// The table behind `name`, `message` and `isRetriable`, by code.
    public static let known: [Int16: Details] = [
        -1: Details(
            name: "UNKNOWN_SERVER_ERROR", isRetriable: false,
            message: """
                The server experienced an unexpected error when processing the request.
                """),
        0: Details(name: "NONE", message: "", isRetriable: false),
        1: Details(
            name: "OFFSET_OUT_OF_RANGE", isRetriable: false,
            message: """
                The requested offset is not within the range of offsets maintained by the server.
                """),
        2: Details(
            name: "CORRUPT_MESSAGE", isRetriable: true,
            message: """
                This message has failed its CRC checksum, exceeds the valid size, has a null key for a compacted \
                topic, or is otherwise corrupt.
                """),
        3: Details(
            name: "UNKNOWN_TOPIC_OR_PARTITION", isRetriable: true,
            message: """
                This server does not host this topic-partition.
                """),
        4: Details(name: "INVALID_FETCH_SIZE", message: "The requested fetch size is invalid.", isRetriable: false),
        5: Details(
            name: "LEADER_NOT_AVAILABLE", isRetriable: true,
            message: """
                There is no leader for this topic-partition as we are in the middle of a leadership election.
                """),
        6: Details(
            name: "NOT_LEADER_OR_FOLLOWER", isRetriable: true,
            message: """
                For requests intended only for the leader, this error indicates that the broker is not the current \
                leader. For requests intended for any replica, this error indicates that the broker is not a replica\
                 of the topic partition.
                """),
        7: Details(name: "REQUEST_TIMED_OUT", message: "The request timed out.", isRetriable: true),
        8: Details(name: "BROKER_NOT_AVAILABLE", message: "The broker is not available.", isRetriable: false),
        9: Details(
            name: "REPLICA_NOT_AVAILABLE", isRetriable: true,
            message: """
                The replica is not available for the requested topic-partition. Produce/Fetch requests and other \
                requests intended only for the leader or follower return NOT_LEADER_OR_FOLLOWER if the broker is not\
                 a replica of the topic-partition.
                """),
        10: Details(
            name: "MESSAGE_TOO_LARGE", isRetriable: false,
            message: """
                The request included a message larger than the max message size the server will accept.
                """),
        11: Details(
            name: "STALE_CONTROLLER_EPOCH", isRetriable: false,
            message: """
                The controller moved to another broker.
                """),
        12: Details(
            name: "OFFSET_METADATA_TOO_LARGE", isRetriable: false,
            message: """
                The metadata field of the offset request was too large.
                """),
        13: Details(
            name: "NETWORK_EXCEPTION", isRetriable: true,
            message: """
                The server disconnected before a response was received.
                """),
        14: Details(
            name: "COORDINATOR_LOAD_IN_PROGRESS", isRetriable: true,
            message: """
                The coordinator is loading and hence can't process requests.
                """),
        15: Details(name: "COORDINATOR_NOT_AVAILABLE", message: "The coordinator is not available.", isRetriable: true),
        16: Details(name: "NOT_COORDINATOR", message: "This is not the correct coordinator.", isRetriable: true),
        17: Details(
            name: "INVALID_TOPIC_EXCEPTION", isRetriable: false,
            message: """
                The request attempted to perform an operation on an invalid topic.
                """),
        18: Details(
            name: "RECORD_LIST_TOO_LARGE", isRetriable: false,
            message: """
                The request included message batch larger than the configured segment size on the server.
                """),
        19: Details(
            name: "NOT_ENOUGH_REPLICAS", isRetriable: true,
            message: """
                Messages are rejected since there are fewer in-sync replicas than required.
                """),
        20: Details(
            name: "NOT_ENOUGH_REPLICAS_AFTER_APPEND", isRetriable: true,
            message: """
                Messages are written to the log, but to fewer in-sync replicas than required.
                """),
        21: Details(
            name: "INVALID_REQUIRED_ACKS", isRetriable: false,
            message: """
                Produce request specified an invalid value for required acks.
                """),
        22: Details(
            name: "ILLEGAL_GENERATION", isRetriable: false,
            message: """
                Specified group generation id is not valid.
                """),
        23: Details(
            name: "INCONSISTENT_GROUP_PROTOCOL", isRetriable: false,
            message: """
                The group member's supported protocols are incompatible with those of existing members or first \
                group member tried to join with empty protocol type or empty protocol list.
                """),
        24: Details(name: "INVALID_GROUP_ID", message: "The group id is invalid.", isRetriable: false),
        25: Details(
            name: "UNKNOWN_MEMBER_ID", isRetriable: false,
            message: """
                The coordinator is not aware of this member.
                """),
        26: Details(
            name: "INVALID_SESSION_TIMEOUT", isRetriable: false,
            message: """
                The session timeout is not within the range allowed by the broker (as configured by \
                group.min.session.timeout.ms and group.max.session.timeout.ms).
                """),
        27: Details(
            name: "REBALANCE_IN_PROGRESS", isRetriable: false,
            message: """
                The group is rebalancing, so a rejoin is needed.
                """),
        28: Details(
            name: "INVALID_COMMIT_OFFSET_SIZE", isRetriable: false,
            message: """
                The committing offset data size is not valid.
                """),
        29: Details(name: "TOPIC_AUTHORIZATION_FAILED", message: "Topic authorization failed.", isRetriable: false),
        30: Details(name: "GROUP_AUTHORIZATION_FAILED", message: "Group authorization failed.", isRetriable: false),
        31: Details(name: "CLUSTER_AUTHORIZATION_FAILED", message: "Cluster authorization failed.", isRetriable: false),
        32: Details(
            name: "INVALID_TIMESTAMP", isRetriable: false,
            message: """
                The timestamp of the message is out of acceptable range.
                """),
        33: Details(
            name: "UNSUPPORTED_SASL_MECHANISM", isRetriable: false,
            message: """
                The broker does not support the requested SASL mechanism.
                """),
        34: Details(
            name: "ILLEGAL_SASL_STATE", isRetriable: false,
            message: """
                Request is not valid given the current SASL state.
                """),
        35: Details(name: "UNSUPPORTED_VERSION", message: "The version of API is not supported.", isRetriable: false),
        36: Details(name: "TOPIC_ALREADY_EXISTS", message: "Topic with this name already exists.", isRetriable: false),
        37: Details(name: "INVALID_PARTITIONS", message: "Number of partitions is below 1.", isRetriable: false),
        38: Details(
            name: "INVALID_REPLICATION_FACTOR", isRetriable: false,
            message: """
                Replication factor is below 1 or larger than the number of available brokers.
                """),
        39: Details(name: "INVALID_REPLICA_ASSIGNMENT", message: "Replica assignment is invalid.", isRetriable: false),
        40: Details(name: "INVALID_CONFIG", message: "Configuration is invalid.", isRetriable: false),
        41: Details(
            name: "NOT_CONTROLLER", isRetriable: true,
            message: """
                This is not the correct controller for this cluster.
                """),
        42: Details(
            name: "INVALID_REQUEST", isRetriable: false,
            message: """
                This most likely occurs because of a request being malformed by the client library or the message \
                was sent to an incompatible broker. See the broker logs for more details.
                """),
        43: Details(
            name: "UNSUPPORTED_FOR_MESSAGE_FORMAT", isRetriable: false,
            message: """
                The message format version on the broker does not support the request.
                """),
        44: Details(
            name: "POLICY_VIOLATION", isRetriable: false,
            message: """
                Request parameters do not satisfy the configured policy.
                """),
        45: Details(
            name: "OUT_OF_ORDER_SEQUENCE_NUMBER", isRetriable: false,
            message: """
                The broker received an out of order sequence number.
                """),
        46: Details(
            name: "DUPLICATE_SEQUENCE_NUMBER", isRetriable: false,
            message: """
                The broker received a duplicate sequence number.
                """),
        47: Details(
            name: "INVALID_PRODUCER_EPOCH", isRetriable: false,
            message: """
                Producer attempted to produce with an old epoch.
                """),
        48: Details(
            name: "INVALID_TXN_STATE", isRetriable: false,
            message: """
                The producer attempted a transactional operation in an invalid state.
                """),
        49: Details(
            name: "INVALID_PRODUCER_ID_MAPPING", isRetriable: false,
            message: """
                The producer attempted to use a producer id which is not currently assigned to its transactional id.
                """),
        50: Details(
            name: "INVALID_TRANSACTION_TIMEOUT", isRetriable: false,
            message: """
                The transaction timeout is larger than the maximum value allowed by the broker (as configured by \
                transaction.max.timeout.ms).
                """),
        51: Details(
            name: "CONCURRENT_TRANSACTIONS", isRetriable: true,
            message: """
                The producer attempted to update a transaction while another concurrent operation on the same \
                transaction was ongoing.
                """),
        52: Details(
            name: "TRANSACTION_COORDINATOR_FENCED", isRetriable: false,
            message: """
                Indicates that the transaction coordinator sending a WriteTxnMarker is no longer the current \
                coordinator for a given producer.
                """),
        53: Details(
            name: "TRANSACTIONAL_ID_AUTHORIZATION_FAILED", isRetriable: false,
            message: """
                Transactional Id authorization failed.
                """),
        54: Details(name: "SECURITY_DISABLED", message: "Security features are disabled.", isRetriable: false),
        55: Details(
            name: "OPERATION_NOT_ATTEMPTED", isRetriable: false,
            message: """
                The broker did not attempt to execute this operation. This may happen for batched RPCs where some \
                operations in the batch failed, causing the broker to respond without trying the rest.
                """),
        56: Details(
            name: "KAFKA_STORAGE_ERROR", isRetriable: true,
            message: """
                Disk error when trying to access log file on the disk.
                """),
        57: Details(
            name: "LOG_DIR_NOT_FOUND", isRetriable: false,
            message: """
                The user-specified log directory is not found in the broker config.
                """),
        58: Details(name: "SASL_AUTHENTICATION_FAILED", message: "SASL Authentication failed.", isRetriable: false),
        59: Details(
            name: "UNKNOWN_PRODUCER_ID", isRetriable: false,
            message: """
                This exception is raised by the broker if it could not locate the producer metadata associated with \
                the producerId in question. This could happen if, for instance, the producer's records were deleted \
                because their retention time had elapsed. Once the last records of the producerId are removed, the \
                producer's metadata is removed from the broker, and future appends by the producer will return this \
                exception.
                """),
        60: Details(
            name: "REASSIGNMENT_IN_PROGRESS", isRetriable: false,
            message: """
                A partition reassignment is in progress.
                """),
        61: Details(
            name: "DELEGATION_TOKEN_AUTH_DISABLED", isRetriable: false,
            message: """
                Delegation Token feature is not enabled.
                """),
        62: Details(
            name: "DELEGATION_TOKEN_NOT_FOUND", isRetriable: false,
            message: """
                Delegation Token is not found on server.
                """),
        63: Details(
            name: "DELEGATION_TOKEN_OWNER_MISMATCH", isRetriable: false,
            message: """
                Specified Principal is not valid Owner/Renewer.
                """),
        64: Details(
            name: "DELEGATION_TOKEN_REQUEST_NOT_ALLOWED", isRetriable: false,
            message: """
                Delegation Token requests are not allowed on PLAINTEXT/1-way SSL channels and on delegation token \
                authenticated channels.
                """),
        65: Details(
            name: "DELEGATION_TOKEN_AUTHORIZATION_FAILED", isRetriable: false,
            message: """
                Delegation Token authorization failed.
                """),
        66: Details(name: "DELEGATION_TOKEN_EXPIRED", message: "Delegation Token is expired.", isRetriable: false),
        67: Details(
            name: "INVALID_PRINCIPAL_TYPE", isRetriable: false,
            message: """
                Supplied principalType is not supported.
                """),
        68: Details(name: "NON_EMPTY_GROUP", message: "The group is not empty.", isRetriable: false),
        69: Details(name: "GROUP_ID_NOT_FOUND", message: "The group id does not exist.", isRetriable: false),
        70: Details(
            name: "FETCH_SESSION_ID_NOT_FOUND", isRetriable: true,
            message: """
                The fetch session ID was not found.
                """),
        71: Details(
            name: "INVALID_FETCH_SESSION_EPOCH", isRetriable: true,
            message: """
                The fetch session epoch is invalid.
                """),
        72: Details(
            name: "LISTENER_NOT_FOUND", isRetriable: true,
            message: """
                There is no listener on the leader broker that matches the listener on which metadata request was \
                processed.
                """),
        73: Details(name: "TOPIC_DELETION_DISABLED", message: "Topic deletion is disabled.", isRetriable: false),
        74: Details(
            name: "FENCED_LEADER_EPOCH", isRetriable: true,
            message: """
                The leader epoch in the request is older than the epoch on the broker.
                """),
        75: Details(
            name: "UNKNOWN_LEADER_EPOCH", isRetriable: true,
            message: """
                The leader epoch in the request is newer than the epoch on the broker.
                """),
        76: Details(
            name: "UNSUPPORTED_COMPRESSION_TYPE", isRetriable: false,
            message: """
                The requesting client does not support the compression type of given partition.
                """),
        77: Details(name: "STALE_BROKER_EPOCH", message: "Broker epoch has changed.", isRetriable: false),
        78: Details(
            name: "OFFSET_NOT_AVAILABLE", isRetriable: true,
            message: """
                The leader high watermark has not caught up from a recent leader election so the offsets cannot be \
                guaranteed to be monotonically increasing.
                """),
        79: Details(
            name: "MEMBER_ID_REQUIRED", isRetriable: false,
            message: """
                The group member needs to have a valid member id before actually entering a consumer group.
                """),
        80: Details(
            name: "PREFERRED_LEADER_NOT_AVAILABLE", isRetriable: true,
            message: """
                The preferred leader was not available.
                """),
        81: Details(
            name: "GROUP_MAX_SIZE_REACHED", isRetriable: false,
            message: """
                The group has reached its maximum size.
                """),
        82: Details(
            name: "FENCED_INSTANCE_ID", isRetriable: false,
            message: """
                The broker rejected this static consumer since another consumer with the same group.instance.id has \
                registered with a different member.id.
                """),
        83: Details(
            name: "ELIGIBLE_LEADERS_NOT_AVAILABLE", isRetriable: true,
            message: """
                Eligible topic partition leaders are not available.
                """),
        84: Details(
            name: "ELECTION_NOT_NEEDED", isRetriable: false,
            message: """
                Leader election not needed for topic partition.
                """),
        85: Details(
            name: "NO_REASSIGNMENT_IN_PROGRESS", isRetriable: false,
            message: """
                No partition reassignment is in progress.
                """),
        86: Details(
            name: "GROUP_SUBSCRIBED_TO_TOPIC", isRetriable: false,
            message: """
                Deleting offsets of a topic is forbidden while the consumer group is actively subscribed to it.
                """),
        87: Details(
            name: "INVALID_RECORD", isRetriable: false,
            message: """
                This record has failed the validation on broker and hence will be rejected.
                """),
        88: Details(
            name: "UNSTABLE_OFFSET_COMMIT", isRetriable: true,
            message: """
                There are unstable offsets that need to be cleared.
                """),
        89: Details(
            name: "THROTTLING_QUOTA_EXCEEDED", isRetriable: true,
            message: """
                The throttling quota has been exceeded.
                """),
        90: Details(
            name: "PRODUCER_FENCED", isRetriable: false,
            message: """
                There is a newer producer with the same transactionalId which fences the current one.
                """),
        91: Details(
            name: "RESOURCE_NOT_FOUND", isRetriable: false,
            message: """
                A request illegally referred to a resource that does not exist.
                """),
        92: Details(
            name: "DUPLICATE_RESOURCE", isRetriable: false,
            message: """
                A request illegally referred to the same resource twice.
                """),
        93: Details(
            name: "UNACCEPTABLE_CREDENTIAL", isRetriable: false,
            message: """
                Requested credential would not meet criteria for acceptability.
                """),
        94: Details(
            name: "INCONSISTENT_VOTER_SET", isRetriable: false,
            message: """
                Indicates that the either the sender or recipient of a voter-only request is not one of the expected\
                 voters.
                """),
        95: Details(
            name: "INVALID_UPDATE_VERSION", isRetriable: false,
            message: """
                The given update version was invalid.
                """),
        96: Details(
            name: "FEATURE_UPDATE_FAILED", isRetriable: false,
            message: """
                Unable to update finalized features due to an unexpected server error.
                """),
        97: Details(
            name: "PRINCIPAL_DESERIALIZATION_FAILURE", isRetriable: false,
            message: """
                Request principal deserialization failed during forwarding. This indicates an internal error on the \
                broker cluster security setup.
                """),
        98: Details(name: "SNAPSHOT_NOT_FOUND", message: "Requested snapshot was not found.", isRetriable: false),
        99: Details(
            name: "POSITION_OUT_OF_RANGE", isRetriable: false,
            message: """
                Requested position is not greater than or equal to zero, and less than the size of the snapshot.
                """),
        100: Details(name: "UNKNOWN_TOPIC_ID", message: "This server does not host this topic ID.", isRetriable: true),
        101: Details(
            name: "DUPLICATE_BROKER_REGISTRATION", isRetriable: false,
            message: """
                This broker ID is already in use.
                """),
        102: Details(
            name: "BROKER_ID_NOT_REGISTERED", isRetriable: false,
            message: """
                The given broker ID was not registered.
                """),
        103: Details(
            name: "INCONSISTENT_TOPIC_ID", isRetriable: true,
            message: """
                The log's topic ID did not match the topic ID in the request.
                """),
        104: Details(
            name: "INCONSISTENT_CLUSTER_ID", isRetriable: false,
            message: """
                The clusterId in the request does not match that found on the server.
                """),
        105: Details(
            name: "TRANSACTIONAL_ID_NOT_FOUND", isRetriable: false,
            message: """
                The transactionalId could not be found.
                """),
        106: Details(
            name: "FETCH_SESSION_TOPIC_ID_ERROR", isRetriable: true,
            message: """
                The fetch session encountered inconsistent topic ID usage.
                """),
        107: Details(
            name: "INELIGIBLE_REPLICA", isRetriable: false,
            message: """
                The new ISR contains at least one ineligible replica.
                """),
        108: Details(
            name: "NEW_LEADER_ELECTED", isRetriable: false,
            message: """
                The AlterPartition request successfully updated the partition state but the leader has changed.
                """),
        109: Details(
            name: "OFFSET_MOVED_TO_TIERED_STORAGE", isRetriable: false,
            message: """
                The requested offset is moved to tiered storage.
                """),
        110: Details(
            name: "FENCED_MEMBER_EPOCH", isRetriable: false,
            message: """
                The member epoch is fenced by the group coordinator. The member must abandon all its partitions and \
                rejoin.
                """),
        111: Details(
            name: "UNRELEASED_INSTANCE_ID", isRetriable: false,
            message: """
                The instance ID is still used by another member in the consumer group. That member must leave first.
                """),
        112: Details(
            name: "UNSUPPORTED_ASSIGNOR", isRetriable: false,
            message: """
                The assignor or its version range is not supported by the consumer group.
                """),
        113: Details(
            name: "STALE_MEMBER_EPOCH", isRetriable: false,
            message: """
                The member epoch is stale. The member must retry after receiving its updated member epoch via the \
                ConsumerGroupHeartbeat API.
                """),
        114: Details(
            name: "MISMATCHED_ENDPOINT_TYPE", isRetriable: false,
            message: """
                The request was sent to an endpoint of the wrong type.
                """),
        115: Details(
            name: "UNSUPPORTED_ENDPOINT_TYPE", isRetriable: false,
            message: """
                This endpoint type is not supported yet.
                """),
        116: Details(name: "UNKNOWN_CONTROLLER_ID", message: "This controller ID is not known.", isRetriable: false),
        117: Details(
            name: "UNKNOWN_SUBSCRIPTION_ID", isRetriable: false,
            message: """
                Client sent a push telemetry request with an invalid or outdated subscription ID.
                """),
        118: Details(
            name: "TELEMETRY_TOO_LARGE", isRetriable: false,
            message: """
                Client sent a push telemetry request larger than the maximum size the broker will accept.
                """),
        119: Details(
            name: "INVALID_REGISTRATION", isRetriable: false,
            message: """
                The controller has considered the broker registration to be invalid.
                """),
        120: Details(
            name: "TRANSACTION_ABORTABLE", isRetriable: false,
            message: """
                The server encountered an error with the transaction. The client can abort the transaction to \
                continue using this transactional ID.
                """),
        121: Details(
            name: "INVALID_RECORD_STATE", isRetriable: false,
            message: """
                The record state is invalid. The acknowledgement of delivery could not be completed.
                """),
        122: Details(name: "SHARE_SESSION_NOT_FOUND", message: "The share session was not found.", isRetriable: true),
        123: Details(
            name: "INVALID_SHARE_SESSION_EPOCH", isRetriable: true,
            message: """
                The share session epoch is invalid.
                """),
        124: Details(
            name: "FENCED_STATE_EPOCH", isRetriable: false,
            message: """
                The share coordinator rejected the request because the share-group state epoch did not match.
                """),
        125: Details(
            name: "INVALID_VOTER_KEY", isRetriable: false,
            message: """
                The voter key doesn't match the receiving replica's key.
                """),
        126: Details(
            name: "DUPLICATE_VOTER", isRetriable: false,
            message: """
                The voter is already part of the set of voters.
                """),
        127: Details(
            name: "VOTER_NOT_FOUND", isRetriable: false,
            message: """
                The voter is not part of the set of voters.
                """),
        128: Details(
            name: "INVALID_REGULAR_EXPRESSION", isRetriable: false,
            message: """
                The regular expression is not valid.
                """),
        129: Details(
            name: "REBOOTSTRAP_REQUIRED", isRetriable: false,
            message: """
                Client metadata is stale. The client should rebootstrap to obtain new metadata.
                """),
        130: Details(
            name: "STREAMS_INVALID_TOPOLOGY", isRetriable: false,
            message: """
                The supplied topology is invalid.
                """),
        131: Details(
            name: "STREAMS_INVALID_TOPOLOGY_EPOCH", isRetriable: false,
            message: """
                The supplied topology epoch is invalid.
                """),
        132: Details(
            name: "STREAMS_TOPOLOGY_FENCED", isRetriable: false,
            message: """
                The supplied topology epoch is outdated.
                """),
        133: Details(
            name: "SHARE_SESSION_LIMIT_REACHED", isRetriable: true,
            message: """
                The limit of share sessions has been reached.
                """),
    ]

    /// Kafka's name for the code; `UNKNOWN_ERROR_CODE(n)` for a code this version does not know.
    public var name: String { Self.known[self.rawValue]?.name ?? "UNKNOWN_ERROR_CODE(\(self.rawValue))" }

    /// Kafka's default message; for an unknown code, a sentence naming it.
    public var message: String {
        Self.known[self.rawValue]?.message ?? "Unknown error code \(self.rawValue)."
    }

    /// Whether a request that failed with this code may be retried. Unknown codes are not
    /// retriable, as Kafka treats them as `UNKNOWN_SERVER_ERROR` (Errors.forCode).
    public var isRetriable: Bool { Self.known[self.rawValue]?.isRetriable ?? false }

    /// Whether this is an error at all (anything but `NONE`).
    public var isError: Bool { self.rawValue != 0 }

    /// Whether this version knows the code.
    public var isKnown: Bool { Self.known[self.rawValue] != nil }

    public var description: String { self.name }
}

extension ErrorCode {
    /// UNKNOWN_SERVER_ERROR (-1): The server experienced an unexpected error when processing the request.
    public static let unknownServerError = ErrorCode(rawValue: -1)
    /// NONE (0): no error.
    public static let none = ErrorCode(rawValue: 0)
    /// OFFSET_OUT_OF_RANGE (1): The requested offset is not within the range of offsets maintained by the server.
    public static let offsetOutOfRange = ErrorCode(rawValue: 1)
    /// CORRUPT_MESSAGE (2): This message has failed its CRC checksum, exceeds the valid size, has a null key for a
    /// compacted topic, or is otherwise corrupt.
    public static let corruptMessage = ErrorCode(rawValue: 2)
    /// UNKNOWN_TOPIC_OR_PARTITION (3): This server does not host this topic-partition.
    public static let unknownTopicOrPartition = ErrorCode(rawValue: 3)
    /// INVALID_FETCH_SIZE (4): The requested fetch size is invalid.
    public static let invalidFetchSize = ErrorCode(rawValue: 4)
    /// LEADER_NOT_AVAILABLE (5): There is no leader for this topic-partition as we are in the middle of a leadership
    /// election.
    public static let leaderNotAvailable = ErrorCode(rawValue: 5)
    /// NOT_LEADER_OR_FOLLOWER (6): For requests intended only for the leader, this error indicates that the broker is
    /// not the current leader. For requests intended for any replica, this error indicates that the broker is not a
    /// replica of the topic partition.
    public static let notLeaderOrFollower = ErrorCode(rawValue: 6)
    /// REQUEST_TIMED_OUT (7): The request timed out.
    public static let requestTimedOut = ErrorCode(rawValue: 7)
    /// BROKER_NOT_AVAILABLE (8): The broker is not available.
    public static let brokerNotAvailable = ErrorCode(rawValue: 8)
    /// REPLICA_NOT_AVAILABLE (9): The replica is not available for the requested topic-partition. Produce/Fetch
    /// requests and other requests intended only for the leader or follower return NOT_LEADER_OR_FOLLOWER if the broker
    /// is not a replica of the topic-partition.
    public static let replicaNotAvailable = ErrorCode(rawValue: 9)
    /// MESSAGE_TOO_LARGE (10): The request included a message larger than the max message size the server will accept.
    public static let messageTooLarge = ErrorCode(rawValue: 10)
    /// STALE_CONTROLLER_EPOCH (11): The controller moved to another broker.
    public static let staleControllerEpoch = ErrorCode(rawValue: 11)
    /// OFFSET_METADATA_TOO_LARGE (12): The metadata field of the offset request was too large.
    public static let offsetMetadataTooLarge = ErrorCode(rawValue: 12)
    /// NETWORK_EXCEPTION (13): The server disconnected before a response was received.
    public static let networkException = ErrorCode(rawValue: 13)
    /// COORDINATOR_LOAD_IN_PROGRESS (14): The coordinator is loading and hence can't process requests.
    public static let coordinatorLoadInProgress = ErrorCode(rawValue: 14)
    /// COORDINATOR_NOT_AVAILABLE (15): The coordinator is not available.
    public static let coordinatorNotAvailable = ErrorCode(rawValue: 15)
    /// NOT_COORDINATOR (16): This is not the correct coordinator.
    public static let notCoordinator = ErrorCode(rawValue: 16)
    /// INVALID_TOPIC_EXCEPTION (17): The request attempted to perform an operation on an invalid topic.
    public static let invalidTopicException = ErrorCode(rawValue: 17)
    /// RECORD_LIST_TOO_LARGE (18): The request included message batch larger than the configured segment size on the
    /// server.
    public static let recordListTooLarge = ErrorCode(rawValue: 18)
    /// NOT_ENOUGH_REPLICAS (19): Messages are rejected since there are fewer in-sync replicas than required.
    public static let notEnoughReplicas = ErrorCode(rawValue: 19)
    /// NOT_ENOUGH_REPLICAS_AFTER_APPEND (20): Messages are written to the log, but to fewer in-sync replicas than
    /// required.
    public static let notEnoughReplicasAfterAppend = ErrorCode(rawValue: 20)
    /// INVALID_REQUIRED_ACKS (21): Produce request specified an invalid value for required acks.
    public static let invalidRequiredAcks = ErrorCode(rawValue: 21)
    /// ILLEGAL_GENERATION (22): Specified group generation id is not valid.
    public static let illegalGeneration = ErrorCode(rawValue: 22)
    /// INCONSISTENT_GROUP_PROTOCOL (23): The group member's supported protocols are incompatible with those of existing
    /// members or first group member tried to join with empty protocol type or empty protocol list.
    public static let inconsistentGroupProtocol = ErrorCode(rawValue: 23)
    /// INVALID_GROUP_ID (24): The group id is invalid.
    public static let invalidGroupId = ErrorCode(rawValue: 24)
    /// UNKNOWN_MEMBER_ID (25): The coordinator is not aware of this member.
    public static let unknownMemberId = ErrorCode(rawValue: 25)
    /// INVALID_SESSION_TIMEOUT (26): The session timeout is not within the range allowed by the broker (as configured
    /// by group.min.session.timeout.ms and group.max.session.timeout.ms).
    public static let invalidSessionTimeout = ErrorCode(rawValue: 26)
    /// REBALANCE_IN_PROGRESS (27): The group is rebalancing, so a rejoin is needed.
    public static let rebalanceInProgress = ErrorCode(rawValue: 27)
    /// INVALID_COMMIT_OFFSET_SIZE (28): The committing offset data size is not valid.
    public static let invalidCommitOffsetSize = ErrorCode(rawValue: 28)
    /// TOPIC_AUTHORIZATION_FAILED (29): Topic authorization failed.
    public static let topicAuthorizationFailed = ErrorCode(rawValue: 29)
    /// GROUP_AUTHORIZATION_FAILED (30): Group authorization failed.
    public static let groupAuthorizationFailed = ErrorCode(rawValue: 30)
    /// CLUSTER_AUTHORIZATION_FAILED (31): Cluster authorization failed.
    public static let clusterAuthorizationFailed = ErrorCode(rawValue: 31)
    /// INVALID_TIMESTAMP (32): The timestamp of the message is out of acceptable range.
    public static let invalidTimestamp = ErrorCode(rawValue: 32)
    /// UNSUPPORTED_SASL_MECHANISM (33): The broker does not support the requested SASL mechanism.
    public static let unsupportedSaslMechanism = ErrorCode(rawValue: 33)
    /// ILLEGAL_SASL_STATE (34): Request is not valid given the current SASL state.
    public static let illegalSaslState = ErrorCode(rawValue: 34)
    /// UNSUPPORTED_VERSION (35): The version of API is not supported.
    public static let unsupportedVersion = ErrorCode(rawValue: 35)
    /// TOPIC_ALREADY_EXISTS (36): Topic with this name already exists.
    public static let topicAlreadyExists = ErrorCode(rawValue: 36)
    /// INVALID_PARTITIONS (37): Number of partitions is below 1.
    public static let invalidPartitions = ErrorCode(rawValue: 37)
    /// INVALID_REPLICATION_FACTOR (38): Replication factor is below 1 or larger than the number of available brokers.
    public static let invalidReplicationFactor = ErrorCode(rawValue: 38)
    /// INVALID_REPLICA_ASSIGNMENT (39): Replica assignment is invalid.
    public static let invalidReplicaAssignment = ErrorCode(rawValue: 39)
    /// INVALID_CONFIG (40): Configuration is invalid.
    public static let invalidConfig = ErrorCode(rawValue: 40)
    /// NOT_CONTROLLER (41): This is not the correct controller for this cluster.
    public static let notController = ErrorCode(rawValue: 41)
    /// INVALID_REQUEST (42): This most likely occurs because of a request being malformed by the client library or the
    /// message was sent to an incompatible broker. See the broker logs for more details.
    public static let invalidRequest = ErrorCode(rawValue: 42)
    /// UNSUPPORTED_FOR_MESSAGE_FORMAT (43): The message format version on the broker does not support the request.
    public static let unsupportedForMessageFormat = ErrorCode(rawValue: 43)
    /// POLICY_VIOLATION (44): Request parameters do not satisfy the configured policy.
    public static let policyViolation = ErrorCode(rawValue: 44)
    /// OUT_OF_ORDER_SEQUENCE_NUMBER (45): The broker received an out of order sequence number.
    public static let outOfOrderSequenceNumber = ErrorCode(rawValue: 45)
    /// DUPLICATE_SEQUENCE_NUMBER (46): The broker received a duplicate sequence number.
    public static let duplicateSequenceNumber = ErrorCode(rawValue: 46)
    /// INVALID_PRODUCER_EPOCH (47): Producer attempted to produce with an old epoch.
    public static let invalidProducerEpoch = ErrorCode(rawValue: 47)
    /// INVALID_TXN_STATE (48): The producer attempted a transactional operation in an invalid state.
    public static let invalidTxnState = ErrorCode(rawValue: 48)
    /// INVALID_PRODUCER_ID_MAPPING (49): The producer attempted to use a producer id which is not currently assigned to
    /// its transactional id.
    public static let invalidProducerIdMapping = ErrorCode(rawValue: 49)
    /// INVALID_TRANSACTION_TIMEOUT (50): The transaction timeout is larger than the maximum value allowed by the broker
    /// (as configured by transaction.max.timeout.ms).
    public static let invalidTransactionTimeout = ErrorCode(rawValue: 50)
    /// CONCURRENT_TRANSACTIONS (51): The producer attempted to update a transaction while another concurrent operation
    /// on the same transaction was ongoing.
    public static let concurrentTransactions = ErrorCode(rawValue: 51)
    /// TRANSACTION_COORDINATOR_FENCED (52): Indicates that the transaction coordinator sending a WriteTxnMarker is no
    /// longer the current coordinator for a given producer.
    public static let transactionCoordinatorFenced = ErrorCode(rawValue: 52)
    /// TRANSACTIONAL_ID_AUTHORIZATION_FAILED (53): Transactional Id authorization failed.
    public static let transactionalIdAuthorizationFailed = ErrorCode(rawValue: 53)
    /// SECURITY_DISABLED (54): Security features are disabled.
    public static let securityDisabled = ErrorCode(rawValue: 54)
    /// OPERATION_NOT_ATTEMPTED (55): The broker did not attempt to execute this operation. This may happen for batched
    /// RPCs where some operations in the batch failed, causing the broker to respond without trying the rest.
    public static let operationNotAttempted = ErrorCode(rawValue: 55)
    /// KAFKA_STORAGE_ERROR (56): Disk error when trying to access log file on the disk.
    public static let kafkaStorageError = ErrorCode(rawValue: 56)
    /// LOG_DIR_NOT_FOUND (57): The user-specified log directory is not found in the broker config.
    public static let logDirNotFound = ErrorCode(rawValue: 57)
    /// SASL_AUTHENTICATION_FAILED (58): SASL Authentication failed.
    public static let saslAuthenticationFailed = ErrorCode(rawValue: 58)
    /// UNKNOWN_PRODUCER_ID (59): This exception is raised by the broker if it could not locate the producer metadata
    /// associated with the producerId in question. This could happen if, for instance, the producer's records were
    /// deleted because their retention time had elapsed. Once the last records of the producerId are removed, the
    /// producer's metadata is removed from the broker, and future appends by the producer will return this exception.
    public static let unknownProducerId = ErrorCode(rawValue: 59)
    /// REASSIGNMENT_IN_PROGRESS (60): A partition reassignment is in progress.
    public static let reassignmentInProgress = ErrorCode(rawValue: 60)
    /// DELEGATION_TOKEN_AUTH_DISABLED (61): Delegation Token feature is not enabled.
    public static let delegationTokenAuthDisabled = ErrorCode(rawValue: 61)
    /// DELEGATION_TOKEN_NOT_FOUND (62): Delegation Token is not found on server.
    public static let delegationTokenNotFound = ErrorCode(rawValue: 62)
    /// DELEGATION_TOKEN_OWNER_MISMATCH (63): Specified Principal is not valid Owner/Renewer.
    public static let delegationTokenOwnerMismatch = ErrorCode(rawValue: 63)
    /// DELEGATION_TOKEN_REQUEST_NOT_ALLOWED (64): Delegation Token requests are not allowed on PLAINTEXT/1-way SSL
    /// channels and on delegation token authenticated channels.
    public static let delegationTokenRequestNotAllowed = ErrorCode(rawValue: 64)
    /// DELEGATION_TOKEN_AUTHORIZATION_FAILED (65): Delegation Token authorization failed.
    public static let delegationTokenAuthorizationFailed = ErrorCode(rawValue: 65)
    /// DELEGATION_TOKEN_EXPIRED (66): Delegation Token is expired.
    public static let delegationTokenExpired = ErrorCode(rawValue: 66)
    /// INVALID_PRINCIPAL_TYPE (67): Supplied principalType is not supported.
    public static let invalidPrincipalType = ErrorCode(rawValue: 67)
    /// NON_EMPTY_GROUP (68): The group is not empty.
    public static let nonEmptyGroup = ErrorCode(rawValue: 68)
    /// GROUP_ID_NOT_FOUND (69): The group id does not exist.
    public static let groupIdNotFound = ErrorCode(rawValue: 69)
    /// FETCH_SESSION_ID_NOT_FOUND (70): The fetch session ID was not found.
    public static let fetchSessionIdNotFound = ErrorCode(rawValue: 70)
    /// INVALID_FETCH_SESSION_EPOCH (71): The fetch session epoch is invalid.
    public static let invalidFetchSessionEpoch = ErrorCode(rawValue: 71)
    /// LISTENER_NOT_FOUND (72): There is no listener on the leader broker that matches the listener on which metadata
    /// request was processed.
    public static let listenerNotFound = ErrorCode(rawValue: 72)
    /// TOPIC_DELETION_DISABLED (73): Topic deletion is disabled.
    public static let topicDeletionDisabled = ErrorCode(rawValue: 73)
    /// FENCED_LEADER_EPOCH (74): The leader epoch in the request is older than the epoch on the broker.
    public static let fencedLeaderEpoch = ErrorCode(rawValue: 74)
    /// UNKNOWN_LEADER_EPOCH (75): The leader epoch in the request is newer than the epoch on the broker.
    public static let unknownLeaderEpoch = ErrorCode(rawValue: 75)
    /// UNSUPPORTED_COMPRESSION_TYPE (76): The requesting client does not support the compression type of given
    /// partition.
    public static let unsupportedCompressionType = ErrorCode(rawValue: 76)
    /// STALE_BROKER_EPOCH (77): Broker epoch has changed.
    public static let staleBrokerEpoch = ErrorCode(rawValue: 77)
    /// OFFSET_NOT_AVAILABLE (78): The leader high watermark has not caught up from a recent leader election so the
    /// offsets cannot be guaranteed to be monotonically increasing.
    public static let offsetNotAvailable = ErrorCode(rawValue: 78)
    /// MEMBER_ID_REQUIRED (79): The group member needs to have a valid member id before actually entering a consumer
    /// group.
    public static let memberIdRequired = ErrorCode(rawValue: 79)
    /// PREFERRED_LEADER_NOT_AVAILABLE (80): The preferred leader was not available.
    public static let preferredLeaderNotAvailable = ErrorCode(rawValue: 80)
    /// GROUP_MAX_SIZE_REACHED (81): The group has reached its maximum size.
    public static let groupMaxSizeReached = ErrorCode(rawValue: 81)
    /// FENCED_INSTANCE_ID (82): The broker rejected this static consumer since another consumer with the same
    /// group.instance.id has registered with a different member.id.
    public static let fencedInstanceId = ErrorCode(rawValue: 82)
    /// ELIGIBLE_LEADERS_NOT_AVAILABLE (83): Eligible topic partition leaders are not available.
    public static let eligibleLeadersNotAvailable = ErrorCode(rawValue: 83)
    /// ELECTION_NOT_NEEDED (84): Leader election not needed for topic partition.
    public static let electionNotNeeded = ErrorCode(rawValue: 84)
    /// NO_REASSIGNMENT_IN_PROGRESS (85): No partition reassignment is in progress.
    public static let noReassignmentInProgress = ErrorCode(rawValue: 85)
    /// GROUP_SUBSCRIBED_TO_TOPIC (86): Deleting offsets of a topic is forbidden while the consumer group is actively
    /// subscribed to it.
    public static let groupSubscribedToTopic = ErrorCode(rawValue: 86)
    /// INVALID_RECORD (87): This record has failed the validation on broker and hence will be rejected.
    public static let invalidRecord = ErrorCode(rawValue: 87)
    /// UNSTABLE_OFFSET_COMMIT (88): There are unstable offsets that need to be cleared.
    public static let unstableOffsetCommit = ErrorCode(rawValue: 88)
    /// THROTTLING_QUOTA_EXCEEDED (89): The throttling quota has been exceeded.
    public static let throttlingQuotaExceeded = ErrorCode(rawValue: 89)
    /// PRODUCER_FENCED (90): There is a newer producer with the same transactionalId which fences the current one.
    public static let producerFenced = ErrorCode(rawValue: 90)
    /// RESOURCE_NOT_FOUND (91): A request illegally referred to a resource that does not exist.
    public static let resourceNotFound = ErrorCode(rawValue: 91)
    /// DUPLICATE_RESOURCE (92): A request illegally referred to the same resource twice.
    public static let duplicateResource = ErrorCode(rawValue: 92)
    /// UNACCEPTABLE_CREDENTIAL (93): Requested credential would not meet criteria for acceptability.
    public static let unacceptableCredential = ErrorCode(rawValue: 93)
    /// INCONSISTENT_VOTER_SET (94): Indicates that the either the sender or recipient of a voter-only request is not
    /// one of the expected voters.
    public static let inconsistentVoterSet = ErrorCode(rawValue: 94)
    /// INVALID_UPDATE_VERSION (95): The given update version was invalid.
    public static let invalidUpdateVersion = ErrorCode(rawValue: 95)
    /// FEATURE_UPDATE_FAILED (96): Unable to update finalized features due to an unexpected server error.
    public static let featureUpdateFailed = ErrorCode(rawValue: 96)
    /// PRINCIPAL_DESERIALIZATION_FAILURE (97): Request principal deserialization failed during forwarding. This
    /// indicates an internal error on the broker cluster security setup.
    public static let principalDeserializationFailure = ErrorCode(rawValue: 97)
    /// SNAPSHOT_NOT_FOUND (98): Requested snapshot was not found.
    public static let snapshotNotFound = ErrorCode(rawValue: 98)
    /// POSITION_OUT_OF_RANGE (99): Requested position is not greater than or equal to zero, and less than the size of
    /// the snapshot.
    public static let positionOutOfRange = ErrorCode(rawValue: 99)
    /// UNKNOWN_TOPIC_ID (100): This server does not host this topic ID.
    public static let unknownTopicId = ErrorCode(rawValue: 100)
    /// DUPLICATE_BROKER_REGISTRATION (101): This broker ID is already in use.
    public static let duplicateBrokerRegistration = ErrorCode(rawValue: 101)
    /// BROKER_ID_NOT_REGISTERED (102): The given broker ID was not registered.
    public static let brokerIdNotRegistered = ErrorCode(rawValue: 102)
    /// INCONSISTENT_TOPIC_ID (103): The log's topic ID did not match the topic ID in the request.
    public static let inconsistentTopicId = ErrorCode(rawValue: 103)
    /// INCONSISTENT_CLUSTER_ID (104): The clusterId in the request does not match that found on the server.
    public static let inconsistentClusterId = ErrorCode(rawValue: 104)
    /// TRANSACTIONAL_ID_NOT_FOUND (105): The transactionalId could not be found.
    public static let transactionalIdNotFound = ErrorCode(rawValue: 105)
    /// FETCH_SESSION_TOPIC_ID_ERROR (106): The fetch session encountered inconsistent topic ID usage.
    public static let fetchSessionTopicIdError = ErrorCode(rawValue: 106)
    /// INELIGIBLE_REPLICA (107): The new ISR contains at least one ineligible replica.
    public static let ineligibleReplica = ErrorCode(rawValue: 107)
    /// NEW_LEADER_ELECTED (108): The AlterPartition request successfully updated the partition state but the leader has
    /// changed.
    public static let newLeaderElected = ErrorCode(rawValue: 108)
    /// OFFSET_MOVED_TO_TIERED_STORAGE (109): The requested offset is moved to tiered storage.
    public static let offsetMovedToTieredStorage = ErrorCode(rawValue: 109)
    /// FENCED_MEMBER_EPOCH (110): The member epoch is fenced by the group coordinator. The member must abandon all its
    /// partitions and rejoin.
    public static let fencedMemberEpoch = ErrorCode(rawValue: 110)
    /// UNRELEASED_INSTANCE_ID (111): The instance ID is still used by another member in the consumer group. That member
    /// must leave first.
    public static let unreleasedInstanceId = ErrorCode(rawValue: 111)
    /// UNSUPPORTED_ASSIGNOR (112): The assignor or its version range is not supported by the consumer group.
    public static let unsupportedAssignor = ErrorCode(rawValue: 112)
    /// STALE_MEMBER_EPOCH (113): The member epoch is stale. The member must retry after receiving its updated member
    /// epoch via the ConsumerGroupHeartbeat API.
    public static let staleMemberEpoch = ErrorCode(rawValue: 113)
    /// MISMATCHED_ENDPOINT_TYPE (114): The request was sent to an endpoint of the wrong type.
    public static let mismatchedEndpointType = ErrorCode(rawValue: 114)
    /// UNSUPPORTED_ENDPOINT_TYPE (115): This endpoint type is not supported yet.
    public static let unsupportedEndpointType = ErrorCode(rawValue: 115)
    /// UNKNOWN_CONTROLLER_ID (116): This controller ID is not known.
    public static let unknownControllerId = ErrorCode(rawValue: 116)
    /// UNKNOWN_SUBSCRIPTION_ID (117): Client sent a push telemetry request with an invalid or outdated subscription ID.
    public static let unknownSubscriptionId = ErrorCode(rawValue: 117)
    /// TELEMETRY_TOO_LARGE (118): Client sent a push telemetry request larger than the maximum size the broker will
    /// accept.
    public static let telemetryTooLarge = ErrorCode(rawValue: 118)
    /// INVALID_REGISTRATION (119): The controller has considered the broker registration to be invalid.
    public static let invalidRegistration = ErrorCode(rawValue: 119)
    /// TRANSACTION_ABORTABLE (120): The server encountered an error with the transaction. The client can abort the
    /// transaction to continue using this transactional ID.
    public static let transactionAbortable = ErrorCode(rawValue: 120)
    /// INVALID_RECORD_STATE (121): The record state is invalid. The acknowledgement of delivery could not be completed.
    public static let invalidRecordState = ErrorCode(rawValue: 121)
    /// SHARE_SESSION_NOT_FOUND (122): The share session was not found.
    public static let shareSessionNotFound = ErrorCode(rawValue: 122)
    /// INVALID_SHARE_SESSION_EPOCH (123): The share session epoch is invalid.
    public static let invalidShareSessionEpoch = ErrorCode(rawValue: 123)
    /// FENCED_STATE_EPOCH (124): The share coordinator rejected the request because the share-group state epoch did not
    /// match.
    public static let fencedStateEpoch = ErrorCode(rawValue: 124)
    /// INVALID_VOTER_KEY (125): The voter key doesn't match the receiving replica's key.
    public static let invalidVoterKey = ErrorCode(rawValue: 125)
    /// DUPLICATE_VOTER (126): The voter is already part of the set of voters.
    public static let duplicateVoter = ErrorCode(rawValue: 126)
    /// VOTER_NOT_FOUND (127): The voter is not part of the set of voters.
    public static let voterNotFound = ErrorCode(rawValue: 127)
    /// INVALID_REGULAR_EXPRESSION (128): The regular expression is not valid.
    public static let invalidRegularExpression = ErrorCode(rawValue: 128)
    /// REBOOTSTRAP_REQUIRED (129): Client metadata is stale. The client should rebootstrap to obtain new metadata.
    public static let rebootstrapRequired = ErrorCode(rawValue: 129)
    /// STREAMS_INVALID_TOPOLOGY (130): The supplied topology is invalid.
    public static let streamsInvalidTopology = ErrorCode(rawValue: 130)
    /// STREAMS_INVALID_TOPOLOGY_EPOCH (131): The supplied topology epoch is invalid.
    public static let streamsInvalidTopologyEpoch = ErrorCode(rawValue: 131)
    /// STREAMS_TOPOLOGY_FENCED (132): The supplied topology epoch is outdated.
    public static let streamsTopologyFenced = ErrorCode(rawValue: 132)
    /// SHARE_SESSION_LIMIT_REACHED (133): The limit of share sessions has been reached.
    public static let shareSessionLimitReached = ErrorCode(rawValue: 133)
}
