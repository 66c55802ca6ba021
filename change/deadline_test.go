package change

import (
	"fmt"
	"runtime/debug"
	"testing"
	"time"
)

// fuzzDeadline bounds one fuzz input. Go's fuzzer has no per-input
// timeout, so a body that loops would hang the whole run instead of
// failing with the input; every input of this package's targets finishes
// in milliseconds, so seconds leave room for the race detector and a
// loaded machine.
const fuzzDeadline = 5 * time.Second

// within runs body in its own goroutine and fails t, quoting input, if
// body returns an error, panics, or does not return within d. The test
// goroutine never blocks on body, so an endless loop in body becomes a
// failure (with the input that caused it) rather than a hang; the runaway
// goroutine is abandoned, as the failing test ends the run. body must not
// call t's Fatal methods (they only work on the test goroutine): it
// returns an error instead.
func within(t testing.TB, d time.Duration, input any, body func() error) {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("panic: %v\n%s", r, debug.Stack())
			}
		}()
		done <- body()
	}()
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("input %s: %v", quoteInput(input), err)
		}
	case <-timer.C:
		t.Fatalf("did not finish within %v on input %s", d, quoteInput(input))
	}
}

func quoteInput(v any) string {
	switch v := v.(type) {
	case []byte:
		return fmt.Sprintf("%q", v)
	case string:
		return fmt.Sprintf("%q", v)
	}
	return fmt.Sprintf("%#v", v)
}

// TestWithinCatchesHang checks the deadline helper itself: a body that
// never returns fails the test within the deadline, quoting the input.
func TestWithinCatchesHang(t *testing.T) {
	stop := make(chan struct{})
	defer close(stop)
	ft := &fakeTB{TB: t}
	func() {
		defer func() { _ = recover() }() // fakeTB.Fatalf panics to end the call like runtime.Goexit
		within(ft, 50*time.Millisecond, []byte("loop"), func() error { <-stop; return nil })
	}()
	if ft.msg != `did not finish within 50ms on input "loop"` {
		t.Fatalf("got %q", ft.msg)
	}
	ft.msg = ""
	func() {
		defer func() { _ = recover() }()
		within(ft, time.Second, 7, func() error { panic("boom") })
	}()
	if len(ft.msg) < 24 || ft.msg[:24] != "input 7: panic: boom\ngor" {
		t.Fatalf("got %q", ft.msg)
	}
}

type fakeTB struct {
	testing.TB
	msg string
}

func (f *fakeTB) Helper() {}
func (f *fakeTB) Fatalf(format string, args ...any) {
	f.msg = fmt.Sprintf(format, args...)
	panic(f.msg)
}
