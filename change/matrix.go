package change

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/itsmkit/itsm/priority"
)

// MatrixModel is a likelihood × impact risk matrix, reusing
// [priority.Matrix]: the matrix's impact axis is the change's impact, its
// urgency axis the likelihood, and its output ("priority") scale the risk,
// whose level names must be risk level names ([ParseLevel]) in the same
// order of severity. Construct it with [NewMatrixModel].
type MatrixModel struct {
	name   string
	m      *priority.Matrix
	levels []Level // risk scale level index (number-1) → Level
}

// NewMatrixModel wraps m. Its output scale must name risk levels — "Low",
// "Moderate", "High", "Very High", "Critical" or the digits 1–5 — with
// severity rising as the risk level rises; a cell of the matrix then maps
// straight to a [Level].
func NewMatrixModel(name string, m *priority.Matrix) (*MatrixModel, error) {
	where := modelLabel(KindMatrix, name)
	if m == nil || len(m.Priority().All()) == 0 {
		return nil, errf(ErrModel, where, "", "has no matrix")
	}
	bySeverity := m.Priority().All()
	slices.SortFunc(bySeverity, priority.Level.Compare)
	mm := &MatrixModel{name: name, m: m, levels: make([]Level, len(bySeverity))}
	prev := None
	for _, pl := range bySeverity {
		l, err := ParseLevel(pl.Name())
		if err != nil || l == None {
			return nil, errf(ErrModel, where+" risk scale", pl.Name(), "is not a risk level name (low, moderate, high, very-high, critical, 1–5)")
		}
		if l <= prev {
			return nil, errf(ErrModel, where+" risk scale", pl.Name(), fmt.Sprintf("must be a higher risk level than the less severe %q", prev))
		}
		prev = l
		mm.levels[pl.Number()-1] = l
	}
	return mm, nil
}

// Name returns the configured name.
func (mm *MatrixModel) Name() string {
	if mm == nil {
		mm = new(MatrixModel) // a nil MatrixModel behaves as the zero value
	}
	return mm.name
}

// Matrix returns the underlying matrix (immutable, safe to share).
func (mm *MatrixModel) Matrix() *priority.Matrix {
	if mm == nil {
		mm = new(MatrixModel) // a nil MatrixModel behaves as the zero value
	}
	return mm.m
}

// Monotone reports whether raising likelihood or impact never lowers the
// risk (priority's monotonicity check finds no cell).
func (mm *MatrixModel) Monotone() bool {
	if mm == nil {
		mm = new(MatrixModel) // a nil MatrixModel behaves as the zero value
	}
	return len(mm.m.Validate(priority.NonMonotone)) == 0
}

// Assess looks up in.Impact × in.Likelihood; labels are parsed by the
// matrix's scales ("High", "2", "2 - High").
func (mm *MatrixModel) Assess(in Input) (Result, error) {
	if mm == nil {
		mm = new(MatrixModel) // a nil MatrixModel behaves as the zero value
	}
	where := modelLabel(KindMatrix, mm.name)
	if mm.m == nil {
		return Result{}, errf(ErrModel, where, "", "is the zero MatrixModel; use NewMatrixModel")
	}
	il, err := mm.m.Impact().Parse(in.Impact)
	if err != nil {
		return Result{}, &Error{Where: where + " impact", Input: in.Impact, Msg: err.Error(), Err: ErrInput, Cause: err}
	}
	ll, err := mm.m.Urgency().Parse(in.Likelihood)
	if err != nil {
		return Result{}, &Error{Where: where + " likelihood", Input: in.Likelihood, Msg: err.Error(), Err: ErrInput, Cause: err}
	}
	p, err := mm.m.Lookup(il, ll)
	if err != nil {
		return Result{}, &Error{Where: where, Msg: err.Error(), Err: ErrInput, Cause: err}
	}
	l := mm.levels[p.Number()-1]
	return Result{
		Level: l,
		Model: where,
		Contributions: []Contribution{
			{Factor: "impact", Value: il.String()},
			{Factor: "likelihood", Value: ll.String()},
		},
		Decided: fmt.Sprintf("cell impact %s × likelihood %s → %s", strconv.Quote(il.String()), strconv.Quote(ll.String()), strconv.Quote(p.String())),
	}, nil
}

// matrixJSON reuses priority's Scale JSON (names, direction, aliases) under
// the change vocabulary: likelihood for the urgency axis, risk for the output.
type matrixJSON struct {
	Kind       string          `json:"kind"`
	Name       string          `json:"name,omitempty"`
	Impact     *priority.Scale `json:"impact"`
	Likelihood *priority.Scale `json:"likelihood"`
	Risk       *priority.Scale `json:"risk"`
	Rows       [][]string      `json:"rows"` // rows[impact number-1][likelihood number-1]
}

// MarshalJSON encodes the three scales and the rows (impact rows ×
// likelihood columns, in the scales' number order).
func (mm *MatrixModel) MarshalJSON() ([]byte, error) {
	if mm == nil {
		mm = new(MatrixModel) // a nil MatrixModel behaves as the zero value
	}
	if mm.m == nil {
		return nil, errf(ErrModel, KindMatrix, "", "zero MatrixModel cannot be encoded")
	}
	return json.Marshal(matrixJSON{Kind: KindMatrix, Name: mm.name,
		Impact: mm.m.Impact(), Likelihood: mm.m.Urgency(), Risk: mm.m.Priority(), Rows: mm.m.Rows()})
}

// UnmarshalJSON decodes and validates the scales, the matrix and the risk
// level names.
func (mm *MatrixModel) UnmarshalJSON(data []byte) error {
	var w matrixJSON
	if err := unmarshalStrict(data, &w); err != nil {
		return err
	}
	where := modelLabel(KindMatrix, w.Name)
	if w.Kind != KindMatrix && w.Kind != "" {
		return errf(ErrModel, KindMatrix, w.Kind, "is the wrong kind")
	}
	m, err := priority.NewMatrix(w.Impact, w.Likelihood, w.Risk, w.Rows)
	if err != nil {
		return &Error{Where: where, Msg: err.Error(), Err: ErrModel, Cause: err}
	}
	nm, err := NewMatrixModel(w.Name, m)
	if err != nil {
		return err
	}
	*mm = *nm
	return nil
}
