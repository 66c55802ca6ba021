package importer

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm/priority"
)

// fuzzDeadline bounds one fuzz input. Go's fuzzer has no per-input timeout:
// a body that looped (a reader resyncing forever, a quadratic merge) would
// hang the run instead of reporting the input.
const fuzzDeadline = 5 * time.Second

// within runs body in its own goroutine and fails t, quoting the input, if
// it returns an error, panics, or does not finish within d. body must not
// call t's methods (FailNow is only allowed on the test goroutine).
func within(t testing.TB, d time.Duration, input string, body func() error) {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- fmt.Errorf("panic: %v", p)
			}
		}()
		done <- body()
	}()
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("input %q: %v", input, err)
		}
	case <-timer.C:
		t.Fatalf("input %q: no result after %v (a loop?)", input, d)
	}
}

// The readers take any bytes: no panic, no hang, and every row is
// accounted for (read = used + rejected, each rejection on a data line).
func fuzzReader(f *testing.F, read func(string, *strings.Reader, Options) (Stats, error), seeds ...string) {
	for _, s := range seeds {
		f.Add(s)
		f.Add("\ufeff" + s)
	}
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data string) {
		within(t, fuzzDeadline, data, func() error { return checkRead(read, data, loc) })
	})
}

func checkRead(read func(string, *strings.Reader, Options) (Stats, error), data string, loc *time.Location) error {
	st, err := read("f.csv", strings.NewReader(data), Options{Zone: loc, Matrix: priority.ServiceNow()})
	if err != nil {
		return nil // a bad header is fatal
	}
	if st.Read != st.Used+st.Rejected || st.Rejected != len(st.Errors) {
		return fmt.Errorf("rows not accounted for: %+v", st)
	}
	lines := strings.Count(data, "\n") + 1
	if st.Read > lines {
		return fmt.Errorf("%d rows read from %d lines", st.Read, lines)
	}
	for _, e := range st.Errors {
		if e.Line < 2 || e.Line > lines {
			return fmt.Errorf("row error on line %d of %d: %v", e.Line, lines, e)
		}
	}
	return nil
}

func TestWithinCatchesHangAndPanic(t *testing.T) {
	stop := make(chan struct{})
	defer close(stop)
	ft := &fakeTB{TB: t}
	func() {
		defer func() { _ = recover() }() // fakeTB.Fatalf panics to end the call, as FailNow would
		within(ft, 50*time.Millisecond, "loop", func() error { <-stop; return nil })
	}()
	if ft.msg != `input "loop": no result after 50ms (a loop?)` {
		t.Fatalf("got %q", ft.msg)
	}
	ft.msg = ""
	func() {
		defer func() { _ = recover() }()
		within(ft, time.Second, "p", func() error { panic("boom") })
	}()
	if ft.msg != `input "p": panic: boom` {
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

func seedFile(f *testing.F, name string) string {
	b, err := os.ReadFile(name)
	if err != nil {
		f.Fatal(err)
	}
	return string(b)
}

func FuzzReadNeutral(f *testing.F) {
	fuzzReader(f, func(n string, r *strings.Reader, o Options) (Stats, error) {
		_, st, err := ReadNeutral(n, r, o)
		return st, err
	}, badNeutral, "ticket,time,event\nA,2026-01-01T00:00:00Z,state\n", "ticket,time,event\nA,\"x\nB,y,z\nC,\"q\"r,s\n\n\"D\nE\n")
}

func FuzzReadServiceNow(f *testing.F) {
	fuzzReader(f, func(n string, r *strings.Reader, o Options) (Stats, error) {
		_, st, err := ReadServiceNow(n, r, o)
		return st, err
	}, snSmall, seedFile(f, "../testdata/servicenow_bom.csv"))
}

const snSmall = "number,incident_state,opened_at,sys_updated_at,impact,urgency,priority,reassignment_count,reopen_count,made_sla,resolved_at,closed_at\n" +
	"INC1,New,03-06-2026 09:12,03-06-2026 09:12,2 - Medium,2 - Medium,3 - Moderate,0,0,true,?,?\n" +
	"INC1,Resolved,03-06-2026 09:12,03-06-2026 10:12,2 - Medium,2 - Medium,3 - Moderate,1,0,true,03-06-2026 10:12,?\n"

func FuzzReadJira(f *testing.F) {
	fuzzReader(f, func(n string, r *strings.Reader, o Options) (Stats, error) {
		_, st, err := ReadJira(n, r, o)
		return st, err
	}, seedFile(f, "../testdata/jira_sample.csv"))
}

func FuzzReadChanges(f *testing.F) {
	fuzzReader(f, func(n string, r *strings.Reader, o Options) (Stats, error) {
		_, st, err := ReadChanges(n, r, o)
		return st, err
	}, seedFile(f, "../testdata/change_log.csv"))
}

func FuzzReadOutages(f *testing.F) {
	fuzzReader(f, func(n string, r *strings.Reader, o Options) (Stats, error) {
		_, st, err := ReadOutages(n, r, o)
		return st, err
	}, seedFile(f, "../data/outages.csv"))
}
