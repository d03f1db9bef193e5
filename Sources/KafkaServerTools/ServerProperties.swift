import Foundation
import KafkaBroker
import KafkaTools

/// Reads a `server.properties` file (Java properties syntax) into a map.
enum ServerProperties {
    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    static func load(_ path: String) throws -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Unreadable(description: "java.nio.file.NoSuchFileException: \(path)")
        }
        return try JavaProperties(parsing: [UInt8](data)).values
    }
}
