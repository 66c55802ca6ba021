package priority_test

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/itsmkit/itsm/priority"
)

func ExampleNewScale() {
	// GLPI numbers upwards: 5 is the highest.
	s, err := priority.NewScale("urgency", priority.HighestLast, "Very low", "Low", "Medium", "High", "Very high")
	if err != nil {
		panic(err)
	}
	two, _ := s.Level(2)
	four, _ := s.Level(4)
	fmt.Println(s)
	fmt.Println(four.Compare(two) > 0, four.Severity(), slices.MaxFunc(s.All(), priority.Level.Compare))
	// Output:
	// urgency (highest_last): 1 Very low, 2 Low, 3 Medium, 4 High, 5 Very high
	// true 3 5 Very high
}

func ExampleScale_Parse() {
	p := priority.ServiceNow().Priority()
	for _, label := range []string{"1 - Critical", "3 - Moderate", "high", "5", "2 - Critical", "Urgent"} {
		l, err := p.Parse(label)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q → %s\n", label, l)
	}
	// Output:
	// "1 - Critical" → 1 Critical
	// "3 - Moderate" → 3 Moderate
	// "high" → 2 High
	// "5" → 5 Planning
	// priority: scale "priority": "2 - Critical": unknown level: number 2 is "High" but name is level 1 (valid: Critical, High, Moderate, Low, Planning)
	// priority: scale "priority": "Urgent": unknown level: no level has this name (valid: Critical, High, Moderate, Low, Planning)
}

func ExampleNewMatrix() {
	hml := []string{"High", "Medium", "Low"}
	impact, _ := priority.NewScale("impact", priority.HighestFirst, hml...)
	urgency, _ := priority.NewScale("urgency", priority.HighestFirst, hml...)
	prio, _ := priority.NewScale("priority", priority.HighestFirst, "P1", "P2", "P3", "P4")
	m, err := priority.NewMatrix(impact, urgency, prio, [][]string{
		{"P1", "P2", "P3"},
		{"P2", "P3", "P4"},
		{"P3", "P4"}, // a hole: rejected, not filled in
	})
	fmt.Println(m, err)
	// Output:
	// <invalid matrix> priority: cell impact "3 Low" × urgency "3 Low": missing cell: row too short
}

func ExampleMatrix_Lookup() {
	m := priority.ServiceNow()
	impact, _ := m.Impact().Parse("2 - Medium")
	urgency, _ := m.Urgency().Parse("1 - High")
	p, err := m.Lookup(impact, urgency)
	fmt.Println(p, err)
	// Levels of another axis are refused, not reinterpreted.
	_, err = m.Lookup(urgency, impact)
	fmt.Println(err)
	// Output:
	// 2 High <nil>
	// priority: impact level: "1 High": level of another scale: is of scale "urgency", not "impact"
}

func ExampleMatrix_LookupLabels() {
	p, err := priority.ITop().LookupLabels("3", "2 - High")
	fmt.Println(p, err)
	// Output:
	// 3 Medium <nil>
}

func ExampleMatrix_With() {
	// Many ServiceNow instances map Low × Low to "4 Low" instead of "5 Planning".
	m := priority.ServiceNow()
	low, _ := m.Impact().Parse("Low")
	lowU, _ := m.Urgency().Parse("Low")
	four, _ := m.Priority().Parse("4")
	custom, err := m.With(low, lowU, four)
	if err != nil {
		panic(err)
	}
	before, _ := m.Lookup(low, lowU)
	after, _ := custom.Lookup(low, lowU)
	fmt.Println(before, "→", after, "monotone:", len(custom.Validate()) == 0)
	// Output:
	// 5 Planning → 4 Low monotone: true
}

