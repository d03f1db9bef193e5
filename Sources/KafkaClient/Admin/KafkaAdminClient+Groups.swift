import KafkaProtocol
import NIOCore

/// Consumer group administration (Kafka Admin listConsumerGroups, describeConsumerGroups,
/// listConsumerGroupOffsets, alterConsumerGroupOffsets, deleteConsumerGroups,
/// deleteConsumerGroupOffsets). Group calls go to the group's coordinator, found with
/// FindCoordinator; NOT_COORDINATOR and COORDINATOR_LOAD_IN_PROGRESS are retried until
/// `default.api.timeout.ms`.
extension KafkaAdminClient {
    /// Lists the groups of every broker (each broker knows the groups it coordinates).
    /// - Parameters:
    ///   - states: only groups in these states (ListGroups v4+; filtered here on older brokers).
    ///   - types: only groups of these types (v5+).
    public func listGroups(states: [String] = [], types: [String] = []) async throws -> [GroupListing] {
        let metadata = try await self.cluster.refreshMetadata(topics: [])
        var listings: [GroupListing] = []
        for nodeId in metadata.brokers.keys.sorted() {
            let connection = try await self.cluster.connection(to: nodeId)
            let version = try connection.version(of: ListGroupsRequest.self)
            var request = ListGroupsRequest()
            if version >= 4 { request.statesFilter = states }
            if version >= 5 { request.typesFilter = types }
            let response = try await connection.send(request, version: version)
            let code = ErrorCode(response.errorCode)
            if code.isError { throw KafkaApiError(code: code, message: nil, context: "ListGroups node \(nodeId)") }
            for group in response.groups {
                if version < 4, !states.isEmpty, !states.contains(where: { $0.lowercased() == group.groupState.lowercased() }) {
                    continue
                }
                listings.append(
                    GroupListing(
                        groupId: group.groupId, protocolType: group.protocolType, state: group.groupState,
                        type: group.groupType))
            }
        }
        return listings
    }

    /// Sends a group request to the group's coordinator, finding it again after NOT_COORDINATOR
    /// or a lost connection, and retrying retriable codes (`retryOn`) until the API timeout.
    func sendToCoordinator<Request: KafkaRequest>(
        groupId: String, _ makeRequest: (Int16) -> Request, versions: VersionRange? = nil,
        retryOn: (Request.Response) -> ErrorCode?
    ) async throws -> (Request.Response, Int16, Int32) {
        let deadline = ContinuousClock.now + self.config.defaultApiTimeout
        var attempt = 0
        while true {
            attempt += 1
            var failure: Error
            do {
                let (connection, nodeId) = try await CoordinatorLookup.connection(
                    forGroup: groupId, cluster: self.cluster, maxWait: max(.milliseconds(1), deadline - .now))
                let version = try connection.version(of: Request.self, within: versions)
                let response = try await connection.send(makeRequest(version), version: version)
                guard let code = retryOn(response) else { return (response, version, nodeId) }
                failure = KafkaApiError(code: code, message: nil, context: "\(Request.messageName) \(groupId)")
            } catch let error as KafkaApiError where !error.isRetriable {
                throw error
            } catch {
                failure = error
            }
            if ContinuousClock.now >= deadline { throw failure }
            try await Task.sleep(for: min(self.config.cluster.backoff(attempt: attempt), max(.milliseconds(1), deadline - .now)))
        }
    }

    private static func retriable(_ code: Int16) -> ErrorCode? {
        let error = ErrorCode(code)
        return error == .notCoordinator || error == .coordinatorNotAvailable || error == .coordinatorLoadInProgress
            ? error : nil
    }

    /// Describes groups; a group that does not exist comes back in state `Dead`, as Kafka answers.
    public func describeGroups(_ groupIds: [String]) async throws -> [String: Result<
        ConsumerGroupDescription, KafkaApiError
    >] {
        var results: [String: Result<ConsumerGroupDescription, KafkaApiError>] = [:]
        for groupId in groupIds {
            do {
                let (response, _, nodeId) = try await self.sendToCoordinator(
                    groupId: groupId, { _ in DescribeGroupsRequest(groups: [groupId], includeAuthorizedOperations: false) },
                    retryOn: { Self.retriable($0.groups.first?.errorCode ?? 0) })
                guard let group = response.groups.first(where: { $0.groupId == groupId }) ?? response.groups.first else {
                    throw KafkaApiError(code: .unknownServerError, message: nil, context: "DescribeGroups \(groupId)")
                }
                let code = ErrorCode(group.errorCode)
                if code.isError {
                    results[groupId] = .failure(
                        KafkaApiError(code: code, message: nil, context: "DescribeGroups \(groupId)"))
                    continue
                }
                let coordinator = await self.cluster.metadata.brokers[nodeId]
                results[groupId] = .success(Self.description(of: group, coordinator: coordinator))
            } catch let error as KafkaApiError {
                results[groupId] = .failure(error)
            }
        }
        return results
    }

