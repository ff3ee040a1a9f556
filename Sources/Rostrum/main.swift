RostrumApplication.run()
