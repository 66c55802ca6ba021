package kpi

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestRatioPercentRounding(t *testing.T) {
	for _, tc := range []struct {
		r      Ratio
		places int32
		want   string
	}{
		{Ratio{2, 3}, 2, "66.67"},
		{Ratio{1, 3}, 0, "33"},
		{Ratio{1, 8}, 1, "12.5"},
		{Ratio{1, 8}, 0, "12"},    // 12.5 → even
		{Ratio{3, 8}, 0, "38"},    // 37.5 → even
		{Ratio{1, 400}, 1, "0.2"}, // 0.25 → even
		{Ratio{3, 400}, 1, "0.8"}, // 0.75 → even
		{Ratio{-1, 8}, 0, "-12"},
		{Ratio{1, -8}, 0, "-12"},
		{Ratio{5, 5}, 3, "100"},
		{Ratio{0, 7}, 2, "0"},
		{Ratio{1, 3}, -1, "30"},
		{Ratio{99951, 100000}, 2, "99.95"},
		{Ratio{math.MaxInt64, math.MaxInt64}, 2, "100"},
	} {
		got, ok := tc.r.Percent(tc.places)
		require.True(t, ok)
		assert.True(t, got.Equal(dec(tc.want)), "%v at %d: got %s want %s", tc.r, tc.places, got, tc.want)
	}
	_, ok := Ratio{5, 0}.Percent(2)
	assert.False(t, ok)
	_, ok = Ratio{}.Rate()
	assert.False(t, ok)
	r, ok := Ratio{2, 3}.Rate()
	require.True(t, ok)
	assert.Equal(t, "0.666666666666666667", r.String())
}

func TestRatioCmpPercentNeverRounds(t *testing.T) {
	r := Ratio{99951, 100000}
	c, ok := r.CmpPercent(dec("99.951"))
	require.True(t, ok)
	assert.Equal(t, 0, c)
	c, _ = r.CmpPercent(dec("99.95"))
	assert.Equal(t, 1, c)
	c, _ = Ratio{99949, 100000}.CmpPercent(dec("99.95"))
	assert.Equal(t, -1, c) // prints as 99.95 at 2 places, still below target
	_, ok = Ratio{}.CmpPercent(dec("1"))
	assert.False(t, ok)
}

func TestRatioAddOverflow(t *testing.T) {
	s, err := Ratio{1, 2}.Add(Ratio{3, 4})
	require.NoError(t, err)
	assert.Equal(t, Ratio{4, 6}, s)
	_, err = Ratio{1, math.MaxInt64}.Add(Ratio{1, 1})
	assert.ErrorIs(t, err, ErrOverflow)
}

func TestRatioPercentMatchesBigRat(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := Ratio{rapid.Int64().Draw(t, "n"), rapid.Int64().Filter(func(x int64) bool { return x != 0 }).Draw(t, "d")}
		p := rapid.Int32Range(-3, 20).Draw(t, "places")
		got, ok := r.Percent(p)
		if !ok {
			t.Fatal("no data with Den != 0")
		}
		// Reference: decimal's RoundBank on a value exact to many more places
		// agrees except when the true value lies exactly at a tie after
		// truncation, which cannot happen if the extra digits are nonzero.
		exact := decimal.NewFromBigRat(r.Exact(), 80).Shift(2)
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
		{"99.9", Days30, 43*time.Minute + 12*time.Second},
		{"99.99", Year365, 52*time.Minute + 33*time.Second + 600*time.Millisecond},
		{"99.9", Year365, 8*time.Hour + 45*time.Minute + 36*time.Second},
		{"99.9", Week, 10*time.Minute + 4*time.Second + 800*time.Millisecond},
		{"99.9", Day, time.Minute + 26*time.Second + 400*time.Millisecond},
		{"99.999", Year365, 5*time.Minute + 15*time.Second + 360*time.Millisecond},
		{"99.95", Days30, 21*time.Minute + 36*time.Second},
		{"100", Days30, 0},
		{"0", Day, Day},
		{"99.9", 0, 0},
		{"33.3333333333333333333", time.Nanosecond * 3, 2}, // 2.0000000000000000001 ns → floor
	} {
		got, err := AllowedDowntime(dec(tc.target), tc.window)
		require.NoError(t, err)
		assert.Equal(t, tc.want, got, "%s over %s", tc.target, tc.window)
	}
	_, err := AllowedDowntime(dec("100.1"), Day)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = AllowedDowntime(dec("-1"), Day)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = AllowedDowntime(dec("99"), -Day)
	assert.ErrorIs(t, err, ErrNegativeDuration)

	tb, err := DowntimeTable(dec("99.99"))
	require.NoError(t, err)
	assert.Equal(t, 52*time.Minute+33600*time.Millisecond, tb.PerYear)
	assert.Equal(t, 4*time.Minute+19200*time.Millisecond, tb.Per30)
	assert.Equal(t, 60480*time.Millisecond, tb.PerWeek)
	assert.Equal(t, 8640*time.Millisecond, tb.PerDay)
}