    static func description(
        of group: DescribeGroupsResponse.DescribedGroup, coordinator: ClusterMetadata.Broker?
    ) -> ConsumerGroupDescription {
        let isConsumer = group.protocolType == ConsumerProtocol.protocolType || group.protocolType.isEmpty
        return ConsumerGroupDescription(
            groupId: group.groupId, state: group.groupState, protocolType: group.protocolType,
            assignor: group.protocolData,
            members: group.members.map { member in
                let assignment =
                    isConsumer ? ((try? ConsumerProtocol.decodeAssignment(member.memberAssignment))?.partitions ?? []) : []
                return ConsumerGroupDescription.Member(
                    memberId: member.memberId, groupInstanceId: member.groupInstanceId, clientId: member.clientId,
                    host: member.clientHost, assignment: assignment)
            }, coordinator: coordinator)
    }

    /// The group's committed offsets (all partitions with one when `partitions` is nil).
    public func listConsumerGroupOffsets(
        _ groupId: String, partitions: [TopicPartition]? = nil
    ) async throws -> [TopicPartition: Int64] {
        let (response, version, _) = try await self.sendToCoordinator(
            groupId: groupId, { OffsetFetchCodec.request(groupId: groupId, partitions: partitions, version: $0) },
            versions: VersionRange(2, 8),
            retryOn: { response in
                let code = response.groups.first?.errorCode ?? response.errorCode
                return Self.retriable(code)
            })
        return try OffsetFetchCodec.offsets(of: response, groupId: groupId, version: version).filter { $0.value >= 0 }
    }

    /// Commits offsets for an inactive group (Kafka alterConsumerGroupOffsets: generation -1,
    /// no member id; an active group answers UNKNOWN_MEMBER_ID).
    public func alterConsumerGroupOffsets(
        _ groupId: String, offsets: [TopicPartition: Int64]
    ) async throws -> [TopicPartition: Result<Void, KafkaApiError>] {
        let request = ConsumerCoordinator.offsetCommitRequest(
            groupId: groupId, generationId: -1, memberId: "", groupInstanceId: nil, offsets: offsets, metadata: "")
        let (response, _, _) = try await self.sendToCoordinator(
            groupId: groupId, { _ in request }, versions: VersionRange(2, 8),
            retryOn: { Self.retriable(ConsumerCoordinator.firstError($0).rawValue) })
        var results: [TopicPartition: Result<Void, KafkaApiError>] = [:]
        for topic in response.topics {
            for partition in topic.partitions {
                let key = TopicPartition(topic: topic.name, partition: partition.partitionIndex)
                let code = ErrorCode(partition.errorCode)
                results[key] =
                    code.isError
                    ? .failure(KafkaApiError(code: code, message: nil, context: "OffsetCommit \(groupId) \(key)"))
                    : .success(())
            }
        }
        return results
    }

    /// Deletes groups (they must be empty: NON_EMPTY_GROUP otherwise, GROUP_ID_NOT_FOUND when unknown).
    public func deleteGroups(_ groupIds: [String]) async throws -> [String: Result<Void, KafkaApiError>] {
        var results: [String: Result<Void, KafkaApiError>] = [:]
        for groupId in groupIds {
            do {
                let (response, _, _) = try await self.sendToCoordinator(
                    groupId: groupId, { _ in DeleteGroupsRequest(groupsNames: [groupId]) },
                    retryOn: { Self.retriable($0.results.first?.errorCode ?? 0) })
                let code = ErrorCode(response.results.first(where: { $0.groupId == groupId })?.errorCode ?? 0)
                results[groupId] =
                    code.isError
                    ? .failure(KafkaApiError(code: code, message: nil, context: "DeleteGroups \(groupId)")) : .success(())
            } catch let error as KafkaApiError {
                results[groupId] = .failure(error)
            }
        }
        return results
    }

    /// Deletes committed offsets of partitions the group no longer subscribes to (KIP-496).
    /// - Returns: the top-level code (GROUP_ID_NOT_FOUND, NON_EMPTY_GROUP, ...) and a code per partition.
    public func deleteConsumerGroupOffsets(
        _ groupId: String, partitions: [TopicPartition]
    ) async throws -> (error: ErrorCode, partitions: [TopicPartition: ErrorCode]) {
        var request = OffsetDeleteRequest()
        request.groupId = groupId
        request.topics = Dictionary(grouping: partitions, by: \.topic).sorted { $0.key < $1.key }.map {
            OffsetDeleteRequest.OffsetDeleteRequestTopic(
                name: $0.key,
                partitions: $0.value.map(\.partition).sorted().map {
                    OffsetDeleteRequest.OffsetDeleteRequestPartition(partitionIndex: $0)
                })
        }
        let (response, _, _) = try await self.sendToCoordinator(
            groupId: groupId, { _ in request }, retryOn: { Self.retriable($0.errorCode) })
        var result: [TopicPartition: ErrorCode] = [:]
        for topic in response.topics {
            for partition in topic.partitions {
                result[TopicPartition(topic: topic.name, partition: partition.partitionIndex)] = ErrorCode(
                    partition.errorCode)
            }
        }
        return (ErrorCode(response.errorCode), result)
    }
}
