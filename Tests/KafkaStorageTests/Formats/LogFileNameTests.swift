import KafkaStorage
import Testing

@Suite struct LogFileNameTests {
    @Test func offsetsAreZeroPaddedToTwentyDigits() {
        #expect(LogFileName.formatOffset(0) == "00000000000000000000")
        #expect(LogFileName.formatOffset(123) == "00000000000000000123")
        #expect(LogFileName.formatOffset(Int64.max) == "09223372036854775807")
    }

    @Test(arguments: LogFileName.Kind.allCases)
    func everySuffixRoundTripsWithAndWithoutMarkers(kind: LogFileName.Kind) {
        for marker in [nil] + LogFileName.Marker.allCases.map(Optional.some) {
            let name = LogFileName(baseOffset: 42, kind: kind, marker: marker)
            #expect(LogFileName(parsing: name.fileName) == name)
        }
    }

    @Test func namesAreSpelledAsKafkaSpellsThem() {
        #expect(LogFileName(baseOffset: 123, kind: .log).fileName == "00000000000000000123.log")
        #expect(LogFileName(baseOffset: 0, kind: .timeIndex).fileName == "00000000000000000000.timeindex")
        #expect(
            LogFileName(baseOffset: 7, kind: .transactionIndex, marker: .deleted).fileName
                == "00000000000000000007.txnindex.deleted")
        #expect(LogFileName(baseOffset: 7, kind: .index, marker: .swap).fileName == "00000000000000000007.index.swap")
        #expect(LogFileName(baseOffset: 7, kind: .log, marker: .cleaned).fileName == "00000000000000000007.log.cleaned")
        #expect(LogFileName(baseOffset: 9, kind: .producerSnapshot).fileName == "00000000000000000009.snapshot")
    }

    @Test(arguments: [
        "123.log", "0000000000000000012a.log", "00000000000000000123", "00000000000000000123.",
        "00000000000000000123.log.part", "00000000000000000123.deleted", "00000000000000000123.checkpoint",
        "99999999999999999999.log", "leader-epoch-checkpoint", "",
    ])
    func strictParsingRejectsStrangers(fileName: String) {
        #expect(LogFileName(parsing: fileName) == nil)
    }

    @Test func lenientOffsetReadingTakesTheNumberBeforeTheFirstDot() {
        #expect(LogFileName.baseOffset(fromFileName: "00000000000000000123.log") == 123)
        #expect(LogFileName.baseOffset(fromFileName: "123.index") == 123)
        #expect(LogFileName.baseOffset(fromFileName: "00000000000000000123.log.deleted") == 123)
        #expect(LogFileName.baseOffset(fromFileName: "abc.log") == nil)
        #expect(LogFileName.baseOffset(fromFileName: ".log") == nil)
        #expect(LogFileName.baseOffset(fromFileName: "-1.log") == nil)
    }

    @Test func snapshotNamesCarryOffsetAndEpoch() {
        let name = KRaftSnapshotFileName(endOffset: 42, epoch: 3)
        #expect(name.fileName == "00000000000000000042-0000000003.checkpoint")
        #expect(KRaftSnapshotFileName(parsing: name.fileName) == name)
        let partial = KRaftSnapshotFileName(endOffset: 1, epoch: 2, state: .partial)
        #expect(partial.fileName == "00000000000000000001-0000000002.checkpoint.part")
        #expect(KRaftSnapshotFileName(parsing: partial.fileName) == partial)
        #expect(KRaftSnapshotFileName(parsing: "00000000000000000001-0000000002.checkpoint.deleted")?.state == .deleted)
    }

    @Test(arguments: [
        "bootstrap.checkpoint", "00000000000000000042.checkpoint", "00000000000000000042-000000003.checkpoint",
        "00000000000000000042_0000000003.checkpoint", "00000000000000000042-9999999999.checkpoint",
        "00000000000000000042-0000000003.log",
    ])
    func snapshotParsingRejectsStrangers(fileName: String) {
        #expect(KRaftSnapshotFileName(parsing: fileName) == nil)
    }
}
