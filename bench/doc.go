// Package bench holds side-by-side benchmarks of itsmkit against peer
// libraries. It is a separate module so that peers (github.com/rickar/cal/v2)
// never enter the library's go.mod.
//
// Run it from this directory:
//
//	go test -run '^$' -bench . -benchmem
//
// Each benchmark has an itsm and a rickar sub-benchmark over the same
// Mon–Fri 08:00–17:00 Europe/Berlin calendar with the public holidays of
// Nordrhein-Westfalen, so the ratio of their ns/op from one run is the figure
// to quote (the machines are shared; absolute times are noise).
package bench
