package kpi

import (
	"encoding"
	"encoding/hex"
	"encoding/json"
	"math"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/jsonconv"
)

// codec is what every accumulator implements (issue 18): a binary
// encoding and a JSON form (some marshal with their struct tags).
type codec interface {
	encoding.BinaryMarshaler
	encoding.BinaryUnmarshaler
	json.Unmarshaler
}

// norm returns what a decoded accumulator must equal: a Backlog has its
// counts allocated and no schedule (it is not encoded), instants are in
// UTC (their zone is not encoded).
func norm(v any) any {
	switch x := v.(type) {
	case *Backlog:
		c := *x
		c.at = c.at.UTC()
		c.sched = nil
		c.counts = make([]int64, len(c.buckets)+1)
		copy(c.counts, x.counts)
		if len(c.buckets) == 0 {
			c.buckets = nil
		}
		return c
	case *Flow:
		c := *x
		c.Period = itsm.Interval{Start: c.Period.Start.UTC(), End: c.Period.End.UTC()}
		return c
	}
	return v
}

// roundTrip checks decode(encode(x)) == x for the binary encoding and the
// JSON form, that decoding then encoding again gives the same bytes, and
// returns the binary-decoded copy.
func roundTrip[P codec](t require.TestingT, x P, fresh func() P) P {
	bin, err := x.MarshalBinary()
	require.NoError(t, err)
	y := fresh()
	require.NoError(t, y.UnmarshalBinary(bin), "%x", bin)
	require.Equal(t, norm(x), norm(y))
	again, err := y.MarshalBinary()
	require.NoError(t, err)
	require.Equal(t, hex.EncodeToString(bin), hex.EncodeToString(again))

	js, err := json.Marshal(x)
	require.NoError(t, err)
	z := fresh()
	require.NoError(t, json.Unmarshal(js, z), "%s", js)
	require.Equal(t, norm(x), norm(z), "%s", js)
	js2, err := json.Marshal(z)
	require.NoError(t, err)
	require.JSONEq(t, string(js), string(js2))
	return y
}

// accCase is one accumulator kind for the properties: configured empty
// accumulators, inputs, Add and Merge.
type accCase[P codec, In any] struct {
	name  string
	empty func(t *rapid.T) func() P // draws a configuration; returns fresh empties of it
	input func(t *rapid.T) In       // draws one input (an invalid one is rejected by add alike everywhere)
	add   func(p P, in In) error
	merge func(a, b P) error
	// same compares a merge of decoded parts with the batch; nil: equal
	// after norm. (Sample compares multisets: merging appends in part order.)
	same func(a, b P) bool
}

// check runs the properties of issue 18 for one kind: decode(encode(x)) ==
// x for the binary encoding and the JSON form, and merging the decoded
// encodings of the parts of any split of the input, in any order, equals
// accumulating it at once.
func (c accCase[P, In]) check(t *testing.T) {
	t.Run(c.name, func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			fresh := c.empty(t)
			ins := rapid.SliceOfN(rapid.Custom(c.input), 0, 30).Draw(t, "inputs")
			batch := fresh()
			for _, in := range ins {
				_ = c.add(batch, in)
			}
			roundTrip(t, batch, fresh)
			merged := fresh()
			for _, part := range splitParts(t, ins) {
				acc := fresh()
				for _, in := range part {
					_ = c.add(acc, in)
				}
				require.NoError(t, c.merge(merged, roundTrip(t, acc, fresh)))
			}
			if c.same != nil {
				require.True(t, c.same(merged, batch), "merged %v, batch %v", merged, batch)
			} else {
				require.Equal(t, norm(batch), norm(merged))
			}
		})
	})
}

// drawDuration draws a duration: mostly hours, sometimes near the maximum
// (sums beyond 64 bits), sometimes negative (rejected by Add).
func drawDuration(t *rapid.T) time.Duration {
	switch rapid.IntRange(0, 9).Draw(t, "kind") {
	case 0:
		return time.Duration(rapid.Int64Range(math.MaxInt64-1000, math.MaxInt64).Draw(t, "huge"))
	case 1:
		return -time.Duration(rapid.Int64Range(1, 100).Draw(t, "negative"))
	}
	return time.Duration(rapid.Int64Range(0, int64(48*time.Hour)).Draw(t, "d"))
}

