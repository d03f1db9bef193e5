import KafkaProtocol
import NIOCore
import NIOPosix

/// The connections to one cluster and the metadata cache; shared by producer, consumer and
/// admin client (Kafka's NetworkClient plus Metadata/ManualMetadataUpdater).
///
/// - Bootstrap: the `bootstrap.servers` are tried in order and the first that answers a Metadata
///   request wins; its connection is kept as that broker's connection when the broker advertises
///   the same address, so there is one connection per broker.
/// - Metadata is refreshed on demand: when a topic or leader is unknown, when it is older than
///   `metadata.max.age.ms`, after `invalidateMetadata()` (callers invoke it on
///   NOT_LEADER_OR_FOLLOWER, UNKNOWN_TOPIC_OR_PARTITION, LEADER_NOT_AVAILABLE) and after a
///   connection is lost. Concurrent refreshes are coalesced into one request.
public actor KafkaCluster {
    public let config: ClusterConfig
    private let eventLoopGroup: any EventLoopGroup
    private let options: ConnectionOptions

    /// The current metadata snapshot.
    public private(set) var metadata = ClusterMetadata()
    private var lastRefresh: ContinuousClock.Instant?
    private var isStale = true
    private var refreshTask: Task<ClusterMetadata, Error>?
    /// Topics someone asked about; a refresh asks for all of them.
    private var interestingTopics: Set<String> = []

    private enum Slot {
        case connecting(Task<BrokerConnection, Error>)
        case connected(BrokerConnection)
    }
    private var connections: [Int32: Slot] = [:]
    /// Connections made to bootstrap addresses that match no advertised broker.
    private var bootstrapConnection: BrokerConnection?
    private var closed = false

    /// - Parameter eventLoopGroup: where connections run; NIO's shared group by default.
    public init(config: ClusterConfig, eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.config = config
        self.eventLoopGroup = eventLoopGroup
        self.options = config.connectionOptions
    }

    // MARK: connections

    /// The connection to broker `nodeId`, opened (and version-negotiated) if needed.
    /// - Throws: `ConnectionError` when the broker is unknown or unreachable.
    public func connection(to nodeId: Int32) async throws -> BrokerConnection {
        try self.checkOpen()
        switch self.connections[nodeId] {
        case .connected(let connection) where connection.isActive:
            return connection
        case .connecting(let task):
            return try await task.value
        default:
            break
        }
        guard let broker = self.metadata.brokers[nodeId] else {
            throw ConnectionError.connectFailed(address: "node \(nodeId)", reason: "broker not in metadata")
        }
        let options = self.options
        let group = self.eventLoopGroup
        let task = Task<BrokerConnection, Error> {
            try await BrokerConnection.connect(
                to: broker.address, nodeId: nodeId, options: options, eventLoopGroup: group)
        }
        self.connections[nodeId] = .connecting(task)
        do {
            let connection = try await task.value
            self.adopt(connection, nodeId: nodeId)
            return connection
        } catch {
            if case .connecting = self.connections[nodeId] { self.connections[nodeId] = nil }
            self.isStale = true
            throw error
        }
    }

    private func adopt(_ connection: BrokerConnection, nodeId: Int32) {
        self.connections[nodeId] = .connected(connection)
        connection.closeFuture.whenComplete { _ in
            Task { await self.connectionClosed(connection, nodeId: nodeId) }
        }
    }

    private func connectionClosed(_ connection: BrokerConnection, nodeId: Int32) {
        if case .connected(let current) = self.connections[nodeId], current === connection {
            self.connections[nodeId] = nil
        }
        // A lost connection often means a broker went away: leaders may have moved.
        self.isStale = true
    }

    /// Some open connection: an existing one if any, else a broker from the metadata, else a
    /// bootstrap server.
    public func anyConnection() async throws -> BrokerConnection {
        try self.checkOpen()
        for case .connected(let connection) in self.connections.values where connection.isActive {
            return connection
        }
        if let connection = self.bootstrapConnection, connection.isActive { return connection }
        for nodeId in self.metadata.brokers.keys.sorted() {
            if let connection = try? await self.connection(to: nodeId) { return connection }
        }
        return try await self.bootstrap()
    }

    /// Connects to the first reachable bootstrap server.
    private func bootstrap() async throws -> BrokerConnection {
        var lastError = "no servers"
        for address in self.config.bootstrapServers {
            do {
                let connection = try await BrokerConnection.connect(
                    to: address, options: self.options, eventLoopGroup: self.eventLoopGroup)
                if let old = self.bootstrapConnection { await old.close() }
                self.bootstrapConnection = connection
                return connection
            } catch {
                lastError = "\(error)"
            }
        }
        throw ConnectionError.noBrokerAvailable(
            tried: self.config.bootstrapServers.map(\.description), lastError: lastError)
    }

    // MARK: metadata

    /// Marks the metadata stale so the next lookup refreshes it (call on NOT_LEADER_OR_FOLLOWER,
    /// UNKNOWN_TOPIC_OR_PARTITION, LEADER_NOT_AVAILABLE and similar errors).
    public func invalidateMetadata() {
        self.isStale = true
    }

    /// Fetches fresh metadata for `topics` (nil: every topic) and returns the merged snapshot.
    /// Concurrent calls share one request.
    public func refreshMetadata(topics: [String]? = nil) async throws -> ClusterMetadata {
        try self.checkOpen()
        if let topics { self.interestingTopics.formUnion(topics) }
        if let task = self.refreshTask { return try await task.value }
        let requested: [String]? = topics == nil ? nil : self.interestingTopics.sorted()
        let task = Task<ClusterMetadata, Error> { try await self.performRefresh(topics: requested) }
        self.refreshTask = task
        defer { self.refreshTask = nil }
        return try await task.value
    }

    private func performRefresh(topics: [String]?) async throws -> ClusterMetadata {
        var lastError: Error = ConnectionError.noBrokerAvailable(tried: [], lastError: "no servers")
        // Try each known broker once, then the bootstrap servers.
        for _ in 0..<max(1, self.metadata.brokers.count + 1) {
            do {
                let connection = try await self.anyConnection()
                let response = try await self.requestMetadata(on: connection, topics: topics)
                self.apply(response, allTopics: topics == nil, via: connection)
                return self.metadata
            } catch {
                lastError = error
            }
        }
        throw lastError
    }

    private func requestMetadata(on connection: BrokerConnection, topics: [String]?) async throws -> MetadataResponse {
        let version = try connection.version(of: MetadataRequest.self)
        var request = MetadataRequest()
        if let topics {
            request.topics = topics.map { MetadataRequest.MetadataRequestTopic(topicId: .zero, name: $0) }
        } else {
            // v0 has no null array: an empty list means every topic there.
            request.topics = version == 0 ? [] : nil
        }
        request.allowAutoTopicCreation = self.config.allowAutoTopicCreation
        if version < 4 && !self.config.allowAutoTopicCreation { request.allowAutoTopicCreation = true }
        return try await connection.send(request, version: version)
    }

    private func apply(_ response: MetadataResponse, allTopics: Bool, via connection: BrokerConnection) {
        self.metadata = self.metadata.merging(response, allTopics: allTopics)
        self.lastRefresh = .now
        self.isStale = false
        // Keep the bootstrap connection as its broker's connection when the addresses agree.
        if connection === self.bootstrapConnection {
            self.bootstrapConnection = nil
            if let broker = self.metadata.brokers.values.first(where: { $0.address == connection.address }),
                self.connections[broker.nodeId] == nil
            {
                self.adopt(connection, nodeId: broker.nodeId)
            } else {
                Task { await connection.close() }
            }
        }
        for (nodeId, slot) in self.connections where self.metadata.brokers[nodeId] == nil {
            if case .connected(let gone) = slot { Task { await gone.close() } }
            self.connections[nodeId] = nil
        }
    }

    private var needsRefresh: Bool {
        guard !self.isStale, let last = self.lastRefresh else { return true }
        return ContinuousClock.now - last > self.config.metadataMaxAge
    }

    /// Metadata that knows every topic in `topics` with a leader for each partition, refreshing
    /// (with backoff) until then or until `maxWait` has passed (Kafka's `max.block.ms` wait in
    /// KafkaProducer.waitOnMetadata).
    /// - Throws: `KafkaApiError` with the topic's error (e.g. UNKNOWN_TOPIC_OR_PARTITION) when the
    ///   deadline passes, or the refresh's error.
    public func metadata(for topics: [String], maxWait: Duration) async throws -> ClusterMetadata {
        self.interestingTopics.formUnion(topics)
        let deadline = ContinuousClock.now + maxWait
        var attempt = 0
        while true {
            if !self.needsRefresh && topics.allSatisfy({ self.isUsable($0) }) { return self.metadata }
            attempt += 1
            do {
                _ = try await self.refreshMetadata(topics: topics)
                if topics.allSatisfy({ self.isUsable($0) }) { return self.metadata }
            } catch {
                if ContinuousClock.now >= deadline { throw error }
            }
            if ContinuousClock.now >= deadline {
                let missing = topics.first { !self.isUsable($0) } ?? topics.first ?? ""
                let code = self.metadata.topicErrors[missing] ?? .unknownTopicOrPartition
                throw KafkaApiError(
                    code: code, message: nil,
                    context: "Topic \(missing) not present in metadata after \(maxWait.milliseconds) ms")
            }
            let pause = min(self.config.backoff(attempt: attempt), deadline - ContinuousClock.now)
            try await Task.sleep(for: max(pause, .milliseconds(1)))
            self.isStale = true
        }
    }

    private func isUsable(_ topic: String) -> Bool {
        guard let known = self.metadata.topics[topic], !known.partitions.isEmpty else { return false }
        return known.partitions.allSatisfy { $0.leaderId != nil }
    }

    /// The node id of the partition's leader, refreshing metadata if it is unknown.
    public func leader(for topicPartition: TopicPartition, maxWait: Duration) async throws -> Int32 {
        let metadata = try await self.metadata(for: [topicPartition.topic], maxWait: maxWait)
        guard let partition = metadata.partition(topicPartition) else {
            throw KafkaApiError(code: .unknownTopicOrPartition, message: nil, context: "Partition \(topicPartition)")
        }
        guard let leader = partition.leaderId else {
            throw KafkaApiError(code: .leaderNotAvailable, message: nil, context: "Partition \(topicPartition)")
        }
        return leader
    }

    /// A connection to the controller when known (admin requests that must reach it), else any.
    public func controllerConnection() async throws -> BrokerConnection {
        if self.lastRefresh == nil { _ = try await self.refreshMetadata(topics: []) }
        if let controller = self.metadata.controllerId, let connection = try? await self.connection(to: controller) {
            return connection
        }
        return try await self.anyConnection()
    }

    // MARK: lifecycle

    private func checkOpen() throws {
        if self.closed { throw ConnectionError.closed(address: "cluster (client closed)") }
    }

    /// Closes every connection; later calls fail with `ConnectionError.closed`.
    public func close() async {
        self.closed = true
        var open: [BrokerConnection] = []
        for slot in self.connections.values {
            switch slot {
            case .connected(let connection): open.append(connection)
            case .connecting(let task): if let connection = try? await task.value { open.append(connection) }
            }
        }
        self.connections = [:]
        if let bootstrap = self.bootstrapConnection { open.append(bootstrap) }
        self.bootstrapConnection = nil
        for connection in open { await connection.close() }
    }
}
