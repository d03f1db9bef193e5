// generated from the request specs, do not edit (make regenerate)

extension ApiKey {
    public static let produce = ApiKey(rawValue: 0)
    public static let fetch = ApiKey(rawValue: 1)
    public static let listOffsets = ApiKey(rawValue: 2)
    public static let metadata = ApiKey(rawValue: 3)
    public static let leaderAndIsr = ApiKey(rawValue: 4)
    public static let stopReplica = ApiKey(rawValue: 5)
    public static let updateMetadata = ApiKey(rawValue: 6)
    public static let controlledShutdown = ApiKey(rawValue: 7)
    public static let offsetCommit = ApiKey(rawValue: 8)
    public static let offsetFetch = ApiKey(rawValue: 9)
    public static let findCoordinator = ApiKey(rawValue: 10)
    public static let joinGroup = ApiKey(rawValue: 11)
    public static let heartbeat = ApiKey(rawValue: 12)
    public static let leaveGroup = ApiKey(rawValue: 13)
    public static let syncGroup = ApiKey(rawValue: 14)
    public static let describeGroups = ApiKey(rawValue: 15)
    public static let listGroups = ApiKey(rawValue: 16)
    public static let saslHandshake = ApiKey(rawValue: 17)
    public static let apiVersions = ApiKey(rawValue: 18)
    public static let createTopics = ApiKey(rawValue: 19)
    public static let deleteTopics = ApiKey(rawValue: 20)
    public static let deleteRecords = ApiKey(rawValue: 21)
    public static let initProducerId = ApiKey(rawValue: 22)
    public static let offsetForLeaderEpoch = ApiKey(rawValue: 23)
    public static let addPartitionsToTxn = ApiKey(rawValue: 24)
    public static let addOffsetsToTxn = ApiKey(rawValue: 25)
    public static let endTxn = ApiKey(rawValue: 26)
    public static let writeTxnMarkers = ApiKey(rawValue: 27)
    public static let txnOffsetCommit = ApiKey(rawValue: 28)
    public static let describeAcls = ApiKey(rawValue: 29)
    public static let createAcls = ApiKey(rawValue: 30)
    public static let deleteAcls = ApiKey(rawValue: 31)
    public static let describeConfigs = ApiKey(rawValue: 32)
    public static let alterConfigs = ApiKey(rawValue: 33)
    public static let alterReplicaLogDirs = ApiKey(rawValue: 34)
    public static let describeLogDirs = ApiKey(rawValue: 35)
    public static let saslAuthenticate = ApiKey(rawValue: 36)
    public static let createPartitions = ApiKey(rawValue: 37)
    public static let createDelegationToken = ApiKey(rawValue: 38)
    public static let renewDelegationToken = ApiKey(rawValue: 39)
    public static let expireDelegationToken = ApiKey(rawValue: 40)
    public static let describeDelegationToken = ApiKey(rawValue: 41)
    public static let deleteGroups = ApiKey(rawValue: 42)
    public static let electLeaders = ApiKey(rawValue: 43)
    public static let incrementalAlterConfigs = ApiKey(rawValue: 44)
    public static let alterPartitionReassignments = ApiKey(rawValue: 45)
    public static let listPartitionReassignments = ApiKey(rawValue: 46)
    public static let offsetDelete = ApiKey(rawValue: 47)
    public static let describeClientQuotas = ApiKey(rawValue: 48)
    public static let alterClientQuotas = ApiKey(rawValue: 49)
    public static let describeUserScramCredentials = ApiKey(rawValue: 50)
    public static let alterUserScramCredentials = ApiKey(rawValue: 51)
    public static let vote = ApiKey(rawValue: 52)
    public static let beginQuorumEpoch = ApiKey(rawValue: 53)
    public static let endQuorumEpoch = ApiKey(rawValue: 54)
    public static let describeQuorum = ApiKey(rawValue: 55)
    public static let alterPartition = ApiKey(rawValue: 56)
    public static let updateFeatures = ApiKey(rawValue: 57)
    public static let envelope = ApiKey(rawValue: 58)
    public static let fetchSnapshot = ApiKey(rawValue: 59)
    public static let describeCluster = ApiKey(rawValue: 60)
    public static let describeProducers = ApiKey(rawValue: 61)
    public static let brokerRegistration = ApiKey(rawValue: 62)
    public static let brokerHeartbeat = ApiKey(rawValue: 63)
    public static let unregisterBroker = ApiKey(rawValue: 64)
    public static let describeTransactions = ApiKey(rawValue: 65)
    public static let listTransactions = ApiKey(rawValue: 66)
    public static let allocateProducerIds = ApiKey(rawValue: 67)
    public static let consumerGroupHeartbeat = ApiKey(rawValue: 68)
    public static let consumerGroupDescribe = ApiKey(rawValue: 69)
    public static let controllerRegistration = ApiKey(rawValue: 70)
    public static let getTelemetrySubscriptions = ApiKey(rawValue: 71)
    public static let pushTelemetry = ApiKey(rawValue: 72)
    public static let assignReplicasToDirs = ApiKey(rawValue: 73)
    public static let listClientMetricsResources = ApiKey(rawValue: 74)
    public static let describeTopicPartitions = ApiKey(rawValue: 75)
    public static let shareGroupHeartbeat = ApiKey(rawValue: 76)
    public static let shareGroupDescribe = ApiKey(rawValue: 77)
    public static let shareFetch = ApiKey(rawValue: 78)
    public static let shareAcknowledge = ApiKey(rawValue: 79)
    public static let addRaftVoter = ApiKey(rawValue: 80)
    public static let removeRaftVoter = ApiKey(rawValue: 81)
    public static let updateRaftVoter = ApiKey(rawValue: 82)
    public static let initializeShareGroupState = ApiKey(rawValue: 83)
    public static let readShareGroupState = ApiKey(rawValue: 84)
    public static let writeShareGroupState = ApiKey(rawValue: 85)
    public static let deleteShareGroupState = ApiKey(rawValue: 86)
    public static let readShareGroupStateSummary = ApiKey(rawValue: 87)

