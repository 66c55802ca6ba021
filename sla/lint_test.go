package sla

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm/internal/jsonconv"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// lintJSON is a go-live candidate with one of every finding.
const lintJSON = `{
  "name": "go-live candidate",
  "priority_change": "keep",
  "states": ["New", "In Progress", "Awaiting User", "Resolved", "Closed"],
  "priorities": ["P1", "P2", "P3", "P4"],
  "calendars": {
    "office":   {"zone": "Europe/Berlin", "week": "Mon-Fri 08:00-17:00"},
    "saturday": {"zone": "Europe/Berlin", "week": "Sat 09:00-13:00"}},
  "conditions": {
    "resolution": {"pause": ["Awaiting User", "Resolved"],
                   "resume": {"states": ["Awaiting User"]},
                   "stop": {"events": ["resolve", "close"], "states": ["Resolved"]}}},
  "rules": [
    {"name": "major", "priorities": ["P1", "P2"], "targets": [
      {"name": "P1 resolution", "metric": "resolution", "goal": {"business": "4h"}, "schedule": "office",
       "thresholds": [75, 50, 100],
       "escalations": [{"name": "manager", "offset": "-5h"}, {"name": "director", "offset": "2h"}],
       "underpinned_by": ["vendor fix"]},
      {"name": "vendor fix", "kind": "uc", "metric": "resolution", "goal": {"business": "8h"}, "schedule": "office"}]},
    {"name": "P2 only", "priorities": ["P2"], "targets": [
      {"name": "P2 resolution", "metric": "resolution", "goal": {"business": "8h"}, "schedule": "office"}]},
    {"name": "minor", "priorities": ["P3", "P5"], "targets": [
      {"name": "P3 response", "metric": "response", "goal": {"business": "3000h"}, "schedule": "saturday",
       "conditions": {"start": {"states": ["Triage"]}}}]}
  ]
}`

func lintPolicy(t testing.TB, text string) *Policy {
	t.Helper()
	var spec PolicySpec
	require.NoError(t, json.Unmarshal([]byte(text), &spec))
	p, err := NewPolicy(spec, nil)
	require.NoError(t, err)
	return p
}

var lintFrom = time.Date(2026, time.January, 5, 0, 0, 0, 0, time.UTC)

// Every check finds what it is for, with its severity, rule and target.
func TestLintFindsEveryCode(t *testing.T) {
	fs, err := lintPolicy(t, lintJSON).Lint(lintFrom)
	require.NoError(t, err)
	type key struct {
		code         string
		sev          Severity
		rule, target string
		where        string
	}
	var got []key
	for _, f := range fs {
		got = append(got, key{f.Code, f.Severity, f.Rule, f.Target, f.Where})
		require.NotEmpty(t, f.Reason, f.Code)
	}
	want := []key{
		{"pause_and_stop", SeverityError, "", "", `conditions for "resolution"`},
		{"pause_never_resumed", SeverityError, "", "", `conditions for "resolution"`},
		{"shadowed_rule", SeverityWarning, "P2 only", "", ""},
		{"unknown_priority", SeverityWarning, "minor", "", ""},
		{"priority_not_selected", SeverityWarning, "", "", "priorities"},
		{"thresholds_out_of_order", SeverityWarning, "major", "P1 resolution", ""},
		{"escalation_before_start", SeverityWarning, "major", "P1 resolution", ""},
		{"escalation_after_deadline", SeverityInfo, "major", "P1 resolution", ""},
		{"unreachable_start", SeverityError, "minor", "P3 response", ""},
		{"unknown_state", SeverityWarning, "minor", "P3 response", ""},
		{"goal_exceeds_year", SeverityError, "minor", "P3 response", ""},
		{"ola_exceeds_sla", SeverityError, "major", "P1 resolution", ""},
		{"calendar_mostly_closed", SeverityWarning, "", "", `calendar "saturday"`},
	}
	require.Equal(t, want, got)

	// JSON: snake_case keys, severities and codes as text.
	b, err := json.Marshal(fs)
	require.NoError(t, err)
	require.Empty(t, jsonconv.CheckJSON(b))
	require.Contains(t, string(b), `"code":"pause_and_stop","severity":"error","where":"conditions for \"resolution\""`)
	var back []Finding
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, fs, back)
	require.Equal(t, `error ola_exceeds_sla: rule "major" target "P1 resolution": UC "vendor fix" cannot fit inside SLA "P1 resolution": from 2026-01-05T00:00:00Z it ends 4h of the SLA's counted time after its deadline`, fs[11].String())
}

