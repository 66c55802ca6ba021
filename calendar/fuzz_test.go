package calendar

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/rickb777/date/v2"
)

func FuzzParseWeek(f *testing.F) {
	for _, s := range []string{
		"Mon-Fri 08:00-12:00,13:00-17:00; Sat 09:00-13:00", "Mon-Sun 00:00-24:00", "Fri-Mon 22:00-06:00",
		"Mon 25:00-26:00", "mon,wed 9:00-10:00", "", ";", "Mon", "Mon 08:00-08:00", "Tue 23:59-00:00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		underDeadline(t, fmt.Sprintf("ParseWeek(%q)", s), func(t fataler) {
			w, err := ParseWeek(s)
			if err != nil {
				var e *itsm.Error
				if !asErrorChain(err, &e) {
					t.Fatalf("error is not an *itsm.Error: %v", err)
				}
				return
			}
			back, err := ParseWeek(w.String())
			if err != nil {
				t.Fatalf("canonical form %q of %q does not parse: %v", w.String(), s, err)
			}
			if !reflect.DeepEqual(w, back) {
				t.Fatalf("round trip of %q via %q: %v != %v", s, w.String(), w, back)
			}
			c, err := New(Spec{Week: w})
			if err != nil {
				// a parsed week is well-formed; New can only find its
				// spans overlapping (an overnight span into the next
				// day's hours) or the week empty
				if !errors.Is(err, ErrOverlap) && !errors.Is(err, ErrNeverOpen) {
					t.Fatalf("New(week %q): unexpected error %v", w.String(), err)
				}
				return
			}
			// In UTC with no holidays two weeks from a Monday hold twice
			// the nominal weekly hours: the Sunday overnight span reaching
			// in at the start equals the one reaching out at the end.
			var weekly time.Duration
			for _, dh := range w {
				for _, h := range dh {
					weekly += h.Duration()
				}
			}
			mon := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
			if got := c.Between(mon, mon.AddDate(0, 0, 14)); got != 2*weekly {
				t.Fatalf("week %q: two weeks hold %v of open time, want 2 × %v", w.String(), got, weekly)
			}
		})
	})
}

