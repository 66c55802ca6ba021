package sla

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"io/fs"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/apitest"
	"github.com/itsmkit/itsm/internal/jsonconv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The module's JSON convention (root doc.go): lower snake_case keys with
// explicit tags on every configuration and result type, and in what the
// package writes. Regression: sla used camelCase ("priorityChange",
// "breachAt", "perBreach").
func TestDialect(t *testing.T) {
	roots := []any{
		PolicySpec{}, TargetSpec{}, Ticket{}, Event{}, CreditSchedule{}, AvailabilityTarget{}, // configuration and input
		Status{}, Explanation{}, AttainmentReport{}, AvailabilityResult{}, UnderpinningCheck{}, Credit{}, Share{}, // results
		Comparison{}, Difference{}, Finding{},
	}
	if p := jsonconv.CheckTypes(roots...); len(p) > 0 {
		t.Errorf("types break the JSON convention:\n%s", strings.Join(p, "\n"))
	}

	// The JSON of doc.go and the Examples decodes and is snake_case.
	docs := map[string]any{
		"doc.go policy": new(PolicySpec), "ExampleNewPolicy": new(PolicySpec), "ExampleCreditSchedule_Compute": new(CreditSchedule),
	}
	texts := map[string]string{
		"doc.go policy": `{
	  "priority_change": "retroactive",
	  "calendars": {"office": {"zone": "Europe/Berlin", "week": "Mon-Fri 08:00-17:00",
	                           "holidays": [{"region": "DE-NW"}]}},
	  "conditions": {"resolution": {"pause": ["Awaiting User Info", "Awaiting Vendor"]}},
	  "rules": [
	    {"priorities": ["P1"], "targets": [
	      {"name": "P1 response", "metric": "response", "goal": {"business": "15m"}, "schedule": "24x7"},
	      {"name": "P1 resolution", "metric": "resolution", "goal": {"business": "4h"}, "schedule": "24x7",
	       "thresholds": [50, 75, 100, 150], "escalations": [{"name": "duty manager", "offset": "-1h"}]}]},
	    {"priorities": ["P3"], "targets": [
	      {"name": "P3 resolution", "metric": "resolution", "goal": {"working_days": 3}, "schedule": "office"}]}
	  ]
	}`,
		"ExampleNewPolicy": `{
	  "priority_change": "retroactive",
	  "conditions": {"resolution": {"pause": ["Awaiting User Info", "Awaiting Vendor"]}},
	  "rules": [
	    {"priorities": ["P1"], "targets": [
	      {"name": "P1 response", "metric": "response", "goal": {"business": "15m"}},
	      {"name": "P1 resolution", "metric": "resolution", "goal": {"business": "4h"}}]},
	    {"priorities": ["P3"], "targets": [
	      {"name": "P3 resolution", "metric": "resolution", "goal": {"business": "24h"}}]}
	  ]}`,
		"ExampleCreditSchedule_Compute": `{
	  "tiers": [{"below": "99.9", "credit": "10"}, {"below": "99", "credit": "25"}],
	  "per_breach": [{"target": "P1 resolution", "amount": "250", "cap": "1000"}],
	  "rounding": {"places": 2, "mode": "half_up"}}`,
	}
	for name, dst := range docs {
		if p := jsonconv.CheckJSON([]byte(texts[name])); len(p) > 0 {
			t.Errorf("%s:\n%s", name, strings.Join(p, "\n"))
		}
		require.NoError(t, json.Unmarshal([]byte(texts[name]), dst), name)
	}
	p, err := NewPolicy(*docs["doc.go policy"].(*PolicySpec), nil)
	require.NoError(t, err)

	// What the package writes: policies, statuses, explanations, reports.
	c := at(2026, time.November, 20, 16, 0)
	tk := Ticket{ID: "INC1", Events: []Event{
		{At: c, Kind: Created, Priority: "P3", State: "New", Assignee: "desk"},
		state(c.Add(time.Hour), "Awaiting Vendor"),
		{At: c.Add(3 * time.Hour), Kind: PriorityChanged, Priority: "P1"},
		ev(c.Add(30*time.Hour), Resolved),
	}}
	sts, err := p.Evaluate(tk, c.Add(40*time.Hour))
	require.NoError(t, err)
	xs, err := p.Explain(tk, c.Add(40*time.Hour))
	require.NoError(t, err)
	period := itsm.Interval{Start: c.Add(-time.Hour), End: c.Add(48 * time.Hour)}
	rep, err := ComputeAttainment(period, sts)
	require.NoError(t, err)
	av, err := EvaluateAvailability(AvailabilityTarget{Name: "portal", Percent: dec("99.9")}, period,
		[]itsm.Interval{{Start: c, End: c.Add(time.Hour)}, {Start: c, End: c.Add(-time.Hour)}}, nil, nil)
	require.NoError(t, err)
	var cs CreditSchedule
	require.NoError(t, json.Unmarshal([]byte(texts["ExampleCreditSchedule_Compute"]), &cs))
	credit, err := cs.Compute(dec("100"), av.Availability.Ratio(), map[string]int64{"P1 resolution": 1})
	require.NoError(t, err)
	up, err := demoPolicyWithUC(t).CheckUnderpinning(period, time.Hour)
	require.NoError(t, err)
	for name, v := range map[string]any{"policy": p, "spec": p.Spec(), "ticket": tk, "statuses": sts, "explanations": xs,
		"attainment": rep, "availability": av, "credit": credit, "underpinning": up, "usage": Usage(xs, "")} {
		b, err := json.Marshal(v)
		require.NoError(t, err, name)
		if p := jsonconv.CheckJSON(b); len(p) > 0 {
			t.Errorf("%s: %s\n%s", name, b, strings.Join(p, "\n"))
		}
	}
}

