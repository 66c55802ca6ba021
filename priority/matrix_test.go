package priority

import (
	"errors"
	"github.com/itsmkit/itsm"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func hml(t testing.TB, name string) *Scale {
	t.Helper()
	s, err := NewScale(name, HighestFirst, "High", "Medium", "Low")
	require.NoError(t, err)
	return s
}

func TestNewMatrixErrorsNameTheCell(t *testing.T) {
	imp, urg := hml(t, "impact"), hml(t, "urgency")
	pri := ServiceNow().Priority()
	good := [][]string{{"1", "2", "3"}, {"2", "3", "4"}, {"3", "4", "5"}}
	_, err := NewMatrix(imp, urg, pri, good)
	require.NoError(t, err)

	tests := []struct {
		name string
		rows [][]string
		is   error
		msg  string
	}{
		{"unknown", [][]string{{"1", "2", "3"}, {"2", "3", "4"}, {"3", "9", "5"}}, ErrUnknownLevel,
			`priority: cell impact "3 Low" × urgency "2 Medium": scale "priority": "9": unknown level: no level has number 9 (want 1..5) (valid: Critical, High, Moderate, Low, Planning)`},
		{"unknown name", [][]string{{"1", "2", "3"}, {"2", "Urgent", "4"}, {"3", "4", "5"}}, ErrUnknownLevel,
			`priority: cell impact "2 Medium" × urgency "2 Medium": scale "priority": "Urgent": unknown level: no level has this name (valid: Critical, High, Moderate, Low, Planning)`},
		{"empty cell", [][]string{{"1", "2", "3"}, {"2", "", "4"}, {"3", "4", "5"}}, errHole,
			`priority: cell impact "2 Medium" × urgency "2 Medium": missing cell: empty`},
		{"short row", [][]string{{"1", "2", "3"}, {"2", "3"}, {"3", "4", "5"}}, errHole,
			`priority: cell impact "2 Medium" × urgency "3 Low": missing cell: row too short`},
		{"missing row", [][]string{{"1", "2", "3"}, {"2", "3", "4"}}, errHole,
			`priority: impact "3 Low": missing cell: row missing`},
		{"extra row", [][]string{{"1", "2", "3"}, {"2", "3", "4"}, {"3", "4", "5"}, {"1", "1", "1"}}, errOutOfRange,
			`priority: impact "row 4": out of range: impact scale "impact" has 3 levels`},
		{"extra column", [][]string{{"1", "2", "3", "4"}, {"2", "3", "4"}, {"3", "4", "5"}}, errOutOfRange,
			`priority: cell impact "1 High" × urgency "column 4": out of range: urgency scale "urgency" has 3 levels`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewMatrix(imp, urg, pri, tc.rows)
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.is)
			var ce *itsm.Error
			assert.True(t, errors.As(err, &ce))
			assert.Equal(t, "priority", ce.Pkg)
			assert.Contains(t, ce.Context, "impact ")
			assert.Equal(t, tc.msg, err.Error())
		})
	}
	_, err = NewMatrix(nil, urg, pri, good)
	assert.ErrorIs(t, err, ErrInvalidScale)
}

func TestLookupScaleMismatch(t *testing.T) {
	m := ServiceNow()
	hi := m.Impact().highest()
	uhi := m.Urgency().highest()
	_, err := m.Lookup(uhi, hi) // swapped axes
	require.ErrorIs(t, err, ErrScaleMismatch)
	assert.Equal(t, `priority: impact level: "1 High": level of another scale: is of scale "urgency", not "impact"`, err.Error())
	_, err = m.Lookup(Level{}, uhi)
	require.ErrorIs(t, err, ErrScaleMismatch)
	_, err = (*Matrix)(nil).Lookup(hi, uhi)
	require.ErrorIs(t, err, ErrInvalidMatrix)
	_, err = (&Matrix{}).Lookup(hi, uhi)
	require.ErrorIs(t, err, ErrInvalidMatrix)

	// A level of an equal but distinct scale is accepted.
	imp2 := hml(t, "impact")
	l, err := imp2.Parse("High")
	require.NoError(t, err)
	p, err := m.Lookup(l, uhi)
	require.NoError(t, err)
	assert.Equal(t, "1 Critical", p.String())

	p, err = m.LookupLabels("2 - Medium", "1 - High")
	require.NoError(t, err)
	assert.Equal(t, "2 High", p.String())
	_, err = m.LookupLabels("4", "1")
	assert.ErrorIs(t, err, ErrUnknownLevel)
}

func TestLookupAllocs(t *testing.T) {
	m := GLPI()
	i, _ := m.Impact().Level(4)
	u, _ := m.Urgency().Level(2)
	other, _ := NewScale("impact", HighestLast, m.Impact().names()...)
	i2, _ := other.Level(3)
	var sink Level
	allocs := testing.AllocsPerRun(1000, func() {
		sink, _ = m.Lookup(i, u)
		sink, _ = m.Lookup(i2, u)
	})
	assert.Equal(t, 0.0, allocs)
	assert.Equal(t, 2, sink.Number())
}

func TestTransposeAndCells(t *testing.T) {
	m := ITop()
	tr := m.transpose()
	assert.Equal(t, m.Urgency(), tr.Impact())
	assert.Equal(t, m.Impact(), tr.Urgency())
	n := 0
	for c := range m.allCells() {
		n++
		p, err := tr.Lookup(c.Urgency, c.Impact)
		require.NoError(t, err)
		assert.True(t, p.Equal(c.Priority))
	}
	assert.Equal(t, 12, n)
	assert.True(t, tr.transpose().Equal(m))
	back, err := NewMatrix(m.Impact(), m.Urgency(), m.Priority(), m.Rows())
	require.NoError(t, err)
	assert.True(t, back.Equal(m))
}

func TestWithRejectsForeignLevels(t *testing.T) {
	m := ServiceNow()
	i, u := m.Impact().highest(), m.Urgency().highest()
	_, err := m.With(i, u, GLPI().Priority().highest())
	assert.ErrorIs(t, err, ErrScaleMismatch)
	_, err = m.With(u, u, m.Priority().highest())
	assert.ErrorIs(t, err, ErrScaleMismatch)
}
