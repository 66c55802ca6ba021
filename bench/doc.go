// Package bench holds side-by-side benchmarks of itsmkit against peer
// libraries, and the module-wide performance targets. It is a separate
// module so that peers (github.com/rickar/cal/v2) never enter the library's
// go.mod.
//
// Run it from this directory (outside the repository's go.work):
//
//	GOWORK=off go test -run '^$' -bench . -benchmem
//	GOWORK=off go test -run '^$' -bench 'Parallel' -cpu 1,2
//	GOWORK=off go test -run '^$' -bench 'SLAMillion|KPI' -cpu 1
//
// The calendar benchmarks have an itsm and a rickar sub-benchmark over the
// same Mon–Fri 08:00–17:00 Europe/Berlin calendar with the public holidays
// of Nordrhein-Westfalen, so the ratio of their ns/op from one run is the
// figure to quote (the machines are shared; absolute times are noise).
// BenchmarkCold is a new calendar answering its first one-week question
// (the stateless service's request), BenchmarkWarm the same question of a
// built calendar. BenchmarkSLAMillion evaluates a million generated tickets
// per op; BenchmarkKPI accumulates one record per op. Its TimeTo.Observe
// runs on four clocks over the same tickets, to tell the accumulator's cost
// from the schedule's: wall (no schedule), stub (a schedule that counts
// nothing: the accumulator plus the interface call), alwaysopen and business
// (the NRW calendar); CalendarBetween/business is that calendar's Between
// alone on the same spans, so business ≈ stub + CalendarBetween/business.
package bench
