/// Kafka's topic name rules (Kafka Topic.java `validate`), with its messages.
enum TopicNameValidator {
    static let maximumLength = 249

    /// Nil when `name` is a legal topic name, else Kafka's explanation.
    static func problem(with name: String) -> String? {
        if name.isEmpty { return "Topic name is illegal, it can't be empty" }
        if name == "." || name == ".." { return "Topic name cannot be \".\" or \"..\"" }
        if name.utf8.count > Self.maximumLength {
            return "Topic name is illegal, it can't be longer than \(Self.maximumLength) characters, topic name: \(name)"
        }
        let legal = name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
        if !legal {
            return "Topic name \"\(name)\" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'"
        }
        return nil
    }

    /// Nil when a topic may be created with `name`, else the KRaft controller's explanation
    /// (Kafka ReplicationControlManager.validateName, whose wording differs from Topic.validate's).
    static func creationProblem(with name: String) -> String? {
        guard self.problem(with: name) != nil else { return nil }
        if name.isEmpty { return "Topic name is invalid: the empty string is not allowed" }
        if name == "." || name == ".." { return "Topic name is invalid: '\(name)' is not allowed" }
        if name.utf8.count > Self.maximumLength {
            return "Topic name is invalid: the length of '\(name)' is longer than the max allowed length \(Self.maximumLength)"
        }
        return "Topic name is invalid: '\(name)' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'"
    }

    /// Kafka treats '.' and '_' as the same in metric names, so topics differing only there collide.
    static func collisionKey(_ name: String) -> String {
        String(name.map { $0 == "." ? "_" : $0 })
    }
}