func ExampleMatrix_Validate() {
	// A vendor's published 4 × 5 example: in the Minor row, Medium urgency
	// gives Lowest while the lower Low urgency gives Low.
	imp, _ := priority.NewScale("impact", priority.HighestFirst, "Extensive", "Significant", "Moderate", "Minor")
	urg, _ := priority.NewScale("urgency", priority.HighestFirst, "Critical", "High", "Medium", "Low", "Lowest")
	pri, _ := priority.NewScale("priority", priority.HighestFirst, "Highest", "High", "Medium", "Low", "Lowest")
	m, _ := priority.NewMatrix(imp, urg, pri, [][]string{
		{"Highest", "High", "Medium", "Low", "Lowest"},
		{"Highest", "High", "Medium", "Low", "Lowest"},
		{"High", "Medium", "Low", "Low", "Lowest"},
		{"Medium", "Low", "Lowest", "Low", "Lowest"},
	})
	for _, f := range m.Validate(priority.NonMonotone, priority.Asymmetric) {
		fmt.Println(f)
	}
	// Output:
	// non-monotone: impact "4 Minor" × urgency "3 Medium" → "5 Lowest" is lower than impact "4 Minor" × urgency "4 Low" → "4 Low" although urgency is higher
	// symmetry not applicable: impact and urgency scales differ in length
}

func ExampleMatrix_String() {
	fmt.Print(priority.ServiceNow())
	// Output:
	// impact \ urgency | 1 High     | 2 Medium   | 3 Low
	// -----------------+------------+------------+-----------
	// 1 High           | 1 Critical | 2 High     | 3 Moderate
	// 2 Medium         | 2 High     | 3 Moderate | 4 Low
	// 3 Low            | 3 Moderate | 4 Low      | 5 Planning
	// impact highest_first (highest "1 High"); urgency highest_first (highest "1 High"); priority highest_first (highest "1 Critical")
}

func ExampleServiceNow() {
	m := priority.ServiceNow()
	i, _ := m.Impact().Parse("3 - Low")
	u, _ := m.Urgency().Parse("3 - Low")
	p, _ := m.Lookup(i, u)
	fmt.Println(p)
	// Output:
	// 5 Planning
}

func ExampleGLPI() {
	m := priority.GLPI()
	fmt.Print(m)
	fmt.Println("symmetric:", len(m.Validate(priority.Asymmetric)) == 0)
	// Output:
	// impact \ urgency | 1 Very low | 2 Low      | 3 Medium | 4 High      | 5 Very high
	// -----------------+------------+------------+----------+-------------+------------
	// 1 Very low       | 1 Very low | 1 Very low | 2 Low    | 2 Low       | 2 Low
	// 2 Low            | 1 Very low | 2 Low      | 2 Low    | 3 Medium    | 3 Medium
	// 3 Medium         | 2 Low      | 2 Low      | 3 Medium | 4 High      | 4 High
	// 4 High           | 2 Low      | 3 Medium   | 4 High   | 4 High      | 5 Very high
	// 5 Very high      | 2 Low      | 3 Medium   | 4 High   | 5 Very high | 5 Very high
	// impact highest_last (highest "5 Very high"); urgency highest_last (highest "5 Very high"); priority highest_last (highest "6 Major")
	// symmetric: true
}

func ExampleZnuny() {
	m := priority.Znuny()
	p, _ := m.LookupLabels("very high", "3 normal")
	fmt.Println(m.Urgency().Name(), p)
	// Output:
	// criticality 4 high
}

func ExampleITop() {
	m := priority.ITop()
	p, _ := m.LookupLabels("A department", "Medium")
	fmt.Println(len(m.Impact().All()), "×", len(m.Urgency().All()), p)
	// Output:
	// 3 × 4 2 High
}

func ExampleBMC() {
	a := priority.BMC()
	i, _ := a.Impact().Parse("Minor")
	u, _ := a.Urgency().Parse("Critical")
	r, _ := priority.Evaluate(a, i, u)
	e := r.Explain()
	fmt.Println(e.Weights.Impact, "+", e.Weights.Urgency, "=", e.Weights.Score, "→", e.Cell.Priority)
	// Output:
	// 0 + 20 = 20 → 2 High
}

