import KafkaProtocol

/// Builds OffsetFetch requests and reads their answers for one group at any version: v0-7 name
/// the group at the top level, v8+ in a `groups` array (KIP-709).
public enum OffsetFetchCodec {
    /// - Parameter partitions: nil asks for every partition with a committed offset (v2+).
    public static func request(groupId: String, partitions: [TopicPartition]?, version: Int16) -> OffsetFetchRequest {
        var request = OffsetFetchRequest()
        request.requireStable = version >= 7
        let grouped = partitions.map { Dictionary(grouping: $0, by: \.topic).sorted { $0.key < $1.key } }
        if version >= 8 {
            request.groups = [
                OffsetFetchRequest.OffsetFetchRequestGroup(
                    groupId: groupId, memberId: nil, memberEpoch: -1,
                    topics: grouped?.map {
                        OffsetFetchRequest.OffsetFetchRequestTopics(
                            name: $0.key, partitionIndexes: $0.value.map(\.partition).sorted())
                    })
            ]
        } else {
            request.groupId = groupId
            request.topics = grouped?.map {
                OffsetFetchRequest.OffsetFetchRequestTopic(name: $0.key, partitionIndexes: $0.value.map(\.partition).sorted())
            }
        }
        return request
    }

    /// The committed offset per partition (-1 where none is committed).
    /// - Throws: `KafkaApiError` for a group-level error or the first partition-level error.
    public static func offsets(
        of response: OffsetFetchResponse, groupId: String, version: Int16
    ) throws -> [TopicPartition: Int64] {
        var result: [TopicPartition: Int64] = [:]
        func check(_ code: Int16) throws {
            let error = ErrorCode(code)
            if error.isError { throw KafkaApiError(code: error, message: nil, context: "OffsetFetch \(groupId)") }
        }
        if version >= 8 {
            guard let group = response.groups.first(where: { $0.groupId == groupId }) else {
                throw KafkaApiError(code: .coordinatorNotAvailable, message: nil, context: "OffsetFetch \(groupId)")
            }
            try check(group.errorCode)
            for topic in group.topics {
                for partition in topic.partitions {
                    try check(partition.errorCode)
                    result[TopicPartition(topic: topic.name, partition: partition.partitionIndex)] =
                        partition.committedOffset
                }
            }
        } else {
            try check(response.errorCode)
            for topic in response.topics {
                for partition in topic.partitions {
                    try check(partition.errorCode)
                    result[TopicPartition(topic: topic.name, partition: partition.partitionIndex)] =
                        partition.committedOffset
                }
            }
        }
        return result
    }
}
