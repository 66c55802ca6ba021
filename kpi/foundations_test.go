package kpi

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/itsmkit/itsm"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestRatioPercentRounding(t *testing.T) {
	for _, tc := range []struct {
		r      itsm.Ratio
		places int32
		want   string
	}{
		{itsm.Ratio{Num: 2, Den: 3}, 2, "66.67"},
		{itsm.Ratio{Num: 1, Den: 3}, 0, "33"},
		{itsm.Ratio{Num: 1, Den: 8}, 1, "12.5"},
		{itsm.Ratio{Num: 1, Den: 8}, 0, "12"},    // 12.5 → even
		{itsm.Ratio{Num: 3, Den: 8}, 0, "38"},    // 37.5 → even
		{itsm.Ratio{Num: 1, Den: 400}, 1, "0.2"}, // 0.25 → even
		{itsm.Ratio{Num: 3, Den: 400}, 1, "0.8"}, // 0.75 → even
		{itsm.Ratio{Num: -1, Den: 8}, 0, "-12"},
		{itsm.Ratio{Num: 1, Den: -8}, 0, "-12"},
		{itsm.Ratio{Num: 5, Den: 5}, 3, "100"},
		{itsm.Ratio{Num: 0, Den: 7}, 2, "0"},
		{itsm.Ratio{Num: 1, Den: 3}, -1, "30"},
		{itsm.Ratio{Num: 99951, Den: 100000}, 2, "99.95"},
		{itsm.Ratio{Num: math.MaxInt64, Den: math.MaxInt64}, 2, "100"},
	} {
		got, ok := tc.r.Percent(tc.places)
		require.True(t, ok)
		assert.True(t, got.Equal(dec(tc.want)), "%v at %d: got %s want %s", tc.r, tc.places, got, tc.want)
	}
	_, ok := itsm.Ratio{Num: 5, Den: 0}.Percent(2)
	assert.False(t, ok)
	_, ok = itsm.Ratio{}.Rate()
	assert.False(t, ok)
	r, ok := itsm.Ratio{Num: 2, Den: 3}.Rate()
	require.True(t, ok)
	assert.Equal(t, "0.666666666666666667", r.String())
}

func TestRatioCmpPercentNeverRounds(t *testing.T) {
	r := itsm.Ratio{Num: 99951, Den: 100000}
	c, ok := r.CmpPercent(dec("99.951"))
	require.True(t, ok)
	assert.Equal(t, 0, c)
	c, _ = r.CmpPercent(dec("99.95"))
	assert.Equal(t, 1, c)
	c, _ = itsm.Ratio{Num: 99949, Den: 100000}.CmpPercent(dec("99.95"))
	assert.Equal(t, -1, c) // prints as 99.95 at 2 places, still below target
	_, ok = itsm.Ratio{}.CmpPercent(dec("1"))
	assert.False(t, ok)
}

func TestRatioAddOverflow(t *testing.T) {
	s, err := itsm.Ratio{Num: 1, Den: 2}.Add(itsm.Ratio{Num: 3, Den: 4})
	require.NoError(t, err)
	assert.Equal(t, itsm.Ratio{Num: 4, Den: 6}, s)
	_, err = itsm.Ratio{Num: 1, Den: math.MaxInt64}.Add(itsm.Ratio{Num: 1, Den: 1})
	assert.ErrorIs(t, err, itsm.ErrOverflow)
}

func TestRatioPercentMatchesBigRat(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := itsm.Ratio{Num: rapid.Int64().Draw(t, "n"), Den: rapid.Int64().Filter(func(x int64) bool { return x != 0 }).Draw(t, "d")}
		p := rapid.Int32Range(-3, 20).Draw(t, "places")
		got, ok := r.Percent(p)
		if !ok {
			t.Fatal("no data with Den != 0")
		}
		// Reference: decimal's RoundBank on a value exact to many more places
		// agrees except when the true value lies exactly at a tie after
		// truncation, which cannot happen if the extra digits are nonzero.
		exact := decimal.NewFromBigRat(big.NewRat(r.Num, r.Den), 80).Shift(2)
		want := exact.RoundBank(p)
		if !got.Equal(want) {
			t.Fatalf("%v.Percent(%d) = %s, want %s", r, p, got, want)
		}
	})
}

