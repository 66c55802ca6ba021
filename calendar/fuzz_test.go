package calendar

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
)

func FuzzParseWeek(f *testing.F) {
	for _, s := range []string{
		"Mon-Fri 08:00-12:00,13:00-17:00; Sat 09:00-13:00", "Mon-Sun 00:00-24:00", "Fri-Mon 22:00-06:00",
		"Mon 25:00-26:00", "mon,wed 9:00-10:00", "", ";", "Mon", "Mon 08:00-08:00", "Tue 23:59-00:00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, err := ParseWeek(s)
		if err != nil {
			return
		}
		back, err := ParseWeek(w.String())
		if err != nil {
			t.Fatalf("canonical form %q of %q does not parse: %v", w.String(), s, err)
		}
		if !reflect.DeepEqual(w, back) {
			t.Fatalf("round trip of %q via %q: %v != %v", s, w.String(), w, back)
		}
		if _, err := New(Spec{Week: w}); err != nil {
			return // overlaps or never open
		}
	})
}

func FuzzSpecJSON(f *testing.F) {
	for _, s := range []string{
		`{"zone":"Europe/Berlin","week":"Mon-Fri 08:00-17:00","overrides":[{"date":"2026-12-24","closed_from":"12:00"}],"holiday_dates":["2026-12-28"],"holidays":[{"region":"DE-NW"}]}`,
		`{"zone":"UTC","week":"Mon-Sun 00:00-24:00"}`,
		`{"union":[{"zone":"Asia/Kolkata","week":"Mon 09:00-10:00"},{"week":"Tue 22:00-06:00"}]}`,
		`{"minus":[{"week":"Mon-Fri 08:00-17:00"},{"week":"Wed 12:00-13:00"}]}`,
		`{"zone":"Mars/Base"}`, `{"week":"Mon 08:00-17:00","overrides":[{"date":"2026-01-05","hours":"09:00-08:00"}]}`, `[]`, `{`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := ParseSpec(b)
		if err != nil {
			var e *Error
			if !asErrorChain(err, &e) {
				t.Fatalf("error is not an *Error: %v", err)
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
				t.Fatal("Between(a, Add(a, 10h)) != 10h")
			}
		}
	})
}

func asErrorChain(err error, e **Error) bool {
	for err != nil {
		if x, ok := err.(*Error); ok {
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
	f.Fuzz(func(t *testing.T, specText string, zone uint8, sec, nsec, d, delta int64) {
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
			t.Fatal("antisymmetry")
		}
		r, err := c.Add(a, time.Duration(d))
		if err != nil {
			return
		}
		if got := c.Between(a, r); got != time.Duration(d) {
			t.Fatalf("Between(%v, Add(%v, %v) = %v) = %v", a, a, time.Duration(d), r, got)
		}
		if d > 0 && c.Between(a, r.Add(-1)) >= time.Duration(d) {
			t.Fatal("Add not earliest")
		}
		if d < 0 && c.Between(a, r.Add(1)) <= time.Duration(d) {
			t.Fatal("Add not latest")
		}
		if o := c.IsOpen(b); o {
			if cl, _ := c.NextClose(b); c.Between(b, cl) != cl.Sub(b) || c.IsOpen(cl) {
				t.Fatal("NextClose")
			}
		} else if op, err := c.NextOpen(b); err == nil && (!c.IsOpen(op) || c.Between(b, op) != 0) {
			t.Fatal("NextOpen")
		}
		if n := int(delta % 50); true {
			if x, err := c.AddDays(b, n); err == nil && !c.IsOpen(x) && !c.IsOpen(x.Add(-1)) {
				t.Fatalf("AddDays(%v, %d) = %v is neither open nor a close", b, n, x)
			}
			_, _ = c.EndOfDay(b, n)
		}
	})
}
