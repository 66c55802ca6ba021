package sla

import (
	"cmp"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/itsmkit/itsm"
)

// sameTally compares two tallies, goals by value (99.50 equals 99.5).
func sameTally(a, b AttainmentGroup) bool {
	ga, gb := a.Goal, b.Goal
	a.Goal, b.Goal = decimal.Decimal{}, decimal.Decimal{}
	return a == b && ga.Equal(gb)
}

// Version 1 is pinned: these bytes must decode to these tallies in every
// later version. Regression for issue 18: the tally had no binary
// encoding and its JSON decoded leniently (unknown keys, negative counts).
func TestAttainmentTallyGoldenV1(t *testing.T) {
	for _, c := range []struct {
		g   AttainmentGroup
		hex string
	}{
		{AttainmentGroup{Slot: "s", Target: "t", Priority: "P1", Met: 3, Breached: 1}, "01670173017400025031000301000000"},
		{AttainmentGroup{Slot: "OLA resolution", Target: "L2 fix", Kind: OLA, Goal: dec("99.5"),
			Met: 300, Breached: 2, Cancelled: 1, Open: 4, OpenBreached: 5},
			"01670e4f4c41207265736f6c7574696f6e064c322066697801000439392e35ac0202010405"},
	} {
		b, err := c.g.MarshalBinary()
		require.NoError(t, err)
		assert.Equal(t, c.hex, hex.EncodeToString(b))
		raw, err := hex.DecodeString(c.hex)
		require.NoError(t, err)
		var back AttainmentGroup
		require.NoError(t, back.UnmarshalBinary(raw))
		assert.True(t, sameTally(c.g, back), "%+v", back)
	}
}

// drawTally draws a tally ComputeAttainment could produce.
func drawTally(t *rapid.T) AttainmentGroup {
	count := func(name string) int64 {
		if rapid.IntRange(0, 9).Draw(t, name+" huge") == 0 {
			return rapid.Int64Range(math.MaxInt64-10, math.MaxInt64).Draw(t, name)
		}
		return rapid.Int64Range(0, 1000).Draw(t, name)
	}
	g := AttainmentGroup{
		Slot: rapid.String().Draw(t, "slot"), Target: rapid.String().Draw(t, "target"),
		Kind: rapid.SampledFrom([]Kind{SLA, OLA, UC}).Draw(t, "kind"), Priority: rapid.String().Draw(t, "priority"),
		Met: count("met"), Breached: count("breached"), Cancelled: count("cancelled"), Open: count("open"), OpenBreached: count("open breached"),
	}
	if rapid.Bool().Draw(t, "goal") {
		g.Goal = decimal.New(rapid.Int64Range(1, 100_000).Draw(t, "goal ‰"), -3) // 0.001 to 100
	}
	return g
}

// decode(encode(x)) == x for the binary encoding and the JSON form, and
// encoding a decoded tally gives the same bytes.
func TestAttainmentTallyRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		g := drawTally(t)
		b, err := g.MarshalBinary()
		require.NoError(t, err)
		var back AttainmentGroup
		require.NoError(t, back.UnmarshalBinary(b), "%x", b)
		require.True(t, sameTally(g, back), "%+v → %x → %+v", g, b, back)
		again, err := back.MarshalBinary()
		require.NoError(t, err)
		require.Equal(t, b, again)
		js, err := json.Marshal(g)
		require.NoError(t, err)
		var fromJSON AttainmentGroup
		require.NoError(t, json.Unmarshal(js, &fromJSON), "%s", js)
		require.True(t, sameTally(g, fromJSON), "%s → %+v", js, fromJSON)
	})
}

