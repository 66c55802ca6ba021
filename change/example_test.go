package change_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/itsmkit/itsm/change"
	"github.com/itsmkit/itsm/priority"
	"github.com/shopspring/decimal"
)

// A ServiceNow-style risk assessment: Σ(answer score × weight) against
// "score greater than" thresholds. The answers score 7, above the moderate
// threshold 6.
func ExampleNewQuestionnaire() {
	q, err := change.NewQuestionnaire(change.QuestionnaireSpec{
		Name: "risk assessment",
		Questions: []change.Question{
			{ID: "rollback", Weight: 2, Answers: []change.Answer{{ID: "tested", Score: 0}, {ID: "untested", Score: 1}, {ID: "none", Score: 3}}},
			{ID: "users", Weight: 1, Answers: []change.Answer{{ID: "few", Score: 1}, {ID: "many", Score: 3}}},
			{ID: "complexity", Weight: 1, Answers: []change.Answer{{ID: "simple", Score: 0}, {ID: "medium", Score: 2}}},
		},
		Bands: change.Bands{Base: change.Low, Thresholds: []change.Threshold{change.Threshold{Score: decimal.NewFromInt(6), Level: change.Moderate}, change.Threshold{Score: decimal.NewFromInt(10), Level: change.High}}},
	})
	if err != nil {
		panic(err)
	}
	r, err := q.Assess(change.Input{Answers: map[string]string{"rollback": "untested", "users": "many", "complexity": "medium"}})
	if err != nil {
		panic(err)
	}
	fmt.Println(r)
	// Output:
	// questionnaire "risk assessment": moderate (score 7 = 7/1) — sum score 7 in band (6, 10] → moderate
	//   rollback = untested: 1 × 2 = 2
	//   users = many: 3 × 1 = 3
	//   complexity = medium: 2 × 1 = 2
}

// BMC's change risk: the weighted mean of the answers' risk values, rounded
// up: (4·60 + 5·20 + 2·100)/180 = 3.
func ExampleNewQuestionnaire_weightedMean() {
	values := []change.Answer{{ID: "1", Score: 1}, {ID: "2", Score: 2}, {ID: "3", Score: 3}, {ID: "4", Score: 4}, {ID: "5", Score: 5}}
	q, err := change.NewQuestionnaire(change.QuestionnaireSpec{
		Name: "bmc",
		Mode: change.WeightedMean, // zero Bands: the mean rounded up to a level
		Questions: []change.Question{
			{ID: "complexity", Weight: 60, Answers: values},
			{ID: "outage", Weight: 20, Answers: values},
			{ID: "experience", Weight: 100, Answers: values},
		},
	})
	if err != nil {
		panic(err)
	}
	r, err := q.Assess(change.Input{Answers: map[string]string{"complexity": "4", "outage": "5", "experience": "2"}})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%d/%d → risk level %d (%s)\n", r.Num, r.Den, r.Level, r.Level)
	// Output: 540/180 → risk level 3 (high)
}

// Rules are data; the first match decides and names itself.
func ExampleNewRuleSet() {
	rs, err := change.NewRuleSet(change.RuleSetSpec{
		Name:    "facts",
		Default: change.Low,
		Rules: []change.Rule{
			{ID: "no-way-back", Level: change.Critical, Reason: "critical service without rollback",
				When: []change.Condition{{Fact: "no_rollback_plan"}, {Fact: "critical_service"}}},
			{ID: "failing", Level: change.High, Reason: "similar changes failed",
				When: []change.Condition{{Fact: "failed_similar", AtLeast: 2}}},
		},
	})
	if err != nil {
		panic(err)
	}
	r, _ := rs.Assess(change.Input{Type: change.Normal, Facts: change.Facts{FailedSimilar: 3}})
	fmt.Println(r.Level, "—", r.Decided)
	fmt.Println("monotone:", change.Monotone(rs))
	// Output:
	// high — rule "failing": similar changes failed
	// monotone: true
}

