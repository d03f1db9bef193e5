/// What the producer resumes when a record is acknowledged or fails: the task awaiting `send`, or
/// the callback given to the callback form of `send` (Kafka's `Future` and `Callback`).
enum DeliveryCompletion {
    /// An `await producer.send(...)` waiting for the outcome.
    case continuation(CheckedContinuation<RecordMetadata, Error>)
    /// A callback, called once on the producer's actor.
    case callback(@Sendable (Result<RecordMetadata, Error>) -> Void)

    /// Reports the record as written.
    func resume(returning metadata: RecordMetadata) {
        switch self {
        case .continuation(let continuation): continuation.resume(returning: metadata)
        case .callback(let callback): callback(.success(metadata))
        }
    }

    /// Reports the record as failed.
    func resume(throwing error: Error) {
        switch self {
        case .continuation(let continuation): continuation.resume(throwing: error)
        case .callback(let callback): callback(.failure(error))
        }
    }
}
