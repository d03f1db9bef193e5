import Testing
@testable import KafkaStorage
@Test func storageTargetBuilds() { _ = KafkaStorage.self }
