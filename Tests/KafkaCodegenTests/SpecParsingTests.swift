import Foundation
@testable import KafkaCodegen
import Testing

@Suite struct SpecParsingTests {
    @Test("version ranges parse Kafka's four forms and render conditions only where they can differ")
    func versionRanges() throws {
        #expect(try SpecVersionRange(parsing: "3+") == SpecVersionRange(lowest: 3, highest: Int(Int16.max)))
        #expect(try SpecVersionRange(parsing: "0-4") == SpecVersionRange(lowest: 0, highest: 4))
        #expect(try SpecVersionRange(parsing: "7") == SpecVersionRange(lowest: 7, highest: 7))
        #expect(try SpecVersionRange(parsing: "none").isEmpty)
        #expect(throws: SpecError.self) { try SpecVersionRange(parsing: "x") }
        let context = try SpecVersionRange(parsing: "0-12")
        #expect(try SpecVersionRange(parsing: "0+").condition(within: context) == nil)
        #expect(try SpecVersionRange(parsing: "4+").condition(within: context) == "version >= 4")
        #expect(try SpecVersionRange(parsing: "2-5").condition(within: context) == "version >= 2 && version <= 5")
        #expect(try SpecVersionRange(parsing: "13+").condition(within: context) == "false")
    }

    @Test("comments are stripped outside strings only")
    func comments() {
        let text = "{ \"a\": \"x // y\", // gone\n \"b\": 1 }"
        #expect(JSONComments.strip(text) == "{ \"a\": \"x // y\", \n \"b\": 1 }")
    }

    @Test("a tagged field is positional only below its tagged versions")
    func taggedPositional() throws {
        let spec = try MessageSpec(
            json: """
                { "type": "data", "name": "T", "validVersions": "0-5", "flexibleVersions": "3+", "fields": [
                  { "name": "A", "type": "int32", "versions": "0+", "taggedVersions": "3+", "tag": 0 },
                  { "name": "B", "type": "int64", "taggedVersions": "3+", "tag": 1, "default": -1 },
                  { "name": "C", "type": "[]uuid", "versions": "4+", "taggedVersions": "4+", "tag": "2" } ] }
                """, sourcePath: "T.json")
        #expect(spec.fields[0].positionalVersions == SpecVersionRange(lowest: 0, highest: 2))
        #expect(spec.fields[1].versions == SpecVersionRange(lowest: 3, highest: Int(Int16.max)))
        #expect(spec.fields[1].positionalVersions.isEmpty)
        // Some Kafka specs quote the tag number.
        #expect(spec.fields[2].tag == 2)
        #expect(spec.fields[2].positionalVersions.isEmpty)
    }
}
