package change

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func min15(m int) time.Time { return t0.Add(time.Duration(m) * 15 * time.Minute) }

// A change that starts and ends in the same minute is a real record (951 of
// the 2,632 changes in Rabobank's change log, BPI Challenge 2014,
// doi:10.4121/uuid:c3e5d162-0cfd-4bb0-bd82-af5268819c35, have Actual Start
// == Actual End). It occupies the instant [t, t]: it conflicts with a window
// [s, e) when s ≤ t < e, and with another instant at t; an instant at a
// window's end e does not (half-open), one at its start s does.
func TestConflictsZeroLength(t *testing.T) {
	win := Planned{ID: "W", CIs: []string{"db"}, Start: min15(4), End: min15(8)} // [1h, 2h)
	for _, tc := range []struct {
		name string
		p    Planned
		want bool
	}{
		{"instant before the window", Planned{Start: min15(3), End: min15(3)}, false},
		{"instant at the window's start", Planned{Start: min15(4), End: min15(4)}, true},
		{"instant inside the window", Planned{Start: min15(6), End: min15(6)}, true},
		{"instant one nanosecond before the end", Planned{Start: min15(8).Add(-1), End: min15(8).Add(-1)}, true},
		{"instant at the window's end", Planned{Start: min15(8), End: min15(8)}, false},
		{"instant after the window", Planned{Start: min15(9), End: min15(9)}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.p
			p.ID, p.CIs = "I", []string{"db"}
			for _, in := range [][]Planned{{win, p}, {p, win}} {
				got, err := conflicts(in, nil)
				require.NoError(t, err)
				if !tc.want {
					assert.Empty(t, got)
					continue
				}
				require.Len(t, got, 1)
				c := got[0]
				assert.Equal(t, "I", c.A)
				assert.Equal(t, "W", c.B)
				assert.Equal(t, SameCI, c.Kind)
				assert.True(t, c.Start.Equal(p.Start) && c.End.Equal(p.Start), "shared time is the instant: %v", c)
			}
		})
	}
	// Two instants: the same time on the same CI, the same assignee, or
	// related CIs conflict; different times do not.
	g, err := NewGraph(nil, []Relation{{Parent: "rack", Child: "db"}})
	require.NoError(t, err)
	in := []Planned{
		{ID: "I1", CIs: []string{"db"}, Assignee: "ann", Start: min15(6), End: min15(6)},
		{ID: "I2", CIs: []string{"db"}, Assignee: "ann", Start: min15(6), End: min15(6)},
		{ID: "I3", CIs: []string{"rack"}, Start: min15(6), End: min15(6)},
		{ID: "I4", CIs: []string{"db"}, Assignee: "ann", Start: min15(6).Add(time.Nanosecond), End: min15(6).Add(time.Nanosecond)},
	}
	got, err := conflicts(in, g)
	require.NoError(t, err)
	var lines []string
	for _, c := range got {
		lines = append(lines, c.String())
	}
	at := "[2026-11-23T21:30:00Z, 2026-11-23T21:30:00Z]"
	assert.Equal(t, []string{
		`I1 × I2 same_ci "db" ` + at,
		`I1 × I2 same_assignee "ann" ` + at,
		`I1 × I3 related_ci "db"~"rack" ` + at,
		`I2 × I3 related_ci "db"~"rack" ` + at,
	}, lines, fmt.Sprint(got))
}

// Regression: the sweep ordered changes by Unix(), which wraps around for
// instants before year 1 that time.Time represents (time.Unix(math.MaxInt64,
// 0) is the earliest of all by wall clock, yet its Unix() is the largest):
// a window from there to 1970 lost its conflict with a change inside it.
func TestConflictsExtremeInstants(t *testing.T) {
	ep := time.Unix(0, 0).UTC()
	for _, tc := range []struct {
		name string
		a    Planned
	}{
		{"from the earliest instant", Planned{Start: time.Unix(math.MaxInt64, 0), End: ep.Add(2 * time.Hour)}},
		{"from year 1", Planned{Start: time.Time{}, End: ep.Add(2 * time.Hour)}},
		{"to the latest instant", Planned{Start: time.Unix(math.MinInt64, 0), End: time.Unix(math.MaxInt64-unixToInternal, 999999999)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := tc.a
			a.ID, a.CIs = "A", []string{"x"}
			b := Planned{ID: "B", CIs: []string{"x"}, Start: ep, End: ep.Add(time.Hour)}
			for _, in := range [][]Planned{{a, b}, {b, a}} {
				got, err := conflicts(in, nil)
				require.NoError(t, err)
				require.Len(t, got, 1)
				assert.True(t, got[0].Start.Equal(ep) && got[0].End.Equal(ep.Add(time.Hour)), "%v", got[0])
			}
		})
	}
}
