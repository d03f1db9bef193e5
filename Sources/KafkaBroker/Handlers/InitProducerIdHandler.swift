import KafkaProtocol

// API: InitProducerId (key 22), versions 0-5; Kafka 4.0 serves the same range (v6, KIP-939's
// two-phase commit fields, is newer than the message specs this package is generated from).
//
// Behaviour (Kafka TransactionCoordinator.handleInitProducerId):
// - a null transactional id (an idempotent, non-transactional producer): always a new producer id
//   from the controller's producer id blocks, with epoch 0; v3+'s producerId/producerEpoch are
//   ignored, as Kafka ignores them without a transactional id.
// - an empty transactional id is INVALID_REQUEST.
// - any other transactional id: COORDINATOR_NOT_AVAILABLE (retriable), with producer id -1 and
//   epoch -1. There is no transaction coordinator yet, so no broker owns the id's
//   `__transaction_state` partition; FindCoordinator answers the same, so clients keep looking up
//   the coordinator until their timeout rather than failing fatally.
//
// Gaps: transactions (the coordinator and `__transaction_state`); no authorizer, no
// `transactional.id.expiration.ms` handling.

/// Hands out producer ids for idempotent producers.
public struct InitProducerIdHandler: ApiHandler {
    public typealias Request = InitProducerIdRequest

    public let versions = VersionRange(0, 5)
    let context: BrokerContext

    public init(context: BrokerContext) {
        self.context = context
    }

    public func handle(
        _ request: InitProducerIdRequest, version: Int16, client: ClientConnection
    ) async throws -> InitProducerIdResponse? {
        guard let transactionalId = request.transactionalId else {
            let producerId = try await self.context.controller.allocateProducerId()
            return InitProducerIdResponse(errorCode: ErrorCode.none.rawValue, producerId: producerId, producerEpoch: 0)
        }
        return self.errorResponse(to: request, error: transactionalId.isEmpty ? .invalidRequest : .coordinatorNotAvailable)
    }

    /// No producer id: -1 and epoch -1 (Kafka RecordBatch.NO_PRODUCER_ID / NO_PRODUCER_EPOCH).
    public func errorResponse(to request: InitProducerIdRequest, error: ErrorCode) -> InitProducerIdResponse {
        InitProducerIdResponse(errorCode: error.rawValue, producerId: -1, producerEpoch: -1)
    }
}
