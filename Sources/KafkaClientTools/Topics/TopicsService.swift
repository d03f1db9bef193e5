import KafkaClient
import KafkaProtocol
import KafkaTools

/// The five ktopics actions against a cluster (Kafka TopicCommand.TopicService). Output lines go
/// to `print`; failures are thrown (`ToolError` for the tool's own checks, `KafkaApiError` for
/// the broker's answers).
struct TopicsService: Sendable {
    let admin: KafkaAdminClient
    let options: TopicsOptions

    func run(print: @escaping @Sendable (String) -> Void) async throws {
        switch self.options.action {
        case .create: try await self.create(print: print)
        case .list: print(try await self.selectedTopics().joined(separator: "\n"))
        case .describe: try await self.describe(print: print)
        case .alter: try await self.alter()
        case .delete: try await self.delete()
        }
    }

    /// The runtime checks that need no cluster (Kafka makes them after connecting, but they
    /// depend on the arguments alone): `--replica-assignment`, `--config`, `--topic-id`, and the
    /// `--topic` regex. The actions run them again at Kafka's point, which keeps the output order.
    static func checkLocally(_ options: TopicsOptions) throws {
        switch options.action {
        case .create:
            _ = try options.replicaAssignment.map(ReplicaAssignment.parse)
            _ = try TopicConfigArguments.parse(options.configs)
        case .alter:
            _ = try options.replicaAssignment.map(ReplicaAssignment.parse)
            _ = try options.topic.map(TopicFilter.init)
        case .describe:
            _ = try options.topicId.map(TopicIdArgument.parse)
            _ = try options.topic.map(TopicFilter.init)
        case .list, .delete:
            _ = try options.topic.map(TopicFilter.init)
        }
    }

    // MARK: - Topic selection

    /// TopicCommand.getTopics: every topic name (internal ones too unless excluded), sorted,
    /// filtered by the `--topic` regex.
    func selectedTopics() async throws -> [String] {
        let filter = try self.options.topic.map(TopicFilter.init)
        let all = try await self.admin.listTopics(includeInternal: !self.options.excludeInternal)
        return TopicFilter.select(from: all, filter: filter, excludeInternal: self.options.excludeInternal)
    }

    /// TopicCommand.ensureTopicExists: a non-empty `--topic` that matched nothing is an error
    /// unless `--if-exists`. Kafka's Java port prints the Optional (`'Optional[foo]'`); we print
    /// the name, as the Scala tool did.
    func ensureExists(_ topics: [String]) throws {
        if let topic = self.options.topic, !topic.isEmpty, !self.options.ifExists, topics.isEmpty {
            throw ToolError("Topic '\(topic)' does not exist as expected")
        }
    }

    // MARK: - Actions

    func create(print: @Sendable (String) -> Void) async throws {
        let name = self.options.topic ?? ""
        // CommandTopicPartition parses these before anything is printed or sent.
        let assignment = try self.options.replicaAssignment.map(ReplicaAssignment.parse) ?? []
        let configs = try TopicConfigArguments.parse(self.options.configs)
        if name.contains(".") || name.contains("_") {
            print(
                "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could "
                    + "collide. To avoid issues it is best to use either, but not both.")
        }
        if let version = configs["message.format.version"] {
            print(
                "WARNING: The configuration message.format.version=\(version) is specified. This configuration will "
                    + "be ignored if the version is newer than the inter.broker.protocol.version specified in the "
                    + "broker or if the inter.broker.protocol.version is 3.0 or newer. This configuration is "
                    + "deprecated and it will be removed in Apache Kafka 4.0.")
        }
        if let factor = self.options.replicationFactor, factor < 1 || factor > Int32(Int16.max) {
            throw ToolError("The replication factor must be between 1 and 32767 inclusive")
        }
        if let partitions = self.options.partitions, partitions < 1 {
            throw ToolError("The partitions must be greater than 0")
        }
        let topic: NewTopic
        if assignment.isEmpty {
            topic = NewTopic(
                name: name, numPartitions: self.options.partitions,
                replicationFactor: self.options.replicationFactor.map { Int16($0) }, configs: configs)
        } else {
            var byPartition: [Int32: [Int32]] = [:]
            for (index, brokers) in assignment.enumerated() { byPartition[Int32(index)] = brokers }
            topic = NewTopic(name: name, replicaAssignments: byPartition, configs: configs)
        }
        do {
            try await self.admin.createTopic(topic)
            print("Created topic \(name).")
        } catch let error as KafkaApiError where error.code == .topicAlreadyExists && self.options.ifNotExists {
            return
        }
    }

