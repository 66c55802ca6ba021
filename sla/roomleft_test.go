package sla

import (
	"math/big"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/kpi"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func TestBreachesLeft(t *testing.T) {
	for _, tc := range []struct {
		met, breached, openBreached int64
		percent                     string
		want                        int64
	}{
		{190, 5, 0, "95", 5},       // 190/200 = 95 %: five more
		{190, 3, 2, "95", 5},       // breached open cycles count as breaches
		{190, 5, 0, "99.5", -5},    // 190/190.95…: five too many
		{190, 5, 0, "90", 16},      // ⌊19000/90⌋ = 211
		{0, 0, 0, "95", 0},         // nothing decided: no room
		{0, 2, 0, "95", -2},        // every breach is one too many
		{10, 0, 0, "100", 0},       // a 100 % goal takes none
		{10, 1, 0, "100", -1},      //
		{7, 0, 0, "0.001", 699993}, // ⌊700/0.001⌋ − 7
	} {
		g := AttainmentGroup{Met: tc.met, Breached: tc.breached, OpenBreached: tc.openBreached}
		got, err := g.BreachesLeft(dec(tc.percent))
		require.NoError(t, err)
		require.Equal(t, tc.want, got, "%+v", tc)
	}
	for i, p := range []decimal.Decimal{dec("0"), dec("-1"), dec("100.1"), decimal.New(1, -1000000)} {
		_, err := AttainmentGroup{Met: 1}.BreachesLeft(p)
		require.ErrorIs(t, err, ErrConfig, "%d", i)
	}
}

// BreachesLeft is the largest number of further breaches with which the
// attainment stays at or above the percentage; a negative answer −n is
// the number of breaches too many.
func TestBreachesLeftIsExact(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := rapid.Int64Range(0, 1e6).Draw(t, "met")
		b := rapid.Int64Range(0, 1e6).Draw(t, "breached")
		ob := rapid.Int64Range(0, 1000).Draw(t, "openBreached")
		p := decimal.New(rapid.Int64Range(1, 100000).Draw(t, "permille"), -3)
		g := AttainmentGroup{Met: m, Breached: b, OpenBreached: ob}
		n, err := g.BreachesLeft(p)
		require.NoError(t, err)
		at := func(k int64) (int, bool) { return itsm.Ratio{Num: m, Den: m + b + ob + k}.CmpPercent(p) }
		if c, ok := at(n); ok {
			require.GreaterOrEqual(t, c, 0, "n = %d", n)
		}
		if c, ok := at(n + 1); ok {
			require.Less(t, c, 0, "n + 1 = %d", n+1)
		}
	})
}

func TestDowntimeLeft(t *testing.T) {
	april := itsm.Interval{Start: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}
	outage := itsm.Interval{Start: time.Date(2026, 4, 7, 10, 0, 0, 0, time.UTC), End: time.Date(2026, 4, 7, 10, 10, 0, 0, time.UTC)}
	r, err := EvaluateAvailability(AvailabilityTarget{Name: "portal", Percent: dec("99.9")}, april, []itsm.Interval{outage}, nil, nil)
	require.NoError(t, err)
	left, err := r.DowntimeLeft(r.Target.Percent)
	require.NoError(t, err)
	require.Equal(t, 33*time.Minute+12*time.Second, left.Std()) // 43m12s allowed over 30 days
	require.Equal(t, r.Margin, left)
	left, err = r.DowntimeLeft(dec("99"))
	require.NoError(t, err)
	require.Equal(t, 7*time.Hour+2*time.Minute, left.Std()) // 7h12m allowed
	left, err = r.DowntimeLeft(dec("99.99"))
	require.NoError(t, err)
	require.Equal(t, -(5*time.Minute + 40*time.Second + 800*time.Millisecond), left.Std()) // 4m19.2s allowed
	_, err = r.DowntimeLeft(dec("0"))
	require.ErrorIs(t, err, ErrConfig)

	rapid.Check(t, func(t *rapid.T) {
		s := rapid.Int64Range(1, 1<<50).Draw(t, "scheduled")
		down := rapid.Int64Range(0, s).Draw(t, "down")
		p := decimal.New(rapid.Int64Range(1, 100000).Draw(t, "permille"), -3)
		r := AvailabilityResult{Availability: kpi.Availability{Scheduled: itsm.Duration(s), Down: itsm.Duration(down)}}
		left, err := r.DowntimeLeft(p)
		require.NoError(t, err)
		up := func(d int64) itsm.Ratio { return itsm.Ratio{Num: s - down - d, Den: s} }
		c, _ := up(int64(left)).CmpPercent(p)
		require.GreaterOrEqual(t, c, 0, "left %v", left)
		c, _ = up(int64(left) + 1).CmpPercent(p)
		require.Less(t, c, 0, "left + 1ns")
	})
}

