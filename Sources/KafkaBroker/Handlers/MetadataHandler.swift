import KafkaProtocol

// API: Metadata (key 3), versions 0-12. Kafka 4.0 still serves 0-13: KIP-896 deprecated v0-3 but
// they were kept because librdkafka uses them; v13 (KIP-1102, REBOOTSTRAP_REQUIRED) is newer than
// the message specs this package is generated from.
//
// Behaviour (Kafka KafkaApis.handleTopicMetadataRequest, KRaftMetadataCache):
// - brokers: registered, unfenced brokers advertising the listener the request came in on, with
//   that listener's host and port; cluster id; controller id is this node (a combined single node).
// - topics: all topics when `topics` is null (or empty at v0); else the named ones, in request
//   order, each once. Each topic has its id (v10+), `isInternal` for `__consumer_offsets` and
//   `__transaction_state`, and partitions sorted by index with leader, leader epoch (v7+),
//   replicas, ISR and offline replicas (v5+).
// - a missing topic is UNKNOWN_TOPIC_OR_PARTITION, or INVALID_TOPIC_EXCEPTION when its name is
//   illegal. When `auto.create.topics.enable` and the request's `allowAutoTopicCreation` (v4+;
//   always true before) allow it, missing topics with legal names are created through the
//   controller with the broker defaults (internal topics with their coordinator settings, as Kafka
//   AutoTopicCreationManager does). The single-voter controller commits at once, so a created topic
//   is reported with its partitions; one the controller refused (e.g. a default replication factor
//   above the broker count) is LEADER_NOT_AVAILABLE, as Kafka answers for topics not yet ready.
// - partitions: a leader that is unknown or fenced gives LEADER_NOT_AVAILABLE with leader -1; an
//   alive leader without this listener gives LISTENER_NOT_FOUND (v6+; LEADER_NOT_AVAILABLE before).
//   At v0 replicas and ISR list only alive brokers, REPLICA_NOT_AVAILABLE when some were dropped.
// - v12 looks topics up by id (null name): an unknown id is UNKNOWN_TOPIC_ID with a null name.
//   v10 and v11 carry the fields but Kafka never implemented them, and answers a null name or a
//   non-zero id there with INVALID_REQUEST; so does this broker.
// - authorized operations (v8+) stay at Kafka's "not requested" value -2147483648.
//
// Gaps: no authorizer, so `include*AuthorizedOperations` are ignored; offline log dirs are not
// tracked, so offline replicas are only brokers that are unknown, fenced or lack the listener.

/// Answers Metadata requests from the published metadata image, auto-creating topics through the
/// controller when allowed.
public struct MetadataHandler: ApiHandler {
    public typealias Request = MetadataRequest

    public let versions = VersionRange(0, 12)
    let context: BrokerContext

    public init(context: BrokerContext) {
        self.context = context
    }

    public func handle(_ request: MetadataRequest, version: Int16, client: ClientConnection) async throws -> MetadataResponse? {
        // Kafka KafkaApis: topic ids and null names are only implemented from v12.
        if version < 12, let topics = request.topics, topics.contains(where: { $0.name == nil || $0.topicId != .zero }) {
            return self.errorResponse(to: request, error: .invalidRequest)
        }
        var image = self.context.publisher.current
        var response = MetadataResponse()
        response.clusterId = self.context.clusterId
        response.controllerId = self.context.nodeId

        let allTopics = request.topics == nil || (version == 0 && request.topics?.isEmpty == true)
        if allTopics {
            response.topics = image.topicIdsByName.keys.sorted().compactMap { name in
                image.topic(named: name).map { self.describe($0, image: image, version: version, listener: client.listenerName) }
            }
        } else {
            let requested = Self.distinct(request.topics ?? [])
            var refusedAutoCreation = Set<String>()
            let autoCreate =
                self.context.config.bool("auto.create.topics.enable") && (version < 4 || request.allowAutoTopicCreation)
            if autoCreate {
                let missing = requested.compactMap { topic -> String? in
                    guard topic.topicId == .zero, let name = topic.name, image.topic(named: name) == nil,
                        TopicNameValidator.problem(with: name) == nil
                    else { return nil }
                    return name
                }
                if !missing.isEmpty {
                    let results = try await self.context.controller.createTopics(
                        missing.map(self.autoCreationSpec), validateOnly: false)
                    refusedAutoCreation = Set(results.filter { $0.error != .none }.map(\.name))
                    image = self.context.publisher.current
                }
            }
            response.topics = requested.map { topic in
                self.answer(topic, image: image, version: version, listener: client.listenerName, refused: refusedAutoCreation)
            }
        }
        response.brokers = image.aliveBrokers(on: client.listenerName).map {
            MetadataResponse.MetadataResponseBroker(nodeId: $0.id, host: $0.host, port: $0.port, rack: $0.rack)
        }
        return response
    }

