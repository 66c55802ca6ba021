package holidays

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/itsmkit/itsm"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"
)

// day parses an ISO date for tests.
func day(s string) date.Date { return date.MustParseISO(s) }

// listing renders holidays as "YYYY-MM-DD id" lines (with " observed" for substitute days).
func listing(hs []Holiday) []string {
	out := make([]string, 0, len(hs))
	for _, h := range hs {
		s := h.Date.String() + " " + h.ID
		if h.Observed {
			s += " observed"
		}
		out = append(out, s)
	}
	return out
}

// expectYear checks the complete holiday list of a region-year.
func expectYear(t *testing.T, region string, year int, cats []Category, want string) {
	t.Helper()
	s, err := ForRegion(region, cats...)
	require.NoError(t, err)
	exp := []string{}
	for _, l := range strings.Split(strings.TrimSpace(want), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			exp = append(exp, l)
		}
	}
	require.Equal(t, exp, listing(s.Holidays(year)), "%s %d", region, year)
}

// icalLine returns the line an iCalendar error names: it must be a
// holidays *itsm.Error wrapping ErrICal with the context "iCalendar line N".
func icalLine(t *testing.T, err error) int {
	t.Helper()
	var e *itsm.Error
	if !errors.As(err, &e) || e.Pkg != "holidays" || !errors.Is(err, ErrICal) {
		t.Fatalf("%v (%T) is not a holidays *itsm.Error wrapping ErrICal", err, err)
	}
	var n int
	if _, err := fmt.Sscanf(e.Context, "iCalendar line %d", &n); err != nil {
		t.Fatalf("context %q names no line", e.Context)
	}
	return n
}