// A clean policy has no findings; the standard demo policy only its
// thresholds given out of order; nil is an error.
func TestLintClean(t *testing.T) {
	fs, err := lintPolicy(t, `{"priority_change": "keep", "priorities": ["P1", "P2"],
	  "rules": [{"priorities": ["P1"], "targets": [{"name": "P1", "metric": "resolution", "goal": {"business": "4h"}}]},
	            {"targets": [{"name": "other", "metric": "resolution", "goal": {"business": "8h"}}]}]}`).Lint(lintFrom)
	require.NoError(t, err)
	require.Empty(t, fs)

	fs, err = demoPolicy(t, KeepElapsed).Lint(lintFrom)
	require.NoError(t, err)
	require.Len(t, fs, 1)
	require.Equal(t, "thresholds_out_of_order", fs[0].Code)

	_, err = (*Policy)(nil).Lint(lintFrom)
	require.ErrorIs(t, err, ErrConfig)
}

// Shadowing: an earlier rule matches first when it lists the priority (or
// any) and requires no attribute the later rule does not; a rule without
// priorities is shadowed by earlier rules covering all listed priorities.
func TestLintShadowedRules(t *testing.T) {
	tg := `"targets": [{"name": "x", "metric": "resolution", "goal": {"business": "4h"}}]`
	for _, tc := range []struct {
		rules string
		want  []string // reasons' rule names, in order
	}{
		{`[{"priorities": ["P1"], ` + tg + `}, {"priorities": ["P1"], "where": {"service": "mail"}, ` + tg + `}]`, []string{"rule 1"}},
		{`[{"priorities": ["P1"], "where": {"service": "mail"}, ` + tg + `}, {"priorities": ["P1"], ` + tg + `}]`, nil},
		{`[{` + tg + `}, {"priorities": ["P2"], ` + tg + `}]`, []string{"rule 1"}},
		{`[{"priorities": ["P1"], ` + tg + `}, {"priorities": ["P1", "P2"], ` + tg + `}]`, []string{"rule 1"}}, // P1 only
		{`[{"priorities": ["P1", "P2"], ` + tg + `}, {` + tg + `}]`, []string{"rule 1"}},                       // all listed priorities
		{`[{"priorities": ["P1"], ` + tg + `}, {` + tg + `}]`, nil},
	} {
		fs, err := lintPolicy(t, `{"priority_change": "keep", "priorities": ["P1", "P2"], "rules": `+tc.rules+`}`).Lint(lintFrom)
		require.NoError(t, err)
		var got []string
		for _, f := range fs {
			if f.Code == "shadowed_rule" {
				got = append(got, f.Rule)
			}
		}
		require.Equal(t, tc.want, got, tc.rules)
	}
}

// Findings of later versions name the version.
func TestLintVersions(t *testing.T) {
	var spec PolicySpec
	require.NoError(t, json.Unmarshal([]byte(versionedJSON), &spec))
	spec.Versions[0].Rules[0].Targets[0].Escalations = []Escalation{{Name: "late", Offset: 3600e9}}
	p, err := NewPolicy(spec, nil)
	require.NoError(t, err)
	fs, err := p.Lint(lintFrom)
	require.NoError(t, err)
	require.Len(t, fs, 1)
	require.Equal(t, "escalation_after_deadline", fs[0].Code)
	require.True(t, fs[0].Version.Equal(april))
	require.Contains(t, fs[0].String(), "version 2026-04-01T00:00:00Z")
}

