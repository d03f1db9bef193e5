import Foundation

exit(GroupConsumerProbe.run(arguments: Array(CommandLine.arguments.dropFirst())))
