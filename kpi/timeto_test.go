package kpi

import (
	"encoding/json"
	"math"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/itsmkit/itsm"
)

func TestDurationStatsBasics(t *testing.T) {
	var s DurationStats
	_, ok := s.Mean()
	assert.False(t, ok, "empty: no data")
	_, ok = s.Min()
	assert.False(t, ok)
	for _, d := range []time.Duration{3, 1, 2, 4} { // mean 2.5 → 2 (ties to even)
		require.NoError(t, s.Add(d))
	}
	m, ok := s.Mean()
	require.True(t, ok)
	assert.Equal(t, time.Duration(2), m)
	require.NoError(t, s.Add(5)) // 15/5 = 3
	m, _ = s.Mean()
	assert.Equal(t, time.Duration(3), m)
	require.NoError(t, s.Add(0)) // 15/6 = 2.5 → 2
	m, _ = s.Mean()
	assert.Equal(t, time.Duration(2), m)
	require.NoError(t, s.Add(6)) // 21/7 = 3
	require.NoError(t, s.Add(6)) // 27/8 = 3.375 → 3
	m, _ = s.Mean()
	assert.Equal(t, time.Duration(3), m)
	mn, _ := s.Min()
	mx, _ := s.Max()
	assert.Equal(t, time.Duration(0), mn)
	assert.Equal(t, time.Duration(6), mx)
	assert.Equal(t, int64(8), s.Count())
	assert.ErrorIs(t, s.Add(-1), ErrOutOfRange)
	assert.Equal(t, int64(8), s.Count(), "rejected value not recorded")

	// 128-bit sum: three maximal durations overflow int64 but the mean is exact.
	var big3 DurationStats
	for range 3 {
		require.NoError(t, big3.Add(math.MaxInt64))
	}
	assert.True(t, big3.Sum().GreaterThan(decimal.NewFromInt(math.MaxInt64)), "beyond a time.Duration")
	m, _ = big3.Mean()
	assert.Equal(t, time.Duration(math.MaxInt64), m)
	assert.Equal(t, "27670116110564327421", big3.Sum().String())
	assert.Equal(t, int64(3), big3.Count())
}

func TestDurationStatsAddDoesNotAllocate(t *testing.T) {
	var s DurationStats
	var tt TimeTo
	allocs := testing.AllocsPerRun(1000, func() {
		_ = s.Add(time.Minute)
		_ = tt.Add(time.Second)
	})
	assert.Zero(t, allocs)
}

// refMean is the obviously-correct mean with big.Rat and half-even rounding.
func refMean(v []time.Duration) time.Duration {
	sum := new(big.Int)
	for _, d := range v {
		sum.Add(sum, big.NewInt(int64(d)))
	}
	q := quoHalfEven(sum, big.NewInt(int64(len(v))), 0)
	return time.Duration(q.IntPart())
}

// splitMerge accumulates parts of v into accumulators and merges them in a
// random order.
func splitParts[T any](t *rapid.T, v []T) [][]T {
	var parts [][]T
	rest := v
	for len(rest) > 0 {
		k := rapid.IntRange(0, len(rest)).Draw(t, "cut")
		parts = append(parts, rest[:k])
		rest = rest[k:]
	}
	parts = append(parts, nil)
	perm := rapid.Permutation(parts).Draw(t, "order")
	return perm
}

func genDurations() *rapid.Generator[[]time.Duration] {
	return rapid.SliceOfN(rapid.Custom(func(t *rapid.T) time.Duration {
		if rapid.Bool().Draw(t, "huge") {
			return time.Duration(rapid.Int64Range(math.MaxInt64-1000, math.MaxInt64).Draw(t, "d"))
		}
		return time.Duration(rapid.Int64Range(0, int64(48*time.Hour)).Draw(t, "d"))
	}), 0, 40)
}

func TestDurationStatsMergeEqualsBatch(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := genDurations().Draw(t, "v")
		var batch DurationStats
		for _, d := range v {
			_ = batch.Add(d)
		}
		var merged DurationStats
		for _, p := range splitParts(t, v) {
			var part DurationStats
			for _, d := range p {
				_ = part.Add(d)
			}
			merged.Merge(part)
		}
		if merged != batch {
			t.Fatalf("merge %+v != batch %+v", merged, batch)
		}
		if len(v) > 0 {
			m, _ := batch.Mean()
			if want := refMean(v); m != want {
				t.Fatalf("mean %d want %d", m, want)
			}
			if mn, _ := batch.Min(); mn != slices.Min(v) {
				t.Fatal("min")
			}
			if mx, _ := batch.Max(); mx != slices.Max(v) {
				t.Fatal("max")
			}
		}
	})
}

