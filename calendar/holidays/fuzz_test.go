package holidays

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
)

// FuzzReadICal reads any input with ReadICal and ReadICalSet. Go's fuzzer
// has no per-input timeout, so the body runs under a deadline; and it checks
// that reading allocates within the bounds the reader promises.
func FuzzReadICal(f *testing.F) {
	f.Add("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20240101\r\nSUMMARY:Neujahr\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
	f.Add("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20251225\nDTEND;VALUE=DATE:20251227\nSUMMARY:A\\, b\n c\nX-ITSMKIT-CATEGORY:halfday\nX-ITSMKIT-OBSERVED:TRUE\nEND:VEVENT\nEND:VCALENDAR\n")
	f.Add("BEGIN:VCALENDAR\nX;A=\"q:;\",b:v\nBEGIN:VTIMEZONE\nEND:VTIMEZONE\nEND:VCALENDAR")
	f.Add("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:d\nDTSTART;VALUE=DATE:99991231\nDURATION:P2W\nSUMMARY:s\nEND:VEVENT\nEND:VCALENDAR\n")
	f.Add("\ufeffBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:t\r\nDTSTART;VALUE=DATE:20201126\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;COUNT=30\r\nEXDATE;VALUE=DATE:20211125\r\nSUMMARY:T\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
	f.Add("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:m\nDTSTART;VALUE=DATE:20200525\nDURATION:P366D\nRRULE:FREQ=YEARLY;INTERVAL=2;BYDAY=-1MO,SA\nSUMMARY:M\nEND:VEVENT\nBEGIN:VEVENT\nUID:m\nRECURRENCE-ID;VALUE=DATE:20220530\nDTSTART;TZID=X:20220601T000000\nDTEND;TZID=X:20220602T000000\nSUMMARY:M\nSTATUS:CANCELLED\nEND:VEVENT\nEND:VCALENDAR\n")
	f.Add("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:r\nDTSTART;VALUE=DATE:20240229\nRRULE:FREQ=YEARLY;UNTIL=99991231\nRDATE;VALUE=DATE:20250101,20260101\nSUMMARY:R\nEND:VEVENT\nEND:VCALENDAR\n")
	f.Fuzz(func(t *testing.T, in string) {
		done := make(chan string, 1)
		go func() { done <- checkReadICal(in) }()
		select {
		case msg := <-done:
			if msg != "" {
				t.Fatal(msg)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("ReadICal did not finish within 10 s on a %d-byte input", len(in))
		}
	})
}

// icalAllocBound is what reading an input of n bytes may allocate: the
// bounded result (MaxICalHolidays holidays, and a few years of a set) plus
// a constant factor of the input.
func icalAllocBound(n int) uint64 { return 32<<20 + 200*uint64(n) }

// checkReadICal reads in and returns what is wrong, or "".
func checkReadICal(in string) string {
	var (
		hs            []Holiday
		set           *Set
		err, setErr   error
		years         []int
		before, after runtime.MemStats
	)
	runtime.ReadMemStats(&before)
	hs, err = ReadICal(strings.NewReader(in))
	set, setErr = ReadICalSet(strings.NewReader(in), allCategories...)
	if setErr == nil {
		for _, y := range []int{MinYear, 2025, MaxYear} {
			set.HolidayDates(y)
		}
	}
	runtime.ReadMemStats(&after)
	if n := after.TotalAlloc - before.TotalAlloc; n > icalAllocBound(len(in)) {
		return fmt.Sprintf("reading a %d-byte input allocated %d bytes (bound %d)", len(in), n, icalAllocBound(len(in)))
	}
	for _, e := range []error{err, setErr} {
		if e != nil && !strings.HasPrefix(e.Error(), "holidays: iCalendar line ") {
			return fmt.Sprintf("error without a line: %v", e)
		}
	}
	if err != nil {
		return ""
	}
	// What ReadICal reads, ReadICalSet reads the same, year by year.
	if setErr != nil {
		return fmt.Sprintf("ReadICal read it, ReadICalSet did not: %v", setErr)
	}
	for _, h := range hs {
		if len(years) == 0 || years[len(years)-1] != h.Date.Year() {
			years = append(years, h.Date.Year())
		}
	}
	i := 0
	for _, y := range years {
		got := set.Holidays(y)
		for _, g := range got {
			if i >= len(hs) || hs[i] != g {
				return fmt.Sprintf("ReadICalSet year %d: %+v, ReadICal: %+v", y, g, hs[min(i, len(hs)-1)])
			}
			i++
		}
	}
	if i != len(hs) {
		return fmt.Sprintf("ReadICalSet has %d holidays, ReadICal %d", i, len(hs))
	}
	// Whatever was read writes and reads back identically.
	var b bytes.Buffer
	if err := WriteICal(&b, hs, stamp); err != nil {
		return fmt.Sprintf("cannot write what was read: %v", err)
	}
	back, err := ReadICal(&b)
	if err != nil {
		return fmt.Sprintf("cannot read what was written: %v\n%s", err, b.String())
	}
	if len(back) != len(hs) {
		return fmt.Sprintf("round trip: %d holidays, then %d", len(hs), len(back))
	}
	for i := range hs {
		if hs[i] != back[i] {
			return fmt.Sprintf("round trip: %+v became %+v", hs[i], back[i])
		}
	}
	return ""
}

func FuzzForRegion(f *testing.F) {
	for _, s := range []string{"DE-NW", "de-by-augsburg", "GB", "", "XX", "DE-", "ch-ti"} {
		f.Add(s, uint8(1), int64(739000))
	}
	f.Fuzz(func(t *testing.T, code string, cat uint8, day int64) {
		s, err := ForRegion(code, Category(cat))
		if err != nil {
			if s != nil {
				t.Fatal("error with a set")
			}
			if !strings.HasPrefix(err.Error(), "holidays: ") {
				t.Fatalf("unprefixed error %v", err)
			}
			return
		}
		d := date.Date(day)
		hol := s.IsHoliday(d)
		h, ok := s.Lookup(d)
		if hol != ok || (ok && h.Date != d) {
			t.Fatalf("IsHoliday %v, Lookup %v %v", hol, h, ok)
		}
	})
}

func FuzzParseCategory(f *testing.F) {
	for _, s := range []string{"public", "optional", "bank", "halfday", "", "Public"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCategory(s)
		if err != nil {
			return
		}
		b, err := c.MarshalText()
		if err != nil || string(b) != s {
			t.Fatalf("%q → %v → %q, %v", s, c, b, err)
		}
	})
}
