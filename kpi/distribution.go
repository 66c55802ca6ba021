package kpi

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/enum"
)

// PercentileMethod selects the percentile definition. Its name (for
// reports) is shown beside each constant.
type PercentileMethod uint8

const (
	// NearestRank: for p in (0, 100], the value of rank ⌈p·n/100⌉ in the sorted
	// sample (1-based); p = 0 gives the minimum. Always an observed value.
	NearestRank PercentileMethod = iota // "nearest_rank"
	// Linear: Hyndman–Fan type 7 (the default of R, NumPy, Excel
	// PERCENTILE.INC): h = (n−1)·p/100 (0-based), result
	// x[⌊h⌋] + (h−⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]), computed exactly and rounded to
	// the nearest nanosecond, ties to even.
	Linear // "linear"
)

var percentileMethods = enum.New[PercentileMethod]("kpi", "percentile method", ErrOutOfRange,
	NearestRank, "nearest_rank", Linear, "linear")

// String returns the name ("nearest_rank", "linear").
func (m PercentileMethod) String() string {
	return enumString(percentileMethods, "percentile method", m)
}

// Distribution is an immutable sorted sample of durations, safe for
// concurrent use. Its sample size is Stats().Count(). Its JSON form is
// {"stats": {…DurationStats…}, "median": "4h" (left out when empty),
// "values": ["1h", …]} (sorted).
type Distribution struct {
	sorted []time.Duration
	stats  DurationStats
}

func newDistribution(v []time.Duration) Distribution {
	s := slices.Clone(v)
	slices.Sort(s)
	var st DurationStats
	for _, d := range s {
		_ = st.Add(d)
	}
	return Distribution{sorted: s, stats: st}
}

// NewDistribution returns the distribution of the durations (the slice is
// copied). A negative duration is left out and does not discard the rest:
// the distribution is the other durations' and the error holds a
// [itsm.RecordError] naming each ("duration N", wrapping [ErrOutOfRange]).
func NewDistribution(v []time.Duration) (Distribution, error) {
	var rej []itsm.RecordError
	for k, d := range v {
		if d < 0 {
			rej = append(rej, itsm.RecordError{Kind: "duration", Index: k, Err: negativeError(fmt.Sprintf("duration %d", k), d)})
		}
	}
	if rej == nil {
		return newDistribution(v), nil
	}
	good := make([]time.Duration, 0, len(v)-len(rej))
	for _, d := range v {
		if d >= 0 {
			good = append(good, d)
		}
	}
	return newDistribution(good), batchError(rej)
}

// Stats returns count, exact sum, mean, min and max.
func (d Distribution) Stats() DurationStats { return d.stats }

// Values returns a copy of the sorted values.
func (d Distribution) Values() []time.Duration { return slices.Clone(d.sorted) }

// Median is Percentile(50, Linear): the middle value, or the mean of the two
// middle values (rounded half to even) for an even sample size. ok is false
// for an empty sample.
func (d Distribution) Median() (time.Duration, bool) {
	v, ok, _ := d.Percentile(decimal.NewFromInt(50), Linear)
	return v, ok
}

// Percentile returns the p-th percentile (p in [0, 100], an exact decimal)
// under method. An empty sample gives ok == false with a nil error ("no
// data"); p outside [0, 100] or an unknown method is an error wrapping
// [ErrOutOfRange].
func (d Distribution) Percentile(p decimal.Decimal, m PercentileMethod) (v time.Duration, ok bool, err error) {
	if err := checkDecimal("percentile", p); err != nil {
		return 0, false, err
	}
	if p.IsNegative() || p.GreaterThan(hundred) {
		return 0, false, errorf("percentile", p.String(), because(ErrOutOfRange, "not in [0, 100]"))
	}
	if _, ok := percentileMethods.Name(m); !ok {
		e := errorf("percentile method", m.String(), ErrOutOfRange)
		e.Valid = percentileMethods.Valid()
		return 0, false, e
	}
	n := int64(len(d.sorted))
	if n == 0 {
		return 0, false, nil
	}
	if m == NearestRank {
		if p.IsZero() {
			return d.sorted[0], true, nil
		}
		rank := p.Mul(decimal.NewFromInt(n)).Shift(-2).Ceil().IntPart()
		return d.sorted[min(max(rank, 1), n)-1], true, nil
	}
	h := p.Mul(decimal.NewFromInt(n - 1)).Shift(-2)
	lo := h.Floor().IntPart()
	if lo >= n-1 {
		return d.sorted[n-1], true, nil
	}
	frac := h.Sub(decimal.NewFromInt(lo))
	a, b := d.sorted[lo], d.sorted[lo+1]
	x := decimal.NewFromInt(int64(a)).Add(frac.Mul(decimal.NewFromInt(int64(b - a))))
	return time.Duration(x.RoundBank(0).IntPart()), true, nil
}

// MarshalJSON writes the statistics, the median and the sorted values as
// durations.
func (d Distribution) MarshalJSON() ([]byte, error) {
	v := struct {
		Stats  DurationStats   `json:"stats"`
		Median *itsm.Duration  `json:"median,omitempty"`
		Values []itsm.Duration `json:"values"`
	}{Stats: d.stats, Values: make([]itsm.Duration, len(d.sorted))}
	if m, ok := d.Median(); ok {
		md := itsm.Duration(m)
		v.Median = &md
	}
	for k, x := range d.sorted {
		v.Values[k] = itsm.Duration(x)
	}
	return json.Marshal(v)
}
