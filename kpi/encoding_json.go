package kpi

import (
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/strictjson"
)

// JSON forms of the accumulators. Each decodes strictly (unknown,
// duplicate and case-variant keys, trailing data: errors naming the key)
// and accepts only states the accumulator can reach, like the binary
// encodings: anything else is an [*itsm.Error] wrapping [ErrInvalidConfig]
// that quotes the input. JSON null leaves the value unchanged.

// decodeChecked decodes b strictly into a P (a field-for-field copy of T
// without T's methods, or T's JSON form), turns it into a T with conv,
// which says why the value is not a reachable state, and stores it in
// *dst.
func decodeChecked[P, T any](b []byte, dst *T, what string, conv func(P) (T, string)) error {
	if dst == nil {
		return errorf(what+" JSON", "", because(ErrInvalidConfig, "decoding into a nil *"+what))
	}
	if strictjson.IsNull(b) {
		return nil
	}
	var p P
	if err := unmarshalStrict(b, &p, what); err != nil {
		return err
	}
	v, why := conv(p)
	if why != "" {
		return errorf(what+" JSON", in64(b), because(ErrInvalidConfig, why))
	}
	*dst = v
	return nil
}

// in64 returns the first 64 bytes of b as text, "…" marking the rest.
func in64(b []byte) string {
	if len(b) > 64 {
		return string(b[:64]) + "…"
	}
	return string(b)
}

// statsJSON is the JSON form of DurationStats.
type statsJSON struct {
	Count int64           `json:"count"`
	Sum   decimal.Decimal `json:"sum"`
	Min   *itsm.Duration  `json:"min,omitempty"`
	Max   *itsm.Duration  `json:"max,omitempty"`
	Mean  *itsm.Duration  `json:"mean,omitempty"`
}

// MarshalJSON writes {"count", "sum" (exact nanoseconds, a decimal string),
// and, when not empty, "min", "max" and "mean" as durations}.
func (s DurationStats) MarshalJSON() ([]byte, error) {
	v := statsJSON{Count: s.n, Sum: s.Sum()}
	if s.n > 0 {
		m, _ := s.Mean()
		mn, mx, me := itsm.Duration(s.min), itsm.Duration(s.max), itsm.Duration(m)
		v.Min, v.Max, v.Mean = &mn, &mx, &me
	}
	return json.Marshal(v)
}

// UnmarshalJSON decodes the form MarshalJSON writes. "min" and "max" are
// required when count > 0 and refused when it is 0; "mean", derived, may
// be left out but must otherwise be the rounded sum/count. The sum must be
// a whole number of nanoseconds that n values between min and max can
// have.
func (s *DurationStats) UnmarshalJSON(b []byte) error {
	return decodeChecked(b, s, "DurationStats", statsJSON.stats)
}

// stats converts the JSON form, or says why it is not a reachable state.
func (v statsJSON) stats() (DurationStats, string) {
	if v.Count < 0 {
		return DurationStats{}, "negative count"
	}
	if !v.Sum.IsInteger() || v.Sum.IsNegative() {
		return DurationStats{}, "sum " + v.Sum.String() + " not a whole, non-negative number of nanoseconds"
	}
	sum := v.Sum.BigInt()
	if sum.BitLen() > 128 {
		return DurationStats{}, "sum beyond 128 bits"
	}
	s := DurationStats{n: v.Count}
	s.lo = new(big.Int).And(sum, new(big.Int).SetUint64(^uint64(0))).Uint64()
	s.hi = new(big.Int).Rsh(sum, 64).Uint64()
	if v.Count == 0 {
		if v.Min != nil || v.Max != nil || v.Mean != nil {
			return DurationStats{}, "min, max or mean without values"
		}
	} else {
		if v.Min == nil || v.Max == nil {
			return DurationStats{}, "min or max missing"
		}
		s.min, s.max = v.Min.Std(), v.Max.Std()
	}
	if why := s.invalid(); why != "" {
		return DurationStats{}, why
	}
	if m, ok := s.Mean(); ok && v.Mean != nil && v.Mean.Std() != m {
		return DurationStats{}, fmt.Sprintf("mean %s is not sum/count (%s)", *v.Mean, itsm.Duration(m))
	}
	return s, ""
}

