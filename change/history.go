package change

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// Multipliers weight each [Outcomes] count in a [HistoryModel]'s score.
type Multipliers struct {
	Successful           int64 `json:"successful"`
	SuccessfulWithIssues int64 `json:"successful_with_issues"`
	Failed               int64 `json:"failed"`
	IncidentsCaused      int64 `json:"incidents_caused"`
}

// HistorySpec configures a [HistoryModel].
type HistorySpec struct {
	Name        string      `json:"name,omitempty"`
	Multipliers Multipliers `json:"multipliers"`
	Bands       Bands       `json:"bands"`
}

// HistoryModel scores the change-success history of the team or change
// model: Σ(count × multiplier) over [Outcomes], banded to a level. Combined
// with other models by [NewHighest] it can only raise the risk, never lower it
// (e.g. failed ×5, incidents ×10, successful ×-1: a team whose changes keep
// failing gets at least "high"). Construct it with [NewHistoryModel].
type HistoryModel struct {
	spec HistorySpec
	ok   bool
}

// maxCount bounds outcome counts so that the score stays exact in int64.
const maxCount = 100_000_000_000

// NewHistoryModel validates spec: valid bands; multipliers in
// [-1e6, 1e6]; the Failed, SuccessfulWithIssues and IncidentsCaused
// multipliers must not be negative, so more failures never lower the level.
func NewHistoryModel(spec HistorySpec) (*HistoryModel, error) {
	where := modelLabel(KindHistory, spec.Name)
	if spec.Bands.IsZero() {
		return nil, errf(ErrModel, where, "", "has no bands")
	}
	m := spec.Multipliers
	for _, c := range []struct {
		name    string
		v       int64
		nonNeg  bool
		meaning string
	}{
		{"successful", m.Successful, false, ""},
		{"successful_with_issues", m.SuccessfulWithIssues, true, "changes with issues"},
		{"failed", m.Failed, true, "failures"},
		{"incidents_caused", m.IncidentsCaused, true, "incidents"},
	} {
		if c.v < -maxWeight || c.v > maxWeight {
			return nil, errf(ErrModel, where+" multiplier "+c.name, strconv.FormatInt(c.v, 10), "must be in [-1000000, 1000000]")
		}
		if c.nonNeg && c.v < 0 {
			return nil, errf(ErrModel, where+" multiplier "+c.name, strconv.FormatInt(c.v, 10), "must not be negative (more "+c.meaning+" would lower the risk)")
		}
	}
	return &HistoryModel{spec: spec, ok: true}, nil
}

// Name returns the configured name.
func (h *HistoryModel) Name() string {
	if h == nil {
		h = new(HistoryModel) // a nil HistoryModel behaves as the zero value
	}
	return h.spec.Name
}

// Spec returns the configuration.
func (h *HistoryModel) Spec() HistorySpec {
	if h == nil {
		h = new(HistoryModel) // a nil HistoryModel behaves as the zero value
	}
	return h.spec
}

// Assess scores in.History. Counts must be in [0, 1e11].
func (h *HistoryModel) Assess(in Input) (Result, error) {
	if h == nil {
		h = new(HistoryModel) // a nil HistoryModel behaves as the zero value
	}
	where := modelLabel(KindHistory, h.spec.Name)
	if !h.ok {
		return Result{}, errf(ErrModel, where, "", "is the zero HistoryModel; use NewHistoryModel")
	}
	o, m := in.History, h.spec.Multipliers
	if err := o.Validate(); err != nil {
		return Result{}, err
	}
	res := Result{Model: where}
	var total int64
	for _, c := range []struct {
		name    string
		n, mult int64
	}{
		{"successful", o.Successful, m.Successful},
		{"successful_with_issues", o.SuccessfulWithIssues, m.SuccessfulWithIssues},
		{"failed", o.Failed, m.Failed},
		{"incidents_caused", o.IncidentsCaused, m.IncidentsCaused},
	} {
		if c.n > maxCount {
			return Result{}, errf(ErrInput, where+" history "+c.name, strconv.FormatInt(c.n, 10), "exceeds 1e11")
		}
		p := c.n * c.mult
		total += p
		res.Contributions = append(res.Contributions, Contribution{Factor: c.name, Value: strconv.FormatInt(c.n, 10), Score: c.n, Weight: c.mult, Points: p})
	}
	res.setScore(total, 1)
	bd := h.spec.Bands.Classify(total, 1)
	res.Level = bd.Level
	res.Decided = fmt.Sprintf("history score %d in band %s", total, bd)
	return res, nil
}

type historyJSON struct {
	Kind string `json:"kind"`
	HistorySpec
}

// MarshalJSON encodes the spec with "kind":"history".
func (h *HistoryModel) MarshalJSON() ([]byte, error) {
	if h == nil {
		h = new(HistoryModel) // a nil HistoryModel behaves as the zero value
	}
	if !h.ok {
		return nil, errf(ErrModel, KindHistory, "", "zero HistoryModel cannot be encoded")
	}
	return json.Marshal(historyJSON{Kind: KindHistory, HistorySpec: h.spec})
}

// UnmarshalJSON decodes and validates (see [NewHistoryModel]).
func (h *HistoryModel) UnmarshalJSON(data []byte) error {
	var w historyJSON
	if err := unmarshalStrict(data, &w); err != nil {
		return err
	}
	if w.Kind != KindHistory && w.Kind != "" {
		return errf(ErrModel, KindHistory, w.Kind, "is the wrong kind")
	}
	nh, err := NewHistoryModel(w.HistorySpec)
	if err != nil {
		return err
	}
	*h = *nh
	return nil
}