    /// Every API key the generated code knows, in key order.
    public static let allKnown: [ApiKey] = [
        .produce,
        .fetch,
        .listOffsets,
        .metadata,
        .leaderAndIsr,
        .stopReplica,
        .updateMetadata,
        .controlledShutdown,
        .offsetCommit,
        .offsetFetch,
        .findCoordinator,
        .joinGroup,
        .heartbeat,
        .leaveGroup,
        .syncGroup,
        .describeGroups,
        .listGroups,
        .saslHandshake,
        .apiVersions,
        .createTopics,
        .deleteTopics,
        .deleteRecords,
        .initProducerId,
        .offsetForLeaderEpoch,
        .addPartitionsToTxn,
        .addOffsetsToTxn,
        .endTxn,
        .writeTxnMarkers,
        .txnOffsetCommit,
        .describeAcls,
        .createAcls,
        .deleteAcls,
        .describeConfigs,
        .alterConfigs,
        .alterReplicaLogDirs,
        .describeLogDirs,
        .saslAuthenticate,
        .createPartitions,
        .createDelegationToken,
        .renewDelegationToken,
        .expireDelegationToken,
        .describeDelegationToken,
        .deleteGroups,
        .electLeaders,
        .incrementalAlterConfigs,
        .alterPartitionReassignments,
        .listPartitionReassignments,
        .offsetDelete,
        .describeClientQuotas,
        .alterClientQuotas,
        .describeUserScramCredentials,
        .alterUserScramCredentials,
        .vote,
        .beginQuorumEpoch,
        .endQuorumEpoch,
        .describeQuorum,
        .alterPartition,
        .updateFeatures,
        .envelope,
        .fetchSnapshot,
        .describeCluster,
        .describeProducers,
        .brokerRegistration,
        .brokerHeartbeat,
        .unregisterBroker,
        .describeTransactions,
        .listTransactions,
        .allocateProducerIds,
        .consumerGroupHeartbeat,
        .consumerGroupDescribe,
        .controllerRegistration,
        .getTelemetrySubscriptions,
        .pushTelemetry,
        .assignReplicasToDirs,
        .listClientMetricsResources,
        .describeTopicPartitions,
        .shareGroupHeartbeat,
        .shareGroupDescribe,
        .shareFetch,
        .shareAcknowledge,
        .addRaftVoter,
        .removeRaftVoter,
        .updateRaftVoter,
        .initializeShareGroupState,
        .readShareGroupState,
        .writeShareGroupState,
        .deleteShareGroupState,
        .readShareGroupStateSummary,
    ]

