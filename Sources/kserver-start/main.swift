import Foundation
import KafkaServerTools

exit(await ServerStartCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))