var (
	allMeasures = []Measure{MeasureUnspecified, MTTA, MTTRepair, MTTRecover, MTTResolve, MTTRespond, MTTD, MTBF, MTTF}
	allClocks   = []Clock{Wall, Business}
)

// timed is one item of a time-to measure: its duration, open or not.
type timed struct {
	d    time.Duration
	open bool
}

func drawTimed(t *rapid.T) timed { return timed{drawDuration(t), rapid.Bool().Draw(t, "open")} }

// drawTicket draws a ticket around minute 0–12000 (resolved before opened
// now and then: rejected).
func drawTicket(t *rapid.T) Ticket {
	o := rapid.IntRange(0, 12000).Draw(t, "opened")
	tk := Ticket{Opened: at(o)}
	if rapid.Bool().Draw(t, "resolved") {
		tk.Resolved = at(o + rapid.IntRange(-10, 5000).Draw(t, "open for"))
	}
	return tk
}

func TestEncodingProperties(t *testing.T) {
	accCase[*DurationStats, time.Duration]{
		name:  "DurationStats",
		empty: func(*rapid.T) func() *DurationStats { return func() *DurationStats { return new(DurationStats) } },
		input: drawDuration,
		add:   (*DurationStats).Add,
		merge: func(a, b *DurationStats) error { return a.Merge(*b) },
	}.check(t)
	accCase[*TimeTo, timed]{
		name: "TimeTo",
		empty: func(t *rapid.T) func() *TimeTo {
			m, c := rapid.SampledFrom(allMeasures).Draw(t, "measure"), rapid.SampledFrom(allClocks).Draw(t, "clock")
			return func() *TimeTo { return &TimeTo{Measure: m, Clock: c} }
		},
		input: drawTimed,
		add: func(p *TimeTo, in timed) error {
			if in.open {
				return p.AddOpen(in.d)
			}
			return p.Add(in.d)
		},
		merge: func(a, b *TimeTo) error { return a.Merge(*b) },
	}.check(t)
	accCase[*Sample, timed]{
		name: "Sample",
		empty: func(t *rapid.T) func() *Sample {
			m, c := rapid.SampledFrom(allMeasures).Draw(t, "measure"), rapid.SampledFrom(allClocks).Draw(t, "clock")
			return func() *Sample { return &Sample{Measure: m, Clock: c} }
		},
		input: drawTimed,
		add: func(p *Sample, in timed) error {
			if in.open {
				return p.AddOpen(in.d)
			}
			return p.Add(in.d)
		},
		merge: (*Sample).Merge,
		same: func(a, b *Sample) bool {
			sorted := func(v []time.Duration) []time.Duration { return slices.Sorted(slices.Values(v)) }
			return a.Measure == b.Measure && a.Clock == b.Clock &&
				slices.Equal(sorted(a.completed), sorted(b.completed)) && slices.Equal(sorted(a.censored), sorted(b.censored))
		},
	}.check(t)
	accCase[*Sketch, time.Duration]{
		name: "Sketch",
		empty: func(t *rapid.T) func() *Sketch {
			b := rapid.IntRange(0, 10).Draw(t, "precision") // 0: the zero value
			return func() *Sketch {
				if b == 0 {
					return &Sketch{}
				}
				s, _ := NewSketch(b)
				return s
			}
		},
		input: drawDuration,
		add:   (*Sketch).Add,
		merge: (*Sketch).Merge,
	}.check(t)
	accCase[*DeskRates, TicketOutcome]{
		name:  "DeskRates",
		empty: func(*rapid.T) func() *DeskRates { return func() *DeskRates { return new(DeskRates) } },
		input: func(t *rapid.T) TicketOutcome {
			return TicketOutcome{Resolved: rapid.Bool().Draw(t, "resolved"), AtFirstContact: rapid.Bool().Draw(t, "first"),
				FixAttempts: rapid.IntRange(-1, 3).Draw(t, "fixes"), Reopened: rapid.Bool().Draw(t, "reopened"),
				Escalated: rapid.Bool().Draw(t, "escalated"), Reassignments: rapid.IntRange(-1, 4).Draw(t, "handoffs")}
		},
		add:   (*DeskRates).Add,
		merge: func(a, b *DeskRates) error { a.Merge(*b); return nil },
	}.check(t)
	accCase[*Attainment, bool]{
		name:  "Attainment",
		empty: func(*rapid.T) func() *Attainment { return func() *Attainment { return new(Attainment) } },
		input: func(t *rapid.T) bool { return rapid.Bool().Draw(t, "met") },
		add:   func(a *Attainment, met bool) error { a.Add(met); return nil },
		merge: func(a, b *Attainment) error { a.Merge(*b); return nil },
	}.check(t)
	accCase[*Backlog, Ticket]{
		name: "Backlog",
		empty: func(t *rapid.T) func() *Backlog {
			when := at(rapid.IntRange(0, 10000).Draw(t, "at"))
			steps := rapid.SliceOfN(rapid.IntRange(1, 2000), 0, 4).Draw(t, "steps")
			var bounds []time.Duration
			var b time.Duration
			for _, s := range steps {
				b += time.Duration(s) * time.Minute
				bounds = append(bounds, b)
			}
			clock := rapid.SampledFrom(allClocks).Draw(t, "clock")
			return func() *Backlog {
				bl, err := NewBacklog(when, bounds, nil, clock)
				if err != nil {
					panic(err)
				}
				return bl
			}
		},
		input: drawTicket,
		add:   (*Backlog).Add,
		merge: (*Backlog).Merge,
	}.check(t)
	accCase[*Flow, Ticket]{
		name: "Flow",
		empty: func(t *rapid.T) func() *Flow {
			a := rapid.IntRange(0, 12000).Draw(t, "start")
			p := iv(a, a+rapid.IntRange(0, 6000).Draw(t, "length"))
			return func() *Flow { return &Flow{Period: p} }
		},
		input: drawTicket,
		add:   (*Flow).Add,
		merge: func(a, b *Flow) error { return a.Merge(*b) },
	}.check(t)
	accCase[*CSAT, int]{
		name: "CSAT",
		empty: func(t *rapid.T) func() *CSAT {
			if rapid.Bool().Draw(t, "zero value") {
				return func() *CSAT { return new(CSAT) }
			}
			lo := rapid.IntRange(-20, 20).Draw(t, "min")
			hi := lo + rapid.IntRange(1, 30).Draw(t, "span")
			cfg := CSATConfig{Scale: Scale{lo, hi}, SatisfiedFrom: rapid.IntRange(lo, hi).Draw(t, "satisfied from")}
			return func() *CSAT {
				c, err := NewCSAT(cfg)
				if err != nil {
					panic(err)
				}
				return &c
			}
		},
		input: func(t *rapid.T) int { return rapid.IntRange(-25, 55).Draw(t, "rating") },
		add:   (*CSAT).Add,
		merge: func(a, b *CSAT) error { return a.Merge(*b) },
	}.check(t)
	accCase[*NPS, int]{
		name:  "NPS",
		empty: func(*rapid.T) func() *NPS { return func() *NPS { return new(NPS) } },
		input: func(t *rapid.T) int { return rapid.IntRange(-1, 11).Draw(t, "answer") },
		add:   (*NPS).Add,
		merge: func(a, b *NPS) error { a.Merge(*b); return nil },
	}.check(t)
}