func FuzzSpecJSON(f *testing.F) {
	for _, s := range []string{
		`{"zone":"Europe/Berlin","week":"Mon-Fri 08:00-17:00","overrides":[{"date":"2026-12-24","closed_from":"12:00"}],"holiday_dates":["2026-12-28"],"holidays":[{"region":"DE-NW"}]}`,
		`{"zone":"UTC","week":"Mon-Sun 00:00-24:00"}`,
		`{"union":[{"zone":"Asia/Kolkata","week":"Mon 09:00-10:00"},{"week":"Tue 22:00-06:00"}]}`,
		`{"minus":[{"week":"Mon-Fri 08:00-17:00"},{"week":"Wed 12:00-13:00"}]}`,
		`{"zone":"Mars/Base"}`, `{"week":"Mon 08:00-17:00","overrides":[{"date":"2026-01-05","hours":"09:00-08:00"}]}`, `[]`, `{`,
		`{"week":"Mon-Fri 08:00-17:00","closures":[{"name":"Rosenmontag","on":["easter-48"],"from":"12:00"},{"on":["last fri","12-24"],"from":"14:00"},{"on":["wed"],"hours":"10:00-12:00,22:00-02:00"}]}`,
		`{"week":"Mon 08:00-17:00","closures":[{"on":["mon"]}]}`, `{"week":"Mon 08:00-17:00","closures":[{"on":["5th sun of feb","02-29","thu after 12-31"]}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		underDeadline(t, fmt.Sprintf("ParseSpec(%q)", b), func(t fataler) {
			s, err := ParseSpec(b)
			if err != nil {
				var e *itsm.Error
				if !asErrorChain(err, &e) {
					t.Fatalf("error is not an *itsm.Error: %v", err)
				}
				return
			}
			c, err := New(s)
			out, merr := json.Marshal(s)
			if merr != nil {
				if err == nil {
					t.Fatalf("valid spec does not marshal: %v", merr)
				}
				return
			}
			back, err2 := ParseSpec(out)
			if err2 != nil {
				t.Fatalf("marshalled spec %s does not parse: %v", out, err2)
			}
			if !reflect.DeepEqual(normSpecDeep(s), normSpecDeep(back)) {
				t.Fatalf("round trip %s: %#v != %#v", out, s, back)
			}
			if err == nil {
				// a small query must work and not hang
				a := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
				if r, err := c.Add(a, 10*time.Hour); err == nil && c.Between(a, r) != 10*time.Hour {
					t.Fatalf("Between(a, Add(a, 10h) = %v) = %v, want 10h", r, c.Between(a, r))
				}
			}
		})
	})
}

func asErrorChain(err error, e **itsm.Error) bool {
	for err != nil {
		if x, ok := err.(*itsm.Error); ok && x.Pkg == "calendar" {
			*e = x
			return true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return false
		}
		err = u.Unwrap()
	}
	return false
}

func normSpecDeep(s Spec) Spec {
	s = normSpec(s)
	for _, l := range []*[]Spec{&s.Union, &s.Intersect, &s.Minus} {
		if len(*l) == 0 {
			*l = nil
		}
		for i := range *l {
			(*l)[i] = normSpecDeep((*l)[i])
		}
	}
	if len(s.Holidays) == 0 {
		s.Holidays = nil
	}
	for i := range s.Holidays {
		if len(s.Holidays[i].Categories) == 0 {
			s.Holidays[i].Categories = nil
		}
	}
	return s
}

var fuzzZones = []string{"UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham", "America/St_Johns"}

// FuzzAddBetween checks the laws on arbitrary specs (weekly hours in text
// form with a zone, or a whole JSON spec including overrides, holidays and
// compositions), instants and durations: no panic, no hang,
// Between(a, Add(a, d)) == d, antisymmetry, and extremality of Add.
func FuzzAddBetween(f *testing.F) {
	f.Add("Mon-Fri 08:00-17:00", uint8(1), int64(1774000000), int64(0), int64(8*time.Hour), int64(3600))
	f.Add("Sun 02:30-03:30", uint8(1), int64(1774000000), int64(5), int64(-30*time.Hour), int64(-7200))
	f.Add("Mon-Sun 00:00-24:00", uint8(3), int64(-2208988800), int64(999999999), int64(1<<62), int64(1<<40))
	f.Add("Sat 23:59-00:01", uint8(5), int64(7000000000), int64(1), int64(-1), int64(1))
	f.Add(`{"zone":"Europe/Berlin","week":"Mon-Fri 08:00-17:00","overrides":[{"date":"2026-03-28","hours":"22:00-02:00"}],"holidays":[{"region":"DE-NW"}]}`,
		uint8(0), int64(1774600000), int64(0), int64(20*time.Hour), int64(86400))
	f.Add(`{"minus":[{"union":[{"zone":"Asia/Kolkata","week":"Mon-Fri 09:00-18:00"},{"zone":"America/New_York","week":"Mon-Fri 09:00-18:00"}]},{"week":"Wed 12:00-13:00"}]}`,
		uint8(0), int64(1774600000), int64(0), int64(-50*time.Hour), int64(-86400))
	f.Add("Mon-Fri 08:00-17:00", uint8(1), int64(1767225600), int64(0), int64(math.MinInt64), int64(0)) // hung
	f.Add("Mon-Sun 00:00-24:00", uint8(0), int64(1767225600), int64(0), int64(math.MaxInt64), int64(math.MinInt64))
	f.Fuzz(func(t *testing.T, specText string, zone uint8, sec, nsec, d, delta int64) {
		input := fmt.Sprintf("spec %q, zone %d, sec %d, nsec %d, d %d, delta %d", specText, zone, sec, nsec, d, delta)
		underDeadline(t, input, func(t fataler) { addBetweenBody(t, specText, zone, sec, nsec, d, delta) })
	})
}

func addBetweenBody(t fataler, specText string, zone uint8, sec, nsec, d, delta int64) {
	var spec Spec
	if strings.HasPrefix(specText, "{") {
		var err error
		if spec, err = ParseSpec([]byte(specText)); err != nil {
			return
		}
	} else {
		w, err := ParseWeek(specText)
		if err != nil {
			return
		}
		spec = Spec{Zone: fuzzZones[int(zone)%len(fuzzZones)], Week: w}
	}
	c, err := New(spec)
	if err != nil {
		return
	}
	a := time.Unix(sec%(1<<34), nsec%1e9)
	b := a.Add(time.Duration(delta))
	if c.Between(a, b) != -c.Between(b, a) {
		t.Fatalf("antisymmetry: Between(%v, %v) != -Between(%v, %v)", a, b, b, a)
	}
	r, err := c.Add(a, time.Duration(d))
	if err != nil {
		return
	}
	if got := c.Between(a, r); got != time.Duration(d) {
		t.Fatalf("Between(%v, Add(%v, %v) = %v) = %v", a, a, time.Duration(d), r, got)
	}
	if d > 0 && c.Between(a, r.Add(-1)) >= time.Duration(d) {
		t.Fatalf("Add(%v, %v) = %v is not the earliest", a, time.Duration(d), r)
	}
	if d < 0 && c.Between(a, r.Add(1)) <= time.Duration(d) {
		t.Fatalf("Add(%v, %v) = %v is not the latest", a, time.Duration(d), r)
	}
	if o := c.IsOpen(b); o {
		if cl, _ := c.NextClose(b); c.Between(b, cl) != cl.Sub(b) || c.IsOpen(cl) {
			t.Fatalf("NextClose(%v) = %v is not the end of the open span", b, cl)
		}
	} else if op, err := c.NextOpen(b); err == nil && (!c.IsOpen(op) || c.Between(b, op) != 0) {
		t.Fatalf("NextOpen(%v) = %v is not the next opening", b, op)
	}
	n := int(delta % 50)
	if x, err := c.AddDays(b, n); err == nil && !c.IsOpen(x) && !c.IsOpen(x.Add(-1)) {
		t.Fatalf("AddDays(%v, %d) = %v is neither open nor a close", b, n, x)
	}
	if e, err := c.EndOfDay(b, n); err == nil && !c.IsOpen(e.Add(-1)) {
		t.Fatalf("EndOfDay(%v, %d) = %v does not end open time", b, n, e)
	}
	if p, err := c.PrevClose(b); err == nil && (p.After(b) || c.Between(p, b) != 0 || !c.IsOpen(p.Add(-1))) {
		t.Fatalf("PrevClose(%v) = %v is not the end of the last open time", b, p)
	}
	if w := c.Why(b); (w.Kind == ReasonOpen) != c.IsOpen(b) {
		t.Fatalf("Why(%v) = %v, IsOpen %v", b, w, c.IsOpen(b))
	}
	da, db := date.NewAt(a), date.NewAt(b)
	if w := c.WorkingDays(da, db); w != -c.WorkingDays(db, da) || w > int(db-da) && db > da {
		t.Fatalf("WorkingDays(%v, %v) = %d", da, db, w)
	}
}

// FuzzParseDateRule: no panic; a rule that parses prints a canonical form
// that parses to the same rule, and its dates over a year agree with
// Matches.
func FuzzParseDateRule(f *testing.F) {
	for _, s := range []string{"12-24", "easter-48", "EASTER+1", "wed", "last fri", "4th thu of nov", "5th sun of feb", "wed before 11-23", "mon after 05-24", "02-29", "13-01", "easter-400", "1st"} {
		f.Add(s, uint16(2026))
	}
	f.Fuzz(func(t *testing.T, s string, y uint16) {
		r, err := ParseDateRule(s)
		if err != nil {
			if !errors.Is(err, ErrBadClosure) {
				t.Fatalf("ParseDateRule(%q): %v", s, err)
			}
			return
		}
		back, err := ParseDateRule(r.String())
		if err != nil || back != r {
			t.Fatalf("ParseDateRule(%q) = %v; its text %q parses to %v, %v", s, r, r.String(), back, err)
		}
		year := MinYear + int(y)%(MaxYear-MinYear+1)
		from, to := date.New(year, 1, 1), date.New(year, 12, 31)
		listed := r.appendDates(nil, from, to)
		n := 0
		for d := from; d <= to; d++ {
			if r.Matches(d) {
				if n >= len(listed) || listed[n] != d {
					t.Fatalf("%v in %d: Matches %v, dates %v", r, year, d, listed)
				}
				n++
			}
		}
		if n != len(listed) {
			t.Fatalf("%v in %d: %d dates match, %d listed", r, year, n, len(listed))
		}
	})
}

// fuzzDeadline bounds one fuzz input. Go's fuzzer has no per-input timeout:
// a body that loops would stall the fuzzer instead of failing with its
// input. Generous, for slow shared CI machines; a healthy input takes
// milliseconds.
const fuzzDeadline = 10 * time.Second

// underDeadline runs body in a goroutine and fails t, quoting input, if it
// does not finish within fuzzDeadline or if it fails. body reports through
// its own fataler, whose Fatalf ends the goroutine (runtime.Goexit), since
// t.Fatal must not be called from another goroutine.
func underDeadline(t fataler, input string, body func(t fataler)) {
	t.Helper()
	runUnderDeadline(t, fuzzDeadline, input, body)
}

func runUnderDeadline(t fataler, limit time.Duration, input string, body func(t fataler)) {
	t.Helper()
	rec := &bodyFailure{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		body(rec)
	}()
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case <-done:
		if rec.msg != "" {
			t.Fatalf("%s\ninput: %s", rec.msg, input)
		}
	case <-timer.C:
		t.Fatalf("did not finish within %v; input: %s", limit, input)
	}
}

// bodyFailure records the first failure of a body run by runUnderDeadline.
type bodyFailure struct{ msg string }

func (*bodyFailure) Helper() {}

func (b *bodyFailure) Fatalf(format string, args ...any) {
	b.msg = fmt.Sprintf(format, args...)
	runtime.Goexit()
}
