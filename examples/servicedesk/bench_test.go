package main

import (
	"io"
	"testing"
)

// BenchmarkDefaultReport is `go run ./examples/servicedesk` without the
// process start: load the embedded data, analyse, render text.
func BenchmarkDefaultReport(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if err := Run(Options{}, io.Discard, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
