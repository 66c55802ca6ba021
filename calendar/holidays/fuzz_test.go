package holidays

import (
	"bytes"
	"strings"
	"testing"

	"github.com/rickb777/date/v2"
)

func FuzzReadICal(f *testing.F) {
	f.Add("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20240101\r\nSUMMARY:Neujahr\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
	f.Add("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20251225\nDTEND;VALUE=DATE:20251227\nSUMMARY:A\\, b\n c\nX-ITSMKIT-CATEGORY:halfday\nX-ITSMKIT-OBSERVED:TRUE\nEND:VEVENT\nEND:VCALENDAR\n")
	f.Add("BEGIN:VCALENDAR\nX;A=\"q:;\",b:v\nBEGIN:VTIMEZONE\nEND:VTIMEZONE\nEND:VCALENDAR")
	f.Add("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:d\nDTSTART;VALUE=DATE:99991231\nDURATION:P2W\nSUMMARY:s\nEND:VEVENT\nEND:VCALENDAR\n")
	f.Fuzz(func(t *testing.T, in string) {
		hs, err := ReadICal(strings.NewReader(in))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "holidays: iCalendar line ") {
				t.Fatalf("error without a line: %v", err)
			}
			return
		}
		// Whatever was read writes and reads back identically.
		var b bytes.Buffer
		if err := WriteICal(&b, hs, stamp); err != nil {
			t.Fatalf("cannot write what was read: %v", err)
		}
		back, err := ReadICal(&b)
		if err != nil {
			t.Fatalf("cannot read what was written: %v\n%s", err, b.String())
		}
		if len(back) != len(hs) {
			t.Fatalf("round trip: %d holidays, then %d", len(hs), len(back))
		}
		for i := range hs {
			if hs[i] != back[i] {
				t.Fatalf("round trip: %+v became %+v", hs[i], back[i])
			}
		}
	})
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
