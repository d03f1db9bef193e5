@testable import KafkaClient
import KafkaProtocol
import Testing

/// The pure parts of describeTopicPartitions and listPartitionReassignments: pages merged per
/// topic, ELR lists kept, errors per topic, reassignments by partition.
@Suite struct TopicPartitionsTests {
    static func partition(_ index: Int32, leader: Int32, elr: [Int32]?) -> DescribeTopicPartitionsResponse
        .DescribeTopicPartitionsResponsePartition
    {
        var partition = DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition()
        partition.partitionIndex = index
        partition.leaderId = leader
        partition.replicaNodes = [1, 2]
        partition.isrNodes = [1]
        partition.eligibleLeaderReplicas = elr
        partition.lastKnownElr = []
        return partition
    }

    static func topic(_ name: String, _ partitions: [DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition], error: ErrorCode = .none)
        -> DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic
    {
        var topic = DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic()
        topic.name = name
        topic.errorCode = error.rawValue
        topic.partitions = partitions
        return topic
    }

    @Test func pagesAreMergedPerTopicAndSortedByPartition() {
        var accumulator = DescribeTopicPartitionsAccumulator()
        var first = DescribeTopicPartitionsResponse()
        first.topics = [Self.topic("a", [Self.partition(1, leader: 1, elr: [2])])]
        var cursor = DescribeTopicPartitionsResponse.Cursor()
        cursor.topicName = "a"
        cursor.partitionIndex = 0
        first.nextCursor = cursor
        let next = accumulator.add(first)
        #expect(next?.topicName == "a" && next?.partitionIndex == 0)

        var second = DescribeTopicPartitionsResponse()
        second.topics = [
            Self.topic("a", [Self.partition(0, leader: -1, elr: nil)]),
            Self.topic("gone", [], error: .unknownTopicOrPartition),
        ]
        #expect(accumulator.add(second) == nil)

        let results = accumulator.results(for: ["a", "gone", "never-mentioned"])
        let a = try? results["a"]?.get()
        #expect(a?.partitions.map(\.partition) == [0, 1])
        #expect(a?.partitions[0].leaderId == nil)
        #expect(a?.partitions[0].eligibleLeaderReplicas == [])
        #expect(a?.partitions[1].eligibleLeaderReplicas == [2])
        for name in ["gone", "never-mentioned"] {
            guard case .failure(let error) = results[name] else {
                Issue.record("\(name) should fail")
                continue
            }
            #expect(error.code == .unknownTopicOrPartition)
        }
    }

    @Test func reassignmentsAreKeyedByPartitionAndErrorsThrow() throws {
        var response = ListPartitionReassignmentsResponse()
        var topic = ListPartitionReassignmentsResponse.OngoingTopicReassignment()
        topic.name = "t"
        var partition = ListPartitionReassignmentsResponse.OngoingPartitionReassignment()
        partition.partitionIndex = 2
        partition.replicas = [1, 2, 3]
        partition.addingReplicas = [3]
        partition.removingReplicas = [1]
        topic.partitions = [partition]
        response.topics = [topic]
        let reassignments = try KafkaAdminClient.reassignments(of: response)
        #expect(
            reassignments == [
                TopicPartition(topic: "t", partition: 2): PartitionReassignment(
                    replicas: [1, 2, 3], addingReplicas: [3], removingReplicas: [1])
            ])
        response.errorCode = ErrorCode.clusterAuthorizationFailed.rawValue
        #expect(throws: KafkaApiError.self) { try KafkaAdminClient.reassignments(of: response) }
    }
}