func TestNines(t *testing.T) {
	n3, err := Nines(3)
	require.NoError(t, err)
	assert.True(t, n3.Equal(dec("99.9")))
	n5, _ := Nines(5)
	assert.True(t, n5.Equal(dec("99.999")))
	n1, _ := Nines(1)
	assert.True(t, n1.Equal(dec("90")))
	_, err = Nines(0)
	assert.ErrorIs(t, err, ErrOutOfRange)

	for _, tc := range []struct {
		r    Ratio
		want int
	}{
		{Ratio{9995, 10000}, 3}, {Ratio{998999, 1000000}, 2}, {Ratio{999, 1000}, 3},
		{Ratio{1, 1}, 18}, {Ratio{0, 1}, 0}, {Ratio{89, 100}, 0}, {Ratio{9, 10}, 1},
	} {
		got, ok := CountNines(tc.r)
		require.True(t, ok)
		assert.Equal(t, tc.want, got, "%v", tc.r)
	}
	_, ok := CountNines(Ratio{})
	assert.False(t, ok)

	// round trip: nines → downtime → target ratio → nines
	for n := 1; n <= 6; n++ {
		tg, _ := Nines(n)
		dt, err := AllowedDowntime(tg, Year365)
		require.NoError(t, err)
		r, err := TargetFor(dt, Year365)
		require.NoError(t, err)
		got, _ := CountNines(r)
		assert.Equal(t, n, got)
		c, _ := r.CmpPercent(tg)
		assert.Equal(t, 0, c)
	}
	_, err = TargetFor(2*Day, Day)
	assert.ErrorIs(t, err, ErrOutOfRange)
}

func TestIntervalValidation(t *testing.T) {
	_, err := NewInterval(at(10), at(5))
	var ie *IntervalError
	require.ErrorAs(t, err, &ie)
	assert.ErrorIs(t, err, ErrEndBeforeStart)
	assert.Contains(t, err.Error(), "2026-03-02T00:10:00Z")
	i, err := NewInterval(at(5), at(5))
	require.NoError(t, err)
	assert.True(t, i.Empty())
	assert.False(t, i.Contains(at(5)))
	big := Interval{time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)}
	assert.ErrorIs(t, big.Validate(), ErrTooLong)
	assert.True(t, iv(0, 10).Contains(at(0)))
	assert.False(t, iv(0, 10).Contains(at(10)))
	assert.False(t, iv(0, 10).Overlaps(iv(10, 20)))
	assert.True(t, iv(0, 11).Overlaps(iv(10, 20)))
}

func TestMergeIntervals(t *testing.T) {
	m, ov, err := MergeIntervals([]Interval{iv(30, 40), iv(0, 10), iv(10, 20), iv(5, 6), iv(50, 50)})
	require.NoError(t, err)
	assert.True(t, ov) // 5–6 lies inside 0–10
	assert.Equal(t, []Interval{iv(0, 20), iv(30, 40)}, m)

	m, ov, err = MergeIntervals([]Interval{iv(10, 20), iv(0, 10)})
	require.NoError(t, err)
	assert.False(t, ov, "back-to-back is not an overlap")
	assert.Equal(t, []Interval{iv(0, 20)}, m)

	_, _, err = MergeIntervals([]Interval{iv(0, 1), iv(3, 2)})
	assert.ErrorIs(t, err, ErrEndBeforeStart)
	assert.Contains(t, err.Error(), "interval 1")
}

func TestMergeIntervalsProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := rapid.SliceOfN(genInterval(300), 0, 8).Draw(t, "in")
		m, ov, err := MergeIntervals(in)
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
	month := Interval{t0, t0.Add(Days30)}
	a, err := ComputeAvailability(month, []Interval{{t0.Add(Day), t0.Add(Day + 43*time.Minute + 12*time.Second)}}, nil, nil)
	require.NoError(t, err)
	p, ok := a.Percent(3)
	require.True(t, ok)
	assert.Equal(t, "99.9", p.String())
	assert.Equal(t, Days30, a.Scheduled)
	assert.Equal(t, 43*time.Minute+12*time.Second, a.Down)
	assert.Equal(t, 1, a.Failures)
	c, _ := a.Ratio().CmpPercent(dec("99.9"))
	assert.Equal(t, 0, c)

	// Office hours week 1: 5×8 h = 40 h. Outage Mon 16:00–Tue 10:00 counts
	// 1 h + 1 h; overlapping outage Tue 09:30–09:45 merged; maintenance Wed
	// 09:00–11:00 excludes 2 h of schedule and an outage inside it.
	week := iv(0, 7*1440)
	outs := []Interval{iv(16*60, 1440+10*60), iv(1440+9*60+30, 1440+9*60+45), iv(2*1440+9*60, 2*1440+10*60), iv(-100, -50)}
	maint := []Interval{iv(2*1440+9*60, 2*1440+11*60)}
	a, err = ComputeAvailability(week, outs, maint, officeHours())
	require.NoError(t, err)
	assert.Equal(t, 38*time.Hour, a.Scheduled)
	assert.Equal(t, 2*time.Hour, a.Maintenance)
	assert.Equal(t, 2*time.Hour, a.Down)
	assert.Equal(t, 36*time.Hour, a.Up)
	assert.True(t, a.OverlapsMerged)
	assert.Equal(t, 1, a.Failures)
	assert.Len(t, a.Outages, 2)
	assert.Len(t, a.Notes, 4)
	assert.Equal(t, Ratio{int64(36 * time.Hour), int64(38 * time.Hour)}, a.Ratio())
	mtbf, _ := a.MTBF()
	assert.Equal(t, 36*time.Hour, mtbf)
	mttr, _ := a.MTTRestore()
	assert.Equal(t, 2*time.Hour, mttr)

	// zero-length period: no data, no error
	a, err = ComputeAvailability(iv(5, 5), nil, nil, nil)
	require.NoError(t, err)
	_, ok = a.Rate()
	assert.False(t, ok)
	assert.Contains(t, a.String(), "no data")

	_, err = ComputeAvailability(iv(5, 4), nil, nil, nil)
	assert.ErrorIs(t, err, ErrEndBeforeStart)
	_, err = ComputeAvailability(week, []Interval{iv(3, 2)}, nil, nil)
	assert.ErrorContains(t, err, "outage 0")
	_, err = ComputeAvailability(week, nil, []Interval{iv(3, 2)}, nil)
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
	assert.ErrorIs(t, err, ErrNegativeDuration)
	_, err = AvailabilityFromMTBF(0, -1)
	assert.ErrorIs(t, err, ErrNegativeDuration)
	_, err = AvailabilityFromMTBF(math.MaxInt64, 1)
	assert.ErrorIs(t, err, ErrOverflow)
	assert.True(t, errors.Is(err, ErrOverflow))
}