type obs struct {
	start, end time.Time
}

func genObs() *rapid.Generator[obs] {
	return rapid.Custom(func(t *rapid.T) obs {
		a := rapid.IntRange(0, 10*1440).Draw(t, "start")
		o := obs{start: at(a)}
		if rapid.IntRange(0, 3).Draw(t, "open") > 0 {
			o.end = at(a + rapid.IntRange(0, 5*1440).Draw(t, "len"))
		}
		return o
	})
}

func TestTimeToAndSampleMergeEqualsBatch(t *testing.T) {
	hours := officeHours()
	asOf := at(12 * 1440)
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.SliceOfN(genObs(), 0, 30).Draw(t, "obs")
		var sched Schedule
		clock := Wall
		if rapid.Bool().Draw(t, "business") {
			sched, clock = hours, Business
		}
		batch := TimeTo{Measure: MTTResolve, Clock: clock}
		bs := &Sample{Measure: MTTResolve, Clock: clock}
		for _, o := range v {
			if err := batch.Observe(sched, o.start, o.end, asOf); err != nil {
				t.Fatal(err)
			}
			if err := bs.Observe(sched, o.start, o.end, asOf); err != nil {
				t.Fatal(err)
			}
		}
		var merged TimeTo // zero value is the identity
		var ms Sample
		for _, p := range splitParts(t, v) {
			part := TimeTo{Measure: MTTResolve, Clock: clock}
			ps := &Sample{Measure: MTTResolve, Clock: clock}
			for _, o := range p {
				_ = part.Observe(sched, o.start, o.end, asOf)
				_ = ps.Observe(sched, o.start, o.end, asOf)
			}
			if err := merged.Merge(part); err != nil {
				t.Fatal(err)
			}
			if err := ms.Merge(ps); err != nil {
				t.Fatal(err)
			}
		}
		if merged != batch {
			t.Fatalf("merge %+v != batch %+v", merged, batch)
		}
		if !slices.Equal(ms.AtLeast().Values(), bs.AtLeast().Values()) || !slices.Equal(ms.Completed().Values(), bs.Completed().Values()) {
			t.Fatal("sample merge != batch")
		}
		if ms.Completed().Stats() != batch.Completed || bs.Censored().Stats() != batch.Censored {
			t.Fatal("sample and accumulator disagree")
		}
		if batch.Completed.Count()+batch.Censored.Count() != int64(len(v)) {
			t.Fatal("an item was dropped")
		}
	})
}

func TestBusinessTimeNeverExceedsWall(t *testing.T) {
	hours := officeHours()
	asOf := at(12 * 1440)
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.SliceOfN(genObs(), 1, 30).Draw(t, "obs")
		wall, biz := TimeTo{Measure: MTTResolve, Clock: Wall}, TimeTo{Measure: MTTResolve, Clock: Business}
		ws, bs := &Sample{Measure: MTTResolve, Clock: Wall}, &Sample{Measure: MTTResolve, Clock: Business}
		for _, o := range v {
			_ = wall.Observe(nil, o.start, o.end, asOf)
			_ = biz.Observe(hours, o.start, o.end, asOf)
			_ = ws.Observe(nil, o.start, o.end, asOf)
			_ = bs.Observe(hours, o.start, o.end, asOf)
		}
		wm, ok1 := wall.AtLeast().Mean()
		bm, ok2 := biz.AtLeast().Mean()
		if !ok1 || !ok2 || bm > wm {
			t.Fatalf("business mean %s > wall mean %s", bm, wm)
		}
		if wm2, ok := wall.Completed.Mean(); ok {
			bm2, _ := biz.Completed.Mean()
			if bm2 > wm2 {
				t.Fatal("completed business mean > wall mean")
			}
		}
		for _, p := range []int64{0, 50, 90, 100} {
			w, _, _ := ws.AtLeast().Percentile(decimal.NewFromInt(p), Linear)
			b, _, _ := bs.AtLeast().Percentile(decimal.NewFromInt(p), Linear)
			if b > w {
				t.Fatalf("p%d business %s > wall %s", p, b, w)
			}
		}
	})
}