// A change-success history can only raise the risk when combined with
// Highest.
func ExampleNewHighest() {
	history, err := change.NewHistoryModel(change.HistorySpec{
		Name:        "team history",
		Multipliers: change.Multipliers{Successful: -1, SuccessfulWithIssues: 1, Failed: 5, IncidentsCaused: 10},
		Bands:       change.Bands{AtLeast: true, Base: change.Low, Thresholds: []change.Threshold{change.Threshold{Score: decimal.NewFromInt(10), Level: change.Moderate}, change.Threshold{Score: decimal.NewFromInt(20), Level: change.High}}},
	})
	if err != nil {
		panic(err)
	}
	overall, err := change.NewHighest("overall", change.DefaultRules(), history)
	if err != nil {
		panic(err)
	}
	r, err := overall.Assess(change.Input{
		Type:    change.Normal,
		Facts:   change.Facts{NoTestEvidence: true},
		History: change.Outcomes{Successful: 12, Failed: 3, IncidentsCaused: 2},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(r)
	// Output:
	// highest "overall": high — highest part: history "team history"
	//   rules "default": moderate — rule "untested": no test evidence
	//     no_test_evidence = 1 ≥ 1
	//   history "team history": high (score 23 = 23/1) — history score 23 in band [20, +∞) → high
	//     successful = 12: 12 × -1 = -12
	//     successful_with_issues = 0: 0 × 1 = 0
	//     failed = 3: 3 × 5 = 15
	//     incidents_caused = 2: 2 × 10 = 20
}

// A likelihood × impact matrix reuses priority's Matrix and Scale.
func ExampleNewMatrixModel() {
	impact, _ := priority.NewScale("impact", priority.HighestLast, "Minor", "Significant", "Major")
	likelihood, _ := priority.NewScale("likelihood", priority.HighestLast, "Unlikely", "Possible", "Likely")
	risk, _ := priority.NewScale("risk", priority.HighestLast, "Low", "Moderate", "High")
	m, err := priority.NewMatrix(impact, likelihood, risk, [][]string{
		{"Low", "Low", "Moderate"},
		{"Low", "Moderate", "High"},
		{"Moderate", "High", "High"},
	})
	if err != nil {
		panic(err)
	}
	mm, err := change.NewMatrixModel("3×3", m)
	if err != nil {
		panic(err)
	}
	r, _ := mm.Assess(change.Input{Impact: "Significant", Likelihood: "Likely"})
	fmt.Println(r.Level, "—", r.Decided)
	// Output: high — cell impact "2 Significant" × likelihood "3 Likely" → "3 High"
}

func ExampleRouting_Route() {
	r := change.DefaultRouting()
	for _, c := range []struct {
		t change.Type
		l change.Level
	}{{change.Standard, change.Low}, {change.Normal, change.High}, {change.Emergency, change.Critical}} {
		d, _ := r.Route(c.t, c.l)
		fmt.Println(d)
	}
	// Output:
	// standard/low: pre-approved (route 1: standard change: pre-approved by its change model, no CAB)
	// normal/high: change_manager, cab; 10 working days' notice (route 5: high risk: CAB authorises)
	// emergency/critical: ecab, business_owner + post-implementation review (route 9: critical emergency: ECAB and business owner, reviewed afterwards)
}

// Changes conflict on related CIs: a cluster and its nodes.
func ExampleCheckConflicts_relatedCIs() {
	g, err := change.NewGraph(nil, []change.Relation{{Parent: "cluster1", Child: "node1"}, {Parent: "cluster1", Child: "node2"}})
	if err != nil {
		panic(err)
	}
	day := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	h := func(n int) time.Time { return day.Add(time.Duration(n) * time.Hour) }
	rep := change.CheckConflicts([]change.Planned{
		{ID: "CHG1", CIs: []string{"node1"}, Assignee: "ann", Start: h(22), End: h(24)},
		{ID: "CHG2", CIs: []string{"cluster1"}, Assignee: "bob", Start: h(23), End: h(25)},
		{ID: "CHG3", CIs: []string{"node2"}, Assignee: "ann", Start: h(24), End: h(26)}, // after CHG1: back-to-back
	}, g)
	if err := rep.Err(); err != nil {
		panic(err)
	}
	for _, c := range rep.Conflicts {
		fmt.Println(c)
	}
	// Output:
	// CHG1 × CHG2 related_ci "node1"~"cluster1" [2026-11-28T23:00:00Z, 2026-11-29T00:00:00Z)
	// CHG2 × CHG3 related_ci "cluster1"~"node2" [2026-11-29T00:00:00Z, 2026-11-29T01:00:00Z)
}

// A change log exported one row per change × CI, with an instant (a change
// that started and ended in the same minute), a CI the graph does not know
// and a broken row: the rows of CHG1 merge into one change, the finding and
// the broken row are reported, and everything else is still checked.
func ExampleCheckConflicts() {
	g, err := change.NewGraph(nil, []change.Relation{{Parent: "cluster1", Child: "node1"}, {Parent: "cluster1", Child: "node2"}})
	if err != nil {
		panic(err)
	}
	day := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	h := func(n int) time.Time { return day.Add(time.Duration(n) * time.Hour) }
	rep := change.CheckConflicts([]change.Planned{
		{ID: "CHG1", CIs: []string{"node1"}, Start: h(22), End: h(24)},
		{ID: "CHG1", CIs: []string{"node2"}, Start: h(22), End: h(24)},
		{ID: "CHG2", CIs: []string{"node1", "node2", "db9"}, Start: h(23), End: h(23)}, // an instant
		{ID: "CHG3", CIs: []string{"node2"}, Start: h(24), End: h(24)},                 // at CHG1's end: no conflict
		{ID: "CHG4", CIs: []string{"cluster1"}, Start: h(3), End: h(2)},
	}, g)
	for _, c := range rep.Conflicts {
		fmt.Println(c)
	}
	for _, u := range rep.UnknownCIs {
		fmt.Println(u)
	}
	for _, e := range rep.Rejected {
		fmt.Println(e)
	}
	// Output:
	// CHG1 × CHG2 same_ci "node1", "node2" [2026-11-28T23:00:00Z, 2026-11-28T23:00:00Z]
	// record 2 (change "CHG2"): CI "db9" is not in the CI graph
	// record 4 (change "CHG4"): change: window: "2026-11-28T03:00:00Z/2026-11-28T02:00:00Z": invalid planned change: ends before it starts (want Start ≤ End; Start == End is an instant)
}

// The change failure rate of a team: failed changes over all changes
// (incidents caused are not changes).
func ExampleOutcomes() {
	o := change.Outcomes{Successful: 40, SuccessfulWithIssues: 5, Failed: 5, IncidentsCaused: 9}
	total := o.Successful + o.SuccessfulWithIssues + o.Failed
	rate := decimal.NewFromInt(o.Failed).DivRound(decimal.NewFromInt(total), 4)
	fmt.Printf("%d of %d changes failed (%s)\n", o.Failed, total, rate)
	// Output: 5 of 50 changes failed (0.1)
}

// Models are configuration: decode one from JSON by its "kind".
func ExampleDecodeModel() {
	m, err := change.DecodeModel([]byte(`{
	  "kind": "highest", "name": "cab policy",
	  "models": [
	    {"kind": "rules", "name": "facts", "default": "low", "rules": [
	      {"id": "freeze", "when": [{"fact": "in_freeze"}], "level": "very_high"}
	    ]},
	    {"kind": "questionnaire", "name": "assessment", "mode": "percent_of_max",
	     "questions": [{"id": "users", "weight": 1, "answers": [{"id": "few", "score": 0}, {"id": "all", "score": 4}]}],
	     "bands": {"base": "low", "thresholds": [{"score": "50", "level": "high"}]}}
	  ]}`))
	if err != nil {
		panic(err)
	}
	r, err := m.Assess(change.Input{Type: change.Normal, Answers: map[string]string{"users": "all"}})
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Level, "—", r.Decided)
	// Output: high — highest part: questionnaire "assessment"
}

// Bands are half-open and cannot have gaps or overlaps: thresholds must
// rise, and so must levels. The models check them.
func ExampleBands() {
	b := change.Bands{Base: change.Low, Thresholds: []change.Threshold{
		{Score: decimal.NewFromInt(10), Level: change.High},
		{Score: decimal.NewFromInt(6), Level: change.Critical},
	}}
	_, err := change.NewHistoryModel(change.HistorySpec{Name: "team", Multipliers: change.Multipliers{Failed: 1}, Bands: b})
	fmt.Println(err)
	out, _ := json.Marshal(change.Bands{AtLeast: true, Base: change.Low, Thresholds: []change.Threshold{{Score: decimal.NewFromInt(6), Level: change.Moderate}}})
	fmt.Println(string(out))
	// Output:
	// change: history "team" bands threshold 2: "6": invalid risk model: must be greater than the previous threshold 10 (bands would overlap or be empty)
	// {"at_least":true,"base":"low","thresholds":[{"score":"6","level":"moderate"}]}
}

// A routing policy must cover every change type × risk level exactly once.
func ExampleNewRouting() {
	_, err := change.NewRouting([]change.Route{
		{Type: change.Standard, From: change.Low, To: change.Critical},
		{Type: change.Normal, From: change.Low, To: change.Moderate, Approvers: []change.Approver{change.ChangeManager}},
		{Type: change.Normal, From: change.VeryHigh, To: change.Critical, Approvers: []change.Approver{change.CAB}},
		{Type: change.Emergency, From: change.Low, To: change.Critical, Approvers: []change.Approver{change.ECAB}, PostReview: true},
	})
	fmt.Println(err)
	// Output: change: routing: "normal/high": invalid approval routing: is not covered by any route
}

func ExampleNewGraph() {
	_, err := change.NewGraph(nil, []change.Relation{
		{Parent: "cluster", Child: "node"}, {Parent: "node", Child: "vm"}, {Parent: "vm", Child: "cluster"},
	})
	fmt.Println(err)
	g, _ := change.NewGraph(nil, []change.Relation{{Parent: "cluster", Child: "node"}, {Parent: "node", Child: "vm"}})
	fmt.Println(g.IsAncestor("cluster", "vm"), g.IsAncestor("vm", "cluster"))
	// Output:
	// change: CI graph: "cluster → node → vm → cluster": invalid CI graph: is a cycle of parent/child relations
	// true false
}

// The routing policy also says how much notice a change needs: its lead
// time in working days, which CheckSchedule and NextAllowedSlot take.
func ExampleDecision() {
	r := change.DefaultRouting()
	for _, l := range []change.Level{change.Low, change.Moderate, change.High} {
		d, _ := r.Route(change.Normal, l)
		fmt.Printf("normal/%s: %d working days\n", l, d.LeadDays)
	}
	// Output:
	// normal/low: 2 working days
	// normal/moderate: 5 working days
	// normal/high: 10 working days
}

// The state model is data: a standard change skips assessment and
// authorisation, an emergency change skips assessment.
func ExampleLifecycle_Check() {
	lc := change.DefaultLifecycle()
	fmt.Println(lc.Next(change.Standard, change.New))
	fmt.Println(lc.Check(change.Emergency, change.New, change.Authorize))
	fmt.Println(lc.Check(change.Standard, change.New, change.Authorize))
	// Output:
	// [scheduled canceled]
	// <nil>
	// change: lifecycle standard: "new → authorize": invalid lifecycle: is not allowed (valid: scheduled, canceled)
}
