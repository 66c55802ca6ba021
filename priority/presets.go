package priority

import (
	"slices"
	"sync"
)

// Presets are the vendors' published default matrices (see the package
// documentation for sources). Each call returns a fresh copy (scales
// included), so no caller can disturb another's preset, for instance by
// decoding JSON into it; adapt a preset with [Matrix.With], which returns a
// new matrix. Levels of one call's scales are accepted by another call's
// matrix, because the scales are equal ([Scale.Equal]).

// mustScale and mustMatrix build presets from constant tables; the tests
// build every preset, so a typo fails there, never at a user's site.
func mustScale(name string, dir Direction, names ...string) *Scale {
	s, err := NewScale(name, dir, names...)
	if err != nil {
		panic(err)
	}
	return s
}

func mustMatrix(impact, urgency, priority *Scale, rows [][]string) *Matrix {
	m, err := NewMatrix(impact, urgency, priority, rows)
	if err != nil {
		panic(err)
	}
	return m
}

var serviceNow = sync.OnceValue(func() *Matrix {
	hml := []string{"High", "Medium", "Low"}
	return mustMatrix(
		mustScale("impact", HighestFirst, hml...),
		mustScale("urgency", HighestFirst, hml...),
		mustScale("priority", HighestFirst, "Critical", "High", "Moderate", "Low", "Planning"),
		[][]string{
			{"1", "2", "3"}, // impact 1 High
			{"2", "3", "4"}, // impact 2 Medium
			{"3", "4", "5"}, // impact 3 Low
		})
})

// ServiceNow returns the ServiceNow base-system incident matrix, which is
// also the textbook ITIL matrix (there is no separate ITIL preset; use this
// one) and the numbers Remedyforce ships: impact and urgency "1 High,
// 2 Medium, 3 Low" → priority "1 Critical, 2 High, 3 Moderate, 4 Low,
// 5 Planning", all HighestFirst; priority = impact + urgency − 1.
func ServiceNow() *Matrix { return serviceNow().clone() }

var glpi = sync.OnceValue(func() *Matrix {
	lv := []string{"Very low", "Low", "Medium", "High", "Very high"}
	// GLPI stores the matrix indexed [urgency][impact]; this is that table,
	// transcribed row = urgency. It is symmetric, so it reads the same
	// row = impact, which is our layout.
	byUrgency := [][]string{
		{"1", "1", "2", "2", "2"},
		{"1", "2", "2", "3", "3"},
		{"2", "2", "3", "4", "4"},
		{"2", "3", "4", "4", "5"},
		{"2", "3", "4", "5", "5"},
	}
	m := mustMatrix(
		mustScale("urgency", HighestLast, lv...),
		mustScale("impact", HighestLast, lv...),
		mustScale("priority", HighestLast, append(lv, "Major")...),
		byUrgency)
	return m.transpose()
})

// GLPI returns GLPI's default matrix: impact and urgency "1 Very low … 5
// Very high", priority "1 Very low … 5 Very high, 6 Major", all HighestLast.
// "6 Major" is never in a cell: GLPI sets it by hand only, which here is an
// [Override]. GLPI falls back to round((u+i)/2) for a missing cell; this
// package rejects missing cells instead.
func GLPI() *Matrix { return glpi().clone() }

var znuny = sync.OnceValue(func() *Matrix {
	lv := []string{"very low", "low", "normal", "high", "very high"}
	return mustMatrix(
		mustScale("impact", HighestLast, lv...),
		mustScale("criticality", HighestLast, lv...),
		mustScale("priority", HighestLast, lv...),
		[][]string{
			{"1", "1", "2", "2", "3"}, // impact 1 very low
			{"1", "2", "2", "3", "4"}, // impact 2 low
			{"2", "2", "3", "4", "4"}, // impact 3 normal
			{"2", "3", "4", "4", "5"}, // impact 4 high
			{"3", "4", "4", "5", "5"}, // impact 5 very high
		})
})

// Znuny returns Znuny ITSM's default criticality × impact matrix: impact
// (rows) and criticality (the urgency axis, columns) "1 very low … 5 very
// high", priority "1 very low … 5 very high", all HighestLast. Znuny's
// change matrix (category × impact) has the same cells.
func Znuny() *Matrix { return znuny().clone() }

var iTop = sync.OnceValue(func() *Matrix {
	return mustMatrix(
		mustScale("impact", HighestFirst, "A department", "A service", "A person"),
		mustScale("urgency", HighestFirst, "Critical", "High", "Medium", "Low"),
		mustScale("priority", HighestFirst, "Critical", "High", "Medium", "Low"),
		[][]string{
			{"1", "1", "2", "4"}, // 1 A department
			{"1", "2", "3", "4"}, // 2 A service
			{"2", "3", "3", "4"}, // 3 A person
		})
})

// ITop returns iTop's 3 × 4 default: impact "1 A department, 2 A service,
// 3 A person", urgency and priority "1 Critical, 2 High, 3 Medium, 4 Low",
// all HighestFirst.
func ITop() *Matrix { return iTop().clone() }

var bmc = sync.OnceValue(func() *Matrix {
	pri := mustScale("priority", HighestFirst, "Critical", "High", "Medium", "Low")
	band := func(name string, from, to int) Band {
		l, _ := pri.byName(name)
		return Band{Priority: l, From: from, To: to}
	}
	a, err := NewAdditive(
		mustScale("impact", HighestFirst, "Extensive", "Significant", "Moderate", "Minor"),
		mustScale("urgency", HighestFirst, "Critical", "High", "Medium", "Low"),
		pri,
		[]int{9, 5, 3, 0},
		[]int{20, 15, 10, 0},
		[]Band{
			band("Low", 0, 10),
			band("Medium", 10, 18),
			band("High", 18, 24),
			band("Critical", 24, 30),
		})
	if err != nil {
		panic(err)
	}
	return a
})

// BMC returns BMC Remedy's additive model (see [NewAdditive]): impact
// weights Extensive 9, Significant 5, Moderate 3, Minor 0; urgency weights
// Critical 20, High 15, Medium 10, Low 0; priority "1 Critical, 2 High,
// 3 Medium, 4 Low", all HighestFirst, by the band of the weight sum
// (0 … 29). Adapt it with NewAdditive(m.Impact(), m.Urgency(),
// m.Priority(), weights…, bands…).
//
// BMC publishes the sixteen sums and their priorities, which are consistent
// with Low ≤ 9, Medium 10–15, High 18–23, Critical ≥ 24. Bands here must
// partition the score range, so they are the half-open ranges Low [0, 10),
// Medium [10, 18), High [18, 24), Critical [24, 30): the sums 16 and 17,
// which no pair of default weights reaches, fall in Medium (a score must
// reach 18, the lowest published High, to be High). Every published cell
// keeps its published priority.
func BMC() *Matrix { return bmc().clone() }

func (s *Scale) clone() *Scale {
	c := &Scale{name: s.name, dir: s.dir, levels: slices.Clone(s.levels)}
	for _, as := range s.aliases {
		c.aliases = append(c.aliases, slices.Clone(as))
	}
	return c
}

func (m *Matrix) clone() *Matrix {
	c := &Matrix{impact: m.impact.clone(), urgency: m.urgency.clone(), priority: m.priority.clone(), cells: slices.Clone(m.cells)}
	if m.add != nil {
		a := &additive{iw: slices.Clone(m.add.iw), uw: slices.Clone(m.add.uw), bands: slices.Clone(m.add.bands)}
		for k := range a.bands {
			a.bands[k].Priority.s = c.priority
		}
		c.add = a
	}
	return c
}