func TestObserveCensoring(t *testing.T) {
	asOf := at(100)
	tt := TimeTo{Measure: MTTResolve, Clock: Wall}
	require.NoError(t, tt.Observe(nil, at(0), at(30), asOf))       // completed 30m
	require.NoError(t, tt.Observe(nil, at(10), at(100), asOf))     // resolved at the cut-off: completed 90m
	require.NoError(t, tt.Observe(nil, at(40), time.Time{}, asOf)) // open: at least 60m
	require.NoError(t, tt.Observe(nil, at(50), at(200), asOf))     // resolved after cut-off: at least 50m
	assert.Equal(t, int64(2), tt.Completed.Count())
	assert.Equal(t, int64(2), tt.Censored.Count())
	m, _ := tt.Completed.Mean()
	assert.Equal(t, time.Hour, m)
	al, _ := tt.AtLeast().Mean()
	assert.Equal(t, (30+90+60+50)*time.Minute/4, al)

	assert.ErrorIs(t, tt.Observe(nil, at(50), at(40), asOf), itsm.ErrInterval)
	assert.ErrorIs(t, tt.Observe(nil, at(150), time.Time{}, asOf), itsm.ErrInterval)
	assert.ErrorIs(t, tt.Observe(badSchedule{}, at(0), at(10), asOf), ErrSchedule)
	assert.Equal(t, int64(4), tt.Completed.Count()+tt.Censored.Count())

	other := TimeTo{Measure: MTTA, Clock: Wall}
	require.NoError(t, other.Add(time.Minute))
	assert.ErrorIs(t, tt.Merge(other), ErrMismatch)
	assert.ErrorIs(t, tt.Merge(TimeTo{Measure: MTTResolve, Clock: Business}), ErrMismatch)
	assert.ErrorIs(t, (&Sample{Measure: MTTA, Clock: Wall}).Merge(&Sample{Measure: MTTResolve, Clock: Business}), ErrMismatch)
	assert.NoError(t, tt.Merge(TimeTo{}))
}

func secs(v ...int) []time.Duration {
	out := make([]time.Duration, len(v))
	for k, x := range v {
		out[k] = time.Duration(x) * time.Second
	}
	return out
}

func TestPercentileDefinitions(t *testing.T) {
	d, err := NewDistribution(secs(50, 15, 40, 35, 20)) // sorted: 15 20 35 40 50
	require.NoError(t, err)
	for _, tc := range []struct {
		p            string
		nearest, lin time.Duration
	}{
		{"0", 15 * time.Second, 15 * time.Second},
		{"5", 15 * time.Second, 16 * time.Second},  // h = 0.2 → 15 + 0.2·5
		{"30", 20 * time.Second, 23 * time.Second}, // rank ⌈1.5⌉=2; h=1.2 → 20+0.2·15
		{"40", 20 * time.Second, 29 * time.Second}, // rank 2; h = 1.6 → 20 + 0.6·15
		{"50", 35 * time.Second, 35 * time.Second},
		{"75", 40 * time.Second, 40 * time.Second}, // rank ⌈3.75⌉=4; h = 3
		{"90", 50 * time.Second, 46 * time.Second}, // rank 5; h = 3.6 → 40 + 0.6·10
		{"100", 50 * time.Second, 50 * time.Second},
	} {
		p := dec(tc.p)
		n, ok, err := d.Percentile(p, NearestRank)
		require.NoError(t, err)
		require.True(t, ok)
		assert.Equal(t, tc.nearest, n, "nearest-rank p%s", tc.p)
		l, _, _ := d.Percentile(p, Linear)
		assert.Equal(t, tc.lin, l, "linear p%s", tc.p)
	}
	med, ok := d.Median()
	require.True(t, ok)
	assert.Equal(t, 35*time.Second, med)
	ev, _ := NewDistribution([]time.Duration{1, 2, 3, 4})
	med, _ = ev.Median() // 2.5 ns → 2 (ties to even)
	assert.Equal(t, time.Duration(2), med)
	ev, _ = NewDistribution(secs(1, 2, 3, 4))
	med, _ = ev.Median()
	assert.Equal(t, 2500*time.Millisecond, med)

	var empty Distribution
	_, ok, err = empty.Percentile(dec("50"), Linear)
	assert.NoError(t, err)
	assert.False(t, ok)
	_, ok = empty.Median()
	assert.False(t, ok)
	_, _, err = d.Percentile(dec("100.0001"), Linear)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, _, err = d.Percentile(dec("-1"), Linear)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, _, err = d.Percentile(dec("1"), PercentileMethod(9))
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = NewDistribution([]time.Duration{1, -1})
	assert.ErrorIs(t, err, ErrOutOfRange)
}