// golden builds one value of every kind, as the golden test pins them.
func golden(t testing.TB) map[string]codec {
	var ds DurationStats
	for _, d := range []time.Duration{time.Hour, 30 * time.Minute, 2 * time.Hour} {
		require.NoError(t, ds.Add(d))
	}
	tt := TimeTo{Measure: MTTResolve, Clock: Business}
	require.NoError(t, tt.Add(time.Hour))
	require.NoError(t, tt.Add(2*time.Hour))
	require.NoError(t, tt.AddOpen(30*time.Minute))
	smp := &Sample{Measure: MTTA, Clock: Wall}
	require.NoError(t, smp.Add(5*time.Minute))
	require.NoError(t, smp.Add(time.Minute))
	require.NoError(t, smp.AddOpen(10*time.Minute))
	sk, err := NewSketch(3)
	require.NoError(t, err)
	for _, d := range []time.Duration{time.Second, time.Millisecond, 5, 5} {
		require.NoError(t, sk.Add(d))
	}
	var dr DeskRates
	for _, o := range []TicketOutcome{{Resolved: true, AtFirstContact: true, FixAttempts: 1},
		{Resolved: true, Reopened: true, FixAttempts: 2, Reassignments: 2, Escalated: true}, {Reassignments: 1}} {
		require.NoError(t, dr.Add(o))
	}
	bl, err := NewBacklog(at(600), []time.Duration{time.Hour, 24 * time.Hour}, nil, Wall)
	require.NoError(t, err)
	for _, tk := range []Ticket{{Opened: at(0)}, {Opened: at(590)}, {Opened: at(100), Resolved: at(700)}, {Opened: at(10), Resolved: at(20)}} {
		require.NoError(t, bl.Add(tk))
	}
	ces, err := NewCSAT(DefaultCES())
	require.NoError(t, err)
	for _, r := range []int{7, 5, 2} {
		require.NoError(t, ces.Add(r))
	}
	var csat CSAT
	require.NoError(t, csat.Add(4))
	var nps NPS
	for _, r := range []int{10, 8, 3} {
		require.NoError(t, nps.Add(r))
	}
	return map[string]codec{
		"DurationStats": &ds, "DurationStats/empty": new(DurationStats), "TimeTo": &tt, "Sample": smp,
		"Sketch": sk, "Sketch/zero": new(Sketch), "DeskRates": &dr, "Attainment": &Attainment{Met: 3, Total: 4},
		"Backlog": bl, "Backlog/zero": new(Backlog), "Flow": &Flow{Period: iv(0, 1440), In: 5, Out: 3},
		"CSAT/ces": &ces, "CSAT/zero": &csat, "NPS": &nps,
	}
}

