package sla

import (
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// Availability on a business calendar (lunch breaks, weekends, NRW
// holidays, a DST change inside the period) agrees with a minute-by-minute
// count: outages overlapping each other, maintenance and the period's
// edges are counted once, inside service hours and outside maintenance
// only. Met agrees with the exact comparison Up·100 ≥ Percent·Scheduled.
func TestAvailabilityAgreesWithMinuteCount(t *testing.T) {
	cals := map[string]Schedule{"Europe/Berlin": lunchCal(t, "Europe/Berlin"), "America/New_York": lunchCal(t, "America/New_York")}
	rapid.Check(t, func(t *rapid.T) {
		zone := rapid.SampledFrom([]string{"Europe/Berlin", "America/New_York"}).Draw(t, "zone")
		cal := cals[zone].(interface {
			Schedule
			IsOpen(time.Time) bool
		})
		loc, _ := time.LoadLocation(zone)
		// A week around the spring change (Berlin 29 March, New York 8 March 2026).
		base := time.Date(2026, 3, 26, 0, 0, 0, 0, loc)
		if zone == "America/New_York" {
			base = time.Date(2026, 3, 5, 0, 0, 0, 0, loc)
		}
		const span = 7 * 24 * 60
		m := func(i int) time.Time { return base.Add(time.Duration(i) * time.Minute) }
		// Instants on a 15-minute grid (open/close and lunch instants
		// included), plus a minute offset now and then.
		point := func(label string) int {
			return min(span, rapid.IntRange(0, span/15).Draw(t, label)*15+rapid.SampledFrom([]int{0, 0, 0, 1, 14}).Draw(t, label+"Off"))
		}
		iv := func(label string) itsm.Interval {
			a, b := point(label+"A"), point(label+"B")
			return itsm.Interval{Start: m(min(a, b)), End: m(max(a, b))}
		}
		period := itsm.Interval{Start: m(rapid.IntRange(0, 2*24*60).Draw(t, "periodStart")), End: m(span - rapid.IntRange(0, 2*24*60).Draw(t, "periodCut"))}
		outs := make([]itsm.Interval, rapid.IntRange(0, 5).Draw(t, "outages"))
		for k := range outs {
			outs[k] = iv("outage")
		}
		maint := make([]itsm.Interval, rapid.IntRange(0, 3).Draw(t, "maintenance"))
		for k := range maint {
			maint[k] = iv("maint")
		}
		in := func(list []itsm.Interval, x time.Time) bool {
			for _, i := range list {
				if i.Contains(x) {
					return true
				}
			}
			return false
		}
		var sched, down time.Duration
		for x := period.Start; x.Before(period.End); x = x.Add(time.Minute) {
			if !cal.IsOpen(x) || in(maint, x) {
				continue
			}
			sched += time.Minute
			if in(outs, x) {
				down += time.Minute
			}
		}
		pct := rapid.SampledFrom([]string{"99", "99.9", "95", "50"}).Draw(t, "target")
		r, err := EvaluateAvailability(AvailabilityTarget{Name: "x", Percent: dec(pct)}, period, outs, maint, cal)
		require.NoError(t, err)
		a := r.Availability
		require.Equal(t, sched, a.Scheduled.Std(), "scheduled")
		require.Equal(t, down, a.Down.Std(), "down")
		require.Equal(t, sched-down, a.Up.Std())
		if sched == 0 {
			require.True(t, r.NoData && r.Met)
			return
		}
		exactMet := dec(pct).Mul(decimalFromInt(int64(sched))).LessThanOrEqual(decimalFromInt(int64(sched - down)).Mul(decimalFromInt(100)))
		require.Equal(t, exactMet, r.Met)
		require.Equal(t, r.Met, r.Margin.Std() >= 0)
	})
}
