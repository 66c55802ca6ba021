package kpi

import (
	"slices"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// accModel drives TimeTo, Sample and Sketch through random Add, AddOpen,
// Merge-of-a-side-accumulator and reject steps, checking them after every
// step against plain slices.
type accModel struct {
	tt                 TimeTo
	s                  *Sample
	sk                 *Sketch
	done, open         []time.Duration
	sideTT             TimeTo
	sideS              *Sample
	sideSk             *Sketch
	sideDone, sideOpen []time.Duration
}

func genDur(t *rapid.T) time.Duration {
	return time.Duration(rapid.Int64Range(0, int64(100*time.Hour)).Draw(t, "d"))
}

func (m *accModel) init() {
	m.tt, m.sideTT = TimeTo{Measure: MTTA, Clock: Business}, TimeTo{Measure: MTTA, Clock: Business}
	m.s, m.sideS = &Sample{Measure: MTTA, Clock: Business}, &Sample{Measure: MTTA, Clock: Business}
	m.sk, _ = NewSketch(5)
	m.sideSk, _ = NewSketch(5)
}

func (m *accModel) check(t *rapid.T) {
	var wantDone, wantOpen DurationStats
	for _, d := range m.done {
		_ = wantDone.Add(d)
	}
	for _, d := range m.open {
		_ = wantOpen.Add(d)
	}
	if m.tt.Completed != wantDone || m.tt.Censored != wantOpen {
		t.Fatal("TimeTo differs from model")
	}
	sorted := slices.Sorted(slices.Values(m.done))
	if !slices.Equal(m.s.Completed().Values(), sorted) || m.s.Censored().Stats().Count() != int64(len(m.open)) {
		t.Fatal("Sample differs from model")
	}
	if m.sk.Stats() != wantDone {
		t.Fatal("Sketch stats differ from model")
	}
	if len(sorted) > 0 {
		q, _, _ := m.s.Completed().Percentile(decimal.NewFromInt(90), NearestRank)
		x, _, _ := m.sk.Percentile(decimal.NewFromInt(90))
		if d := x - q; d > q>>6 || -d > q>>6 {
			t.Fatalf("sketch p90 %d vs exact %d", x, q)
		}
	}
}

func TestAccumulatorStateMachine(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := &accModel{}
		m.init()
		t.Repeat(map[string]func(*rapid.T){
			"add": func(t *rapid.T) {
				d := genDur(t)
				_ = m.tt.Add(d)
				_ = m.s.Add(d)
				_ = m.sk.Add(d)
				m.done = append(m.done, d)
			},
			"addOpen": func(t *rapid.T) {
				d := genDur(t)
				_ = m.tt.AddOpen(d)
				_ = m.s.AddOpen(d)
				m.open = append(m.open, d)
			},
			"addSide": func(t *rapid.T) {
				d := genDur(t)
				if rapid.Bool().Draw(t, "open") {
					_ = m.sideTT.AddOpen(d)
					_ = m.sideS.AddOpen(d)
					m.sideOpen = append(m.sideOpen, d)
				} else {
					_ = m.sideTT.Add(d)
					_ = m.sideS.Add(d)
					_ = m.sideSk.Add(d)
					m.sideDone = append(m.sideDone, d)
				}
			},
			"mergeSide": func(t *rapid.T) {
				if err := m.tt.Merge(m.sideTT); err != nil {
					t.Fatal(err)
				}
				if err := m.s.Merge(m.sideS); err != nil {
					t.Fatal(err)
				}
				if err := m.sk.Merge(m.sideSk); err != nil {
					t.Fatal(err)
				}
				m.done = append(m.done, m.sideDone...)
				m.open = append(m.open, m.sideOpen...)
				m.sideTT, m.sideS = TimeTo{Measure: MTTA, Clock: Business}, &Sample{Measure: MTTA, Clock: Business}
				m.sideSk, _ = NewSketch(5)
				m.sideDone, m.sideOpen = nil, nil
			},
			"reject": func(t *rapid.T) {
				d := -time.Duration(rapid.Int64Range(1, 1e12).Draw(t, "neg"))
				if m.tt.Add(d) == nil || m.s.Add(d) == nil || m.sk.Add(d) == nil || m.tt.AddOpen(d) == nil {
					t.Fatal("negative duration accepted")
				}
			},
			"": m.check,
		})
	})
}
