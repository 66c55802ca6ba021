package change

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/itsmkit/itsm/priority"
)

// matrixModel is a likelihood × impact risk matrix over a priority.Matrix.
type matrixModel struct {
	name   string
	m      *priority.Matrix
	levels []Level // risk scale level index (number-1) → Level
}

// NewMatrixModel returns a likelihood × impact risk matrix, reusing
// [priority.Matrix]: the matrix's impact axis is the change's impact
// (Input.Impact), its urgency axis the likelihood (Input.Likelihood), and
// its output ("priority") scale the risk. The risk scale's level names must
// name risk levels — "Low", "Moderate" (or "Medium"), "High", "Very High",
// "Critical" in any case, with spaces, hyphens or underscores, or BMC's
// digits 1–5 — with severity rising as the risk level rises; a cell of the
// matrix then maps straight to a [Level].
//
// Its JSON, with "kind": "matrix", holds the three scales in priority's
// Scale JSON and the rows (impact rows × likelihood columns, in the scales'
// number order):
//
//	{"kind": "matrix", "name": …, "impact": {…}, "likelihood": {…}, "risk": {…}, "rows": [["low", …], …]}
func NewMatrixModel(name string, m *priority.Matrix) (Model, error) { return newMatrixModel(name, m) }

func newMatrixModel(name string, m *priority.Matrix) (*matrixModel, error) {
	where := modelLabel(kindMatrix, name)
	if m == nil || len(m.Priority().All()) == 0 {
		return nil, errf(ErrModel, where, "", "has no matrix")
	}
	bySeverity := m.Priority().All()
	slices.SortFunc(bySeverity, priority.Level.Compare)
	mm := &matrixModel{name: name, m: m, levels: make([]Level, len(bySeverity))}
	prev := None
	for _, pl := range bySeverity {
		l, ok := levelFromLabel(pl.Name())
		if !ok {
			return nil, errValid(ErrModel, where+" risk scale", pl.Name(), "is not a risk level name", levels.Valid()[1:])
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
func (mm *matrixModel) Name() string {
	if mm == nil {
		return ""
	}
	return mm.name
}

// monotone reports whether raising likelihood or impact never lowers the
// risk (priority's monotonicity check finds no cell).
func (mm *matrixModel) monotone() bool {
	return mm.m != nil && len(mm.m.Validate(priority.NonMonotone)) == 0
}

// Assess looks up in.Impact × in.Likelihood; labels are parsed by the
// matrix's scales ("High", "2", "2 - High").
func (mm *matrixModel) Assess(in Input) (Result, error) {
	if mm == nil || mm.m == nil {
		return Result{}, errf(ErrModel, kindMatrix, "", "is not a matrix model built by NewMatrixModel")
	}
	where := modelLabel(kindMatrix, mm.name)
	il, err := mm.m.Impact().Parse(in.Impact)
	if err != nil {
		return Result{}, errCause(ErrInput, where+" impact", in.Impact, err)
	}
	ll, err := mm.m.Urgency().Parse(in.Likelihood)
	if err != nil {
		return Result{}, errCause(ErrInput, where+" likelihood", in.Likelihood, err)
	}
	p, err := mm.m.Lookup(il, ll)
	if err != nil {
		return Result{}, errCause(ErrInput, where, "", err)
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

// MarshalJSON encodes the three scales and the rows.
func (mm *matrixModel) MarshalJSON() ([]byte, error) {
	if mm == nil || mm.m == nil {
		return nil, errf(ErrModel, kindMatrix, "", "is not a matrix model built by NewMatrixModel")
	}
	return json.Marshal(matrixJSON{Kind: kindMatrix, Name: mm.name,
		Impact: mm.m.Impact(), Likelihood: mm.m.Urgency(), Risk: mm.m.Priority(), Rows: mm.m.Rows()})
}

// decodeMatrix decodes and validates the scales, the matrix and the risk
// level names.
func decodeMatrix(data []byte) (*matrixModel, error) {
	var w matrixJSON
	if err := decodeStrict(ErrModel, kindMatrix, data, &w); err != nil {
		return nil, err
	}
	m, err := priority.NewMatrix(w.Impact, w.Likelihood, w.Risk, w.Rows)
	if err != nil {
		return nil, errCause(ErrModel, modelLabel(kindMatrix, w.Name), "", err)
	}
	return newMatrixModel(w.Name, m)
}
