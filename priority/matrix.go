package priority

import (
	"iter"
	"slices"
	"strconv"
)

// Matrix maps an impact level and an urgency level to a priority level: the
// ITIL priority matrix, of any size (3×3, 3×4, 4×5, 5×5, …) and with any
// three scales.
//
// A Matrix is complete by construction: every impact × urgency cell holds a
// level of the priority scale (no holes, no silent fallback). It is
// immutable and safe for concurrent use; [Matrix.With] returns a changed
// copy, so a preset is a starting point, not a cage. Lookup is O(1) with no
// allocation. A nil or zero Matrix is invalid: its methods return an error
// wrapping [ErrInvalidMatrix] (or nothing). Create matrices with
// [NewMatrix], [NewAdditive], a preset such as [ServiceNow], or by
// decoding JSON.
//
// A matrix built by [NewAdditive] keeps its weights and bands: it explains
// its priorities by them, renders them, and is written to JSON as an
// additive model. A valid Matrix need not be monotone; [Matrix.Validate]
// reports the cells where raising impact or urgency lowers priority.
type Matrix struct {
	impact, urgency, priority *Scale
	// cells[i*nu+u] is the priority index for impact index i and urgency
	// index u (indices in the scales' number order).
	cells []uint8
	// add holds the weights and bands of a model built by NewAdditive;
	// nil for a matrix given cell by cell.
	add *additive
}

// Cell is one entry of a matrix: impact × urgency → priority.
type Cell struct {
	Impact   Level `json:"impact,omitzero"`
	Urgency  Level `json:"urgency,omitzero"`
	Priority Level `json:"priority,omitzero"`
}

// String returns e.g. `impact "1 High" × urgency "2 Medium" → "2 High"`.
func (c Cell) String() string {
	return "impact " + strconv.Quote(c.Impact.String()) + " × urgency " + strconv.Quote(c.Urgency.String()) +
		" → " + strconv.Quote(c.Priority.String())
}

func checkScales(impact, urgency, priority *Scale) error {
	for _, x := range []struct {
		axis string
		s    *Scale
	}{{"impact", impact}, {"urgency", urgency}, {"priority", priority}} {
		if x.s.len() == 0 {
			return newError(x.axis+" scale", "", wrapf(ErrInvalidScale, "nil or empty scale"))
		}
	}
	return nil
}

// NewMatrix builds a matrix from rows of priority labels: rows[i] is impact
// level number i+1 and rows[i][u] urgency level number u+1, in the scales'
// number order (not severity order). Labels are parsed with
// [Scale.Parse] on the priority scale, so "Critical", "1" and "1 - Critical"
// all work.
//
// Missing rows, columns or cells (including empty labels) and extra ones
// are rejected with [ErrInvalidMatrix], unknown labels with
// [ErrUnknownLevel]; each error names the cell.
func NewMatrix(impact, urgency, priority *Scale, rows [][]string) (*Matrix, error) {
	if err := checkScales(impact, urgency, priority); err != nil {
		return nil, err
	}
	ni, nu := impact.len(), urgency.len()
	if len(rows) > ni {
		return nil, newError(cellContext("row "+strconv.Itoa(len(rows)), ""), "", wrapf(errOutOfRange, "impact scale %q has %d levels", impact.name, ni))
	}
	m := &Matrix{impact: impact, urgency: urgency, priority: priority, cells: make([]uint8, ni*nu)}
	for i := range ni {
		il := Level{s: impact, i: uint8(i)}
		if i >= len(rows) {
			return nil, newError(cellContext(il.String(), ""), "", wrapf(errHole, "row missing"))
		}
		row := rows[i]
		if len(row) > nu {
			return nil, newError(cellContext(il.String(), "column "+strconv.Itoa(len(row))), "", wrapf(errOutOfRange, "urgency scale %q has %d levels", urgency.name, nu))
		}
		for u := range nu {
			ul := Level{s: urgency, i: uint8(u)}
			ctx := cellContext(il.String(), ul.String())
			if u >= len(row) {
				return nil, newError(ctx, "", wrapf(errHole, "row too short"))
			}
			if row[u] == "" {
				return nil, newError(ctx, "", wrapf(errHole, "empty"))
			}
			p, err := priority.Parse(row[u])
			if err != nil {
				return nil, newError(ctx, "", err)
			}
			m.cells[i*nu+u] = p.i
		}
	}
	return m, nil
}

// newMatrixFunc builds a matrix by calling f for every impact × urgency
// pair; f returns a level of the priority scale or an error, which is
// returned naming the cell.
func newMatrixFunc(impact, urgency, priority *Scale, f func(impact, urgency Level) (Level, error)) (*Matrix, error) {
	if err := checkScales(impact, urgency, priority); err != nil {
		return nil, err
	}
	ni, nu := impact.len(), urgency.len()
	m := &Matrix{impact: impact, urgency: urgency, priority: priority, cells: make([]uint8, ni*nu)}
	for i := range ni {
		il := Level{s: impact, i: uint8(i)}
		for u := range nu {
			ul := Level{s: urgency, i: uint8(u)}
			p, err := f(il, ul)
			if err == nil && !priority.Equal(p.s) {
				err = mismatch("priority", priority, p)
			}
			if err != nil {
				return nil, newError(cellContext(il.String(), ul.String()), "", err)
			}
			m.cells[i*nu+u] = p.i
		}
	}
	return m, nil
}

func (m *Matrix) valid() bool { return m != nil && m.impact != nil && len(m.cells) > 0 }

// Impact returns the impact scale (the rows); nil for a nil Matrix.
func (m *Matrix) Impact() *Scale {
	if m == nil {
		return nil
	}
	return m.impact
}

