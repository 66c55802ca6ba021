package calendar

import (
	"testing"
	"time"
)

// Civil follows the DST policy at the spring-forward and fall-back
// transitions of Europe/Berlin (last Sunday of March/October, 02:00/03:00
// local, EU Directive 2000/84/EC) and America/New_York (second Sunday of
// March 02:00, first Sunday of November 02:00, 15 U.S.C. § 260a).
func TestCivilTransitions(t *testing.T) {
	ber, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	nyc, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	utc := func(s string) time.Time {
		u, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			t.Fatal(err)
		}
		return u
	}
	cases := []struct {
		name            string
		loc             *time.Location
		y               int
		mo              time.Month
		d, h, mi, s, ns int
		want            string // UTC
		wantOffset      int    // seconds east of UTC of the result
	}{
		// Berlin spring forward 2026-03-29: 02:00 CET → 03:00 CEST.
		{"ber before gap", ber, 2026, 3, 29, 1, 59, 59, 0, "2026-03-29T00:59:59Z", 3600},
		{"ber last fraction before gap", ber, 2026, 3, 29, 1, 59, 59, 500000000, "2026-03-29T00:59:59.5Z", 3600},
		{"ber gap start", ber, 2026, 3, 29, 2, 0, 0, 0, "2026-03-29T01:00:00Z", 7200},
		{"ber in gap", ber, 2026, 3, 29, 2, 30, 0, 0, "2026-03-29T01:00:00Z", 7200},
		{"ber in gap fraction", ber, 2026, 3, 29, 2, 59, 59, 999999999, "2026-03-29T01:00:00Z", 7200},
		{"ber after gap", ber, 2026, 3, 29, 3, 0, 0, 0, "2026-03-29T01:00:00Z", 7200},
		{"ber after gap +1s", ber, 2026, 3, 29, 3, 0, 1, 0, "2026-03-29T01:00:01Z", 7200},
		// Berlin fall back 2026-10-25: 03:00 CEST → 02:00 CET; 02:00-03:00 twice.
		{"ber before overlap", ber, 2026, 10, 25, 1, 59, 0, 0, "2026-10-24T23:59:00Z", 7200},
		{"ber overlap start", ber, 2026, 10, 25, 2, 0, 0, 0, "2026-10-25T00:00:00Z", 7200},
		{"ber in overlap", ber, 2026, 10, 25, 2, 30, 0, 0, "2026-10-25T00:30:00Z", 7200},
		{"ber overlap end", ber, 2026, 10, 25, 3, 0, 0, 0, "2026-10-25T02:00:00Z", 3600},
		// New York spring forward 2026-03-08: 02:00 EST → 03:00 EDT.
		{"nyc in gap", nyc, 2026, 3, 8, 2, 30, 0, 0, "2026-03-08T07:00:00Z", -4 * 3600},
		{"nyc in gap fraction", nyc, 2026, 3, 8, 2, 0, 0, 1, "2026-03-08T07:00:00Z", -4 * 3600},
		{"nyc before gap", nyc, 2026, 3, 8, 1, 59, 0, 0, "2026-03-08T06:59:00Z", -5 * 3600},
		// New York fall back 2026-11-01: 02:00 EDT → 01:00 EST; 01:00-02:00 twice.
		{"nyc in overlap", nyc, 2026, 11, 1, 1, 30, 0, 0, "2026-11-01T05:30:00Z", -4 * 3600},
		{"nyc overlap start", nyc, 2026, 11, 1, 1, 0, 0, 0, "2026-11-01T05:00:00Z", -4 * 3600},
		{"nyc overlap end", nyc, 2026, 11, 1, 2, 0, 0, 0, "2026-11-01T07:00:00Z", -5 * 3600},
		// Normalisation as time.Date: 24:00 is the next day, month 13 next January.
		{"ber 24:00", ber, 2026, 3, 28, 24, 0, 0, 0, "2026-03-28T23:00:00Z", 3600},
		{"ber month 13", ber, 2025, 13, 1, 12, 0, 0, 0, "2026-01-01T11:00:00Z", 3600},
		{"ber gap by normalised minutes", ber, 2026, 3, 29, 0, 150, 0, 0, "2026-03-29T01:00:00Z", 7200},
	}
	for _, c := range cases {
		got := Civil(c.y, c.mo, c.d, c.h, c.mi, c.s, c.ns, c.loc)
		if want := utc(c.want); !got.Equal(want) {
			t.Errorf("%s: Civil = %v, want %v", c.name, got, want.In(c.loc))
		}
		if got.Location() != c.loc {
			t.Errorf("%s: location %v, want %v", c.name, got.Location(), c.loc)
		}
		if _, off := got.Zone(); off != c.wantOffset {
			t.Errorf("%s: offset %d, want %d", c.name, off, c.wantOffset)
		}
	}
	// time.Date differs in the gap: that is why Civil exists.
	if td := time.Date(2026, 3, 29, 2, 30, 0, 0, ber); td.Equal(Civil(2026, 3, 29, 2, 30, 0, 0, ber)) {
		t.Errorf("time.Date(02:30 in the gap) = %v agrees with Civil; the test no longer shows the difference", td)
	}
}

// Civil agrees with the definition of the policy (bruteResolve) every 7
// minutes 13 seconds around the 2026 Berlin and New York transitions, and
// with time.Date away from them.
func TestCivilMatchesDefinition(t *testing.T) {
	for _, zn := range []string{"Europe/Berlin", "America/New_York"} {
		loc, err := time.LoadLocation(zn)
		if err != nil {
			t.Fatal(err)
		}
		for _, tr := range transitions(loc, 2026) {
			_, o := tr.In(loc).Zone()
			base := tr.Unix() + int64(o)
			for dw := int64(-3 * 3600); dw <= 3*3600; dw += 433 {
				w := base + dw
				c := time.Unix(w, 0).UTC()
				got := Civil(c.Year(), c.Month(), c.Day(), c.Hour(), c.Minute(), c.Second(), 0, loc)
				if want := bruteResolve(loc, w); got.Unix() != want {
					t.Fatalf("%s %s: Civil = %v, want %v", zn, c.Format("2006-01-02 15:04:05"), got, time.Unix(want, 0).In(loc))
				}
			}
		}
		td := time.Date(2026, 7, 1, 12, 34, 56, 789, loc)
		if got := Civil(2026, 7, 1, 12, 34, 56, 789, loc); !got.Equal(td) {
			t.Errorf("%s: Civil(2026-07-01 12:34:56.000000789) = %v, want %v", zn, got, td)
		}
	}
}

// A nil location is UTC; extreme years neither panic nor overflow.
func TestCivilEdges(t *testing.T) {
	if got, want := Civil(2026, 3, 29, 2, 30, 0, 0, nil), time.Date(2026, 3, 29, 2, 30, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("Civil(nil loc) = %v, want %v", got, want)
	}
	ber, _ := time.LoadLocation("Europe/Berlin")
	for _, y := range []int{-1 << 40, -1e9, 1e9, 1 << 40} {
		got := Civil(y, 6, 1, 12, 0, 0, 0, ber)
		if want := time.Date(y, 6, 1, 12, 0, 0, 0, ber); !got.Equal(want) {
			t.Errorf("Civil(year %d) = %v, want %v", y, got, want)
		}
	}
}
