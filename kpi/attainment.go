package kpi

import (
	"math"

	"github.com/itsmkit/itsm"
)

// Attainment counts SLA targets met out of targets measured (e.g. from sla
// results or plain counts). It is a commutative monoid.
type Attainment struct {
	Met   int64 `json:"met"`   // targets met
	Total int64 `json:"total"` // targets measured; Total − Met were breached
}

// Add records one measured target (a nil a is left alone). The counts
// saturate at math.MaxInt64 instead of wrapping around.
func (a *Attainment) Add(met bool) {
	if a == nil || a.Total == math.MaxInt64 {
		return // saturated: adding would make Met exceed Total or wrap
	}
	a.Total++
	if met {
		a.Met = satAdd(a.Met, 1)
	}
}

// Merge adds o into a (a nil a is left alone). The counts saturate at the
// int64 range instead of wrapping around.
func (a *Attainment) Merge(o Attainment) {
	if a == nil {
		return
	}
	a.Met = satAdd(a.Met, o.Met)
	a.Total = satAdd(a.Total, o.Total)
}

// Ratio returns Met / Total (no data when Total == 0).
func (a Attainment) Ratio() itsm.Ratio { return itsm.Ratio{Num: a.Met, Den: a.Total} }
