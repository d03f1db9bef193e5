import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaBroker

@Suite struct ClusterHandlerTests {
    @Test("DescribeCluster lists the brokers on the request's listener", arguments: [0, 1] as [Int16])
    func describeCluster(version: Int16) async throws {
        try await AdminTestBroker.with { broker in
            let response = try await broker.dispatch(DescribeClusterRequest(), version: version)
            #expect(response.errorCode == 0 && response.errorMessage == nil)
            #expect(response.clusterId == AdminTestBroker.clusterId && response.controllerId == 1)
            #expect(response.brokers == [.init(brokerId: 1, host: "broker.test", port: 9092, rack: nil)])
            #expect(response.clusterAuthorizedOperations == Int32.min)
        }
    }

    @Test("controller endpoints are refused on the broker listener and listed on the controller listener")
    func describeControllers() async throws {
        try await AdminTestBroker.with { broker in
            let refused = try await broker.dispatch(DescribeClusterRequest(endpointType: 2), version: 1)
            #expect(refused.errorCode == ErrorCode.unsupportedEndpointType.rawValue && refused.brokers.isEmpty)
            let controllerClient = ClientConnection(connectionId: "c", remoteAddress: "127.0.0.1:2", listenerName: "CONTROLLER")
            let listed = try await broker.dispatch(DescribeClusterRequest(endpointType: 2), version: 1, client: controllerClient)
            #expect(listed.errorCode == 0 && listed.endpointType == 2)
            #expect(listed.brokers == [.init(brokerId: 1, host: "localhost", port: 9093, rack: nil)])
        }
    }

    @Test("InitProducerId hands idempotent producers new ids with epoch 0", arguments: [0, 5] as [Int16])
    func initProducerId(version: Int16) async throws {
        try await AdminTestBroker.with { broker in
            var ids: [Int64] = []
            for _ in 0..<3 {
                let response = try await broker.dispatch(InitProducerIdRequest(transactionalId: nil, transactionTimeoutMs: 60000), version: version)
                #expect(response.errorCode == 0 && response.producerEpoch == 0)
                ids.append(response.producerId)
            }
            #expect(Set(ids).count == 3 && ids.allSatisfy { $0 >= 0 })
            #expect(broker.image.nextProducerId > ids.max() ?? 0)
        }
    }

    @Test("transactional ids get COORDINATOR_NOT_AVAILABLE and the empty id INVALID_REQUEST", arguments: [0, 5] as [Int16])
    func transactionalIds(version: Int16) async throws {
        try await AdminTestBroker.with { broker in
            let pending = try await broker.dispatch(InitProducerIdRequest(transactionalId: "txn-1", transactionTimeoutMs: 60000), version: version)
            #expect(pending.errorCode == ErrorCode.coordinatorNotAvailable.rawValue)
            #expect(pending.producerId == -1 && pending.producerEpoch == -1)
            let empty = try await broker.dispatch(InitProducerIdRequest(transactionalId: "", transactionTimeoutMs: 60000), version: version)
            #expect(empty.errorCode == ErrorCode.invalidRequest.rawValue)
        }
    }

    @Test("FindCoordinator is COORDINATOR_NOT_AVAILABLE for one key before v4 and per key from v4", arguments: [0, 3, 4, 6] as [Int16])
    func findCoordinator(version: Int16) async throws {
        try await AdminTestBroker.with { broker in
            let request = version >= 4
                ? FindCoordinatorRequest(keyType: 0, coordinatorKeys: ["group-a", "group-b"])
                : FindCoordinatorRequest(key: "group-a", keyType: version >= 1 ? 1 : 0)
            let response = try await broker.dispatch(request, version: version)
            let unavailable = ErrorCode.coordinatorNotAvailable.rawValue
            if version >= 4 {
                #expect(response.coordinators.map(\.key) == ["group-a", "group-b"])
                #expect(response.coordinators.allSatisfy { $0.errorCode == unavailable && $0.nodeId == -1 && $0.port == -1 })
            } else {
                #expect(response.errorCode == unavailable && response.nodeId == -1 && response.host == "")
            }
            let badType = try await broker.dispatch(FindCoordinatorRequest(key: "g", keyType: 7), version: 3)
            #expect(badType.errorCode == ErrorCode.invalidRequest.rawValue)
        }
    }