    func describe(print: @escaping @Sendable (String) -> Void) async throws {
        var descriptions: [DescribedTopic] = []
        if let idText = self.options.topicId, case let topicId = try TopicIdArgument.parse(idText), topicId != .zero {
            // By id Kafka's admin client describes with the Metadata API (no ELR fields).
            let listings = try await self.admin.listTopicListings(includeInternal: !self.options.excludeInternal)
            let matching = listings.filter { $0.topicId == topicId }
            if matching.isEmpty && !self.options.ifExists {
                throw ToolError("TopicId '\(topicId)' does not exist as expected")
            }
            descriptions = try await self.admin.describeTopicPartitionsUsingMetadata(matching.map(\.name))
                .sorted { $0.key < $1.key }.map { try $0.value.get() }
        } else {
            let topics = try await self.selectedTopics()
            try self.ensureExists(topics)
            guard !topics.isEmpty else { return }
            let limit = self.options.partitionSizeLimitPerResponse ?? 2000
            let results = try await self.admin.describeTopicPartitions(topics, partitionLimit: limit)
            descriptions = try topics.compactMap { try results[$0]?.get() }
        }
        guard !descriptions.isEmpty else { return }
        let configs = try await self.topicConfigs(descriptions.map(\.name))
        let liveBrokers = Set(try await self.admin.describeCluster().brokers.map(\.nodeId))
        let reassignments = await self.reassignments()
        let formatter = TopicDescriptionFormatter(options: self.options, liveBrokers: liveBrokers)
        for topic in descriptions {
            var byPartition: [Int32: PartitionReassignment] = [:]
            for (partition, reassignment) in reassignments where partition.topic == topic.name {
                byPartition[partition.partition] = reassignment
            }
            for line in formatter.lines(for: topic, configs: configs[topic.name], reassignments: byPartition) {
                print(line)
            }
        }
    }

    /// The topics' configs. A cluster without DescribeConfigs (librdkafka's mock cluster) yields
    /// none rather than failing the whole description.
    func topicConfigs(_ names: [String]) async throws -> [String: [ConfigEntry]] {
        let results: [ConfigResource: Result<[ConfigEntry], KafkaApiError>]
        do {
            results = try await self.admin.describeConfigs(names.map { ConfigResource.topic($0) })
        } catch ConnectionError.unsupportedVersion {
            return [:]
        }
        var configs: [String: [ConfigEntry]] = [:]
        for name in names {
            if let result = results[.topic(name)] { configs[name] = try result.get() }
        }
        return configs
    }

    /// Ongoing reassignments; none when the API is missing or refused (TopicCommand
    /// listAllReassignments treats UnsupportedVersion and authorization errors so).
    func reassignments() async -> [TopicPartition: PartitionReassignment] {
        (try? await self.admin.listPartitionReassignments()).flatMap { $0 } ?? [:]
    }

    func alter() async throws {
        let assignment = try self.options.replicaAssignment.map(ReplicaAssignment.parse) ?? []
        let topics = try await self.selectedTopics()
        try self.ensureExists(topics)
        guard !topics.isEmpty, let total = self.options.partitions else { return }
        var increases: [String: NewPartitions] = [:]
        if assignment.isEmpty {
            for topic in topics { increases[topic] = NewPartitions(totalCount: total) }
        } else {
            // The assignment covers every partition from 0; the existing ones are skipped.
            let current = try await self.admin.describeTopicPartitions(topics)
            for topic in topics {
                let existing = try current[topic]?.get().partitions.count ?? 0
                increases[topic] = NewPartitions(totalCount: total, assignments: Array(assignment.dropFirst(existing)))
            }
        }
        try Self.firstFailure(try await self.admin.createPartitions(increases))
    }

    func delete() async throws {
        let topics = try await self.selectedTopics()
        try self.ensureExists(topics)
        guard !topics.isEmpty else { return }
        try Self.firstFailure(try await self.admin.deleteTopics(topics))
    }

    /// Throws the first (by topic name) failed result, as `all().get()` throws one of them.
    static func firstFailure(_ results: [String: Result<Void, KafkaApiError>]) throws {
        for (_, result) in results.sorted(by: { $0.key < $1.key }) { try result.get() }
    }
}
