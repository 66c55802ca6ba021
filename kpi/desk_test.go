package kpi

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/itsmkit/itsm"
)

func TestDeskRatesHandChecked(t *testing.T) {
	var r DeskRates
	for _, o := range []TicketOutcome{
		{Resolved: true, AtFirstContact: true, FixAttempts: 1},                   // FCR and FTF
		{Resolved: true, AtFirstContact: false, FixAttempts: 1, Escalated: true}, // FTF only (fixed by 2nd line first try)
		{Resolved: true, FixAttempts: 2, Reassignments: 2},                       // neither
		{Resolved: true, AtFirstContact: true, FixAttempts: 1, Reopened: true},   // reopened: neither
		{Resolved: true, AtFirstContact: true, Escalated: true},                  // escalated: FTF, not FCR
		{Resolved: false, Reassignments: 1},                                      // open
	} {
		require.NoError(t, r.Add(o))
	}
	assert.Equal(t, itsm.Ratio{Num: 1, Den: 5}, r.FCR())
	assert.Equal(t, itsm.Ratio{Num: 3, Den: 5}, r.FTF())
	assert.Equal(t, itsm.Ratio{Num: 1, Den: 5}, r.ReopenRate())
	assert.Equal(t, itsm.Ratio{Num: 2, Den: 6}, r.EscalationRate())
	assert.Equal(t, itsm.Ratio{Num: 2, Den: 6}, r.ReassignmentRate())
	assert.Equal(t, itsm.Ratio{Num: 3, Den: 6}, itsm.Ratio{Num: r.Reassignments, Den: r.Tickets}, "hand-offs per ticket")

	for _, bad := range []TicketOutcome{
		{AtFirstContact: true}, {Reopened: true}, {Resolved: true, FixAttempts: -1}, {Reassignments: -1},
	} {
		assert.ErrorIs(t, r.Add(bad), ErrOutOfRange)
	}
	assert.Equal(t, int64(6), r.Tickets)
	var empty DeskRates
	assert.True(t, empty.FCR().NoData())
}

func TestAttainment(t *testing.T) {
	a := Attainment{Met: 999, Total: 1000}
	c, _ := a.Ratio().CmpPercent(dec("99.9"))
	assert.Equal(t, 0, c)
	a.Add(false)
	c, _ = a.Ratio().CmpPercent(dec("99.9"))
	assert.Equal(t, -1, c)
}

func TestBacklogHalfOpen(t *testing.T) {
	tickets := []Ticket{
		{Opened: at(0), Resolved: at(60)},
		{Opened: at(60)},                   // opened at t: counts at t
		{Opened: at(30), Resolved: at(60)}, // resolved at t: not at t
		{Opened: at(61)},
	}
	n, err := BacklogAt(tickets, at(60))
	require.NoError(t, err)
	assert.Equal(t, int64(1), n)
	n, _ = BacklogAt(tickets, at(59))
	assert.Equal(t, int64(2), n)
	_, err = BacklogAt([]Ticket{{Opened: at(5), Resolved: at(4)}}, at(0))
	assert.ErrorIs(t, err, itsm.ErrInterval)
}