func TestAllowedDowntimeReference(t *testing.T) {
	for _, tc := range []struct {
		target string
		window time.Duration
		want   time.Duration
	}{
		{"99.9", days30, 43*time.Minute + 12*time.Second},
		{"99.99", year365, 52*time.Minute + 33*time.Second + 600*time.Millisecond},
		{"99.9", year365, 8*time.Hour + 45*time.Minute + 36*time.Second},
		{"99.9", week, 10*time.Minute + 4*time.Second + 800*time.Millisecond},
		{"99.9", day, time.Minute + 26*time.Second + 400*time.Millisecond},
		{"99.999", year365, 5*time.Minute + 15*time.Second + 360*time.Millisecond},
		{"99.95", days30, 21*time.Minute + 36*time.Second},
		{"100", days30, 0},
		{"0", day, day},
		{"99.9", 0, 0},
		{"33.3333333333333333333", time.Nanosecond * 3, 2}, // 2.0000000000000000001 ns → floor
	} {
		got, err := AllowedDowntime(dec(tc.target), tc.window)
		require.NoError(t, err)
		assert.Equal(t, tc.want, got, "%s over %s", tc.target, tc.window)
	}
	_, err := AllowedDowntime(dec("100.1"), day)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = AllowedDowntime(dec("-1"), day)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = AllowedDowntime(dec("99"), -day)
	assert.ErrorIs(t, err, ErrOutOfRange)

	// the published downtime table for 99.99 % per year, 30 days, week, day
	for w, want := range map[time.Duration]time.Duration{
		year365: 52*time.Minute + 33600*time.Millisecond, days30: 4*time.Minute + 19200*time.Millisecond,
		week: 60480 * time.Millisecond, day: 8640 * time.Millisecond,
	} {
		got, err := AllowedDowntime(dec("99.99"), w)
		require.NoError(t, err)
		assert.Equal(t, want, got, "over %s", w)
	}
}

func TestNines(t *testing.T) {
	// nines(n) is the target with n nines: 99.9 for 3.
	nines := func(n int) decimal.Decimal { return hundred.Sub(decimal.New(1, int32(2-n))) }

	for _, tc := range []struct {
		r    itsm.Ratio
		want int
	}{
		{itsm.Ratio{Num: 9995, Den: 10000}, 3}, {itsm.Ratio{Num: 998999, Den: 1000000}, 2}, {itsm.Ratio{Num: 999, Den: 1000}, 3},
		{itsm.Ratio{Num: 1, Den: 1}, 18}, {itsm.Ratio{Num: 0, Den: 1}, 0}, {itsm.Ratio{Num: 89, Den: 100}, 0}, {itsm.Ratio{Num: 9, Den: 10}, 1},
	} {
		got, ok := CountNines(tc.r)
		require.True(t, ok)
		assert.Equal(t, tc.want, got, "%v", tc.r)
	}
	_, ok := CountNines(itsm.Ratio{})
	assert.False(t, ok)

	// round trip: nines → downtime → target ratio → nines
	for n := 1; n <= 6; n++ {
		tg := nines(n)
		dt, err := AllowedDowntime(tg, year365)
		require.NoError(t, err)
		r := itsm.Ratio{Num: int64(year365 - dt), Den: int64(year365)}
		got, _ := CountNines(r)
		assert.Equal(t, n, got)
		c, _ := r.CmpPercent(tg)
		assert.Equal(t, 0, c)
	}
}

func TestIntervalValidation(t *testing.T) {
	_, err := itsm.NewInterval(at(10), at(5))
	var ie *itsm.Error
	require.ErrorAs(t, err, &ie)
	assert.ErrorIs(t, err, itsm.ErrInterval)
	assert.Contains(t, err.Error(), "2026-03-02T00:10:00Z")
	i, err := itsm.NewInterval(at(5), at(5))
	require.NoError(t, err)
	assert.True(t, i.Empty())
	assert.False(t, i.Contains(at(5)))
	big := itsm.Interval{Start: time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)}
	assert.ErrorIs(t, big.Validate(), itsm.ErrInterval)
	assert.True(t, iv(0, 10).Contains(at(0)))
	assert.False(t, iv(0, 10).Contains(at(10)))
	assert.False(t, iv(0, 10).Overlaps(iv(10, 20)))
	assert.True(t, iv(0, 11).Overlaps(iv(10, 20)))
}

