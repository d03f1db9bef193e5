import Foundation

exit(CrashWriter.run(arguments: Array(CommandLine.arguments.dropFirst())))
