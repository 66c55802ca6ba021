package change

import (
	"fmt"
	"math"
	"strconv"

	"github.com/itsmkit/itsm/internal/xmath"
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

// Facts are the observable risk factors of a change used by rule sets
// ([NewRuleSet]). Each one is phrased so that "more" means "riskier": true
// booleans and larger counts never make a change safer.
//
// A fact's name, in a rule's [Condition] as in this object's JSON, is its
// JSON key: "no_rollback_plan", "no_test_evidence", "critical_service",
// "outage_required", "in_freeze", "insufficient_lead_time",
// "failed_similar", "cis_affected"; and "emergency", which is 1 when the
// change's [Type] is [Emergency]. A boolean fact counts as 1 when true.
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

// Fact names usable in rule conditions: the JSON keys of Facts, and
// "emergency".
const (
	factNoRollbackPlan       = "no_rollback_plan"
	factNoTestEvidence       = "no_test_evidence"
	factCriticalService      = "critical_service"
	factOutageRequired       = "outage_required"
	factInFreeze             = "in_freeze"
	factInsufficientLeadTime = "insufficient_lead_time"
	factEmergency            = "emergency"
	factFailedSimilar        = "failed_similar"
	factCIsAffected          = "cis_affected"
)

// factNames returns the fact names a rule condition may use.
func factNames() []string {
	return []string{factNoRollbackPlan, factNoTestEvidence, factCriticalService,
		factOutageRequired, factInFreeze, factInsufficientLeadTime, factEmergency,
		factFailedSimilar, factCIsAffected}
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
	case factNoRollbackPlan:
		return b2i(f.NoRollbackPlan), true
	case factNoTestEvidence:
		return b2i(f.NoTestEvidence), true
	case factCriticalService:
		return b2i(f.CriticalService), true
	case factOutageRequired:
		return b2i(f.OutageRequired), true
	case factInFreeze:
		return b2i(f.InFreeze), true
	case factInsufficientLeadTime:
		return b2i(f.InsufficientLeadTime), true
	case factEmergency:
		return b2i(in.Type == Emergency), true
	case factFailedSimilar:
		return f.FailedSimilar, true
	case factCIsAffected:
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
// of a history model ([NewHistoryModel]); Failed and Successful +
// SuccessfulWithIssues + Failed are the numerator and denominator of a
// change failure rate (kpi's DORA change failure rate takes such integer
// counts).
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

// validate reports negative counts, and counts of changes whose total
// exceeds math.MaxInt64.
func (o Outcomes) validate(where string) error {
	for _, c := range []struct {
		name string
		v    int64
	}{{"successful", o.Successful}, {"successful_with_issues", o.SuccessfulWithIssues},
		{"failed", o.Failed}, {"incidents_caused", o.IncidentsCaused}} {
		if c.v < 0 {
			return errf(ErrInput, where+" history "+c.name, strconv.FormatInt(c.v, 10), "is negative")
		}
	}
	a, ok1 := xmath.AddInt64(o.Successful, o.SuccessfulWithIssues)
	if _, ok2 := xmath.AddInt64(a, o.Failed); !ok1 || !ok2 {
		return errf(ErrInput, where+" history successful + successful_with_issues + failed",
			fmt.Sprintf("%d + %d + %d", o.Successful, o.SuccessfulWithIssues, o.Failed), fmt.Sprintf("exceeds %d", int64(math.MaxInt64)))
	}
	return nil
}