func TestErrorBudgetLeft(t *testing.T) {
	day := 24 * time.Hour
	rolling := kpi.SLO{Name: "api", Target: dec("99.9"), Window: kpi.Rolling, Length: itsm.Duration(30 * day)}
	now := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	// 400 bad of a million: 1000 allowed, 600 left at 400 per 30 days.
	left, ok, err := ErrorBudgetLeft(rolling, now, 400, 1_000_000)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, 45*day, left)
	// Spent: no time left; nothing burning: never.
	left, ok, err = ErrorBudgetLeft(rolling, now, 1001, 1_000_000)
	require.NoError(t, err)
	require.True(t, ok)
	require.Zero(t, left)
	_, ok, err = ErrorBudgetLeft(rolling, now, 0, 1_000_000)
	require.NoError(t, err)
	require.False(t, ok)

	// A time-based 99.5 % over the calendar month: 0.5 % of March is
	// 3h43m12s. Ten days in with 3 h down, the rest goes in 2.4 days.
	month := kpi.SLO{Name: "portal", Target: dec("99.5"), Window: kpi.CalendarMonth}
	elapsed := int64(10 * day)
	left, ok, err = ErrorBudgetLeft(month, now, int64(3*time.Hour), elapsed)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, 2*day+9*time.Hour+36*time.Minute, left) // 43m12s left at 3 h per 10 days
	// With 1 h down it would last 27.2 days, past the month's end.
	left, ok, err = ErrorBudgetLeft(month, now, int64(time.Hour), elapsed)
	require.NoError(t, err)
	require.False(t, ok)
	require.Equal(t, 27*day+4*time.Hour+48*time.Minute, left)

	_, _, err = ErrorBudgetLeft(rolling, now, 2, 1)
	require.ErrorIs(t, err, kpi.ErrOutOfRange)
	_, _, err = ErrorBudgetLeft(kpi.SLO{Target: dec("100"), Window: kpi.Rolling, Length: itsm.Duration(day)}, now, 1, 2)
	require.ErrorIs(t, err, kpi.ErrInvalidConfig)
}

// The budget lasts exactly left: the projected bad units reach the
// projected budget within the next nanosecond, not before.
func TestErrorBudgetLeftIsExact(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		slo := kpi.SLO{Target: decimal.New(rapid.Int64Range(1, 99999).Draw(t, "permille"), -3), Window: kpi.Rolling,
			Length: itsm.Duration(time.Duration(rapid.Int64Range(1, 90*24).Draw(t, "hours")) * time.Hour)}
		total := rapid.Int64Range(1, 1e12).Draw(t, "total")
		bad := rapid.Int64Range(1, total).Draw(t, "bad")
		now := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
		left, ok, err := ErrorBudgetLeft(slo, now, bad, total)
		require.NoError(t, err)
		require.True(t, ok)
		W := int64(slo.Length)
		// 100·bad·(W + d) ≤ (100 − T)·total·W
		fits := func(d int64) bool {
			l := new(big.Rat).SetInt64(100)
			l.Mul(l, new(big.Rat).SetInt64(bad))
			l.Mul(l, new(big.Rat).SetInt64(W+d))
			r := new(big.Rat).Sub(big.NewRat(100, 1), slo.Target.Rat())
			r.Mul(r, new(big.Rat).SetInt64(total))
			r.Mul(r, new(big.Rat).SetInt64(W))
			return l.Cmp(r) <= 0
		}
		if left > 0 {
			require.True(t, fits(int64(left)))
		}
		require.False(t, fits(int64(left)+1) && left < 1<<62)
	})
}