    /// Kafka MetadataRequest.getErrorResponse: every requested topic with `error`, no brokers.
    public func errorResponse(to request: MetadataRequest, error: ErrorCode) -> MetadataResponse {
        var response = MetadataResponse()
        response.clusterId = self.context.clusterId
        response.controllerId = self.context.nodeId
        response.topics = (request.topics ?? []).map { topic in
            // A null name cannot be encoded before v12; the empty name keeps the response encodable.
            MetadataResponse.MetadataResponseTopic(errorCode: error.rawValue, name: topic.name ?? "", topicId: topic.topicId)
        }
        return response
    }

    /// The response entry for one requested topic (by id when it has one, else by name).
    private func answer(
        _ topic: MetadataRequest.MetadataRequestTopic, image: MetadataImage, version: Int16, listener: String,
        refused: Set<String>
    ) -> MetadataResponse.MetadataResponseTopic {
        if topic.topicId != .zero {
            if let found = image.topicsById[topic.topicId] {
                return self.describe(found, image: image, version: version, listener: listener)
            }
            return MetadataResponse.MetadataResponseTopic(
                errorCode: ErrorCode.unknownTopicId.rawValue, name: nil, topicId: topic.topicId, isInternal: false)
        }
        let name = topic.name ?? ""
        if let found = image.topic(named: name) {
            return self.describe(found, image: image, version: version, listener: listener)
        }
        let error: ErrorCode
        if TopicNameValidator.problem(with: name) != nil {
            error = .invalidTopicException
        } else if refused.contains(name) {
            error = .leaderNotAvailable
        } else {
            error = .unknownTopicOrPartition
        }
        return MetadataResponse.MetadataResponseTopic(
            errorCode: error.rawValue, name: name, isInternal: InternalTopics.contains(name))
    }

    /// A topic that exists, with its partitions as seen through `listener`.
    private func describe(
        _ topic: MetadataImage.Topic, image: MetadataImage, version: Int16, listener: String
    ) -> MetadataResponse.MetadataResponseTopic {
        let partitions = topic.partitions.keys.sorted().compactMap { index in
            topic.partitions[index].map { self.describe($0, index: index, image: image, version: version, listener: listener) }
        }
        return MetadataResponse.MetadataResponseTopic(
            errorCode: ErrorCode.none.rawValue, name: topic.name, topicId: topic.id,
            isInternal: InternalTopics.contains(topic.name), partitions: partitions)
    }

    /// One partition (Kafka KRaftMetadataCache.partitionMetadata).
    private func describe(
        _ partition: MetadataImage.Partition, index: Int32, image: MetadataImage, version: Int16, listener: String
    ) -> MetadataResponse.MetadataResponsePartition {
        let isAlive = { (id: Int32) in image.aliveEndpoint(of: id, on: listener) != nil }
        // Only v0 drops unavailable replicas from the lists (Kafka `errorUnavailableEndpoints`).
        let replicas = version == 0 ? partition.replicas.filter(isAlive) : partition.replicas
        let isr = version == 0 ? partition.isr.filter(isAlive) : partition.isr
        let offline = partition.replicas.filter { !isAlive($0) }
        var error = ErrorCode.none
        var leader = partition.leader
        if !isAlive(partition.leader) {
            let leaderBroker = image.brokers[partition.leader]
            let lacksListenerOnly = leaderBroker.map { !$0.fenced } ?? false
            // Kafka `errorUnavailableListeners`: LISTENER_NOT_FOUND exists for clients from v6.
            error = lacksListenerOnly && version >= 6 ? .listenerNotFound : .leaderNotAvailable
            leader = -1
        } else if replicas.count < partition.replicas.count || isr.count < partition.isr.count {
            error = .replicaNotAvailable
        }
        return MetadataResponse.MetadataResponsePartition(
            errorCode: error.rawValue, partitionIndex: index, leaderId: leader, leaderEpoch: partition.leaderEpoch,
            replicaNodes: replicas, isrNodes: isr, offlineReplicas: offline)
    }

    /// What auto-creation asks the controller for (Kafka AutoTopicCreationManager.creatableTopic).
    private func autoCreationSpec(_ name: String) -> QuorumController.TopicSpec {
        InternalTopics.creationSpec(name, config: self.context.config)
    }

    /// The requested topics without repeats (Kafka collects them into a set), first occurrence kept.
    static func distinct(_ topics: [MetadataRequest.MetadataRequestTopic]) -> [MetadataRequest.MetadataRequestTopic] {
        var seenNames = Set<String>()
        var seenIds = Set<Uuid>()
        return topics.filter { topic in
            if topic.topicId != .zero { return seenIds.insert(topic.topicId).inserted }
            return seenNames.insert(topic.name ?? "").inserted
        }
    }
}
