import Foundation
import KafkaCodegen

// kafka-codegen SPEC_DIR LIBRARY_OUT_DIR [TEST_OUT_DIR]
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 2 || arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: kafka-codegen SPEC_DIR LIBRARY_OUT_DIR [TEST_OUT_DIR]\n".utf8))
    exit(2)
}
let paths = Array(arguments)
do {
    let generator = try Generator(specDirectory: URL(fileURLWithPath: paths[0]))
    try Generator.write(generator.library, to: URL(fileURLWithPath: paths[1]))
    if paths.count == 3 { try Generator.write(generator.tests, to: URL(fileURLWithPath: paths[2])) }
    print("kafka-codegen: \(generator.specs.count) specs, \(generator.library.count) library files")
} catch {
    FileHandle.standardError.write(Data("kafka-codegen: \(error)\n".utf8))
    exit(1)
}
