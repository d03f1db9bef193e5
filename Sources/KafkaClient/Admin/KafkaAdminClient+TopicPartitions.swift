import KafkaProtocol

extension KafkaAdminClient {
    /// Every topic's name and id (Kafka Admin.listTopics listings), internal ones only if asked.
    public func listTopicListings(includeInternal: Bool = false) async throws -> [TopicListing] {
        let metadata = try await self.cluster.refreshMetadata(topics: nil)
        return metadata.topics.values.filter { includeInternal || !$0.isInternal }
            .map { TopicListing(name: $0.name, topicId: $0.topicId, isInternal: $0.isInternal) }
            .sorted { $0.name < $1.name }
    }

    /// Describes topics with DescribeTopicPartitions (KIP-966; paged by `partitionLimit` partitions
    /// per response), falling back to Metadata on brokers without that API, as Kafka's admin client
    /// does; the fallback leaves the ELR fields nil.
    ///
    /// - Parameter partitionLimit: partitions per response (Kafka's default is 2000).
    /// - Returns: a result per requested name; a topic the broker cannot describe is a failure
    ///   (UNKNOWN_TOPIC_OR_PARTITION, ...).
    public func describeTopicPartitions(
        _ names: [String], partitionLimit: Int32 = 2000
    ) async throws -> [String: Result<DescribedTopic, KafkaApiError>] {
        guard !names.isEmpty else { return [:] }
        let connection = try await self.cluster.anyConnection()
        guard let version = connection.apiVersions.usableVersion(of: DescribeTopicPartitionsRequest.self) else {
            return try await self.describeTopicPartitionsUsingMetadata(names)
        }
        var accumulated = DescribeTopicPartitionsAccumulator()
        var cursor: DescribeTopicPartitionsRequest.Cursor?
        repeat {
            let request = DescribeTopicPartitionsRequest(
                topics: names.sorted().map { DescribeTopicPartitionsRequest.TopicRequest(name: $0) },
                responsePartitionLimit: partitionLimit, cursor: cursor)
            let response = try await connection.send(request, version: version)
            cursor = accumulated.add(response)
        } while cursor != nil
        return accumulated.results(for: names)
    }

    /// Describes topics with the Metadata API, as Kafka's admin client does for topic ids and on
    /// brokers without DescribeTopicPartitions: the ELR fields stay nil.
    public func describeTopicPartitionsUsingMetadata(
        _ names: [String]
    ) async throws -> [String: Result<DescribedTopic, KafkaApiError>] {
        let metadata = try await self.cluster.refreshMetadata(topics: names)
        var results: [String: Result<DescribedTopic, KafkaApiError>] = [:]
        for name in names {
            guard let topic = metadata.topics[name] else {
                results[name] = .failure(
                    KafkaApiError(
                        code: metadata.topicErrors[name] ?? .unknownTopicOrPartition, message: nil,
                        context: "DescribeTopics \(name)"))
                continue
            }
            results[name] = .success(
                DescribedTopic(
                    name: topic.name, topicId: topic.topicId, isInternal: topic.isInternal,
                    partitions: topic.partitions.map {
                        TopicPartitionInfo(
                            partition: $0.partition, leaderId: $0.leaderId, replicas: $0.replicas, isr: $0.isr)
                    }.sorted { $0.partition < $1.partition }))
        }
        return results
    }

    /// Ongoing partition reassignments (ListPartitionReassignments, KIP-455), asked of the
    /// controller. nil when the cluster does not offer the API, which callers treat as "none".
    public func listPartitionReassignments() async throws -> [TopicPartition: PartitionReassignment]? {
        let connection = try await self.cluster.controllerConnection()
        guard let version = connection.apiVersions.usableVersion(of: ListPartitionReassignmentsRequest.self) else {
            return nil
        }
        let response = try await connection.send(
            ListPartitionReassignmentsRequest(timeoutMs: self.config.defaultApiTimeout.int32Milliseconds, topics: nil),
            version: version)
        return try Self.reassignments(of: response)
    }

    static func reassignments(
        of response: ListPartitionReassignmentsResponse
    ) throws -> [TopicPartition: PartitionReassignment] {
        let code = ErrorCode(response.errorCode)
        if code.isError {
            throw KafkaApiError(code: code, message: response.errorMessage, context: "ListPartitionReassignments")
        }
        var result: [TopicPartition: PartitionReassignment] = [:]
        for topic in response.topics {
            for partition in topic.partitions {
                result[TopicPartition(topic: topic.name, partition: partition.partitionIndex)] = PartitionReassignment(
                    replicas: partition.replicas, addingReplicas: partition.addingReplicas,
                    removingReplicas: partition.removingReplicas)
            }
        }
        return result
    }
}

/// Collects the pages of DescribeTopicPartitions responses into one description per topic.
struct DescribeTopicPartitionsAccumulator {
    private var topics: [String: DescribedTopic] = [:]
    private var errors: [String: KafkaApiError] = [:]

    /// Adds a page; returns the cursor of the next page, nil when this was the last.
    mutating func add(_ response: DescribeTopicPartitionsResponse) -> DescribeTopicPartitionsRequest.Cursor? {
        for topic in response.topics {
            let name = topic.name ?? topic.topicId.description
            let code = ErrorCode(topic.errorCode)
            if code.isError {
                self.errors[name] = KafkaApiError(code: code, message: nil, context: "DescribeTopicPartitions \(name)")
                continue
            }
            var described =
                self.topics[name]
                ?? DescribedTopic(name: name, topicId: topic.topicId, isInternal: topic.isInternal, partitions: [])
            described.partitions += topic.partitions.map {
                TopicPartitionInfo(
                    partition: $0.partitionIndex, leaderId: $0.leaderId >= 0 ? $0.leaderId : nil,
                    replicas: $0.replicaNodes, isr: $0.isrNodes, eligibleLeaderReplicas: $0.eligibleLeaderReplicas ?? [],
                    lastKnownElr: $0.lastKnownElr ?? [])
            }
            described.partitions.sort { $0.partition < $1.partition }
            self.topics[name] = described
        }
        return response.nextCursor.map {
            DescribeTopicPartitionsRequest.Cursor(topicName: $0.topicName, partitionIndex: $0.partitionIndex)
        }
    }

    /// A result per requested name; a name the broker did not mention is UNKNOWN_TOPIC_OR_PARTITION.
    func results(for names: [String]) -> [String: Result<DescribedTopic, KafkaApiError>] {
        var results: [String: Result<DescribedTopic, KafkaApiError>] = [:]
        for name in names {
            if let topic = self.topics[name] {
                results[name] = .success(topic)
            } else {
                results[name] = .failure(
                    self.errors[name]
                        ?? KafkaApiError(
                            code: .unknownTopicOrPartition, message: nil, context: "DescribeTopicPartitions \(name)"))
            }
        }
        return results
    }
}