// freshOf returns a new empty value of v's type.
func freshOf(v codec) codec {
	return reflect.New(reflect.TypeOf(v).Elem()).Interface().(codec)
}

// Version 1 is pinned: these bytes and this JSON must decode, to the same
// values, in every later version. Regression for issue 18: the
// accumulators had no encoding (Sketch, Sample, Backlog and CSAT not even
// a complete JSON form).
func TestEncodingGoldenV1(t *testing.T) {
	want := map[string][2]string{
		"Attainment": {"01610304",
			`{"met":3,"total":4}`},
		"Backlog": {"0162c0feaa9a0d00000280c0e285e36880c0d984e6e9120102000380e0a596bb118080d9b9de97080080a0deaaa8920f",
			`{"at":"2026-03-02T10:00:00Z","clock":"wall","boundaries":["1h","24h"],"counts":[1,2,0],"ages":{"count":3,"sum":"66600000000000","min":"10m","max":"10h","mean":"6h10m"}}`},
		"Backlog/zero": {"0162ffdb8ff9ce030000000000",
			`{"at":"0001-01-01T00:00:00Z","clock":"wall","boundaries":[],"counts":[0],"ages":{"count":0,"sum":"0"}}`},
		"CSAT/ces": {"016301020e0a03021c",
			`{"config":{"scale":{"min":1,"max":7},"satisfied_from":5},"total":3,"satisfied":2,"sum":14}`},
		"CSAT/zero": {"016300010108",
			`{"total":1,"satisfied":1,"sum":4}`},
		"DeskRates": {"01720302010101010203",
			`{"tickets":3,"resolved":2,"first_contact":1,"first_time_fix":1,"reopened":1,"escalated":1,"reassigned":2,"reassignments":3}`},
		"DurationStats": {"01640380a0f1c2b1348080c58bc6d1010080e098d4daee02",
			`{"count":3,"sum":"12600000000000","min":"30m","max":"2h","mean":"1h10m"}`},
		"DurationStats/empty": {"016400",
			`{"count":0,"sum":"0"}`},
		"Flow": {"016680cca69a0d008092b19a0d000503",
			`{"period":{"start":"2026-03-02T00:00:00Z","end":"2026-03-03T00:00:00Z"},"in":5,"out":3}`},
		"NPS": {"016e010101",
			`{"promoters":1,"passives":1,"detractors":1}`},
		"Sample": {"017301000280f092cbdd0880b09dc2df010180e0a596bb11",
			`{"measure":"mtta","clock":"wall","completed":["5m","1m"],"censored":["10m"]}`},
		"Sketch": {"016b0304058094ebdc0300ca98a8dd030305028901014e01",
			`{"precision":3,"stats":{"count":4,"sum":"1001000010","min":"0.000000005s","max":"1s","mean":"0.250250002s"},"buckets":[{"index":5,"count":2},{"index":143,"count":1},{"index":222,"count":1}]}`},
		"Sketch/zero": {"016b000000",
			`{"stats":{"count":0,"sum":"0"},"buckets":[]}`},
		"TimeTo": {"017404010280c0e285e3688080c58bc6d1010080c0a791a9ba020180a0f1c2b13480a0f1c2b1340080a0f1c2b134",
			`{"measure":"mttr_resolve","clock":"business","completed":{"count":2,"sum":"10800000000000","min":"1h","max":"2h","mean":"1h30m"},"censored":{"count":1,"sum":"1800000000000","min":"30m","max":"30m","mean":"30m"}}`},
	}
	vals := golden(t)
	require.Len(t, want, len(vals))
	for name, v := range vals {
		bin, err := v.MarshalBinary()
		require.NoError(t, err, name)
		js, err := json.Marshal(v)
		require.NoError(t, err, name)
		w := want[name]
		assert.Equal(t, w[0], hex.EncodeToString(bin), name)
		assert.Equal(t, w[1], string(js), name)
		if p := jsonconv.CheckJSON(js); len(p) > 0 {
			t.Errorf("%s: %s", name, strings.Join(p, "; "))
		}
		// The pinned forms decode to the value.
		raw, err := hex.DecodeString(w[0])
		require.NoError(t, err)
		back := freshOf(v)
		require.NoError(t, back.UnmarshalBinary(raw), name)
		assert.Equal(t, norm(v), norm(back), name)
		back = freshOf(v)
		require.NoError(t, json.Unmarshal([]byte(w[1]), back), name)
		assert.Equal(t, norm(v), norm(back), name)
	}
}