    /// Kafka's name for the API (`ApiKeys.name`), or "Unknown(n)".
    public var name: String {
        switch self.rawValue {
        case 0: return "Produce"
        case 1: return "Fetch"
        case 2: return "ListOffsets"
        case 3: return "Metadata"
        case 4: return "LeaderAndIsr"
        case 5: return "StopReplica"
        case 6: return "UpdateMetadata"
        case 7: return "ControlledShutdown"
        case 8: return "OffsetCommit"
        case 9: return "OffsetFetch"
        case 10: return "FindCoordinator"
        case 11: return "JoinGroup"
        case 12: return "Heartbeat"
        case 13: return "LeaveGroup"
        case 14: return "SyncGroup"
        case 15: return "DescribeGroups"
        case 16: return "ListGroups"
        case 17: return "SaslHandshake"
        case 18: return "ApiVersions"
        case 19: return "CreateTopics"
        case 20: return "DeleteTopics"
        case 21: return "DeleteRecords"
        case 22: return "InitProducerId"
        case 23: return "OffsetForLeaderEpoch"
        case 24: return "AddPartitionsToTxn"
        case 25: return "AddOffsetsToTxn"
        case 26: return "EndTxn"
        case 27: return "WriteTxnMarkers"
        case 28: return "TxnOffsetCommit"
        case 29: return "DescribeAcls"
        case 30: return "CreateAcls"
        case 31: return "DeleteAcls"
        case 32: return "DescribeConfigs"
        case 33: return "AlterConfigs"
        case 34: return "AlterReplicaLogDirs"
        case 35: return "DescribeLogDirs"
        case 36: return "SaslAuthenticate"
        case 37: return "CreatePartitions"
        case 38: return "CreateDelegationToken"
        case 39: return "RenewDelegationToken"
        case 40: return "ExpireDelegationToken"
        case 41: return "DescribeDelegationToken"
        case 42: return "DeleteGroups"
        case 43: return "ElectLeaders"
        case 44: return "IncrementalAlterConfigs"
        case 45: return "AlterPartitionReassignments"
        case 46: return "ListPartitionReassignments"
        case 47: return "OffsetDelete"
        case 48: return "DescribeClientQuotas"
        case 49: return "AlterClientQuotas"
        case 50: return "DescribeUserScramCredentials"
        case 51: return "AlterUserScramCredentials"
        case 52: return "Vote"
        case 53: return "BeginQuorumEpoch"
        case 54: return "EndQuorumEpoch"
        case 55: return "DescribeQuorum"
        case 56: return "AlterPartition"
        case 57: return "UpdateFeatures"
        case 58: return "Envelope"
        case 59: return "FetchSnapshot"
        case 60: return "DescribeCluster"
        case 61: return "DescribeProducers"
        case 62: return "BrokerRegistration"
        case 63: return "BrokerHeartbeat"
        case 64: return "UnregisterBroker"
        case 65: return "DescribeTransactions"
        case 66: return "ListTransactions"
        case 67: return "AllocateProducerIds"
        case 68: return "ConsumerGroupHeartbeat"
        case 69: return "ConsumerGroupDescribe"
        case 70: return "ControllerRegistration"
        case 71: return "GetTelemetrySubscriptions"
        case 72: return "PushTelemetry"
        case 73: return "AssignReplicasToDirs"
        case 74: return "ListClientMetricsResources"
        case 75: return "DescribeTopicPartitions"
        case 76: return "ShareGroupHeartbeat"
        case 77: return "ShareGroupDescribe"
        case 78: return "ShareFetch"
        case 79: return "ShareAcknowledge"
        case 80: return "AddRaftVoter"
        case 81: return "RemoveRaftVoter"
        case 82: return "UpdateRaftVoter"
        case 83: return "InitializeShareGroupState"
        case 84: return "ReadShareGroupState"
        case 85: return "WriteShareGroupState"
        case 86: return "DeleteShareGroupState"
        case 87: return "ReadShareGroupStateSummary"
        default: return "Unknown(\(self.rawValue))"
        }
    }