func ExampleNewAdditive() {
	lmh := []string{"Low", "Medium", "High"}
	imp, _ := priority.NewScale("impact", priority.HighestLast, lmh...)
	urg, _ := priority.NewScale("urgency", priority.HighestLast, lmh...)
	pri, _ := priority.NewScale("priority", priority.HighestLast, "P4", "P3", "P2", "P1")
	band := func(name string, from, to int) priority.Band {
		l, _ := pri.Parse(name)
		return priority.Band{Priority: l, From: from, To: to}
	}
	// Scores 0..8; [3, 4) is missing: a gap is an error.
	_, err := priority.NewAdditive(imp, urg, pri, []int{0, 2, 4}, []int{0, 2, 4},
		[]priority.Band{band("P4", 0, 3), band("P3", 4, 6), band("P2", 6, 8), band("P1", 8, 9)})
	fmt.Println(err)
	a, err := priority.NewAdditive(imp, urg, pri, []int{0, 2, 4}, []int{0, 2, 4},
		[]priority.Band{band("P4", 0, 3), band("P3", 3, 6), band("P2", 6, 8), band("P1", 8, 9)})
	fmt.Println(err)
	fmt.Print(a)
	// Output:
	// priority: band [4, 6) → "2 P3": gap between bands: scores [3, 4) have no band; previous band [0, 3) → "1 P4"
	// <nil>
	// impact \ urgency | 1 Low (0) | 2 Medium (2) | 3 High (4)
	// -----------------+-----------+--------------+-----------
	// 1 Low (0)        | 1 P4 0    | 1 P4 2       | 2 P3 4
	// 2 Medium (2)     | 1 P4 2    | 2 P3 4       | 3 P2 6
	// 3 High (4)       | 2 P3 4    | 3 P2 6       | 4 P1 8
	// bands: [0, 3) → "1 P4", [3, 6) → "2 P3", [6, 8) → "3 P2", [8, 9) → "4 P1"
	// impact highest_last (highest "3 High"); urgency highest_last (highest "3 High"); priority highest_last (highest "4 P1")
}

func ExampleNewRules() {
	imp := priority.ServiceNow().Impact()
	high, _ := imp.Parse("High")
	med, _ := imp.Parse("Medium")
	low, _ := imp.Parse("Low")
	rules, err := priority.NewRules(imp,
		priority.Factor{Fact: "users", Op: priority.AtLeast, Steps: []priority.Step{{Value: 1000, Level: high}, {Value: 50, Level: med}}, Else: low},
		priority.Factor{Fact: "tier", Op: priority.AtMost, Steps: []priority.Step{{Value: 1, Level: high}}, Else: low},
	)
	if err != nil {
		panic(err)
	}
	d, _ := rules.Derive(map[string]int64{"users": 120, "tier": 2})
	fmt.Println(d)
	_, err = rules.Derive(map[string]int64{"users": 120})
	fmt.Println(err)
	// Output:
	// "2 Medium" from users: users = 120 matched users ≥ 50 → "2 Medium"; tier = 2 matched else → "3 Low"
	// priority: rules: fact "tier": missing fact
}

func ExampleApply() {
	p := priority.ServiceNow().Priority()
	computed, _ := p.Parse("4 - Low")
	high, _ := p.Parse("High")
	r, err := priority.Apply(computed,
		priority.Override{Kind: priority.VIPFloor, Level: high, Note: "board member"},
	)
	if err != nil {
		panic(err)
	}
	e := r.Explain()
	why := e.Overrides[len(e.Overrides)-1]
	fmt.Println(r.Computed(), "→", r.Effective(), "because", why.Override)
	// Output:
	// 4 Low → 2 High because vip_floor "2 High": board member
}