// A key renamed before v1 is refused with an error that names its new
// spelling, never read as an alias; an enum's old spelling is refused with
// the valid ones listed.
func TestOldSpellingsRefused(t *testing.T) {
	for _, c := range []struct {
		into      any
		json, new string
	}{
		{new(PolicySpec), `{"priorityChange": "keep", "rules": []}`, `"priority_change"`},
		{new(TargetSpec), `{"name": "t", "underpinnedBy": ["x"]}`, `"underpinned_by"`},
		{new(Goal), `{"workingDays": 3}`, `"working_days"`},
		{new(Goal), `{"endOfDay": 1}`, `"end_of_day"`},
		{new(CreditSchedule), `{"perBreach": []}`, `"per_breach"`},
		{new(CreditSchedule), `{"capPercent": "10"}`, `"cap_percent"`},
		{new(PolicySpec), `{"rules": [{"targets": [{"name": "t", "underpinnedBy": []}]}]}`, `"underpinned_by"`},
	} {
		err := json.Unmarshal([]byte(c.json), c.into)
		require.Error(t, err, c.json)
		assert.ErrorIs(t, err, ErrConfig, c.json)
		assert.Contains(t, err.Error(), c.new, c.json)
	}
	for _, c := range []struct {
		into     any
		json     string
		valid    string
		sentinel error
	}{
		{new(PolicySpec), `{"priority_change": "keepElapsed"}`, "keep, retroactive, restart", ErrConfig},
		{new(TargetSpec), `{"kind": "SLA"}`, "sla, ola, uc", ErrConfig},
		{new(TargetSpec), `{"conditions": {"reopen": "pause-closed"}}`, "new_cycle, continue, pause_closed", ErrConfig},
		{new(CreditSchedule), `{"rounding": {"mode": "half-up"}}`, "half_up, half_even, down, up, floor, ceiling", ErrConfig},
		{new(Event), `{"at": "2026-01-01T00:00:00Z", "kind": "customer-reply"}`, "customer_reply", ErrEvent},
	} {
		err := json.Unmarshal([]byte(c.json), c.into)
		require.Error(t, err, c.json)
		assert.ErrorIs(t, err, c.sentinel, c.json)
		var e *itsm.Error
		require.True(t, errors.As(err, &e), "%s: %v", c.json, err)
		assert.Equal(t, "sla", e.Pkg)
		assert.Contains(t, strings.Join(e.Valid, ", "), c.valid, c.json)
		assert.Contains(t, err.Error(), "(valid: ", c.json)
	}
	// The documented text forms, as go doc shows them beside the constants.
	var m PriorityChangeMode
	err := m.UnmarshalText([]byte("keepElapsed"))
	assert.EqualError(t, err, `sla: priority change mode: "keepElapsed": invalid configuration (valid: keep, retroactive, restart)`)
	for v, s := range map[fmt.Stringer]string{KeepElapsed: "keep", ReopenPauseClosed: "pause_closed", NotStarted: "not_started",
		CustomerReplied: "customer_reply", SegmentOutOfHours: "out_of_hours", RoundHalfEven: "half_even", UC: "uc"} {
		assert.Equal(t, s, v.String())
	}
}

