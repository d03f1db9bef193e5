import Foundation
print("not implemented yet (issue 3)")
exit(1)
