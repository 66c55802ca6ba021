package sla

func benchSchedule() Schedule { return WallClock{} }
