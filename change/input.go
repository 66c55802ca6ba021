package change

import (
	"fmt"
	"math"
)

// Input is everything a risk model may look at for one change. Each model
// reads only its part: a questionnaire the Answers, a rule set the Type and
// Facts, a history model the History, a matrix model Likelihood and Impact.
type Input struct {
	Type    Type              `json:"type,omitzero"`
	Answers map[string]string `json:"answers,omitempty"` // question ID → chosen answer ID
	Facts   Facts             `json:"facts,omitzero"`
	History Outcomes          `json:"history,omitzero"`
	// Likelihood and Impact name the row and column of a matrix model,
	// using the matrix's own level names.
	Likelihood string `json:"likelihood,omitempty"`
	Impact     string `json:"impact,omitempty"`
}

// Facts are the observable risk factors of a change used by [RuleSet]. Each
// one is phrased so that "more" means "riskier": true booleans and larger
// counts never make a change safer.
type Facts struct {
	NoRollbackPlan       bool `json:"no_rollback_plan,omitzero"`
	NoTestEvidence       bool `json:"no_test_evidence,omitzero"`
	CriticalService      bool `json:"critical_service,omitzero"` // a critical service or CI is affected
	OutageRequired       bool `json:"outage_required,omitzero"`
	InFreeze             bool `json:"in_freeze,omitzero"`
	InsufficientLeadTime bool `json:"insufficient_lead_time,omitzero"`
	// FailedSimilar counts recent failures of similar changes.
	FailedSimilar int `json:"failed_similar,omitzero"`
	// CIsAffected counts the configuration items the change touches.
	CIsAffected int `json:"cis_affected,omitzero"`
}

// Fact names usable in rule conditions. Boolean facts count as 1 when true;
// "emergency" is 1 when the change's [Type] is [Emergency].
const (
	FactNoRollbackPlan       = "no-rollback-plan"
	FactNoTestEvidence       = "no-test-evidence"
	FactCriticalService      = "critical-service"
	FactOutageRequired       = "outage-required"
	FactInFreeze             = "in-freeze"
	FactInsufficientLeadTime = "insufficient-lead-time"
	FactEmergency            = "emergency"
	FactFailedSimilar        = "failed-similar"
	FactCIsAffected          = "cis-affected"
)

// FactNames returns the fact names a rule condition may use.
func FactNames() []string {
	return []string{FactNoRollbackPlan, FactNoTestEvidence, FactCriticalService,
		FactOutageRequired, FactInFreeze, FactInsufficientLeadTime, FactEmergency,
		FactFailedSimilar, FactCIsAffected}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fact returns the value of a named fact; ok is false for an unknown name.
func (in *Input) fact(name string) (v int, ok bool) {
	f := &in.Facts
	switch name {
	case FactNoRollbackPlan:
		return b2i(f.NoRollbackPlan), true
	case FactNoTestEvidence:
		return b2i(f.NoTestEvidence), true
	case FactCriticalService:
		return b2i(f.CriticalService), true
	case FactOutageRequired:
		return b2i(f.OutageRequired), true
	case FactInFreeze:
		return b2i(f.InFreeze), true
	case FactInsufficientLeadTime:
		return b2i(f.InsufficientLeadTime), true
	case FactEmergency:
		return b2i(in.Type == Emergency), true
	case FactFailedSimilar:
		return f.FailedSimilar, true
	case FactCIsAffected:
		return f.CIsAffected, true
	}
	return 0, false
}

func isFact(name string) bool {
	var in Input
	_, ok := in.fact(name)
	return ok
}

// Outcomes counts closed changes by closure result, e.g. for a change's
// assignment group or change model over a look-back period. It is the input
// of a [HistoryModel], and its [Outcomes.ChangeFailure] gives the numerator
// and denominator of a change failure rate (kpi's DORA change failure rate
// takes such integer counts).
//
// Successful, SuccessfulWithIssues and Failed count changes, each change once.
// IncidentsCaused counts incidents linked to those changes; a change may cause
// several, so it is not a change count and is not part of the failure rate.
type Outcomes struct {
	Successful           int64 `json:"successful,omitzero"`
	SuccessfulWithIssues int64 `json:"successful_with_issues,omitzero"`
	Failed               int64 `json:"failed,omitzero"`
	IncidentsCaused      int64 `json:"incidents_caused,omitzero"`
}

// Total returns the number of changes counted (incidents excluded). It
// saturates at math.MaxInt64 (math.MinInt64 for invalid negative counts)
// instead of wrapping around to a count of the wrong sign; [Outcomes.Validate]
// reports counts whose total does not fit.
func (o Outcomes) Total() int64 {
	return satAdd(satAdd(o.Successful, o.SuccessfulWithIssues), o.Failed)
}

// satAdd returns a + b, saturated to the int64 range.
func satAdd(a, b int64) int64 {
	s := a + b
	switch {
	case b > 0 && s < a:
		return math.MaxInt64
	case b < 0 && s > a:
		return math.MinInt64
	}
	return s
}

// ChangeFailure returns failed changes and all changes: the numerator and
// denominator of the change failure rate. A zero denominator means no data;
// the total saturates as [Outcomes.Total] does, so failed ≤ total holds for
// valid counts.
func (o Outcomes) ChangeFailure() (failed, total int64) { return o.Failed, o.Total() }

// Validate reports negative counts, and counts of changes whose total
// exceeds math.MaxInt64.
func (o Outcomes) Validate() error {
	for _, c := range []struct {
		name string
		v    int64
	}{{"successful", o.Successful}, {"successful_with_issues", o.SuccessfulWithIssues},
		{"failed", o.Failed}, {"incidents_caused", o.IncidentsCaused}} {
		if c.v < 0 {
			return errf(ErrInput, "history "+c.name, fmt.Sprint(c.v), "is negative")
		}
	}
	if a, b := o.Successful+o.SuccessfulWithIssues, o.Failed; a < o.Successful || a+b < a {
		return errf(ErrInput, "history successful + successful_with_issues + failed",
			fmt.Sprintf("%d + %d + %d", o.Successful, o.SuccessfulWithIssues, o.Failed), fmt.Sprintf("exceeds %d", int64(math.MaxInt64)))
	}
	return nil
}