// UnmarshalJSON decodes the form json.Marshal writes: {"measure",
// "clock", "completed", "censored"} with the statistics in the form of
// [DurationStats.UnmarshalJSON].
func (t *TimeTo) UnmarshalJSON(b []byte) error {
	type plain TimeTo
	return decodeChecked(b, t, "TimeTo", func(p plain) (TimeTo, string) { return TimeTo(p), TimeTo(p).invalid() })
}

// sampleJSON is the JSON form of Sample.
type sampleJSON struct {
	Measure   Measure         `json:"measure"`
	Clock     Clock           `json:"clock"`
	Completed []itsm.Duration `json:"completed"`
	Censored  []itsm.Duration `json:"censored"`
}

// MarshalJSON writes {"measure", "clock", "completed": [durations],
// "censored": [durations]}, the values in the order they were added.
func (s Sample) MarshalJSON() ([]byte, error) {
	if r := s.invalid(); r != "" {
		return nil, encodeError("Sample JSON", "", r)
	}
	conv := func(vs []time.Duration) []itsm.Duration {
		out := make([]itsm.Duration, len(vs))
		for k, v := range vs {
			out[k] = itsm.Duration(v)
		}
		return out
	}
	return json.Marshal(sampleJSON{Measure: s.Measure, Clock: s.Clock, Completed: conv(s.completed), Censored: conv(s.censored)})
}

// UnmarshalJSON decodes the form MarshalJSON writes; a negative duration
// is an error.
func (s *Sample) UnmarshalJSON(b []byte) error {
	return decodeChecked(b, s, "Sample", func(v sampleJSON) (Sample, string) {
		conv := func(ds []itsm.Duration) ([]time.Duration, bool) {
			if len(ds) == 0 {
				return nil, true
			}
			out := make([]time.Duration, len(ds))
			for k, d := range ds {
				if d < 0 {
					return nil, false
				}
				out[k] = d.Std()
			}
			return out, true
		}
		c, ok1 := conv(v.Completed)
		o, ok2 := conv(v.Censored)
		if !ok1 || !ok2 {
			return Sample{}, "negative duration"
		}
		return Sample{Measure: v.Measure, Clock: v.Clock, completed: c, censored: o}, ""
	})
}

// sketchJSON is the JSON form of Sketch.
type sketchJSON struct {
	Precision uint8              `json:"precision,omitempty"` // 0: the zero value's
	Stats     DurationStats      `json:"stats"`
	Buckets   []sketchBucketJSON `json:"buckets"`
}

// sketchBucketJSON is one non-empty bucket of a Sketch's JSON form.
type sketchBucketJSON struct {
	Index uint64 `json:"index"`
	Count uint64 `json:"count"`
}

// MarshalJSON writes {"precision": b (left out for the zero value, whose
// precision is 7 until it adopts that of a sketch merged into it),
// "stats": the exact statistics, "buckets": [{"index", "count"}] for the
// non-empty buckets in index order}; bucket indexes are those of the
// binary encoding (see the package doc, "Encoding").
func (s Sketch) MarshalJSON() ([]byte, error) {
	v := sketchJSON{Precision: s.bits, Stats: s.stats, Buckets: []sketchBucketJSON{}}
	for i, c := range s.counts {
		if c > 0 {
			v.Buckets = append(v.Buckets, sketchBucketJSON{Index: uint64(i), Count: uint64(c)})
		}
	}
	return json.Marshal(v)
}

// UnmarshalJSON decodes the form MarshalJSON writes, checking that the
// buckets are increasing, non-empty, sum to the count and run from the
// minimum's bucket to the maximum's.
func (s *Sketch) UnmarshalJSON(b []byte) error {
	return decodeChecked(b, s, "Sketch", func(v sketchJSON) (Sketch, string) {
		bs := make([]bucketCount, len(v.Buckets))
		for k, x := range v.Buckets {
			bs[k] = bucketCount{index: x.Index, count: x.Count}
		}
		return sketchFrom(v.Precision, v.Stats, bs)
	})
}

// UnmarshalJSON decodes the form json.Marshal writes, checking the counts
// as MarshalBinary does.
func (r *DeskRates) UnmarshalJSON(b []byte) error {
	type plain DeskRates
	return decodeChecked(b, r, "DeskRates", func(p plain) (DeskRates, string) { return DeskRates(p), DeskRates(p).invalid() })
}

