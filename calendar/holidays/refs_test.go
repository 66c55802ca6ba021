package holidays

import (
	"fmt"
	"strings"
	"testing"
)

// yearRef is a published list of a region's holiday dates in one year:
// "MM-DD" fields, in date order.
type yearRef struct {
	year  int
	dates string
}

// checkDates compares the region's dates (in the given categories; Public
// when none) with published lists.
func checkDates(t *testing.T, code string, refs []yearRef, cats ...Category) {
	t.Helper()
	s, err := ForRegion(code, cats...)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range refs {
		var want []string
		for _, f := range strings.Fields(r.dates) {
			want = append(want, fmt.Sprintf("%d-%s", r.year, f))
		}
		got := dateStrings(s.HolidayDates(r.year))
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s %d:\n got %s\nwant %s\n%s", code, r.year, strings.Join(got, " "), strings.Join(want, " "), strings.Join(listing(s.Holidays(r.year)), "\n"))
		}
	}
}

// checkFirmDates is checkDates for the days that are not Estimated: the
// fixed days and the announced ones.
func checkFirmDates(t *testing.T, code string, refs []yearRef) {
	t.Helper()
	s, err := ForRegion(code)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range refs {
		var want, got []string
		for _, f := range strings.Fields(r.dates) {
			want = append(want, fmt.Sprintf("%d-%s", r.year, f))
		}
		for _, h := range s.Holidays(r.year) {
			if !h.Estimated && (len(got) == 0 || got[len(got)-1] != h.Date.String()) {
				got = append(got, h.Date.String())
			}
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s %d:\n got %s\nwant %s", code, r.year, strings.Join(got, " "), strings.Join(want, " "))
		}
	}
}

func splitFields(s string) []string { return strings.Fields(s) }
