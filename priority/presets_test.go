package priority

import (
	"encoding"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tables below are transcribed from shared/reference/priority-presets.md,
// indexed [impact number − 1][urgency number − 1] = priority number.
func TestPresetsMatchReference(t *testing.T) {
	glpiByUrgency := [][]int{ // the reference's layout: [urgency][impact]
		{1, 1, 2, 2, 2},
		{1, 2, 2, 3, 3},
		{2, 2, 3, 4, 4},
		{2, 3, 4, 4, 5},
		{2, 3, 4, 5, 5},
	}
	glpiByImpact := make([][]int, 5)
	for i := range glpiByImpact {
		glpiByImpact[i] = make([]int, 5)
		for u := range 5 {
			glpiByImpact[i][u] = glpiByUrgency[u][i]
		}
	}
	tests := []struct {
		name       string
		m          *Matrix
		want       [][]int
		impDir     Direction
		prioNames  []string
		impNames   []string
		urgNames   []string
		urgAxisNam string
	}{
		{"ServiceNow", ServiceNow(), [][]int{{1, 2, 3}, {2, 3, 4}, {3, 4, 5}}, HighestFirst,
			[]string{"Critical", "High", "Moderate", "Low", "Planning"}, []string{"High", "Medium", "Low"}, []string{"High", "Medium", "Low"}, "urgency"},
		{"GLPI", GLPI(), glpiByImpact, HighestLast,
			[]string{"Very low", "Low", "Medium", "High", "Very high", "Major"},
			[]string{"Very low", "Low", "Medium", "High", "Very high"}, []string{"Very low", "Low", "Medium", "High", "Very high"}, "urgency"},
		{"Znuny", Znuny(), [][]int{
			{1, 1, 2, 2, 3},
			{1, 2, 2, 3, 4},
			{2, 2, 3, 4, 4},
			{2, 3, 4, 4, 5},
			{3, 4, 4, 5, 5},
		}, HighestLast,
			[]string{"very low", "low", "normal", "high", "very high"},
			[]string{"very low", "low", "normal", "high", "very high"}, []string{"very low", "low", "normal", "high", "very high"}, "criticality"},
		{"iTop", ITop(), [][]int{{1, 1, 2, 4}, {1, 2, 3, 4}, {2, 3, 3, 4}}, HighestFirst,
			[]string{"Critical", "High", "Medium", "Low"}, []string{"A department", "A service", "A person"}, []string{"Critical", "High", "Medium", "Low"}, "urgency"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := tc.m
			require.NotNil(t, m)
			assert.Equal(t, tc.impDir, m.Impact().Direction())
			assert.Equal(t, tc.impDir, m.Urgency().Direction())
			assert.Equal(t, tc.impDir, m.Priority().Direction())
			assert.Equal(t, tc.prioNames, m.Priority().names())
			assert.Equal(t, tc.impNames, m.Impact().names())
			assert.Equal(t, tc.urgNames, m.Urgency().names())
			assert.Equal(t, "impact", m.Impact().Name())
			assert.Equal(t, tc.urgAxisNam, m.Urgency().Name())
			require.Len(t, tc.want, m.Impact().len())
			for i, row := range tc.want {
				require.Len(t, row, m.Urgency().len())
				for u, want := range row {
					il, err := m.Impact().Level(i + 1)
					require.NoError(t, err)
					ul, err := m.Urgency().Level(u + 1)
					require.NoError(t, err)
					p, err := m.Lookup(il, ul)
					require.NoError(t, err)
					assert.Equal(t, want, p.Number(), "impact %v × urgency %v", il, ul)
				}
			}
			// Every published default is monotone.
			assert.Empty(t, m.Validate(), "findings")
		})
	}
}

func TestServiceNowCustomisedCell(t *testing.T) {
	m := ServiceNow()
	low, _ := m.Impact().Parse("3")
	lowU, _ := m.Urgency().Parse("Low")
	four, _ := m.Priority().Parse("4 - Low")
	n, err := m.With(low, lowU, four)
	require.NoError(t, err)
	p, err := n.Lookup(low, lowU)
	require.NoError(t, err)
	assert.Equal(t, "4 Low", p.String())
	// The preset is unchanged.
	p, err = m.Lookup(low, lowU)
	require.NoError(t, err)
	assert.Equal(t, "5 Planning", p.String())
	assert.False(t, m.Equal(n))
	assert.Empty(t, n.Validate())
}

func TestGLPISymmetric(t *testing.T) {
	assert.Empty(t, GLPI().Validate(NonMonotone, Asymmetric))
	assert.Empty(t, Znuny().Validate(Asymmetric))
	assert.Empty(t, ServiceNow().Validate(Asymmetric))
}

func TestPresetsAreIndependentCopies(t *testing.T) {
	m := ServiceNow()
	err := json.Unmarshal([]byte(`{"impact":{"direction":"highest_last","levels":["a"]},
		"urgency":{"direction":"highest_last","levels":["b"]},"priority":{"direction":"highest_last","levels":["c"]},
		"cells":[["c"]]}`), m)
	require.Error(t, err, "a built matrix is immutable")
	assert.Equal(t, 3, m.Impact().len())
	require.Error(t, json.Unmarshal([]byte(`{"direction":"highest_last","levels":["a"]}`), m.Impact()))
	require.Error(t, json.Unmarshal([]byte(`{}`), BMC()))
	// A Level has no JSON form of its own: it is not decoded without its scale.
	_, isJSON := any(new(Level)).(json.Unmarshaler)
	_, isText := any(new(Level)).(encoding.TextUnmarshaler)
	assert.False(t, isJSON || isText, "a level is not decoded without its scale")
	fresh := ServiceNow()
	assert.Equal(t, 3, fresh.Impact().len())
	assert.Empty(t, fresh.Validate())
	// Levels of one copy work with another.
	p, err := fresh.Lookup(ServiceNow().Impact().highest(), ServiceNow().Urgency().highest())
	require.NoError(t, err)
	assert.Equal(t, "1 Critical", p.String())
	b := BMC()
	require.True(t, b.bandList()[0].Priority.Scale() == b.Priority())
	assert.True(t, b.Equal(BMC()))
}

// ITIL() returned the same matrix as ServiceNow() under a second name; the
// ServiceNow preset is the one, and its doc names ITIL.
func TestOnePresetPerPublishedMatrix(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "presets.go", nil, parser.ParseComments)
	require.NoError(t, err)
	var names []string
	for _, d := range f.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil && fn.Name.IsExported() {
			names = append(names, fn.Name.Name)
			if fn.Name.Name == "ServiceNow" {
				assert.Contains(t, fn.Doc.Text(), "ITIL")
			}
		}
	}
	assert.ElementsMatch(t, []string{"ServiceNow", "GLPI", "Znuny", "ITop", "BMC"}, names)
}

// (*Level).UnmarshalText always failed; a type must not advertise a method
// that cannot work, so Level has MarshalText only.
func TestLevelIsNotATextUnmarshaler(t *testing.T) {
	_, ok := any(new(Level)).(encoding.TextUnmarshaler)
	assert.False(t, ok)
	_, ok = any(Level{}).(encoding.TextMarshaler)
	assert.True(t, ok)
}
