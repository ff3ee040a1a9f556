enum RostrumApplication { static func run() {} }
