package sla

import (
	"testing"
	"time"

	"github.com/itsmkit/itsm/calendar"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// lunchCal is Mon–Fri 08:00–12:00, 13:00–17:00 with the public holidays of
// Nordrhein-Westfalen, in zone.
func lunchCal(t testing.TB, zone string) *calendar.Calendar {
	c, err := calendar.ForRegion("DE-NW", zone, "Mon-Fri 08:00-12:00,13:00-17:00")
	require.NoError(t, err)
	return c
}

// A goal given as an instant (N working days, end of day, due) is due at
// that instant, also when the calendar places it after closed time: one
// working day from Friday 07:00 is Monday 08:00, not Friday 17:00, and a
// ticket resolved on Saturday met it. Regression: the deadline used to be
// the earliest instant with the same counted time (Friday 17:00).
func TestGoalInstantAfterClosedTime(t *testing.T) {
	for _, zone := range []string{"Europe/Berlin", "America/New_York"} {
		cal := lunchCal(t, zone)
		loc := cal.Location()
		L := func(m time.Month, d, h, min int) time.Time { return time.Date(2026, m, d, h, min, 0, 0, loc) }
		cases := []struct {
			name      string
			goal      Goal
			start     time.Time
			wantDue   time.Time
			resolveOK time.Time // in the closed gap before the deadline: met
		}{
			// DST week-ends in both zones.
			{"before open", WorkingDays(1), L(3, 27, 7, 0), L(3, 30, 8, 0), L(3, 28, 10, 0)},
			{"after close", WorkingDays(1), L(10, 30, 18, 0), L(11, 3, 8, 0), L(11, 2, 17, 30)},
			{"saturday", WorkingDays(2), L(3, 7, 10, 0), L(3, 11, 8, 0), L(3, 10, 20, 0)},
			{"lunch", WorkingDays(1), L(3, 27, 12, 30), L(3, 30, 13, 0), L(3, 30, 12, 30)},
			{"due on saturday", DueAt(L(3, 28, 10, 0)), L(3, 27, 10, 0), L(3, 28, 10, 0), L(3, 28, 9, 0)},
			{"end of day", EndOfWorkingDay(0), L(3, 27, 10, 0), L(3, 27, 17, 0), L(3, 27, 16, 59)},
		}
		for _, c := range cases {
			tg, err := NewTarget(TargetSpec{Name: "res", Metric: Resolution, Goal: c.goal}, cal)
			require.NoError(t, err)
			created := Event{At: c.start, Kind: Created}
			st, err := Evaluate(tg, []Event{created}, c.start)
			require.NoError(t, err)
			require.True(t, st.Deadline.Equal(c.wantDue), "%s %s: deadline %v, want %v", zone, c.name, st.Deadline, c.wantDue)
			for _, res := range []struct {
				at     time.Time
				breach bool
			}{{c.resolveOK, false}, {c.wantDue, false}, {c.wantDue.Add(time.Nanosecond), true}} {
				st, err := Evaluate(tg, []Event{created, {At: res.at, Kind: Resolved}}, res.at.Add(time.Hour))
				require.NoError(t, err)
				require.Equal(t, res.breach, st.Breached, "%s %s: resolved %v", zone, c.name, res.at)
				if res.breach {
					require.True(t, st.BreachAt.Equal(c.wantDue), "%s %s: breach at %v", zone, c.name, st.BreachAt)
				}
			}
			// Running past the deadline breaches at it.
			st, err = Evaluate(tg, []Event{created}, c.wantDue.Add(time.Minute))
			require.NoError(t, err)
			require.True(t, st.Breached && st.BreachAt.Equal(c.wantDue), "%s %s: %v", zone, c.name, st.BreachAt)
		}
	}
}

// Without pauses, the deadline of a working-days goal is the calendar's
// AddDays and that of an end-of-day goal the calendar's EndOfDay, for any
// start (DST weeks of 2026 in Berlin and New York included).
func TestGoalInstantMatchesCalendar(t *testing.T) {
	cals := map[string]*calendar.Calendar{}
	for _, z := range []string{"Europe/Berlin", "America/New_York"} {
		cals[z] = lunchCal(t, z)
	}
	rapid.Check(t, func(t *rapid.T) {
		cal := cals[rapid.SampledFrom([]string{"Europe/Berlin", "America/New_York"}).Draw(t, "zone")]
		base := rapid.SampledFrom([]time.Time{
			time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), time.Date(2026, 3, 26, 0, 0, 0, 0, time.UTC),
			time.Date(2026, 10, 22, 0, 0, 0, 0, time.UTC), time.Date(2026, 10, 29, 0, 0, 0, 0, time.UTC),
			time.Date(2026, 12, 23, 0, 0, 0, 0, time.UTC),
		}).Draw(t, "week")
		start := base.Add(time.Duration(rapid.IntRange(0, 7*24*4).Draw(t, "quarter")) * 15 * time.Minute)
		n := rapid.IntRange(0, 4).Draw(t, "n")
		days := rapid.Bool().Draw(t, "workingDays")
		goal := EndOfWorkingDay(n)
		var want time.Time
		var err error
		if days {
			goal = WorkingDays(max(n, 1))
			want, err = cal.AddDays(start, max(n, 1))
		} else {
			want, err = cal.EndOfDay(start, n)
		}
		require.NoError(t, err)
		tg, err := NewTarget(TargetSpec{Name: "res", Metric: Resolution, Goal: goal}, cal)
		require.NoError(t, err)
		st, err := Evaluate(tg, []Event{{At: start, Kind: Created}}, start)
		require.NoError(t, err)
		if !want.After(start) {
			return
		}
		require.True(t, st.Deadline.Equal(want), "start %v %v: deadline %v, calendar %v", start, goal, st.Deadline, want)
	})
}