func TestMergeIntervals(t *testing.T) {
	m, ov, err := mergeIntervalsErr([]itsm.Interval{iv(30, 40), iv(0, 10), iv(10, 20), iv(5, 6), iv(50, 50)})
	require.NoError(t, err)
	assert.True(t, ov) // 5–6 lies inside 0–10
	assert.Equal(t, []itsm.Interval{iv(0, 20), iv(30, 40)}, m)

	m, ov, err = mergeIntervalsErr([]itsm.Interval{iv(10, 20), iv(0, 10)})
	require.NoError(t, err)
	assert.False(t, ov, "back-to-back is not an overlap")
	assert.Equal(t, []itsm.Interval{iv(0, 20)}, m)

	_, _, err = mergeIntervalsErr([]itsm.Interval{iv(0, 1), iv(3, 2)})
	assert.ErrorIs(t, err, itsm.ErrInterval)
	assert.Contains(t, err.Error(), "interval 1")
}

func TestMergeIntervalsProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := rapid.SliceOfN(genInterval(300), 0, 8).Draw(t, "in")
		m, ov, err := mergeIntervalsErr(in)
		if err != nil {
			t.Fatal(err)
		}
		for k := 1; k < len(m); k++ {
			if !m[k-1].End.Before(m[k].Start) {
				t.Fatalf("not disjoint/sorted: %v", m)
			}
		}
		wantOv := false
		for a := range in {
			for b := a + 1; b < len(in); b++ {
				wantOv = wantOv || in[a].Overlaps(in[b])
			}
		}
		if ov != wantOv {
			t.Fatalf("overlapped %v want %v", ov, wantOv)
		}
		for min := 0; min <= 300; min++ {
			x := at(min)
			inAny, inM := false, false
			for _, i := range in {
				inAny = inAny || i.Contains(x)
			}
			for _, i := range m {
				inM = inM || i.Contains(x)
			}
			if inAny != inM {
				t.Fatalf("minute %d: in input %v, in merged %v", min, inAny, inM)
			}
		}
	})
}

func TestComputeAvailabilityTable(t *testing.T) {
	month := itsm.Interval{Start: t0, End: t0.Add(days30)}
	a, err := ComputeAvailability(month, []itsm.Interval{{Start: t0.Add(day), End: t0.Add(day + 43*time.Minute + 12*time.Second)}}, nil, nil)
	require.NoError(t, err)
	p, ok := a.Ratio().Percent(3)
	require.True(t, ok)
	assert.Equal(t, "99.9", p.String())
	assert.Equal(t, itsm.Duration(days30), a.Scheduled)
	assert.Equal(t, itsm.Duration(43*time.Minute+12*time.Second), a.Down)
	assert.Equal(t, 1, a.Failures)
	c, _ := a.Ratio().CmpPercent(dec("99.9"))
	assert.Equal(t, 0, c)

	// Office hours week 1: 5×8 h = 40 h. Outage Mon 16:00–Tue 10:00 counts
	// 1 h + 1 h; overlapping outage Tue 09:30–09:45 merged; maintenance Wed
	// 09:00–11:00 excludes 2 h of schedule and an outage inside it.
	week := iv(0, 7*1440)
	outs := []itsm.Interval{iv(16*60, 1440+10*60), iv(1440+9*60+30, 1440+9*60+45), iv(2*1440+9*60, 2*1440+10*60), iv(-100, -50)}
	maint := []itsm.Interval{iv(2*1440+9*60, 2*1440+11*60)}
	a, err = ComputeAvailability(week, outs, maint, officeHours())
	require.NoError(t, err)
	assert.Equal(t, itsm.Duration(38*time.Hour), a.Scheduled)
	assert.Equal(t, itsm.Duration(2*time.Hour), a.Maintenance)
	assert.Equal(t, itsm.Duration(2*time.Hour), a.Down)
	assert.Equal(t, itsm.Duration(36*time.Hour), a.Up)
	assert.True(t, a.OverlapsMerged)
	assert.Equal(t, 1, a.Failures)
	assert.Len(t, a.Outages, 2)
	assert.Len(t, a.Notes, 4)
	assert.Equal(t, itsm.Ratio{Num: int64(36 * time.Hour), Den: int64(38 * time.Hour)}, a.Ratio())
	assert.Equal(t, itsm.Duration(36*time.Hour), a.MTBF)
	assert.Equal(t, itsm.Duration(2*time.Hour), a.MTTRecover)

	// zero-length period: no data, no error
	a, err = ComputeAvailability(iv(5, 5), nil, nil, nil)
	require.NoError(t, err)
	_, ok = a.Ratio().Rate()
	assert.False(t, ok)
	assert.Contains(t, a.String(), "no data")

	_, err = ComputeAvailability(iv(5, 4), nil, nil, nil)
	assert.ErrorIs(t, err, itsm.ErrInterval)
	_, err = ComputeAvailability(week, []itsm.Interval{iv(3, 2)}, nil, nil)
	assert.ErrorContains(t, err, "outage 0")
	_, err = ComputeAvailability(week, nil, []itsm.Interval{iv(3, 2)}, nil)
	assert.ErrorContains(t, err, "maintenance 0")
	_, err = ComputeAvailability(week, nil, nil, badSchedule{})
	assert.ErrorIs(t, err, ErrSchedule)
}

