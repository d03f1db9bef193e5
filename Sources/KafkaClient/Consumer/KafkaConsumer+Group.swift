import KafkaProtocol

/// Group membership for `KafkaConsumer` (Kafka KafkaConsumer.subscribe/commitSync/committed):
/// `poll` joins the group when needed, applies the assignment, starts new partitions at their
/// committed offsets (else per `auto.offset.reset`), and commits positions every
/// `auto.commit.interval.ms` when auto commit is on.
///
/// Gap: a rebalance runs inside `poll` until it completes, which may take longer than the poll's
/// timeout (Kafka bounds it by the timeout and continues in the next poll).
extension KafkaConsumer {
    /// What the consumer subscribed to.
    enum Subscription: Sendable {
        case none
        case topics([String])
        /// A Java regex, matched against whole non-internal topic names.
        case pattern(String)
    }

    /// Subscribes to topics by name; the group decides which partitions this member reads.
    /// - Throws: `KafkaConfigError` when the consumer has no `group.id`.
    public func subscribe(topics: [String]) async throws {
        try self.requireGroup()
        self.subscription = .topics(Array(Set(topics)).sorted())
        await self.coordinator?.requestRejoin()
    }

    /// Subscribes to every topic whose whole name matches `pattern` (checked again every
    /// `metadata.max.age.ms`; a change triggers a rebalance).
    /// - Throws: `KafkaConfigError` without `group.id` or for a pattern that does not compile.
    public func subscribe(pattern: String) async throws {
        try self.requireGroup()
        do {
            _ = try Regex(pattern)
        } catch {
            throw KafkaConfigError(key: "pattern", value: pattern, reason: "invalid regular expression")
        }
        self.subscription = .pattern(pattern)
        self.nextPatternCheck = .now
        await self.coordinator?.requestRejoin()
    }

    /// Drops the subscription and leaves the group.
    public func unsubscribe() async {
        self.subscription = .none
        await self.coordinator?.leave(reason: "the consumer unsubscribed from all topics")
        self.assign([])
    }

    private func requireGroup() throws {
        guard self.coordinator != nil else {
            throw KafkaConfigError(
                key: "group.id", value: "",
                reason: "To use the group management or offset commit APIs, you must provide a valid group.id")
        }
    }

    /// The topics the subscription stands for now.
    func subscribedTopics() async throws -> [String] {
        switch self.subscription {
        case .none: return []
        case .topics(let names): return names
        case .pattern(let pattern):
            let regex = try Regex(pattern)
            let metadata = try await self.cluster.refreshMetadata(topics: nil)
            return metadata.topics.values.filter { !$0.isInternal && $0.name.wholeMatch(of: regex) != nil }.map(\.name)
                .sorted()
        }
    }

    /// Partition counts of the topics as the metadata knows them now.
    func partitionCounts(_ topics: [String]) async throws -> [String: Int] {
        guard !topics.isEmpty else { return [:] }
        let metadata = try await self.cluster.refreshMetadata(topics: topics)
        var counts: [String: Int] = [:]
        for topic in topics { counts[topic] = metadata.topics[topic]?.partitions.count ?? 0 }
        return counts
    }

    /// The group part of `poll`: rebalance if needed, then auto commit.
    /// - Parameter deadline: the poll's deadline; a rebalance still running then is picked up
    ///   by the next poll.
    func pollGroup(deadline: ContinuousClock.Instant) async throws {
        guard let coordinator = self.coordinator else { return }
        let subscription = self.subscription
        if case .none = subscription { return }
        await coordinator.recordPoll()
        if ContinuousClock.now >= self.nextPatternCheck {
            // New topics matching the pattern, or more partitions, need a new assignment (Kafka
            // ConsumerCoordinator.rejoinNeededOrPending compares metadata snapshots).
            self.nextPatternCheck = .now + self.config.cluster.metadataMaxAge
            let topics = try await self.subscribedTopics()
            if await topics != coordinator.joinedTopics {
                await coordinator.requestRejoin()
            } else if try await self.partitionCounts(topics) != self.partitionCountsAtJoin {
                await coordinator.requestRejoin()
            }
        }
        // A rebalance that finished after the last poll gave up waiting still has to be applied.
        let rebalancing = await coordinator.rebalanceInProgress
        if await coordinator.needsRejoin || rebalancing {
            var topics = await coordinator.joinedTopics
            if !rebalancing {
                topics = try await self.subscribedTopics()
                self.partitionCountsAtJoin = try await self.partitionCounts(topics)
            }
            let wait = max(deadline - ContinuousClock.now, .zero)
            guard
                let change = try await coordinator.ensureActiveGroup(topics: topics, maxWait: wait, beforeRevoke: {
                    [weak self] revoked in await self?.revoke(revoked)
                })
            else {
                // Still rebalancing: no commit for a generation that is going away.
                return
            }
            self.assign(await coordinator.membership.owned)
            let committed = try await coordinator.committed(change.added)
            for (topicPartition, offset) in committed { self.setPosition(topicPartition, offset) }
        }
        if let group = self.config.group, group.enableAutoCommit, ContinuousClock.now >= self.nextAutoCommit {
            self.nextAutoCommit = .now + group.autoCommitInterval
            // Kafka commits asynchronously here and only logs a failure; the next commit retries.
            try? await coordinator.commit(self.consumedPositions())
        }
    }

    /// Partitions are about to go: commit their positions (auto commit) and stop fetching them.
    func revoke(_ partitions: [TopicPartition]) async {
        if self.config.group?.enableAutoCommit == true {
            let positions = self.consumedPositions().filter { partitions.contains($0.key) }
            try? await self.coordinator?.commit(positions)
        }
        let gone = Set(partitions)
        self.assign(self.assigned.filter { !gone.contains($0) })
    }

    /// The next offset `poll` returns for each assigned partition that has a position.
    func consumedPositions() -> [TopicPartition: Int64] {
        var positions: [TopicPartition: Int64] = [:]
        for topicPartition in self.assigned {
            if let next = self.buffered[topicPartition]?.first {
                positions[topicPartition] = next.offset
            } else if let position = self.fetchPositions[topicPartition] {
                positions[topicPartition] = position
            }
        }
        return positions
    }

    /// Commits the positions of every assigned partition (Kafka commitSync()).
    /// - Throws: `KafkaApiError` (CommitFailed wording for a rebalanced group), `KafkaConfigError`
    ///   without `group.id`.
    public func commitSync() async throws {
        try self.requireGroup()
        try await self.coordinator?.commit(self.consumedPositions())
    }

    /// Commits explicit offsets: each is the next offset to read (Kafka commitSync(Map)).
    public func commitSync(_ offsets: [TopicPartition: Int64]) async throws {
        try self.requireGroup()
        try await self.coordinator?.commit(offsets)
    }

    /// The group's committed offsets of the partitions (partitions without one are absent).
    public func committed(_ partitions: [TopicPartition]) async throws -> [TopicPartition: Int64] {
        try self.requireGroup()
        return try await self.coordinator?.committed(partitions) ?? [:]
    }

    /// On close: a last auto commit, then LeaveGroup.
    func closeGroup() async {
        guard let coordinator = self.coordinator else { return }
        if case .none = self.subscription { return }
        if self.config.group?.enableAutoCommit == true, await coordinator.membership.state == .stable {
            try? await coordinator.commit(self.consumedPositions())
        }
        await coordinator.leave()
    }
}