func TestBacklogAges(t *testing.T) {
	now := at(10 * 1440)
	b, err := NewBacklog(now, []time.Duration{24 * time.Hour, 72 * time.Hour, 7 * 24 * time.Hour}, nil, Wall)
	require.NoError(t, err)
	for _, tk := range []Ticket{
		{Opened: now.Add(-time.Hour)},
		{Opened: now.Add(-24 * time.Hour)}, // exactly on a boundary: second bucket
		{Opened: now.Add(-50 * time.Hour)},
		{Opened: now.Add(-8 * 24 * time.Hour)},
		{Opened: now.Add(-9 * 24 * time.Hour), Resolved: now}, // not backlog
		{Opened: now}, // age 0
	} {
		require.NoError(t, b.Add(tk))
	}
	dist := b.Distribution()
	require.Len(t, dist, 4)
	assert.Equal(t, []int64{2, 2, 0, 1}, []int64{dist[0].Count, dist[1].Count, dist[2].Count, dist[3].Count})
	assert.True(t, dist[3].Unbounded)
	assert.Equal(t, itsm.Duration(7*24*time.Hour), dist[3].From)
	assert.Equal(t, itsm.Ratio{Num: 2, Den: 5}, dist[0].Share)
	assert.Equal(t, int64(5), b.Ages().Count())
	mx, _ := b.Ages().Max()
	assert.Equal(t, 8*24*time.Hour, mx)

	_, err = NewBacklog(now, []time.Duration{time.Hour, time.Hour}, nil, Wall)
	assert.ErrorIs(t, err, ErrInvalidConfig)
	_, err = NewBacklog(now, []time.Duration{0}, nil, Wall)
	assert.ErrorIs(t, err, ErrInvalidConfig)
	other, _ := NewBacklog(now.Add(time.Second), []time.Duration{24 * time.Hour, 72 * time.Hour, 7 * 24 * time.Hour}, nil, Wall)
	assert.ErrorIs(t, b.Merge(other), ErrMismatch)

	// business ages: opened Friday 16:00, now Monday 10:00 → 2 business hours
	biz, err := NewBacklog(at(7*1440+10*60), []time.Duration{4 * time.Hour}, officeHours(), Business)
	require.NoError(t, err)
	require.NoError(t, biz.Add(Ticket{Opened: at(4*1440 + 16*60)}))
	m, _ := biz.Ages().Mean()
	assert.Equal(t, 2*time.Hour, m)
}

func genTicket() *rapid.Generator[Ticket] {
	return rapid.Custom(func(t *rapid.T) Ticket {
		a := rapid.IntRange(0, 3000).Draw(t, "opened")
		tk := Ticket{Opened: at(a)}
		if rapid.Bool().Draw(t, "resolved") {
			tk.Resolved = at(a + rapid.IntRange(0, 2000).Draw(t, "len"))
		}
		return tk
	})
}

func TestFlowAndBacklogProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		tickets := rapid.SliceOfN(genTicket(), 0, 30).Draw(t, "tickets")
		p := genInterval(4000).Draw(t, "period")
		fs, err := FlowSeries([]itsm.Interval{p}, tickets)
		if err != nil {
			t.Fatal(err)
		}
		before := func(x time.Time) int64 {
			n, _ := BacklogAt(tickets, x.Add(-time.Nanosecond))
			return n
		}
		if got, want := fs[0].In-fs[0].Out, before(p.End)-before(p.Start); got != want {
			t.Fatalf("net %d, backlog change %d", got, want)
		}
		// merge = batch for Flow, Backlog, DeskRates
		bounds := []time.Duration{time.Hour, 10 * time.Hour}
		batch, _ := NewBacklog(p.End, bounds, nil, Wall)
		bf := Flow{Period: p}
		for _, tk := range tickets {
			_ = batch.Add(tk)
			_ = bf.Add(tk)
		}
		mb, _ := NewBacklog(p.End, bounds, nil, Wall)
		mf := Flow{Period: p}
		for _, part := range splitParts(t, tickets) {
			pb, _ := NewBacklog(p.End, bounds, nil, Wall)
			pf := Flow{Period: p}
			for _, tk := range part {
				_ = pb.Add(tk)
				_ = pf.Add(tk)
			}
			if err := mb.Merge(pb); err != nil {
				t.Fatal(err)
			}
			if err := mf.Merge(pf); err != nil {
				t.Fatal(err)
			}
		}
		if mf != bf || mb.Ages().Count() != batch.Ages().Count() || mb.Ages() != batch.Ages() {
			t.Fatal("merge != batch")
		}
		for k, d := range mb.Distribution() {
			if d != batch.Distribution()[k] {
				t.Fatal("distribution merge != batch")
			}
		}
		n, _ := BacklogAt(tickets, p.End)
		if n != batch.Ages().Count() {
			t.Fatal("backlog count disagrees with BacklogAt")
		}
	})
}

