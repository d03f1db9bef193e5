import KafkaProtocol

// API: DescribeCluster (key 60), versions 0-1; Kafka 4.0 serves the same range. KIP-700 moved the
// cluster-level fields here from Metadata; the Java AdminClient's describeCluster uses it.
//
// Behaviour (Kafka KafkaApis.handleDescribeCluster / ControllerApis.handleDescribeCluster):
// - endpointType 1 (brokers, the only type before v1): the registered, unfenced brokers advertising
//   the listener the request came in on, with that listener's host, port and rack; cluster id; the
//   controller id is this node (a combined single node).
// - endpointType 2 (controllers, KIP-919): answered on a controller listener with the quorum voters
//   from `controller.quorum.voters`; a broker listener answers UNSUPPORTED_ENDPOINT_TYPE, as a Kafka
//   broker does, and so does a controller listener asked for brokers. Other types: the same error.
// - clusterAuthorizedOperations stays at Kafka's "not requested" value -2147483648.
//
// Gaps: no authorizer, so includeClusterAuthorizedOperations is ignored; voters are reported from
// the static configuration (no KIP-853 dynamic quorum).

/// Describes the cluster's brokers (or controllers) from the metadata image.
public struct DescribeClusterHandler: ApiHandler {
    public typealias Request = DescribeClusterRequest

    public let versions = VersionRange(0, 1)
    let context: BrokerContext

    /// DescribeClusterRequest endpoint types (Kafka EndpointType).
    static let brokerEndpoints: Int8 = 1
    static let controllerEndpoints: Int8 = 2

    public init(context: BrokerContext) {
        self.context = context
    }

    public func handle(
        _ request: DescribeClusterRequest, version: Int16, client: ClientConnection
    ) async throws -> DescribeClusterResponse? {
        let config = self.context.config
        let onControllerListener = config.controllerListenerNames.contains(client.listenerName)
        var response = DescribeClusterResponse(
            errorCode: ErrorCode.none.rawValue, errorMessage: nil, endpointType: request.endpointType,
            clusterId: self.context.clusterId, controllerId: self.context.nodeId)
        switch (request.endpointType, onControllerListener) {
        case (Self.brokerEndpoints, false):
            response.brokers = self.context.publisher.current.aliveBrokers(on: client.listenerName).map {
                DescribeClusterResponse.DescribeClusterBroker(brokerId: $0.id, host: $0.host, port: $0.port, rack: $0.rack)
            }
        case (Self.controllerEndpoints, true):
            response.brokers = config.voters.map {
                DescribeClusterResponse.DescribeClusterBroker(
                    brokerId: $0.id, host: $0.host, port: Int32(clamping: $0.port), rack: nil)
            }
        default:
            return self.errorResponse(to: request, error: .unsupportedEndpointType)
        }
        return response
    }

    /// The response that reports `error`, with the endpoint type echoed so it encodes at v1.
    public func errorResponse(to request: DescribeClusterRequest, error: ErrorCode) -> DescribeClusterResponse {
        let message = error == .unsupportedEndpointType
            ? "The request endpoint type \(request.endpointType) is not supported on this listener." : nil
        return DescribeClusterResponse(
            errorCode: error.rawValue, errorMessage: message, endpointType: request.endpointType,
            clusterId: self.context.clusterId, controllerId: self.context.nodeId)
    }
}
