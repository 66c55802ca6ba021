package kpi

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// fatalRecorder is a testing.TB whose Fatalf records the message instead of
// stopping the test.
type fatalRecorder struct {
	testing.TB
	msg string
}

func (r *fatalRecorder) Helper() {}

func (r *fatalRecorder) Fatalf(format string, args ...any) {
	r.msg = fmt.Sprintf(format, args...)
}

// The fuzz bodies rely on underDeadline to turn a hang into a failure that
// names the input.
func TestUnderDeadline(t *testing.T) {
	saved := deadline
	defer func() { deadline = saved }()
	deadline = 20 * time.Millisecond
	rec := &fatalRecorder{TB: t}
	release := make(chan struct{})
	underDeadline(rec, "the input", func() { <-release })
	close(release)
	if !strings.Contains(rec.msg, "the input") {
		t.Errorf("an overrun was not reported with its input: %q", rec.msg)
	}
	rec = &fatalRecorder{TB: t}
	underDeadline(rec, "quick", func() {})
	if rec.msg != "" {
		t.Errorf("a quick body was reported: %q", rec.msg)
	}
}
