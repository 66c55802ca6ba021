package priority

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewScaleValidation(t *testing.T) {
	_, err := NewScale("u", HighestFirst)
	assert.ErrorIs(t, err, ErrInvalidScale)
	_, err = NewScale("u", 0, "a")
	assert.ErrorIs(t, err, ErrInvalidScale)
	_, err = NewScale("u", HighestFirst, "High", "")
	assert.ErrorIs(t, err, ErrInvalidScale)
	_, err = NewScale("u", HighestFirst, "High", "high")
	require.ErrorIs(t, err, ErrInvalidScale)
	assert.Equal(t, `priority: scale "u": "high": invalid scale: duplicate level name`, err.Error())
	_, err = NewScale("u", HighestFirst, "High", "3")
	assert.ErrorIs(t, err, ErrInvalidScale)
	_, err = NewScale("u", HighestFirst, " High")
	assert.ErrorIs(t, err, ErrInvalidScale)
	_, err = NewScale("u", HighestFirst, strings.Repeat("x", 129))
	assert.ErrorIs(t, err, ErrInvalidScale)
	long, err := NewScale(strings.Repeat("s", 128), HighestFirst, strings.Repeat("é", 64))
	require.NoError(t, err)
	l, err := long.Parse(long.highest().String())
	require.NoError(t, err)
	assert.True(t, l.Equal(long.highest()))
	_, err = NewScale("u", HighestFirst, make([]string, maxLevels+1)...)
	assert.ErrorIs(t, err, ErrInvalidScale)
}

func TestLevelDirection(t *testing.T) {
	sn := ServiceNow().Priority() // 1 = highest
	gl := GLPI().Priority()       // 6 = highest
	one, _ := sn.Level(1)
	five, _ := sn.Level(5)
	assert.True(t, one.higher(five))
	assert.True(t, five.lower(one))
	assert.Equal(t, 1, one.Compare(five))
	assert.Equal(t, 4, one.Severity())
	assert.Equal(t, 0, five.Severity())
	assert.True(t, sn.highest().Equal(one))
	assert.True(t, sn.lowest().Equal(five))

	g1, _ := gl.Level(1)
	g5, _ := gl.Level(5)
	assert.True(t, g5.higher(g1))
	assert.Equal(t, "6 Major", gl.highest().String())
	// Different scales never compare.
	assert.False(t, one.higher(g1))
	assert.False(t, g1.lower(one))
	assert.False(t, Level{}.isValid())
	assert.Equal(t, -1, Level{}.Severity())
	assert.Equal(t, "", Level{}.String())
	assert.Equal(t, one, one.max(five))
	assert.Equal(t, one, five.max(one))
	r, err := sn.bySeverityErr(3)
	require.NoError(t, err)
	assert.Equal(t, "2 High", r.String())
}

func TestParseLabels(t *testing.T) {
	p := ServiceNow().Priority()
	ok := map[string]string{
		"1 - Critical": "1 Critical",
		"2 - High":     "2 High",
		"3 - Moderate": "3 Moderate",
		"3-moderate":   "3 Moderate",
		"4. Low":       "4 Low",
		"(5) Planning": "5 Planning",
		"5) Planning":  "5 Planning",
		"High":         "2 High",
		"  critical ":  "1 Critical",
		"1":            "1 Critical",
		"2 -":          "2 High",
		"4 – Low":      "4 Low",
		"4:Low":        "4 Low",
	}
	for in, want := range ok {
		l, err := p.Parse(in)
		if assert.NoError(t, err, in) {
			assert.Equal(t, want, l.String(), in)
		}
	}
	bad := map[string]string{
		"":             `priority: scale "priority": unknown level: empty label (valid: Critical, High, Moderate, Low, Planning)`,
		"6":            `priority: scale "priority": "6": unknown level: no level has number 6 (want 1..5) (valid: Critical, High, Moderate, Low, Planning)`,
		"0 - Critical": `priority: scale "priority": "0 - Critical": unknown level: no level has number 0 (want 1..5) (valid: Critical, High, Moderate, Low, Planning)`,
		"2 - Critical": `priority: scale "priority": "2 - Critical": unknown level: number 2 is "High" but name is level 1 (valid: Critical, High, Moderate, Low, Planning)`,
		"Urgent":       `priority: scale "priority": "Urgent": unknown level: no level has this name (valid: Critical, High, Moderate, Low, Planning)`,
		"1Critical":    `priority: scale "priority": "1Critical": unknown level: no level has this name (valid: Critical, High, Moderate, Low, Planning)`,
		"1 - Urgent":   `priority: scale "priority": "1 - Urgent": unknown level: no level has name "Urgent" (valid: Critical, High, Moderate, Low, Planning)`,
	}
	for in, want := range bad {
		_, err := p.Parse(in)
		if assert.Error(t, err, in) {
			assert.ErrorIs(t, err, ErrUnknownLevel)
			assert.Equal(t, want, err.Error(), in)
		}
	}
	_, err := (*Scale)(nil).Parse("1")
	assert.ErrorIs(t, err, ErrInvalidScale)
}