    /// The generated request type for this key, if known.
    public var requestType: (any KafkaRequest.Type)? {
        switch self.rawValue {
        case 0: return ProduceRequest.self
        case 1: return FetchRequest.self
        case 2: return ListOffsetsRequest.self
        case 3: return MetadataRequest.self
        case 4: return LeaderAndIsrRequest.self
        case 5: return StopReplicaRequest.self
        case 6: return UpdateMetadataRequest.self
        case 7: return ControlledShutdownRequest.self
        case 8: return OffsetCommitRequest.self
        case 9: return OffsetFetchRequest.self
        case 10: return FindCoordinatorRequest.self
        case 11: return JoinGroupRequest.self
        case 12: return HeartbeatRequest.self
        case 13: return LeaveGroupRequest.self
        case 14: return SyncGroupRequest.self
        case 15: return DescribeGroupsRequest.self
        case 16: return ListGroupsRequest.self
        case 17: return SaslHandshakeRequest.self
        case 18: return ApiVersionsRequest.self
        case 19: return CreateTopicsRequest.self
        case 20: return DeleteTopicsRequest.self
        case 21: return DeleteRecordsRequest.self
        case 22: return InitProducerIdRequest.self
        case 23: return OffsetForLeaderEpochRequest.self
        case 24: return AddPartitionsToTxnRequest.self
        case 25: return AddOffsetsToTxnRequest.self
        case 26: return EndTxnRequest.self
        case 27: return WriteTxnMarkersRequest.self
        case 28: return TxnOffsetCommitRequest.self
        case 29: return DescribeAclsRequest.self
        case 30: return CreateAclsRequest.self
        case 31: return DeleteAclsRequest.self
        case 32: return DescribeConfigsRequest.self
        case 33: return AlterConfigsRequest.self
        case 34: return AlterReplicaLogDirsRequest.self
        case 35: return DescribeLogDirsRequest.self
        case 36: return SaslAuthenticateRequest.self
        case 37: return CreatePartitionsRequest.self
        case 38: return CreateDelegationTokenRequest.self
        case 39: return RenewDelegationTokenRequest.self
        case 40: return ExpireDelegationTokenRequest.self
        case 41: return DescribeDelegationTokenRequest.self
        case 42: return DeleteGroupsRequest.self
        case 43: return ElectLeadersRequest.self
        case 44: return IncrementalAlterConfigsRequest.self
        case 45: return AlterPartitionReassignmentsRequest.self
        case 46: return ListPartitionReassignmentsRequest.self
        case 47: return OffsetDeleteRequest.self
        case 48: return DescribeClientQuotasRequest.self
        case 49: return AlterClientQuotasRequest.self
        case 50: return DescribeUserScramCredentialsRequest.self
        case 51: return AlterUserScramCredentialsRequest.self
        case 52: return VoteRequest.self
        case 53: return BeginQuorumEpochRequest.self
        case 54: return EndQuorumEpochRequest.self
        case 55: return DescribeQuorumRequest.self
        case 56: return AlterPartitionRequest.self
        case 57: return UpdateFeaturesRequest.self
        case 58: return EnvelopeRequest.self
        case 59: return FetchSnapshotRequest.self
        case 60: return DescribeClusterRequest.self
        case 61: return DescribeProducersRequest.self
        case 62: return BrokerRegistrationRequest.self
        case 63: return BrokerHeartbeatRequest.self
        case 64: return UnregisterBrokerRequest.self
        case 65: return DescribeTransactionsRequest.self
        case 66: return ListTransactionsRequest.self
        case 67: return AllocateProducerIdsRequest.self
        case 68: return ConsumerGroupHeartbeatRequest.self
        case 69: return ConsumerGroupDescribeRequest.self
        case 70: return ControllerRegistrationRequest.self
        case 71: return GetTelemetrySubscriptionsRequest.self
        case 72: return PushTelemetryRequest.self
        case 73: return AssignReplicasToDirsRequest.self
        case 74: return ListClientMetricsResourcesRequest.self
        case 75: return DescribeTopicPartitionsRequest.self
        case 76: return ShareGroupHeartbeatRequest.self
        case 77: return ShareGroupDescribeRequest.self
        case 78: return ShareFetchRequest.self
        case 79: return ShareAcknowledgeRequest.self
        case 80: return AddRaftVoterRequest.self
        case 81: return RemoveRaftVoterRequest.self
        case 82: return UpdateRaftVoterRequest.self
        case 83: return InitializeShareGroupStateRequest.self
        case 84: return ReadShareGroupStateRequest.self
        case 85: return WriteShareGroupStateRequest.self
        case 86: return DeleteShareGroupStateRequest.self
        case 87: return ReadShareGroupStateSummaryRequest.self
        default: return nil
        }
    }

