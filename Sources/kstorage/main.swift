import Foundation
import KafkaServerTools
import KafkaTools

exit(StorageCommand.run(arguments: Array(CommandLine.arguments.dropFirst()), stdout: FileDescriptorOutput.standardOutput(), stderr: FileDescriptorOutput.standardError()))
