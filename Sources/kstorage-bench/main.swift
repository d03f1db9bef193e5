import Foundation

exit(StorageBenchmark.run(arguments: Array(CommandLine.arguments.dropFirst())))