    @Test("ApiVersions advertises exactly the served ranges, from Kafka 4.0's floors")
    func servedVersions() async throws {
        try await AdminTestBroker.with { broker in
            let served = Dictionary(uniqueKeysWithValues: broker.registry.supportedApis.map { ($0.apiKey, ($0.minVersion, $0.maxVersion)) })
            let expected: [(ApiKey, Int16, Int16)] = [
                (MetadataRequest.apiKey, 0, 12), (CreateTopicsRequest.apiKey, 2, 7), (DeleteTopicsRequest.apiKey, 1, 6),
                (CreatePartitionsRequest.apiKey, 0, 3), (DescribeConfigsRequest.apiKey, 1, 4),
                (AlterConfigsRequest.apiKey, 0, 2), (IncrementalAlterConfigsRequest.apiKey, 0, 1),
                (DescribeClusterRequest.apiKey, 0, 1), (InitProducerIdRequest.apiKey, 0, 5),
                (FindCoordinatorRequest.apiKey, 0, 6),
            ]
            for (key, low, high) in expected {
                #expect(served[key.rawValue]?.0 == low && served[key.rawValue]?.1 == high, "\(key.name)")
            }
        }
    }

    @Test("versions Kafka 4.0 removed close the connection")
    func removedVersions() async throws {
        try await AdminTestBroker.with { broker in
            let frames: [ProtocolWriter] = [
                try CreateTopicsRequest().encodeFrame(version: 1, correlationId: 1, clientId: nil),
                try DeleteTopicsRequest().encodeFrame(version: 0, correlationId: 2, clientId: nil),
                try DescribeConfigsRequest().encodeFrame(version: 0, correlationId: 3, clientId: nil),
            ]
            for writer in frames {
                var bytes = try writer.contiguousBuffer()
                bytes.moveReaderIndex(forwardBy: 4)
                guard case .closeConnection = await broker.registry.dispatch(try RequestFrame(decoding: bytes), from: broker.client) else {
                    Issue.record("expected the connection to close")
                    continue
                }
            }
        }
    }

    @Test("every handler's error response encodes at its lowest and highest version")
    func errorResponsesEncode() async throws {
        try await AdminTestBroker.with { broker in
            let context = broker.context
            try Self.checkErrorResponse(MetadataHandler(context: context), MetadataRequest(topics: [.init(name: "t")]))
            try Self.checkErrorResponse(CreateTopicsHandler(context: context), CreateTopicsRequest(topics: [.init(name: "t")]))
            try Self.checkErrorResponse(DeleteTopicsHandler(context: context), DeleteTopicsRequest())
            try Self.checkErrorResponse(CreatePartitionsHandler(context: context), CreatePartitionsRequest(topics: [.init(name: "t")]))
            try Self.checkErrorResponse(
                DescribeConfigsHandler(context: context), DescribeConfigsRequest(resources: [.init(resourceType: 2, resourceName: "t")]))
            try Self.checkErrorResponse(
                AlterConfigsHandler(context: context), AlterConfigsRequest(resources: [.init(resourceType: 2, resourceName: "t")]))
            try Self.checkErrorResponse(
                IncrementalAlterConfigsHandler(context: context),
                IncrementalAlterConfigsRequest(resources: [.init(resourceType: 2, resourceName: "t")]))
            try Self.checkErrorResponse(DescribeClusterHandler(context: context), DescribeClusterRequest())
            try Self.checkErrorResponse(InitProducerIdHandler(context: context), InitProducerIdRequest())
            // One key before v4, batched keys from v4: each form at the versions that carry it.
            try Self.checkErrorResponse(FindCoordinatorHandler(), FindCoordinatorRequest(key: "g"), versions: [0, 3])
            try Self.checkErrorResponse(FindCoordinatorHandler(), FindCoordinatorRequest(coordinatorKeys: ["g"]), versions: [4, 6])
        }
    }

    static func checkErrorResponse<Handler: ApiHandler>(
        _ handler: Handler, _ request: Handler.Request, versions: [Int16]? = nil
    ) throws {
        let response = handler.errorResponse(to: request, error: .unknownServerError)
        for version in versions ?? [handler.versions.lowest, handler.versions.highest] {
            _ = try response.encodeFrame(version: version, correlationId: 1)
        }
    }
}