type badSchedule struct{}

func (badSchedule) Between(a, b time.Time) time.Duration { return 2 * b.Sub(a) }

func TestAvailabilityFromMTBF(t *testing.T) {
	r, err := AvailabilityFromMTBF(999*time.Hour, time.Hour)
	require.NoError(t, err)
	p, _ := r.Percent(2)
	assert.Equal(t, "99.9", p.String())
	r, err = AvailabilityFromMTBF(0, 0)
	require.NoError(t, err)
	assert.True(t, r.NoData())
	_, err = AvailabilityFromMTBF(-1, 0)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = AvailabilityFromMTBF(0, -1)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = AvailabilityFromMTBF(math.MaxInt64, 1)
	assert.ErrorIs(t, err, itsm.ErrOverflow)
	assert.True(t, errors.Is(err, itsm.ErrOverflow))
}

// refAvailability steps minute by minute (all test instants are minute-aligned).
func refAvailability(period itsm.Interval, outs, maint []itsm.Interval, hours spanSchedule) (sched, down time.Duration) {
	for x := period.Start; x.Before(period.End); x = x.Add(time.Minute) {
		if !hours.open(x) {
			continue
		}
		inM := false
		for _, m := range maint {
			inM = inM || m.Contains(x)
		}
		if inM {
			continue
		}
		sched += time.Minute
		for _, o := range outs {
			if o.Contains(x) {
				down += time.Minute
				break
			}
		}
	}
	return
}

func TestAvailabilityProperties(t *testing.T) {
	const span = 4 * 1440
	hours := officeHours()
	rapid.Check(t, func(t *rapid.T) {
		period := genInterval(span).Draw(t, "period")
		outs := rapid.SliceOfN(genInterval(span), 0, 6).Draw(t, "outages")
		maint := rapid.SliceOfN(genInterval(span), 0, 3).Draw(t, "maintenance")
		var sched Schedule = hours
		wall := rapid.Bool().Draw(t, "wall")
		if wall {
			sched = nil
		}
		a, err := ComputeAvailability(period, outs, maint, sched)
		if err != nil {
			t.Fatal(err)
		}
		if wall {
			hours2 := spanSchedule{iv(-span, 2*span)}
			s, d := refAvailability(period, outs, maint, hours2)
			if s != a.Scheduled.Std() || d != a.Down.Std() {
				t.Fatalf("wall: got %s/%s want %s/%s", a.Down, a.Scheduled, d, s)
			}
		} else {
			s, d := refAvailability(period, outs, maint, hours)
			if s != a.Scheduled.Std() || d != a.Down.Std() {
				t.Fatalf("hours: got %s/%s want %s/%s", a.Down, a.Scheduled, d, s)
			}
		}
		if r := a.Ratio(); !r.NoData() {
			if lo, _ := r.Cmp(itsm.Ratio{Num: 0, Den: 1}); lo < 0 {
				t.Fatalf("availability %v outside [0,1]", a.Ratio())
			}
			if hi, _ := r.Cmp(itsm.Ratio{Num: 1, Den: 1}); hi > 0 {
				t.Fatalf("availability %v outside [0,1]", a.Ratio())
			}
		}
		extra := genInterval(span).Draw(t, "extra")
		b, err := ComputeAvailability(period, append(outs[:len(outs):len(outs)], extra), maint, sched)
		if err != nil {
			t.Fatal(err)
		}
		if b.Scheduled != a.Scheduled {
			t.Fatal("an outage changed scheduled time")
		}
		if c, ok := b.Ratio().Cmp(a.Ratio()); ok && c > 0 {
			t.Fatalf("adding outage %v raised availability %v → %v", extra, a.Ratio(), b.Ratio())
		}
	})
}