// UnmarshalJSON decodes {"met", "total"}, checking 0 ≤ met ≤ total.
func (a *Attainment) UnmarshalJSON(b []byte) error {
	type plain Attainment
	return decodeChecked(b, a, "Attainment", func(p plain) (Attainment, string) { return Attainment(p), Attainment(p).invalid() })
}

// backlogJSON is the JSON form of Backlog.
type backlogJSON struct {
	At         time.Time       `json:"at"`
	Clock      Clock           `json:"clock"`
	Boundaries []itsm.Duration `json:"boundaries"` // b1 < b2 < … < bn
	Counts     []int64         `json:"counts"`     // per bucket [0, b1), …, [bn, ∞)
	Ages       DurationStats   `json:"ages"`
}

// MarshalJSON writes {"at": RFC 3339, "clock", "boundaries": [b1, …, bn],
// "counts": [one per bucket [0, b1), …, [bn, ∞)], "ages": statistics}; the
// schedule is not written.
func (b Backlog) MarshalJSON() ([]byte, error) {
	v := backlogJSON{At: b.at, Clock: b.clock, Boundaries: make([]itsm.Duration, len(b.buckets)), Counts: make([]int64, len(b.buckets)+1), Ages: b.ages}
	for k, x := range b.buckets {
		v.Boundaries[k] = itsm.Duration(x)
	}
	copy(v.Counts, b.counts)
	return json.Marshal(v)
}

// UnmarshalJSON decodes the form MarshalJSON writes, checking it as
// UnmarshalBinary does; b keeps its schedule, as there.
func (b *Backlog) UnmarshalJSON(in []byte) error {
	var sched Schedule
	if b != nil {
		sched = b.sched
	}
	err := decodeChecked(in, b, "Backlog", func(v backlogJSON) (Backlog, string) {
		bounds := make([]time.Duration, len(v.Boundaries))
		for k, x := range v.Boundaries {
			bounds[k] = x.Std()
		}
		if len(bounds) == 0 {
			bounds = nil
		}
		return backlogFrom(v.At, v.Clock, bounds, v.Counts, v.Ages)
	})
	if err == nil && !strictjson.IsNull(in) {
		b.sched = sched
	}
	return err
}

// UnmarshalJSON decodes {"period": {"start", "end"}, "in", "out"},
// checking the period and that the counts are not negative.
func (f *Flow) UnmarshalJSON(b []byte) error {
	type plain Flow
	return decodeChecked(b, f, "Flow", func(p plain) (Flow, string) { return Flow(p), Flow(p).invalid() })
}

// csatJSON is the JSON form of CSAT.
type csatJSON struct {
	Config    *CSATConfig `json:"config,omitempty"` // nil: the zero value's (DefaultCSAT)
	Total     int64       `json:"total"`
	Satisfied int64       `json:"satisfied"`
	Sum       int64       `json:"sum"`
}

// MarshalJSON writes {"config": [CSATConfig] (left out for the zero value,
// which uses [DefaultCSAT] and adopts the configuration of the first
// accumulator merged into it), "total", "satisfied", "sum"}.
func (c CSAT) MarshalJSON() ([]byte, error) {
	v := csatJSON{Total: c.Total, Satisfied: c.Satisfied, Sum: c.Sum}
	if c.set {
		cfg := c.cfg
		v.Config = &cfg
	}
	return json.Marshal(v)
}

// UnmarshalJSON decodes the form MarshalJSON writes, checking the counts
// against the configuration as MarshalBinary does.
func (c *CSAT) UnmarshalJSON(b []byte) error {
	return decodeChecked(b, c, "CSAT", func(v csatJSON) (CSAT, string) {
		x := CSAT{Total: v.Total, Satisfied: v.Satisfied, Sum: v.Sum}
		if v.Config != nil {
			x.cfg, x.set = *v.Config, true
		}
		if x.Total < 0 {
			return CSAT{}, "negative total"
		}
		return x, x.invalid()
	})
}

// UnmarshalJSON decodes {"promoters", "passives", "detractors"}; a
// negative count is an error.
func (n *NPS) UnmarshalJSON(b []byte) error {
	type plain NPS
	return decodeChecked(b, n, "NPS", func(p plain) (NPS, string) { return NPS(p), NPS(p).invalid() })
}