// decodeError checks that err is a kpi *itsm.Error wrapping
// ErrInvalidConfig.
func decodeError(t *testing.T, err error, msgAndArgs ...any) {
	t.Helper()
	var e *itsm.Error
	if assert.ErrorAs(t, err, &e, msgAndArgs...) {
		assert.Equal(t, "kpi", e.Pkg, msgAndArgs...)
	}
	assert.ErrorIs(t, err, ErrInvalidConfig, msgAndArgs...)
}

// Decoding anything but an encoding of a reachable state is an error,
// never a panic or a silently different value: every truncation and
// extension of the golden encodings, another version, another kind's
// bytes, varints not in their shortest form, and states no sequence of
// Add and Merge gives.
func TestEncodingRejectsGarbage(t *testing.T) {
	vals := golden(t)
	for name, v := range vals {
		bin, err := v.MarshalBinary()
		require.NoError(t, err)
		for k := range len(bin) {
			decodeError(t, freshOf(v).UnmarshalBinary(bin[:k]), "%s cut at %d", name, k)
		}
		decodeError(t, freshOf(v).UnmarshalBinary(append(slices.Clone(bin), 0)), "%s + 00", name)
		v2 := slices.Clone(bin)
		v2[0] = 2
		err = freshOf(v).UnmarshalBinary(v2)
		decodeError(t, err, name)
		assert.ErrorContains(t, err, "version 2 (this build reads version 1)")
		for other, o := range vals {
			if reflect.TypeOf(o) != reflect.TypeOf(v) {
				err := freshOf(o).UnmarshalBinary(bin)
				decodeError(t, err, "%s as %s", name, other)
				assert.ErrorContains(t, err, "not of a", "%s as %s", name, other)
			}
		}
	}
	for _, c := range []struct {
		into codec
		hex  string
		want string
	}{
		{new(Attainment), "0161830004", "shortest form"},
		{new(Attainment), "01610403", "not 0 ≤ met ≤ total"},
		{new(Attainment), "016180808080808080808001" + "00", "beyond int64"}, // 2⁶³
		{new(Attainment), "0161ffffffffffffffff7f01", "not 0 ≤ met ≤ total"},
		{new(Attainment), "0161ffffffffffffffffff02", "beyond 64 bits"},
		{new(Attainment), "01ff", "unknown kind byte 0xff"},
		{new(DurationStats), "0164000102", "trailing"},
		{new(DurationStats), "01640105050000", "impossible"},      // one value of 5 ns summing to 0
		{new(DurationStats), "016402050305000a", "maximum below"}, // min 5, max 3
		{new(DurationStats), "0164020a0a0114", "impossible"},      // a sum beyond 2⁶⁴ for two values of 10 ns
		{new(TimeTo), "017409000000", "measure 9 undeclared"},
		{new(TimeTo), "017401020000", "clock 2 undeclared"},
		{new(Sample), "01730000ffffffffffffffff3f", "but only 0 bytes follow"}, // 2⁶² values announced
		{new(Sketch), "016b0b00" + "00", "precision 11"},
		{new(Sketch), "016b00010505000500", "do not start"},          // no buckets for one value
		{new(Sketch), "016b0001050500050101" + "01", "do not start"}, // 5 ns in bucket 1
		{new(Sketch), "016b000105050005010502", "exceed"},            // 2 in the bucket of 1 value
		{new(Sketch), "016b00010505000501050100", "trailing"},
		{new(Sketch), "016b000001" + "0501", "buckets without values"},
		{new(Sketch), "016b00020505000a010501", "sum to 1, not the count 2"},
		{new(DeskRates), "01720102000000000000", "above all tickets"},
		{new(DeskRates), "01720101000000000000" + "01", "trailing"},
		{new(DeskRates), "0172010100000000" + "0001", "reassignments"},
		{new(Backlog), "0162" + "00000000", "truncated"},
		{new(Backlog), "016200000002050000000000", "zero or beyond"}, // boundaries 5, 5
		{new(Backlog), "01620000000105010000", "above the 0 tickets"},
		{new(Backlog), "01620000000105" + "0001" + "0103030003", "outside the first or last"}, // 3 ns old in [5, ∞)
		{new(Backlog), "016200000200", "clock 2"},
		{new(Backlog), "0162feffffffffffffffff010000000000", "outside the years"},
		{new(Flow), "0166040002000000", "end before start"},
		{new(Flow), "01660000" + "80808080804000" + "0000", "outside the years"}, // 2⁴⁰ s
		{new(CSAT), "0163020000", "configuration flag 2"},
		{new(CSAT), "01630102020800010106", "min < max"}, // scale 1–1
		{new(CSAT), "016300010114", "sum 10 impossible"}, // one rating of 10 on 1–5
		{new(CSAT), "016300010202", "not 0 ≤ satisfied ≤ total"},
		{new(NPS), "016e0101", "truncated"},
	} {
		raw, err := hex.DecodeString(c.hex)
		require.NoError(t, err, c.hex)
		err = c.into.UnmarshalBinary(raw)
		decodeError(t, err, c.hex)
		assert.ErrorContains(t, err, c.want, c.hex)
	}
	// Nothing is changed on error.
	a := Attainment{Met: 1, Total: 2}
	require.Error(t, a.UnmarshalBinary([]byte{1, 'a', 3}))
	assert.Equal(t, Attainment{Met: 1, Total: 2}, a)
	// Decoding into nil is an error, not a panic.
	decodeError(t, (*Sketch)(nil).UnmarshalBinary([]byte{1, 'k', 0, 0, 0}))
	decodeError(t, (*Sketch)(nil).UnmarshalJSON([]byte(`{}`)))
}

