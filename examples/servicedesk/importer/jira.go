package importer

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// Jira Service Management "Export issues → CSV (all fields)". The export has
// one row per issue and no history, so the event log rebuilt from it has
// only: opened (Created), resolved (Resolved), and the current Status at
// Updated when the issue is still open and waiting or in progress. First
// response and pauses cannot be reconstructed: response targets show no
// data for Jira input and resolution clocks run without pauses.
//
// Columns read (case-insensitive; Jira repeats some columns, the first
// counts): "Issue key", "Created", "Status" (required); "Resolved",
// "Updated", "Priority", "Custom field (Impact)", "Custom field (Urgency)",
// "Custom field (Satisfaction rating)" (1–5), "Component/s" (the service),
// "Custom field (Request participants)" is ignored. Impact and urgency must be
// labels of the configured matrix's scales; without them a row is rejected.
var jiraColumns = []string{"issue key", "created", "status"}

// ReadJira reads a Jira Service Management CSV export.
func ReadJira(file string, rd io.Reader, opts Options) ([]*Incident, Stats, error) {
	var st Stats
	t, err := newTable(file, "jira", rd, opts, &st)
	if err != nil {
		return nil, st, err
	}
	if err := t.require(jiraColumns...); err != nil {
		return nil, st, err
	}
	if err := t.require("custom field (impact)", "custom field (urgency)"); err != nil {
		return nil, st, err
	}
	seen := map[string]int{}
	var out []*Incident
	err = t.each(func(r row) error {
		key := r.get("issue key")
		if key == "" {
			return fmt.Errorf("column %q is empty", "Issue key")
		}
		if l, dup := seen[key]; dup {
			return fmt.Errorf("issue %s listed twice (first on line %d)", key, l)
		}
		created, err := parseTime(r.get("created"), opts.Zone)
		if err != nil {
			return fmt.Errorf("column %q: %w", "Created", err)
		}
		status, err := state(r.get("status"))
		if err != nil {
			return fmt.Errorf("column %q: %w", "Status", err)
		}
		imp, err := level(opts.Matrix.Impact(), "Impact", r.get("custom field (impact)"))
		if err != nil {
			return err
		}
		urg, err := level(opts.Matrix.Urgency(), "Urgency", r.get("custom field (urgency)"))
		if err != nil {
			return err
		}
		inc := &Incident{ID: key, Service: cmp.Or(r.get("component/s"), "(no service)"), Opened: created, SourcePriority: r.get("priority")}
		inc.Events = append(inc.Events, Event{Line: r.line, At: created, Kind: EvOpen, State: StNew, Impact: imp, Urgency: urg, NPS: -1})
		if s := r.get("resolved"); s != "" {
			res, err := parseTime(s, opts.Zone)
			if err != nil {
				return fmt.Errorf("column %q: %w", "Resolved", err)
			}
			if res.Before(created) {
				return fmt.Errorf("resolved %s is before created %s", s, r.get("created"))
			}
			final := StResolved
			if status == StCancelled {
				final = StCancelled
			}
			inc.Events = append(inc.Events, Event{Line: r.line, At: res, Kind: EvState, State: final, NPS: -1})
			if s := r.get("custom field (satisfaction rating)"); s != "" {
				c, err := strconv.Atoi(strings.TrimSpace(s))
				if err != nil || c < 1 || c > 5 {
					return fmt.Errorf("satisfaction rating %q: want 1 to 5", s)
				}
				inc.Events = append(inc.Events, Event{Line: r.line, At: res, Kind: EvSurvey, CSAT: c, NPS: -1})
			}
		} else if status != StNew {
			if status == StResolved || status == StClosed {
				return fmt.Errorf("status %q but column %q is empty", r.get("status"), "Resolved")
			}
			at := created
			if s := r.get("updated"); s != "" {
				if at, err = parseTime(s, opts.Zone); err != nil {
					return fmt.Errorf("column %q: %w", "Updated", err)
				}
				at = later(at, created)
			}
			inc.Events = append(inc.Events, Event{Line: r.line, At: at, Kind: EvState, State: status, NPS: -1})
		}
		seen[key] = r.line
		out = append(out, inc)
		return nil
	})
	if err != nil {
		return nil, st, err
	}
	slices.SortStableFunc(st.Errors, func(a, b *RowError) int { return cmp.Compare(a.Line, b.Line) })
	return out, st, nil
}