// refAvailability steps minute by minute (all test instants are minute-aligned).
func refAvailability(period Interval, outs, maint []Interval, hours spanSchedule) (sched, down time.Duration) {
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
			if s != a.Scheduled || d != a.Down {
				t.Fatalf("wall: got %s/%s want %s/%s", a.Down, a.Scheduled, d, s)
			}
		} else {
			s, d := refAvailability(period, outs, maint, hours)
			if s != a.Scheduled || d != a.Down {
				t.Fatalf("hours: got %s/%s want %s/%s", a.Down, a.Scheduled, d, s)
			}
		}
		if r, ok := a.Ratio().Exact(), !a.Ratio().NoData(); ok {
			if r.Sign() < 0 || r.Cmp(Ratio{1, 1}.Exact()) > 0 {
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
	_, err := AllowedDowntime(tiny, Day)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = AllowedDowntime(big, Day)
	assert.ErrorIs(t, err, ErrOutOfRange)
	d, _ := NewDistribution([]time.Duration{1})
	_, _, err = d.Percentile(tiny, Linear)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, ok := Ratio{1, 2}.CmpPercent(tiny)
	assert.False(t, ok)
	_, ok = Ratio{1, 2}.CmpRate(big)
	assert.False(t, ok)
	for _, js := range []string{
		`{"target":"1e-9000","window":"rolling","length":"1h"}`,
		`{"target":"1e9000","window":"rolling","length":"1h"}`,
	} {
		var s SLO
		assert.ErrorIs(t, json.Unmarshal([]byte(js), &s), ErrOutOfRange)
	}
	var bt BandTable
	assert.Error(t, json.Unmarshal([]byte(`{"bands":[{"name":"a","maxChangeFailurePercent":"1e-9000"},{"name":"b"}]}`), &bt))
	var ap AlertPolicy
	assert.Error(t, json.Unmarshal([]byte(`{"period":"30d","alerts":[{"severity":"page","longWindow":"1h","shortWindow":"5m","burnRate":"1e-9000"}]}`), &ap))
	_, err = NewBurnRateAlert(SeverityPage, Days30, time.Hour, time.Minute, tiny)
	assert.ErrorIs(t, err, ErrOutOfRange)
}

func TestAvailabilityFromUptime(t *testing.T) {
	r, err := AvailabilityFromUptime(Days30-43*time.Minute-12*time.Second, 43*time.Minute+12*time.Second)
	require.NoError(t, err)
	c, _ := r.CmpPercent(dec("99.9"))
	assert.Equal(t, 0, c)
	r, _ = AvailabilityFromUptime(0, 0)
	assert.True(t, r.NoData())
	_, err = AvailabilityFromUptime(-1, 0)
	assert.ErrorIs(t, err, ErrNegativeDuration)
	_, err = AvailabilityFromUptime(0, -1)
	assert.ErrorIs(t, err, ErrNegativeDuration)
	_, err = AvailabilityFromUptime(math.MaxInt64, 1)
	assert.ErrorIs(t, err, ErrOverflow)
}

func TestPercentileMethodText(t *testing.T) {
	for _, m := range []PercentileMethod{NearestRank, Linear} {
		b, err := m.MarshalText()
		require.NoError(t, err)
		var back PercentileMethod
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, m, back)
	}
	var m PercentileMethod
	assert.ErrorIs(t, m.UnmarshalText([]byte("type7")), ErrUnknownName)
	_, err := PercentileMethod(5).MarshalText()
	assert.ErrorIs(t, err, ErrUnknownName)
}
