/// One `NAME://host:port` entry of `listeners` or `advertised.listeners`.
public struct Listener: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    /// Empty for all interfaces.
    public var host: String
    public var port: Int

    public init(name: String, host: String, port: Int) {
        self.name = name
        self.host = host
        self.port = port
    }

    /// Parses `NAME://host:port`; IPv6 hosts are bracketed (`PLAINTEXT://[::1]:9092`).
    public init(parsing text: String, key: String) throws {
        let invalid = ConfigException(
            message: "Error creating broker listeners from '\(text)': Unable to parse \(text) to a broker endpoint")
        let pieces = text.split(separator: "://", maxSplits: 1, omittingEmptySubsequences: false)
        guard pieces.count == 2 else { throw invalid }
        let name = String(pieces[0]).uppercased()
        let address = pieces[1]
        guard !name.isEmpty, let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]),
            (0...65535).contains(port)
        else { throw invalid }
        var host = String(address[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        self.init(name: name, host: host, port: port)
    }

    public var description: String {
        let shownHost = self.host.contains(":") ? "[\(self.host)]" : self.host
        return "\(self.name)://\(shownHost):\(self.port)"
    }
}