// A policy's priorities are the only ones a ticket may have.
func TestPolicyPriorities(t *testing.T) {
	p := lintPolicy(t, `{"priority_change": "keep", "priorities": ["P1", "P2"],
	  "rules": [{"targets": [{"name": "x", "metric": "resolution", "goal": {"business": "4h"}}]}]}`)
	_, err := p.Evaluate(Ticket{Events: []Event{{At: lintFrom, Kind: Created, Priority: "P9"}}}, lintFrom)
	require.ErrorIs(t, err, ErrEvent)
	require.ErrorContains(t, err, "P9")
	_, err = NewPolicy(PolicySpec{Priorities: []string{" "}, Rules: p.spec.Rules}, nil)
	require.ErrorIs(t, err, ErrConfig)
}

// shadowed_rule against brute force: a rule's priority is reported as
// never selected exactly when no ticket with that priority — whatever its
// attributes, values the rules never name included — selects the rule
// (a rule for any priority, a fallback, only when no ticket selects it).
func TestLintShadowedAgainstBruteForce(t *testing.T) {
	prios := []string{"P1", "P2", "P3"}
	keys := []string{"service", "customer"}
	values := []string{"a", "b", "fresh"} // "fresh": a value no rule names
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 5).Draw(t, "rules")
		spec := PolicySpec{Priorities: prios}
		tg := []TargetSpec{{Name: "x", Metric: Resolution, Goal: Business(time.Hour)}}
		for i := range n {
			r := Rule{Name: "r" + strconvI(i), Targets: tg}
			for _, p := range prios {
				if rapid.IntRange(0, 2).Draw(t, "has "+p) == 0 {
					r.Priorities = append(r.Priorities, p)
				}
			}
			for _, k := range keys {
				if v := rapid.IntRange(0, 3).Draw(t, "where "+k); v < 2 {
					if r.Where == nil {
						r.Where = map[string]string{}
					}
					r.Where[k] = values[v]
				}
			}
			spec.Rules = append(spec.Rules, r)
		}
		p, err := NewPolicy(spec, nil)
		require.NoError(t, err)
		fs, err := p.Lint(lintFrom)
		require.NoError(t, err)
		got := map[string]bool{} // rule/priority reported
		for _, f := range fs {
			if f.Code != "shadowed_rule" {
				continue
			}
			r := spec.Rules[slices.IndexFunc(spec.Rules, func(r Rule) bool { return r.Name == f.Rule })]
			if strings.HasPrefix(f.Reason, "priority ") {
				got[f.Rule+"/"+strings.Split(f.Reason, `"`)[1]] = true
				continue
			}
			ps := r.Priorities
			if len(ps) == 0 {
				ps = prios
			}
			for _, x := range ps {
				got[f.Rule+"/"+x] = true
			}
		}
		want := map[string]bool{}
		for j, r := range spec.Rules {
			ps := r.Priorities
			if len(ps) == 0 {
				ps = prios
			}
			for _, x := range ps {
				selected := false
				for _, s := range values {
					for _, c := range values {
						attrs := map[string]string{"service": s, "customer": c}
						if r.matches(x, attrs) && p.ruleFor(x, attrs) == j {
							selected = true
						}
					}
				}
				if !selected {
					want[r.Name+"/"+x] = true
				}
			}
			if len(r.Priorities) == 0 {
				// A fallback for any priority is reported only when it is
				// never selected at all.
				for _, x := range ps {
					if !want[r.Name+"/"+x] {
						for _, y := range ps {
							delete(want, r.Name+"/"+y)
						}
						break
					}
				}
			}
		}
		require.Equal(t, want, got)
	})
}