// A length prefix cannot make the decoder allocate beyond the input's
// size: a Sample announcing 2⁶² values, a Backlog announcing 2⁶²
// boundaries and a Sketch announcing 2⁶² buckets are refused without
// allocating them.
func TestEncodingBoundedAllocation(t *testing.T) {
	for _, h := range []string{
		"01730000ffffffffffffffff3f",
		"016200000000ffffffffffffffff3f",
		"016b000105050005ffffffffffffffff3f",
	} {
		raw, err := hex.DecodeString(h)
		require.NoError(t, err)
		var ms0, ms1 runtime.MemStats
		runtime.ReadMemStats(&ms0)
		var err2 error
		switch raw[1] {
		case 's':
			err2 = new(Sample).UnmarshalBinary(raw)
		case 'b':
			err2 = new(Backlog).UnmarshalBinary(raw)
		case 'k':
			err2 = new(Sketch).UnmarshalBinary(raw)
		}
		runtime.ReadMemStats(&ms1)
		decodeError(t, err2, h)
		assert.Less(t, ms1.TotalAlloc-ms0.TotalAlloc, uint64(1<<16), "%s allocated %d bytes", h, ms1.TotalAlloc-ms0.TotalAlloc)
	}
}

// Values only hand-set exported fields can create are refused by the
// encoders, with ErrOutOfRange, since the decoders would refuse them.
func TestEncodingRefusesUnreachable(t *testing.T) {
	for name, v := range map[string]encoding.BinaryMarshaler{
		"DeskRates resolved > tickets": DeskRates{Tickets: 1, Resolved: 2},
		"DeskRates negative":           DeskRates{Reopened: -1},
		"Attainment met > total":       Attainment{Met: 2, Total: 1},
		"NPS negative":                 NPS{Promoters: -1},
		"Flow end before start":        Flow{Period: iv(10, 0)},
		"Flow negative":                Flow{Out: -1},
		"Flow year 10000":              Flow{Period: itsm.Interval{Start: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}},
		"CSAT impossible sum":          CSAT{Total: 1, Satisfied: 1, Sum: 99},
		"TimeTo undeclared measure":    TimeTo{Measure: 99},
		"Sample undeclared clock":      &Sample{Clock: 7},
	} {
		_, err := v.MarshalBinary()
		assert.ErrorIs(t, err, ErrOutOfRange, name)
		var e *itsm.Error
		assert.ErrorAs(t, err, &e, name)
		_, err = json.Marshal(v)
		if _, isSample := v.(*Sample); isSample {
			assert.ErrorIs(t, err, ErrOutOfRange, name)
		}
	}
}