func TestAliases(t *testing.T) {
	base := ServiceNow().Urgency()
	s, err := base.WithAliases(map[string][]string{"Medium": {"Normal", "Moderate"}, "1": {"Urgent"}})
	require.NoError(t, err)
	for label, want := range map[string]string{
		"normal": "2 Medium", "2 - Moderate": "2 Medium", "Urgent": "1 High", "1 - urgent": "1 High", "Medium": "2 Medium",
	} {
		l, err := s.Parse(label)
		if assert.NoError(t, err, label) {
			assert.Equal(t, want, l.String(), label)
		}
	}
	_, err = s.Parse("1 - Normal")
	require.ErrorIs(t, err, ErrUnknownLevel)
	assert.Equal(t, `priority: scale "urgency": "1 - Normal": unknown level: number 1 is "High" but name is level 2 (valid: High, Medium, Low)`, err.Error())
	// The base scale is unchanged and equal: aliases only widen parsing.
	_, err = base.Parse("Normal")
	assert.ErrorIs(t, err, ErrUnknownLevel)
	assert.True(t, s.Equal(base))
	u, _ := s.Parse("Normal")
	p, err := ServiceNow().Lookup(ServiceNow().Impact().highest(), u)
	require.NoError(t, err)
	assert.Equal(t, "2 High", p.String())
	assert.Equal(t, []string{"Normal", "Moderate"}, s.aliasesOf(u))
	assert.Nil(t, base.aliasesOf(u))

	_, err = base.WithAliases(map[string][]string{"Low": {"high"}})
	assert.ErrorIs(t, err, ErrInvalidScale)
	_, err = base.WithAliases(map[string][]string{"Low": {"Minor", "minor"}})
	assert.ErrorIs(t, err, ErrInvalidScale)
	_, err = base.WithAliases(map[string][]string{"Lowest": {"x"}})
	assert.ErrorIs(t, err, ErrUnknownLevel)
	_, err = base.WithAliases(map[string][]string{"Low": {"4"}})
	assert.ErrorIs(t, err, ErrInvalidScale)
	_, err = base.WithAliases(map[string][]string{"Low": {"1 - High"}})
	require.ErrorIs(t, err, ErrInvalidScale)
	assert.Equal(t, `priority: scale "urgency": "1 - High": invalid scale: name of level 3 reads as level 1 High`, err.Error())

	data, err := json.Marshal(s)
	require.NoError(t, err)
	assert.JSONEq(t, `{"name":"urgency","direction":"highest_first","levels":["High","Medium","Low"],"aliases":{"High":["Urgent"],"Medium":["Normal","Moderate"]}}`, string(data))
	var back Scale
	require.NoError(t, json.Unmarshal(data, &back))
	l, err := back.Parse("2 - normal")
	require.NoError(t, err)
	assert.Equal(t, "2 Medium", l.String())
}

func TestAmbiguousNames(t *testing.T) {
	_, err := NewScale("s", HighestFirst, "3 Low", "x", "Low")
	require.ErrorIs(t, err, ErrInvalidScale)
	assert.Equal(t, `priority: scale "s": "3 Low": invalid scale: name of level 1 reads as level 3 Low`, err.Error())
	_, err = NewScale("s", HighestFirst, "2 -", "x")
	assert.ErrorIs(t, err, ErrInvalidScale)
	// Raw export labels as names are fine: they read as their own level.
	s, err := NewScale("s", HighestFirst, "1 - High", "2 - Medium", "1st line")
	require.NoError(t, err)
	for _, l := range s.All() {
		for _, label := range []string{l.Name(), l.String()} {
			got, err := s.Parse(label)
			require.NoError(t, err, label)
			assert.True(t, got.Equal(l), label)
		}
	}
}