func TestDeskRatesMergeEqualsBatch(t *testing.T) {
	gen := rapid.Custom(func(t *rapid.T) TicketOutcome {
		o := TicketOutcome{Resolved: rapid.Bool().Draw(t, "res"), Escalated: rapid.Bool().Draw(t, "esc"),
			FixAttempts: rapid.IntRange(0, 3).Draw(t, "fix"), Reassignments: rapid.IntRange(0, 3).Draw(t, "re")}
		if o.Resolved {
			o.AtFirstContact = rapid.Bool().Draw(t, "fc")
			o.Reopened = rapid.Bool().Draw(t, "reop")
		}
		return o
	})
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.SliceOfN(gen, 0, 40).Draw(t, "v")
		var batch DeskRates
		var att, matt Attainment
		for _, o := range v {
			_ = batch.Add(o)
			att.Add(o.Resolved)
		}
		var merged DeskRates
		for _, p := range splitParts(t, v) {
			var part DeskRates
			var pa Attainment
			for _, o := range p {
				_ = part.Add(o)
				pa.Add(o.Resolved)
			}
			merged.Merge(part)
			matt.Merge(pa)
		}
		if merged != batch || matt != att {
			t.Fatal("merge != batch")
		}
		if batch.FirstContact > batch.Resolved || batch.FirstTimeFix > batch.Resolved {
			t.Fatal("rate above 1")
		}
	})
}

