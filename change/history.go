package change

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// Multipliers weight each [Outcomes] count in a history model's score
// ([NewHistoryModel]).
type Multipliers struct {
	Successful           int64 `json:"successful"`
	SuccessfulWithIssues int64 `json:"successful_with_issues"`
	Failed               int64 `json:"failed"`
	IncidentsCaused      int64 `json:"incidents_caused"`
}

// HistorySpec configures a history model ([NewHistoryModel]). Its JSON,
// with "kind": "history", is the model's JSON ([DecodeModel]).
type HistorySpec struct {
	Name        string      `json:"name,omitempty"`
	Multipliers Multipliers `json:"multipliers"`
	Bands       Bands       `json:"bands"`
}

// historyModel scores the change-success history Input.History.
type historyModel struct {
	spec HistorySpec
	ok   bool
}

// maxCount bounds outcome counts so that the score stays exact in int64.
const maxCount = 100_000_000_000

// NewHistoryModel returns a model of the change-success history of the
// team or change model (Input.History): Σ(count × multiplier) over
// [Outcomes], banded to a level. Combined with other models by [NewHighest]
// it can only raise the risk, never lower it (e.g. failed ×5, incidents
// ×10, successful ×-1: a team whose changes keep failing gets at least
// "high"). It validates spec: valid bands; multipliers in [-1e6, 1e6]; the
// Failed, SuccessfulWithIssues and IncidentsCaused multipliers must not be
// negative, so more failures never lower the level. Assess takes counts in
// [0, 1e11].
func NewHistoryModel(spec HistorySpec) (Model, error) { return newHistoryModel(spec) }

func newHistoryModel(spec HistorySpec) (*historyModel, error) {
	where := modelLabel(kindHistory, spec.Name)
	if spec.Bands.Base == None && len(spec.Bands.Thresholds) == 0 {
		return nil, errf(ErrModel, where, "", "has no bands")
	}
	if err := spec.Bands.validate(where + " bands"); err != nil {
		return nil, err
	}
	spec.Bands = spec.Bands.clone()
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
	return &historyModel{spec: spec, ok: true}, nil
}

// Name returns the configured name.
func (h *historyModel) Name() string {
	if h == nil {
		return ""
	}
	return h.spec.Name
}

// Assess scores in.History. Counts must be in [0, 1e11].
func (h *historyModel) Assess(in Input) (Result, error) {
	if h == nil || !h.ok {
		return Result{}, errf(ErrModel, kindHistory, "", "is not a history model built by NewHistoryModel")
	}
	where := modelLabel(kindHistory, h.spec.Name)
	o, m := in.History, h.spec.Multipliers
	if err := o.validate(where); err != nil {
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
	bd := h.spec.Bands.classify(total, 1)
	res.Level = bd.level
	res.Decided = fmt.Sprintf("history score %d in band %s", total, bd)
	return res, nil
}

type historyJSON struct {
	Kind string `json:"kind"`
	HistorySpec
}

// MarshalJSON encodes the spec with "kind": "history".
func (h *historyModel) MarshalJSON() ([]byte, error) {
	if h == nil || !h.ok {
		return nil, errf(ErrModel, kindHistory, "", "is not a history model built by NewHistoryModel")
	}
	return json.Marshal(historyJSON{Kind: kindHistory, HistorySpec: h.spec})
}

// decodeHistory decodes and validates (see NewHistoryModel).
func decodeHistory(data []byte) (*historyModel, error) {
	var w historyJSON
	if err := decodeStrict(ErrModel, kindHistory, data, &w); err != nil {
		if r := bandsRenamed(kindHistory, data); r != nil {
			return nil, r
		}
		return nil, err
	}
	return newHistoryModel(w.HistorySpec)
}