func TestHugeDecimalExponentsRejectedFast(t *testing.T) {
	tiny, big := decimal.New(1, -2000000000), decimal.New(1, 2000000000)
	_, err := AllowedDowntime(tiny, day)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = AllowedDowntime(big, day)
	assert.ErrorIs(t, err, ErrOutOfRange)
	d, _ := NewDistribution([]time.Duration{1})
	_, _, err = d.Percentile(tiny, Linear)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, ok := itsm.Ratio{Num: 1, Den: 2}.CmpPercent(tiny)
	assert.False(t, ok)
	_, ok = itsm.Ratio{Num: 1, Den: 2}.CmpRate(big)
	assert.False(t, ok)
	for _, js := range []string{
		`{"target":"1e-9000","window":"rolling","length":"1h"}`,
		`{"target":"1e9000","window":"rolling","length":"1h"}`,
	} {
		var s SLO
		assert.ErrorIs(t, json.Unmarshal([]byte(js), &s), ErrOutOfRange)
	}
	var bt BandTable
	assert.Error(t, json.Unmarshal([]byte(`{"bands":[{"name":"a","max_change_failure_percent":"1e-9000"},{"name":"b"}]}`), &bt))
	var ap AlertPolicy
	assert.Error(t, json.Unmarshal([]byte(`{"period":"720h","alerts":[{"severity":"page","long_window":"1h","short_window":"5m","burn_rate":"1e-9000"}]}`), &ap))
	_, err = NewBurnRateAlert(SeverityPage, days30, time.Hour, time.Minute, tiny)
	assert.ErrorIs(t, err, ErrOutOfRange)
}

// AvailabilityFromMTBF(up, down) is up / (up + down): availability from
// recorded uptime and downtime.
func TestAvailabilityFromUptime(t *testing.T) {
	r, err := AvailabilityFromMTBF(days30-43*time.Minute-12*time.Second, 43*time.Minute+12*time.Second)
	require.NoError(t, err)
	c, _ := r.CmpPercent(dec("99.9"))
	assert.Equal(t, 0, c)
	r, _ = AvailabilityFromMTBF(0, 0)
	assert.True(t, r.NoData())
	_, err = AvailabilityFromMTBF(-1, 0)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = AvailabilityFromMTBF(0, -1)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = AvailabilityFromMTBF(math.MaxInt64, 1)
	assert.ErrorIs(t, err, itsm.ErrOverflow)
}

func TestPercentileMethodText(t *testing.T) {
	for _, m := range []PercentileMethod{NearestRank, Linear} {
		b, err := percentileMethods.Marshal(m)
		require.NoError(t, err)
		back, err := percentileMethods.Parse(string(b))
		require.NoError(t, err)
		assert.Equal(t, m, back)
		assert.Equal(t, string(b), m.String())
	}
	_, err := percentileMethods.Parse("type7")
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = percentileMethods.Marshal(PercentileMethod(5))
	assert.ErrorIs(t, err, ErrOutOfRange)
	assert.Equal(t, "percentile method(5)", PercentileMethod(5).String())
}
