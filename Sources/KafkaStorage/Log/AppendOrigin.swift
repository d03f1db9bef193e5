/// Who is appending, which decides what is validated and whether offsets are assigned (Kafka
/// AppendOrigin.java).
public enum AppendOrigin: Sendable, Hashable {
    /// A producer through the Produce API: full validation, offsets assigned, sequences checked.
    case client
    /// The group or transaction coordinator: may write control batches (transaction markers).
    case coordinator
    /// A follower copying the leader: offsets kept as they are, sequences not checked.
    case replication
}