// Every error of the package is an *itsm.Error of package "sla" wrapping
// one of its three sentinels, and errors for an enum or option list the
// valid values. Regression: sla had its own Error type, eighteen
// sentinels, and classified nested errors by their text.
func TestErrorsAreItsmErrors(t *testing.T) {
	c := at(2026, time.March, 2, 9, 0)
	_, e1 := NewTarget(TargetSpec{Name: "x", Metric: Resolution, Goal: Business(-time.Hour)}, nil)
	_, e2 := NewTarget(TargetSpec{Name: "x", Metric: Resolution, Goal: Business(time.Hour), Kind: 7}, nil)
	_, e3 := NewPolicy(PolicySpec{PriorityChange: 9, Rules: []Rule{{}}}, nil)
	_, e4 := NewPolicy(PolicySpec{Rules: []Rule{{Targets: []TargetSpec{{Name: "x", Metric: Resolution, Goal: Business(time.Hour), Schedule: "nowhere"}}}}},
		map[string]Schedule{"office": office()})
	tg, err := NewTarget(TargetSpec{Name: "x", Metric: Resolution, Goal: Business(time.Hour)}, nil)
	require.NoError(t, err)
	_, e5 := Evaluate(tg, []Event{ev(c, Responded)}, c)
	_, e6 := Evaluate(tg, []Event{ev(c, Created), {At: c, Kind: 42}}, c)
	_, e7 := CreditSchedule{Rounding: Rounding{Places: 30}}.Compute(dec("1"), itsm.Ratio{}, nil)
	_, e8 := EvaluateAvailability(AvailabilityTarget{Percent: dec("120")}, itsm.Interval{}, nil, nil, nil)
	_, e9 := (*Policy)(nil).Evaluate(Ticket{}, c)
	_, e10 := Evaluate(nil, nil, c)
	_, e11 := NewTarget(TargetSpec{Name: "x", Metric: Resolution, Goal: WorkingDays(1)}, wallSchedule{})
	_, _, rej := (*Policy)(nil).NextChange([]Ticket{{ID: "A"}}, c)
	require.Len(t, rej, 1)
	for i, tc := range []struct {
		err      error
		sentinel error
		valid    string
	}{
		{e1, ErrConfig, ""}, {e2, ErrConfig, "sla, ola, uc"}, {e3, ErrConfig, "keep, retroactive, restart"},
		{e4, ErrConfig, "office, 24x7"}, {e5, ErrEvent, ""}, {e6, ErrEvent, "created, state"}, {e7, ErrConfig, ""},
		{e8, ErrConfig, ""}, {e9, ErrConfig, ""}, {e10, ErrConfig, ""}, {e11, ErrConfig, ""}, {rej[0].Err, ErrConfig, ""},
	} {
		var e *itsm.Error
		require.True(t, errors.As(tc.err, &e), "%d: %v (%T)", i, tc.err, tc.err)
		assert.Equal(t, "sla", e.Pkg, "%d", i)
		assert.ErrorIs(t, tc.err, tc.sentinel, "%d: %v", i, tc.err)
		if tc.valid != "" {
			assert.Contains(t, strings.Join(e.Valid, ", "), tc.valid, "%d: %v", i, tc.err)
		}
		assert.True(t, strings.HasPrefix(tc.err.Error(), "sla: "), "%d: %v", i, tc.err)
	}
}

// The module's nil-receiver rule: a method on a nil pointer returns an
// error or its documented zero answer; it never panics. Regression: every
// method of a nil *Target and *Policy panicked.
func TestNilReceivers(t *testing.T) {
	if p := apitest.NilPanics((*Target)(nil), (*Policy)(nil), (*PolicySpec)(nil), (*TargetSpec)(nil), (*Goal)(nil),
		(*Threshold)(nil), (*Event)(nil), (*Ticket)(nil), (*CreditSchedule)(nil), (*AvailabilityTarget)(nil),
		(*EventKind)(nil), (*Kind)(nil), (*Stage)(nil), (*PriorityChangeMode)(nil), (*ReopenMode)(nil),
		(*RoundingMode)(nil), (*Severity)(nil)); len(p) > 0 {
		t.Errorf("methods panic on a nil receiver:\n%s", strings.Join(p, "\n"))
	}
	// Valid input, so that only the nil target can fail.
	for name, u := range map[string]json.Unmarshaler{
		`{"rules": []}`: (*PolicySpec)(nil), `{"name": "x"}`: (*TargetSpec)(nil), `{"business": "1h"}`: (*Goal)(nil),
		`50`: (*Threshold)(nil), `{"at": "2026-01-01T00:00:00Z", "kind": "created"}`: (*Event)(nil), `{"events": []}`: (*Ticket)(nil),
		`{"tiers": []}`: (*CreditSchedule)(nil), `{"name": "a", "percent": "99"}`: (*AvailabilityTarget)(nil),
	} {
		assert.NotPanics(t, func() { assert.Error(t, u.UnmarshalJSON([]byte(name)), "%T", u) }, "%T", u)
	}
	for name, u := range map[string]interface{ UnmarshalText([]byte) error }{
		"created": (*EventKind)(nil), "sla": (*Kind)(nil), "met": (*Stage)(nil), "keep": (*PriorityChangeMode)(nil),
		"continue": (*ReopenMode)(nil), "half_up": (*RoundingMode)(nil), "error": (*Severity)(nil),
	} {
		assert.NotPanics(t, func() { assert.Error(t, u.UnmarshalText([]byte(name)), "%T", u) }, "%T", u)
	}
	var tg *Target
	assert.Equal(t, "", tg.Name())
	assert.Equal(t, TargetSpec{}, tg.Spec())
	var p *Policy
	assert.Nil(t, p.Targets("P1", nil))
	_, err := p.MarshalJSON()
	assert.ErrorIs(t, err, ErrConfig)
}