// Merging the decoded tallies of the parts of any split of a batch of
// statuses (adding the groups of one slot, target and priority) gives the
// batch's tallies.
func TestAttainmentTallyMergeEqualsBatch(t *testing.T) {
	spec := demoSpec(Retroactive)
	spec.Rules[0].Targets[1].Attainment = dec("95")
	p, err := NewPolicy(spec, map[string]Schedule{"office": office()})
	require.NoError(t, err)
	base := time.Date(2026, time.November, 2, 0, 0, 0, 0, berlin)
	period := itsm.Interval{Start: base.Add(24 * time.Hour), End: base.Add(5 * 24 * time.Hour)}
	type key struct{ slot, target, prio string }
	rapid.Check(t, func(t *rapid.T) {
		var sts []Status
		for range rapid.IntRange(0, 30).Draw(t, "tickets") {
			cr := base.Add(time.Duration(rapid.IntRange(0, 7*24*60).Draw(t, "created")) * time.Minute)
			tk := Ticket{Events: []Event{{At: cr, Kind: Created, Priority: rapid.SampledFrom([]string{"P1", "P3"}).Draw(t, "prio")}}}
			if rapid.Bool().Draw(t, "resolved") {
				tk.Events = append(tk.Events, ev(cr.Add(time.Duration(rapid.IntRange(1, 5000).Draw(t, "after"))*time.Minute), Resolved))
			}
			s, err := p.Evaluate(tk, base.Add(30*24*time.Hour))
			require.NoError(t, err)
			sts = append(sts, s...)
		}
		batch, err := ComputeAttainment(period, sts)
		require.NoError(t, err)
		merged := map[key]AttainmentGroup{}
		rest := sts
		for len(rest) > 0 || len(merged) == 0 {
			k := rapid.IntRange(0, len(rest)).Draw(t, "cut")
			part, err := ComputeAttainment(period, rest[:k])
			require.NoError(t, err)
			rest = rest[k:]
			for _, g := range part.Groups {
				b, err := g.MarshalBinary()
				require.NoError(t, err)
				var d AttainmentGroup
				require.NoError(t, d.UnmarshalBinary(b))
				id := key{d.Slot, d.Target, d.Priority}
				if m, ok := merged[id]; ok {
					m.add(d)
					d = m
				}
				merged[id] = d
			}
			if len(rest) == 0 {
				break
			}
		}
		got := slices.Collect(func(yield func(AttainmentGroup) bool) {
			for _, g := range merged {
				if !yield(g) {
					return
				}
			}
		})
		slices.SortFunc(got, func(a, b AttainmentGroup) int {
			return cmp.Or(cmp.Compare(a.Slot, b.Slot), cmp.Compare(a.Target, b.Target), cmp.Compare(a.Priority, b.Priority))
		})
		require.Equal(t, len(batch.Groups), len(got))
		for i := range got {
			require.True(t, sameTally(batch.Groups[i], got[i]), "%+v vs %+v", batch.Groups[i], got[i])
		}
	})
}

// configError checks that err is an sla *itsm.Error wrapping ErrConfig.
func configError(t *testing.T, err error, msgAndArgs ...any) {
	t.Helper()
	var e *itsm.Error
	if assert.ErrorAs(t, err, &e, msgAndArgs...) {
		assert.Equal(t, "sla", e.Pkg, msgAndArgs...)
	}
	assert.ErrorIs(t, err, ErrConfig, msgAndArgs...)
}