func TestCSATNPSCES(t *testing.T) {
	var c CSAT // zero value: 1–5, satisfied from 4
	for _, r := range []int{5, 4, 3, 1, 5} {
		require.NoError(t, c.Add(r))
	}
	assert.Equal(t, itsm.Ratio{Num: 3, Den: 5}, c.Score())
	p, _ := c.Score().Percent(0)
	assert.Equal(t, "60", p.String())
	assert.Equal(t, itsm.Ratio{Num: 18, Den: 5}, c.Average())
	assert.ErrorIs(t, c.Add(0), ErrOutOfRange)
	assert.ErrorIs(t, c.Add(6), ErrOutOfRange)
	assert.Contains(t, c.Add(6).Error(), `"6"`)

	ten, err := NewCSAT(CSATConfig{Scale: Scale{0, 10}, SatisfiedFrom: 8})
	require.NoError(t, err)
	require.NoError(t, ten.Add(8))
	require.NoError(t, ten.Add(7))
	assert.Equal(t, itsm.Ratio{Num: 1, Den: 2}, ten.Score())
	assert.ErrorIs(t, c.Merge(ten), ErrMismatch)
	_, err = NewCSAT(CSATConfig{Scale: Scale{1, 5}, SatisfiedFrom: 6})
	assert.ErrorIs(t, err, ErrInvalidConfig)
	_, err = NewCSAT(CSATConfig{Scale: Scale{5, 5}, SatisfiedFrom: 5})
	assert.ErrorIs(t, err, ErrInvalidConfig)

	b, err := json.Marshal(DefaultCSAT())
	require.NoError(t, err)
	assert.JSONEq(t, `{"scale":{"min":1,"max":5},"satisfied_from":4}`, string(b))
	var back CSATConfig
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, DefaultCSAT(), back)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"scale":{"min":1,"max":5},"satisfied_from":9}`), &back), ErrInvalidConfig)

	var n NPS
	for _, r := range []int{10, 9, 9, 8, 7, 6, 0, 10, 3, 9} { // 5 promoters, 2 passives, 3 detractors
		require.NoError(t, n.Add(r))
	}
	s, ok := n.Ratio().Percent(0)
	require.True(t, ok)
	assert.Equal(t, "20", s.String())
	assert.Equal(t, itsm.Ratio{Num: 2, Den: 10}, n.Ratio())
	assert.ErrorIs(t, n.Add(11), ErrOutOfRange)
	assert.ErrorIs(t, n.Add(-1), ErrOutOfRange)
	_, ok = NPS{}.Ratio().Percent(0)
	assert.False(t, ok)

	e, err := NewCSAT(DefaultCES()) // 1–7
	require.NoError(t, err)
	for _, r := range []int{2, 3, 7} {
		require.NoError(t, e.Add(r))
	}
	avg, _ := e.Average().RateAt(2)
	assert.Equal(t, "4", avg.String())
	assert.ErrorIs(t, e.Add(8), ErrOutOfRange)
	_, err = NewCSAT(CSATConfig{Scale: Scale{3, 1}, SatisfiedFrom: 1})
	assert.ErrorIs(t, err, ErrInvalidConfig)
}

func TestNPSInRangeAndMerge(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.SliceOfN(rapid.IntRange(0, 10), 1, 50).Draw(t, "answers")
		var n, m NPS
		var c, mc CSAT
		for _, r := range v {
			_ = n.Add(r)
			if r >= 1 && r <= 5 {
				_ = c.Add(r)
			}
		}
		for _, p := range splitParts(t, v) {
			var pn NPS
			var pc CSAT
			for _, r := range p {
				_ = pn.Add(r)
				if r >= 1 && r <= 5 {
					_ = pc.Add(r)
				}
			}
			m.Merge(pn)
			_ = mc.Merge(pc)
		}
		if m != n || mc != c {
			t.Fatal("merge != batch")
		}
		if lo, _ := n.Ratio().CmpPercent(dec("-100")); lo < 0 {
			t.Fatal("NPS below -100")
		}
		if hi, _ := n.Ratio().CmpPercent(dec("100")); hi > 0 {
			t.Fatal("NPS above 100")
		}
	})
}

func TestZeroValuesUsable(t *testing.T) {
	var b Backlog
	assert.Len(t, b.Distribution(), 1)
	require.NoError(t, b.Add(Ticket{Opened: time.Time{}}))
	assert.Equal(t, int64(1), b.Ages().Count())
	var b2 Backlog
	require.NoError(t, b2.Merge(&b))
	require.NoError(t, b2.Merge(nil))
	assert.Equal(t, int64(1), b2.Distribution()[0].Count)
	assert.True(t, b2.Distribution()[0].Unbounded)

	var f Flow
	require.NoError(t, f.Add(Ticket{Opened: at(1)}))
	assert.True(t, itsm.Ratio{Num: f.Out, Den: f.In}.NoData(), "closure rate")
	var s Sample
	require.NoError(t, s.Merge(nil))
	_, ok := s.Completed().Median()
	assert.False(t, ok)
}

func TestAccumulatorAddsDoNotAllocate(t *testing.T) {
	var r DeskRates
	var n NPS
	var c CSAT
	e, _ := NewCSAT(DefaultCES())
	var a Attainment
	f := Flow{Period: iv(0, 100)}
	b, err := NewBacklog(at(50), []time.Duration{time.Hour}, nil, Wall)
	require.NoError(t, err)
	tk := Ticket{Opened: at(10)}
	allocs := testing.AllocsPerRun(1000, func() {
		_ = r.Add(TicketOutcome{Resolved: true, FixAttempts: 1})
		_ = n.Add(9)
		_ = c.Add(4)
		_ = e.Add(3)
		a.Add(true)
		_ = f.Add(tk)
		_ = b.Add(tk)
	})
	assert.Zero(t, allocs)
}

func TestCESAndRatioMergeEqualsBatch(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.SliceOfN(rapid.IntRange(1, 7), 0, 40).Draw(t, "answers")
		rs := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) itsm.Ratio {
			return itsm.Ratio{Num: rapid.Int64Range(0, 1e12).Draw(t, "n"), Den: rapid.Int64Range(0, 1e12).Draw(t, "d")}
		}), 0, 10).Draw(t, "ratios")
		batch, _ := NewCSAT(DefaultCES())
		for _, x := range v {
			_ = batch.Add(x)
		}
		merged, _ := NewCSAT(DefaultCES())
		for _, p := range splitParts(t, v) {
			part, _ := NewCSAT(DefaultCES())
			for _, x := range p {
				_ = part.Add(x)
			}
			if err := merged.Merge(part); err != nil {
				t.Fatal(err)
			}
		}
		if merged != batch {
			t.Fatal("CES merge != batch")
		}
		var rb itsm.Ratio
		for _, r := range rs {
			rb, _ = rb.Add(r)
		}
		var rm itsm.Ratio
		for _, p := range splitParts(t, rs) {
			var part itsm.Ratio
			for _, r := range p {
				part, _ = part.Add(r)
			}
			rm, _ = rm.Add(part)
		}
		if rm != rb {
			t.Fatal("Ratio.Add not associative/commutative")
		}
	})
}