// fmt.Println of the values people print shows one readable line, never a
// pointer or a struct dump. Regression: Segment, Warning, Status and
// Cycle had no String method.
func TestStringers(t *testing.T) {
	p := demoPolicy(t, KeepElapsed)
	c := at(2026, time.November, 20, 16, 0)
	xs, err := p.Explain(Ticket{ID: "INC7", Events: []Event{
		{At: c, Kind: Created, Priority: "P1", Assignee: "desk"},
		state(c.Add(time.Hour), "Awaiting Vendor"),
	}}, c.Add(6*time.Hour))
	require.NoError(t, err)
	x := xs[len(xs)-1]
	for _, tc := range []struct {
		v    any
		want string
	}{
		{x.Status, `ticket "INC7" "SLA resolution": "P1 resolution" #1 (P1): paused, 1h of 4h, paused 5h, deadline 2026-11-21T01:00:00+01:00`},
		{x.Status.Cycle, `"P1 resolution" #1 (P1): paused, 1h of 4h, paused 5h, deadline 2026-11-21T01:00:00+01:00`},
		{x.Segments[0], `cycle 1 counted [2026-11-20T16:00:00+01:00, 2026-11-20T17:00:00+01:00) 1h "desk"`},
		{x.Warnings[0], `50% due at 2026-11-20T23:00:00+01:00`},
		{xs[0].Status, `ticket "INC7" "SLA response": "P1 response" #1 (P1): breached (breached at 2026-11-20T16:15:00+01:00), 6h of 15m`},
		{Cycle{}, `not started`},
	} {
		assert.Equal(t, tc.want, fmt.Sprint(tc.v))
	}
}

// go doc of each enum type shows its text forms (the JSON values), and each
// constant's comment its own. Regression: `go doc ./sla PriorityChangeMode`
// did not show that the JSON value is "keep".
func TestEnumTextDocumented(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, parser.ParseComments)
	require.NoError(t, err)
	d := doc.New(pkgs["sla"], "github.com/itsmkit/itsm/sla", 0)
	names := map[string][]string{
		"Kind": kindNames.Valid(), "Stage": stageNames.Valid(), "EventKind": eventNames.Valid(),
		"PriorityChangeMode": pcNames.Valid(), "ReopenMode": reopenNames.Valid(),
		"RoundingMode": roundingNames.Valid(), "SegmentKind": segmentNames.Valid(),
		"Severity": severityNames.Valid(),
	}
	for _, typ := range d.Types {
		valid, ok := names[typ.Name]
		if !ok {
			continue
		}
		delete(names, typ.Name)
		for _, v := range valid {
			assert.Contains(t, typ.Doc, strconv.Quote(v), "go doc %s", typ.Name)
		}
		var consts strings.Builder
		for _, c := range typ.Consts {
			for _, s := range c.Decl.Specs {
				vs := s.(*ast.ValueSpec)
				if vs.Doc != nil {
					consts.WriteString(vs.Doc.Text())
				}
				if vs.Comment != nil {
					consts.WriteString(vs.Comment.Text())
				}
			}
		}
		for _, v := range valid {
			assert.Contains(t, consts.String(), strconv.Quote(v), "constants of %s", typ.Name)
		}
	}
	assert.Empty(t, names, "enum types not found")
}