// refPercentile computes both definitions with big.Rat directly from the text.
func refPercentile(sorted []time.Duration, p *big.Rat, m PercentileMethod) time.Duration {
	n := int64(len(sorted))
	if m == NearestRank {
		if p.Sign() == 0 {
			return sorted[0]
		}
		x := new(big.Rat).Mul(p, big.NewRat(n, 100))
		rank := new(big.Int).Quo(x.Num(), x.Denom()) // floor (x ≥ 0)
		if !x.IsInt() {
			rank.Add(rank, big.NewInt(1))
		}
		return sorted[rank.Int64()-1]
	}
	h := new(big.Rat).Mul(p, big.NewRat(n-1, 100))
	lo := new(big.Int).Quo(h.Num(), h.Denom()).Int64()
	if lo >= n-1 {
		return sorted[n-1]
	}
	frac := new(big.Rat).Sub(h, new(big.Rat).SetInt64(lo))
	v := new(big.Rat).Mul(frac, new(big.Rat).SetInt64(int64(sorted[lo+1]-sorted[lo])))
	v.Add(v, new(big.Rat).SetInt64(int64(sorted[lo])))
	return time.Duration(quoHalfEven(v.Num(), v.Denom(), 0).IntPart())
}

func TestPercentileAgainstReferenceAndMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.SliceOfN(rapid.Int64Range(0, 1e12), 1, 30).Draw(t, "v")
		ds := make([]time.Duration, len(v))
		for k := range v {
			ds[k] = time.Duration(v[k])
		}
		d, _ := NewDistribution(ds)
		sorted := d.Values()
		ps := rapid.SliceOfN(rapid.Int64Range(0, 100000), 2, 6).Draw(t, "p·1000")
		slices.Sort(ps)
		for _, m := range []PercentileMethod{NearestRank, Linear} {
			prev := time.Duration(-1)
			for _, pm := range ps {
				p := decimal.New(pm, -3)
				got, ok, err := d.Percentile(p, m)
				if err != nil || !ok {
					t.Fatal(err)
				}
				if want := refPercentile(sorted, big.NewRat(pm, 1000), m); got != want {
					t.Fatalf("%s p%s = %d, want %d", m, p, got, want)
				}
				if got < prev {
					t.Fatalf("%s not monotone: p%s = %d < %d", m, p, got, prev)
				}
				if got < sorted[0] || got > sorted[len(sorted)-1] {
					t.Fatal("outside [min, max]")
				}
				prev = got
			}
		}
	})
}

func TestMeasureText(t *testing.T) {
	for m := MeasureUnspecified; m <= MTTF; m++ {
		b, err := m.MarshalText()
		require.NoError(t, err)
		var back Measure
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, m, back)
		assert.Equal(t, string(b), m.String())
	}
	var m Measure
	// one text form: the old spellings and the "mttr-restore" alias are
	// refused, listing the valid values
	for _, old := range []string{"mttr-restore", "mttr-recover", "mttr"} {
		err := m.UnmarshalText([]byte(old))
		assert.ErrorIs(t, err, ErrInvalidConfig)
		assert.ErrorContains(t, err, "mttr_recover")
	}
	_, err := Measure(99).MarshalText()
	assert.ErrorIs(t, err, ErrInvalidConfig)
	b, _ := json.Marshal(struct {
		M Measure
		C Clock
	}{MTTA, Business})
	assert.JSONEq(t, `{"M":"mtta","C":"business"}`, string(b))
	var c Clock
	assert.ErrorIs(t, c.UnmarshalText([]byte("x")), ErrInvalidConfig)
}
