package importer

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Jira Service Management "Export issues → CSV (all fields)". The export has
// one row per issue and no history, so the event log rebuilt from it has
// only what the row records: the opening (Created) and the resolution
// (Resolved), nothing in between. No first response and no pause is
// invented: Incident.NoHistory is set, a report shows response targets
// as "no data", and resolution clocks run unpaused from Created to
// Resolved. The current Status is kept in Source.Status.
//
// Columns read (case-insensitive; Jira repeats some columns, the first
// counts): "Issue key", "Created", "Status" (required); "Resolved",
// "Priority", "Custom field (Impact)", "Custom field (Urgency)",
// "Custom field (Satisfaction rating)" (1–5), "Component/s" (the service),
// and the SLA fields "Custom field (Time to resolution)" and "Custom
// field (Time to first response)" (see jiraVerdict). With Impact and
// Urgency columns their labels must be of the configured matrix's scales;
// a row that leaves both empty, or an export without the columns (most
// exports), takes its priority from Priority: Options.PriorityMap maps
// Jira's names ("Highest") onto the matrix's priority scale, and a label
// of that scale is taken as it is. Dates are Jira's "dd/MMM/yy h:mm AM"
// in English or German ("05/Jun/26 9:15 AM", "05/Mai/26 09:15",
// "05.Mär.26 09:15") or ISO 8601.
var jiraColumns = []string{"issue key", "created", "status"}

// jiraSLAColumns are Jira Service Management's default SLA fields and the
// clock each judges.
var jiraSLAColumns = []struct{ col, metric string }{
	{"custom field (time to resolution)", "resolution"},
	{"custom field (time to first response)", "response"},
}

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
		open := Event{Line: r.line, At: created, Kind: EvOpen, State: StNew, NPS: -1}
		if impS, urgS := r.get("custom field (impact)"), r.get("custom field (urgency)"); impS != "" || urgS != "" {
			if open.Impact, err = level(opts.Matrix.Impact(), "Impact", impS); err != nil {
				return err
			}
			if open.Urgency, err = level(opts.Matrix.Urgency(), "Urgency", urgS); err != nil {
				return err
			}
		} else if open.Priority, err = jiraPriority(opts, r.get("priority")); err != nil {
			return err
		}
		src := &Source{System: "jira", Line: r.line, Status: r.get("status")}
		inc := &Incident{ID: key, Service: cmp.Or(r.get("component/s"), "(no service)"), Opened: created,
			SourcePriority: r.get("priority"), NoHistory: true, Source: src}
		inc.Events = append(inc.Events, open)
		if s := r.get("resolved"); s != "" {
			res, err := parseTime(s, opts.Zone)
			if err != nil {
				return fmt.Errorf("column %q: %w", "Resolved", err)
			}
			if res.Before(created) {
				return fmt.Errorf("resolved %s is before created %s", s, r.get("created"))
			}
			src.Resolved = res
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
		} else if status == StResolved || status == StClosed {
			return fmt.Errorf("status %q but column %q is empty", r.get("status"), "Resolved")
		}
		for _, c := range jiraSLAColumns {
			text := r.get(c.col)
			if text == "" {
				continue
			}
			met, err := jiraVerdict(text)
			if err != nil {
				return fmt.Errorf("column %q: %w", c.col, err)
			}
			final := !met || !src.Resolved.IsZero()
			src.Verdicts = append(src.Verdicts, Verdict{Field: jiraTitle(t, c.col), Metric: c.metric, Met: met, Text: text, Final: final})
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

// jiraTitle is a column's name as the header writes it.
func jiraTitle(t *table, col string) string {
	if i, ok := t.cols[col]; ok {
		return strings.TrimSpace(t.header[i])
	}
	return col
}

// jiraPriority maps Jira's Priority onto a label of the matrix's priority
// scale: through Options.PriorityMap (names compared case-insensitively),
// or as a label of the scale itself.
func jiraPriority(opts Options, p string) (string, error) {
	if p == "" {
		return "", fmt.Errorf("no Impact and Urgency, and Priority is empty")
	}
	for name, label := range opts.PriorityMap {
		if strings.EqualFold(strings.TrimSpace(name), p) {
			if _, err := opts.Matrix.Priority().Parse(label); err != nil {
				return "", fmt.Errorf("column Priority: %q maps to %q: %w", p, label, err)
			}
			return label, nil
		}
	}
	if _, err := opts.Matrix.Priority().Parse(p); err != nil {
		names := slices.Sorted(maps.Keys(opts.PriorityMap))
		return "", fmt.Errorf("no Impact and Urgency, and Priority %q is neither in the priority mapping (%s) nor a label of the matrix: %w", p, strings.Join(names, ", "), err)
	}
	return p, nil
}

var durationWordRE = regexp.MustCompile(`^-?\s*(\d+\s*(w|d|h|m|min|mo|yr)\s*)+$`)

// jiraVerdict reads an SLA field of a Jira export: the verdict of the last
// cycle. Accepted are the words "met", "breached", "not breached",
// "achieved", "failed"; Jira's remaining-time text ("2h 30m" met or still
// within the goal, "-1h 5m" breached, as the issue view shows it); and the
// SLA value object some exports write ("...breached=true..." or
// "\"breached\":true").
func jiraVerdict(s string) (bool, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	switch t {
	case "met", "not breached", "achieved", "ok", "within sla":
		return true, nil
	case "breached", "failed", "missed":
		return false, nil
	}
	switch {
	case strings.Contains(t, "breached=true"), strings.Contains(t, `"breached":true`):
		return false, nil
	case strings.Contains(t, "breached=false"), strings.Contains(t, `"breached":false`):
		return true, nil
	case durationWordRE.MatchString(t):
		return !strings.HasPrefix(t, "-"), nil
	}
	return false, fmt.Errorf("SLA value %q: want met, breached, a remaining time such as \"2h 30m\" or \"-1h 5m\", or an SLA value with breached=true/false", s)
}