// Urgency returns the urgency scale (the columns); nil for a nil Matrix.
func (m *Matrix) Urgency() *Scale {
	if m == nil {
		return nil
	}
	return m.urgency
}

// Priority returns the priority scale (the cell values); nil for a nil
// Matrix.
func (m *Matrix) Priority() *Scale {
	if m == nil {
		return nil
	}
	return m.priority
}

// sameScale is Scale.Equal with the pointer fast path inlined, so Lookup on
// levels taken from the matrix's own scales costs two compares.
func sameScale(a, b *Scale) bool { return a == b || a.Equal(b) }

// Lookup returns the priority for impact × urgency. It is total on valid
// input: every pair of levels of the matrix's impact and urgency scales has
// a priority. It returns an error wrapping [ErrScaleMismatch] for a level of
// another scale (or the zero Level), and [ErrInvalidMatrix] for a nil or
// zero matrix. O(1), no allocation.
func (m *Matrix) Lookup(impact, urgency Level) (Level, error) {
	if !m.valid() {
		return Level{}, nilMatrix()
	}
	if !sameScale(m.impact, impact.s) {
		return Level{}, mismatch("impact", m.impact, impact)
	}
	if !sameScale(m.urgency, urgency.s) {
		return Level{}, mismatch("urgency", m.urgency, urgency)
	}
	return Level{s: m.priority, i: m.cells[int(impact.i)*len(m.urgency.levels)+int(urgency.i)]}, nil
}

// LookupLabels parses impact and urgency labels (see [Scale.Parse]) and
// looks them up: the entry point for exported ticket data such as
// "2 - Medium".
func (m *Matrix) LookupLabels(impact, urgency string) (Level, error) {
	if !m.valid() {
		return Level{}, nilMatrix()
	}
	il, err := m.impact.Parse(impact)
	if err != nil {
		return Level{}, err
	}
	ul, err := m.urgency.Parse(urgency)
	if err != nil {
		return Level{}, err
	}
	return m.Lookup(il, ul)
}

// With returns a new matrix equal to m except that impact × urgency maps to
// priority. m is unchanged. Use it to adapt a preset cell by cell (e.g. a
// ServiceNow instance where 3 × 3 is "4 Low" instead of "5 Planning"). The
// result is a plain matrix even when m was built by [NewAdditive]: its
// cells no longer follow from weights (build another additive model with
// NewAdditive to change weights or bands).
func (m *Matrix) With(impact, urgency, priority Level) (*Matrix, error) {
	if !m.valid() {
		return nil, nilMatrix()
	}
	if !sameScale(m.impact, impact.s) {
		return nil, mismatch("impact", m.impact, impact)
	}
	if !sameScale(m.urgency, urgency.s) {
		return nil, mismatch("urgency", m.urgency, urgency)
	}
	if !sameScale(m.priority, priority.s) {
		return nil, mismatch("priority", m.priority, priority)
	}
	n := &Matrix{impact: m.impact, urgency: m.urgency, priority: m.priority, cells: slices.Clone(m.cells)}
	n.cells[int(impact.i)*len(m.urgency.levels)+int(urgency.i)] = priority.i
	return n, nil
}

// transpose returns the matrix with impact and urgency swapped: its rows
// are m's urgency levels (a plain matrix).
func (m *Matrix) transpose() *Matrix {
	if !m.valid() {
		return nil
	}
	ni, nu := m.impact.len(), m.urgency.len()
	t := &Matrix{impact: m.urgency, urgency: m.impact, priority: m.priority, cells: make([]uint8, ni*nu)}
	for i := range ni {
		for u := range nu {
			t.cells[u*ni+i] = m.cells[i*nu+u]
		}
	}
	return t
}

// cellAt returns the cell at impact index i and urgency index u.
func (m *Matrix) cellAt(i, u int) Cell {
	return Cell{
		Impact:   Level{s: m.impact, i: uint8(i)},
		Urgency:  Level{s: m.urgency, i: uint8(u)},
		Priority: Level{s: m.priority, i: m.cells[i*len(m.urgency.levels)+u]},
	}
}

// allCells yields every cell, row by row in the impact scale's number
// order, each row in the urgency scale's number order.
func (m *Matrix) allCells() iter.Seq[Cell] {
	return func(yield func(Cell) bool) {
		if !m.valid() {
			return
		}
		nu := m.urgency.len()
		for k := range m.cells {
			if !yield(m.cellAt(k/nu, k%nu)) {
				return
			}
		}
	}
}

// Rows returns the priority names row by row, in the form [NewMatrix]
// accepts (a fresh slice); nil for a nil Matrix.
func (m *Matrix) Rows() [][]string {
	if !m.valid() {
		return nil
	}
	nu := m.urgency.len()
	rows := make([][]string, m.impact.len())
	for i := range rows {
		rows[i] = make([]string, nu)
		for u := range nu {
			rows[i][u] = m.priority.levels[m.cells[i*nu+u]]
		}
	}
	return rows
}

// Equal reports whether m and o have equal scales and the same cells, and
// are both plain matrices or both additive models with the same weights and
// bands. Two nil or zero matrices are equal.
func (m *Matrix) Equal(o *Matrix) bool {
	if !m.valid() || !o.valid() {
		return !m.valid() && !o.valid()
	}
	if !m.impact.Equal(o.impact) || !m.urgency.Equal(o.urgency) || !m.priority.Equal(o.priority) {
		return false
	}
	return slices.Equal(m.cells, o.cells) && m.add.equal(o.add)
}
