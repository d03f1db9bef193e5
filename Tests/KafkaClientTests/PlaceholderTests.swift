import Testing
@testable import KafkaClient
@Test func clientTargetBuilds() { _ = KafkaClientModule.self }