// The JSON forms decode strictly and check the state like the binary
// decoders.
func TestEncodingJSONRejects(t *testing.T) {
	for _, c := range []struct {
		into codec
		json string
		want string
	}{
		{new(DurationStats), `{"count":1,"sum":"5","min":"5ns","max":"5ns","mean":"6ns"}`, "mean 0.000000006s is not sum/count"},
		{new(DurationStats), `{"count":1,"sum":"5"}`, "min or max missing"},
		{new(DurationStats), `{"count":0,"sum":"0","min":"1s"}`, "without values"},
		{new(DurationStats), `{"count":1,"sum":"5.5","min":"5ns","max":"5ns"}`, "whole"},
		{new(DurationStats), `{"count":1,"sum":"400000000000000000000000000000000000000000","min":"5ns","max":"5ns"}`, "128 bits"},
		{new(DurationStats), `{"count":2,"sum":"5","min":"5ns","max":"5ns"}`, "impossible"},
		{new(DurationStats), `{"count":1,"sum":"5","min":"5ns","max":"5ns","Count":1}`, "count"},
		{new(TimeTo), `{"measure":"mttr","clock":"wall"}`, "mttr_resolve"},
		{new(TimeTo), `{"measure":"mtta","clock":"wall","completed":{"count":-1,"sum":"0"}}`, "negative count"},
		{new(Sample), `{"measure":"mtta","clock":"wall","completed":["-1s"],"censored":[]}`, "negative duration"},
		{new(Sample), `{"measure":"mtta","clock":"wall","completed":[],"censored":[],"extra":1}`, "extra"},
		{new(Sketch), `{"precision":3,"stats":{"count":1,"sum":"5","min":"5ns","max":"5ns"},"buckets":[]}`, "do not start"},
		{new(Sketch), `{"precision":11,"stats":{"count":0,"sum":"0"},"buckets":[]}`, "precision 11"},
		{new(Sketch), `{"stats":{"count":1,"sum":"5","min":"5ns","max":"5ns"},"buckets":[{"index":5,"count":1},{"index":5,"count":1}]}`, "not increasing"},
		{new(DeskRates), `{"tickets":1,"resolved":2}`, "above all tickets"},
		{new(DeskRates), `{"tickets":1,"firstContact":0}`, `"first_contact"`},
		{new(Attainment), `{"met":2,"total":1}`, "not 0 ≤ met ≤ total"},
		{new(Backlog), `{"at":"2026-03-02T10:00:00Z","clock":"wall","boundaries":["1h","1h"],"counts":[0,0,0],"ages":{"count":0,"sum":"0"}}`, "strictly increasing"},
		{new(Backlog), `{"at":"2026-03-02T10:00:00Z","clock":"wall","boundaries":["1h"],"counts":[0],"ages":{"count":0,"sum":"0"}}`, "1 counts for 2 buckets"},
		{new(Flow), `{"period":{"start":"2026-03-02T10:00:00Z","end":"2026-03-01T10:00:00Z"},"in":1,"out":0}`, "end before start"},
		{new(Flow), `{"in":-1}`, "negative"},
		{new(CSAT), `{"config":{"scale":{"min":1,"max":5},"satisfied_from":9},"total":0,"satisfied":0,"sum":0}`, "not on the scale"},
		{new(CSAT), `{"total":2,"satisfied":1,"sum":10}`, "impossible"},
		{new(CSAT), `{"total":-1,"satisfied":0,"sum":0}`, "negative total"},
		{new(NPS), `{"promoters":-1}`, "negative"},
	} {
		err := json.Unmarshal([]byte(c.json), c.into)
		decodeError(t, err, c.json)
		assert.ErrorContains(t, err, c.want, c.json)
	}
	// null leaves the value alone
	a := Attainment{Met: 1, Total: 2}
	require.NoError(t, json.Unmarshal([]byte(`null`), &a))
	assert.Equal(t, Attainment{Met: 1, Total: 2}, a)
}

// A Backlog's schedule is not encoded; decoding keeps the receiver's, so
// a backlog made with NewBacklog and a schedule keeps measuring in it.
func TestEncodingBacklogKeepsSchedule(t *testing.T) {
	office := officeHours()
	src, err := NewBacklog(at(3*1440), []time.Duration{time.Hour}, office, Business)
	require.NoError(t, err)
	require.NoError(t, src.Add(Ticket{Opened: at(0)}))
	bin, err := src.MarshalBinary()
	require.NoError(t, err)
	dst, err := NewBacklog(at(3*1440), []time.Duration{time.Hour}, office, Business)
	require.NoError(t, err)
	require.NoError(t, dst.UnmarshalBinary(bin))
	require.NoError(t, dst.Add(Ticket{Opened: at(1440)}))
	require.NoError(t, src.Add(Ticket{Opened: at(1440)}))
	assert.Equal(t, src.Ages(), dst.Ages())
	js, err := json.Marshal(src)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(js, dst))
	assert.NotNil(t, dst.sched)
	var fresh Backlog
	require.NoError(t, fresh.UnmarshalBinary(bin))
	assert.Nil(t, fresh.sched)
}