    /// The generated response type for this key, if known.
    public var responseType: (any KafkaResponse.Type)? {
        switch self.rawValue {
        case 0: return ProduceResponse.self
        case 1: return FetchResponse.self
        case 2: return ListOffsetsResponse.self
        case 3: return MetadataResponse.self
        case 4: return LeaderAndIsrResponse.self
        case 5: return StopReplicaResponse.self
        case 6: return UpdateMetadataResponse.self
        case 7: return ControlledShutdownResponse.self
        case 8: return OffsetCommitResponse.self
        case 9: return OffsetFetchResponse.self
        case 10: return FindCoordinatorResponse.self
        case 11: return JoinGroupResponse.self
        case 12: return HeartbeatResponse.self
        case 13: return LeaveGroupResponse.self
        case 14: return SyncGroupResponse.self
        case 15: return DescribeGroupsResponse.self
        case 16: return ListGroupsResponse.self
        case 17: return SaslHandshakeResponse.self
        case 18: return ApiVersionsResponse.self
        case 19: return CreateTopicsResponse.self
        case 20: return DeleteTopicsResponse.self
        case 21: return DeleteRecordsResponse.self
        case 22: return InitProducerIdResponse.self
        case 23: return OffsetForLeaderEpochResponse.self
        case 24: return AddPartitionsToTxnResponse.self
        case 25: return AddOffsetsToTxnResponse.self
        case 26: return EndTxnResponse.self
        case 27: return WriteTxnMarkersResponse.self
        case 28: return TxnOffsetCommitResponse.self
        case 29: return DescribeAclsResponse.self
        case 30: return CreateAclsResponse.self
        case 31: return DeleteAclsResponse.self
        case 32: return DescribeConfigsResponse.self
        case 33: return AlterConfigsResponse.self
        case 34: return AlterReplicaLogDirsResponse.self
        case 35: return DescribeLogDirsResponse.self
        case 36: return SaslAuthenticateResponse.self
        case 37: return CreatePartitionsResponse.self
        case 38: return CreateDelegationTokenResponse.self
        case 39: return RenewDelegationTokenResponse.self
        case 40: return ExpireDelegationTokenResponse.self
        case 41: return DescribeDelegationTokenResponse.self
        case 42: return DeleteGroupsResponse.self
        case 43: return ElectLeadersResponse.self
        case 44: return IncrementalAlterConfigsResponse.self
        case 45: return AlterPartitionReassignmentsResponse.self
        case 46: return ListPartitionReassignmentsResponse.self
        case 47: return OffsetDeleteResponse.self
        case 48: return DescribeClientQuotasResponse.self
        case 49: return AlterClientQuotasResponse.self
        case 50: return DescribeUserScramCredentialsResponse.self
        case 51: return AlterUserScramCredentialsResponse.self
        case 52: return VoteResponse.self
        case 53: return BeginQuorumEpochResponse.self
        case 54: return EndQuorumEpochResponse.self
        case 55: return DescribeQuorumResponse.self
        case 56: return AlterPartitionResponse.self
        case 57: return UpdateFeaturesResponse.self
        case 58: return EnvelopeResponse.self
        case 59: return FetchSnapshotResponse.self
        case 60: return DescribeClusterResponse.self
        case 61: return DescribeProducersResponse.self
        case 62: return BrokerRegistrationResponse.self
        case 63: return BrokerHeartbeatResponse.self
        case 64: return UnregisterBrokerResponse.self
        case 65: return DescribeTransactionsResponse.self
        case 66: return ListTransactionsResponse.self
        case 67: return AllocateProducerIdsResponse.self
        case 68: return ConsumerGroupHeartbeatResponse.self
        case 69: return ConsumerGroupDescribeResponse.self
        case 70: return ControllerRegistrationResponse.self
        case 71: return GetTelemetrySubscriptionsResponse.self
        case 72: return PushTelemetryResponse.self
        case 73: return AssignReplicasToDirsResponse.self
        case 74: return ListClientMetricsResourcesResponse.self
        case 75: return DescribeTopicPartitionsResponse.self
        case 76: return ShareGroupHeartbeatResponse.self
        case 77: return ShareGroupDescribeResponse.self
        case 78: return ShareFetchResponse.self
        case 79: return ShareAcknowledgeResponse.self
        case 80: return AddRaftVoterResponse.self
        case 81: return RemoveRaftVoterResponse.self
        case 82: return UpdateRaftVoterResponse.self
        case 83: return InitializeShareGroupStateResponse.self
        case 84: return ReadShareGroupStateResponse.self
        case 85: return WriteShareGroupStateResponse.self
        case 86: return DeleteShareGroupStateResponse.self
        case 87: return ReadShareGroupStateSummaryResponse.self
        default: return nil
        }
    }
}
