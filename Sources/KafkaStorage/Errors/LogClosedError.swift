/// The partition log was closed or deleted and takes no more calls.
public struct LogClosedError: Error, Equatable, Sendable, CustomStringConvertible {
    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public var description: String { "log \(self.directory) is closed" }
}
