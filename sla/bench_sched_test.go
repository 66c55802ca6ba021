package sla

// benchSchedule is the business calendar of the benchmarks: Mon–Fri
// 08–17 Europe/Berlin with Nordrhein-Westfalen's holidays.
func benchSchedule() Schedule { return office() }