// Anything but the encoding of a tally ComputeAttainment can produce is an
// error, never a panic: truncations, extensions, other versions and kinds,
// long varints, counts beyond int64, bad goals and text, and the same in
// JSON.
func TestAttainmentTallyRejects(t *testing.T) {
	good, err := AttainmentGroup{Slot: "s", Target: "t", Goal: dec("99.5"), Met: 1}.MarshalBinary()
	require.NoError(t, err)
	for k := range len(good) {
		configError(t, new(AttainmentGroup).UnmarshalBinary(good[:k]), "cut at %d", k)
	}
	for _, c := range []struct{ hex, want string }{
		{hex.EncodeToString(append(slices.Clone(good), 0)), "trailing"},
		{"0267", "version 2"},
		{"0164", "kind byte 0x64"},
		{"0167017301740300000000000000", "kind 3 undeclared"},
		{"016701730174800000000000000000", "shortest form"},
		{"016701730174000000ffffffffffffffffff0200000000", "beyond 64 bits"},
		{"0167017301740000008080808080808080800100000000", "beyond int64"},
		{"01670173017400000539392e35300000000000", "not in its shortest form"}, // goal "99.50"
		{"016701730174000001300000000000", "not in its shortest form"},         // goal "0" (none is "")
		{"0167017301740000033130310000000000", "not in (0, 100]"},              // goal "101"
		{"0167017301740000022d310000000000", "not in (0, 100]"},                // goal "-1"
		{"01677f", "of 127 bytes, but only 0 follow"},
		{"016701ff01740000000000000000", "not UTF-8"},
	} {
		raw, err := hex.DecodeString(c.hex)
		require.NoError(t, err, c.hex)
		err = new(AttainmentGroup).UnmarshalBinary(raw)
		configError(t, err, c.hex)
		assert.ErrorContains(t, err, c.want, c.hex)
	}
	g := AttainmentGroup{Met: 1}
	require.Error(t, g.UnmarshalBinary([]byte{1}))
	assert.Equal(t, AttainmentGroup{Met: 1}, g, "unchanged on error")
	configError(t, (*AttainmentGroup)(nil).UnmarshalBinary(good))
	configError(t, (*AttainmentGroup)(nil).UnmarshalJSON([]byte(`{}`)))

	for _, c := range []struct{ json, want string }{
		{`{"slot":"s","target":"t","kind":"sla","priority":"P1","met":-1,"breached":0,"cancelled":0,"open":0,"open_breached":0}`, "negative count"},
		{`{"slot":"s","target":"t","kind":"sla","priority":"P1","goal":"150","met":1}`, "not in (0, 100]"},
		{`{"slot":"s","target":"t","kind":"sla","priority":"P1","openBreached":1}`, `"open_breached"`},
		{`{"slot":"s","target":"t","kind":"xla"}`, "sla, ola, uc"},
		{`{"slot":"s","slot":"t"}`, "slot"},
	} {
		err := json.Unmarshal([]byte(c.json), new(AttainmentGroup))
		configError(t, err, c.json)
		assert.ErrorContains(t, err, c.want, c.json)
	}
	// Encoding refuses what decoding would refuse.
	for _, g := range []AttainmentGroup{{Met: -1}, {Kind: 7}, {Goal: dec("100.5")}, {Slot: "\xff"}} {
		_, err := g.MarshalBinary()
		configError(t, err, "%+v", g)
	}
}

// Any bytes decode into a tally or give an error, never a panic or a hang;
// what decodes encodes to the same bytes and survives its JSON form.
func FuzzAttainmentTallyBinary(f *testing.F) {
	for _, g := range []AttainmentGroup{{}, {Slot: "SLA resolution", Target: "P1 resolution", Priority: "P1", Goal: dec("99.95"), Met: 10, Breached: 2, Open: 1}} {
		b, err := g.MarshalBinary()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte{1, 'g', 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, data []byte) {
		within(t, fuzzDeadline, quoteInput(data), func() {
			var g AttainmentGroup
			if err := g.UnmarshalBinary(data); err != nil {
				var e *itsm.Error
				if !errors.As(err, &e) || !errors.Is(err, ErrConfig) {
					t.Errorf("%x: %v is not an *itsm.Error wrapping ErrConfig", data, err)
				}
				return
			}
			again, err := g.MarshalBinary()
			if err != nil || string(again) != string(data) {
				t.Errorf("%x decodes to %+v, which encodes as %x, %v", data, g, again, err)
				return
			}
			js, err := json.Marshal(g)
			if err != nil {
				t.Errorf("%+v: JSON: %v", g, err)
				return
			}
			var back AttainmentGroup
			if err := json.Unmarshal(js, &back); err != nil || !sameTally(g, back) {
				t.Errorf("%s decodes to %+v, %v; want %+v", js, back, err, g)
			}
			_ = g.Attainment().String()
		})
	})
}