func ExampleEvaluate() {
	m := priority.GLPI()
	i, _ := m.Impact().Parse("2")
	u, _ := m.Urgency().Parse("3")
	// GLPI's "6 Major" is never in the matrix: it is set by hand.
	major, _ := m.Priority().Parse("Major")
	r, err := priority.Evaluate(m, i, u,
		priority.Override{Kind: priority.Manual, Level: major, Actor: "duty manager", Note: "payment outage"})
	if err != nil {
		panic(err)
	}
	fmt.Println(r)
	// Output:
	// matrix: impact "2 Low" × urgency "3 Medium" → "2 Low"
	// override manual "6 Major" by duty manager: payment outage: "2 Low" → "6 Major"
	// effective "6 Major" (computed "2 Low")
}

func ExampleEvaluateFacts() {
	m := priority.ServiceNow()
	imp := m.Impact()
	high, _ := imp.Parse("High")
	med, _ := imp.Parse("Medium")
	low, _ := imp.Parse("Low")
	rules, _ := priority.NewRules(imp,
		priority.Factor{Fact: "users", Op: priority.AtLeast, Steps: []priority.Step{{Value: 1000, Level: high}, {Value: 50, Level: med}}, Else: low})
	u, _ := m.Urgency().Parse("Medium")
	r, _ := priority.EvaluateFacts(m, rules, map[string]int64{"users": 1500}, u,
		priority.Override{Kind: priority.MajorIncident})
	e := r.Explain()
	fmt.Println(e.Derivation.Decided, e.Cell.Impact, e.Computed, e.Effective)
	fmt.Println(r)
	// Output:
	// users 1 High 2 High 1 Critical
	// impact "1 High" derived: "1 High" from users: users = 1500 matched users ≥ 1000 → "1 High"
	// matrix: impact "1 High" × urgency "2 Medium" → "2 High"
	// override major_incident "1 Critical": "2 High" → "1 Critical"
	// effective "1 Critical" (computed "2 High")
}

func ExampleResult_Explain() {
	m := priority.ServiceNow()
	i, _ := m.Impact().Parse("1")
	u, _ := m.Urgency().Parse("3")
	r, _ := priority.Evaluate(m, i, u)
	fmt.Println(r.Explain().Cell)
	// Output:
	// impact "1 High" × urgency "3 Low" → "3 Moderate"
}

func ExampleMatrix_UnmarshalJSON() {
	// A model stored as configuration; cells may use vendor labels. An
	// additive model ("kind":"additive") decodes the same way.
	cfg := `{"kind":"matrix",
	  "impact":  {"name":"impact","direction":"highest_first","levels":["High","Low"]},
	  "urgency": {"name":"urgency","direction":"highest_first","levels":["High","Low"]},
	  "priority":{"name":"priority","direction":"highest_first","levels":["P1","P2","P3"]},
	  "cells":[["1 - P1","P2"],["P2","3"]]}`
	var m priority.Matrix
	if err := json.Unmarshal([]byte(cfg), &m); err != nil {
		panic(err)
	}
	out, _ := json.Marshal(&m)
	fmt.Println(string(out))
	// Output:
	// {"kind":"matrix","impact":{"name":"impact","direction":"highest_first","levels":["High","Low"]},"urgency":{"name":"urgency","direction":"highest_first","levels":["High","Low"]},"priority":{"name":"priority","direction":"highest_first","levels":["P1","P2","P3"]},"cells":[["P1","P2"],["P2","P3"]]}
}

func ExampleScale_WithAliases() {
	// Ticket data exported from another tool says "Normal" and "P1".
	urg, err := priority.ServiceNow().Urgency().WithAliases(map[string][]string{
		"High":   {"P1", "Urgent"},
		"Medium": {"Normal"},
	})
	if err != nil {
		panic(err)
	}
	for _, label := range []string{"normal", "2 - Normal", "P1", "1 - Normal"} {
		if l, err := urg.Parse(label); err != nil {
			fmt.Println(err)
		} else {
			fmt.Printf("%q → %s\n", label, l)
		}
	}
	// Output:
	// "normal" → 2 Medium
	// "2 - Normal" → 2 Medium
	// "P1" → 1 High
	// priority: scale "urgency": "1 - Normal": unknown level: number 1 is "High" but name is level 2 (valid: High, Medium, Low)
}
