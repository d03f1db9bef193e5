import Testing
@testable import KafkaServerTools
@Test func placeholder() {}
