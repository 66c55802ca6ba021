package importer

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// ReadOutages reads the outage and maintenance log (see doc.go).
func ReadOutages(file string, rd io.Reader, opts Options) ([]Outage, Stats, error) {
	var st Stats
	t, err := newTable(file, "outages", rd, opts, &st)
	if err != nil {
		return nil, st, err
	}
	if err := t.require("service", "start", "end", "kind"); err != nil {
		return nil, st, err
	}
	var out []Outage
	err = t.each(func(r row) error {
		o := Outage{Line: r.line, Service: r.get("service"), Kind: strings.ToLower(r.get("kind")), Ticket: r.get("ticket"), Note: r.get("note")}
		if o.Service == "" {
			return fmt.Errorf("service is empty")
		}
		if o.Kind != "outage" && o.Kind != "maintenance" {
			return fmt.Errorf("kind %q: want outage or maintenance", r.get("kind"))
		}
		if o.Start, err = parseTime(r.get("start"), opts.Zone); err != nil {
			return fmt.Errorf("start: %w", err)
		}
		if o.End, err = parseTime(r.get("end"), opts.Zone); err != nil {
			return fmt.Errorf("end: %w", err)
		}
		if !o.Start.Before(o.End) {
			return fmt.Errorf("interval [%s, %s) is empty", r.get("start"), r.get("end"))
		}
		out = append(out, o)
		return nil
	})
	return out, st, err
}

// ReadChanges reads the planned change requests (see doc.go).
//
// Change logs are often exported one row per change × CI. The rows of one
// change are merged into one Change with the CIs in row order (duplicates
// once). They must agree: type, start, end (compared as instants), title,
// service, assignee, requested, rollback, tested, users and downtime; an
// empty field in one row is not stated there and takes the other rows'
// value. When they do not agree it is unknowable which row is right, so
// every row of that change is rejected, each with the disagreement, and
// the other changes are still read.
//
// A change that starts and ends at the same time is a zero-length change,
// a real record (many change logs hold thousands); only one that ends
// before it starts is rejected.
func ReadChanges(file string, rd io.Reader, opts Options) ([]Change, Stats, error) {
	var st Stats
	t, err := newTable(file, "changes", rd, opts, &st)
	if err != nil {
		return nil, st, err
	}
	if err := t.require("change", "type", "service", "ci", "start", "end"); err != nil {
		return nil, st, err
	}
	groups := map[string][]changeRow{}
	var order []string
	err = t.each(func(r row) error {
		x, err := parseChangeRow(r, opts)
		if err != nil {
			return err
		}
		if _, seen := groups[x.c.ID]; !seen {
			order = append(order, x.c.ID)
		}
		groups[x.c.ID] = append(groups[x.c.ID], x)
		return nil
	})
	if err != nil {
		return nil, st, err
	}
	out := make([]Change, 0, len(order))
	for _, id := range order {
		c, err := mergeChangeRows(groups[id])
		if err != nil {
			for _, x := range groups[id] {
				if err := t.unreject(x.c.Line, err); err != nil {
					return nil, st, err
				}
			}
			continue
		}
		out = append(out, c)
	}
	slices.SortStableFunc(st.Errors, func(a, b *RowError) int { return cmp.Compare(a.Line, b.Line) })
	return out, st, nil
}

// changeRow is one row of the change log: the change it describes (with
// its one CI) and its fields' text as written, for merging and messages.
type changeRow struct {
	c   Change
	raw map[string]string
}

// changeFields are the columns the rows of one change must agree on, in
// the order they are compared (and named in errors).
var changeFields = []string{"type", "start", "end", "title", "service", "assignee", "requested", "rollback", "tested", "users", "downtime"}

func parseChangeRow(r row, opts Options) (changeRow, error) {
	x := changeRow{raw: map[string]string{}}
	for _, f := range changeFields {
		x.raw[f] = r.get(f)
	}
	c := Change{Line: r.line, ID: r.get("change"), Type: strings.ToLower(r.get("type")), Title: r.get("title"),
		Service: r.get("service"), Assignee: r.get("assignee")}
	ci := r.get("ci")
	if c.ID == "" || ci == "" {
		return x, fmt.Errorf("change and ci must not be empty")
	}
	c.CIs = []string{ci}
	switch c.Type {
	case "standard", "normal", "emergency":
	default:
		return x, fmt.Errorf("type %q: want standard, normal or emergency", r.get("type"))
	}
	var err error
	if c.Start, err = parseTime(r.get("start"), opts.Zone); err != nil {
		return x, fmt.Errorf("start: %w", err)
	}
	if c.End, err = parseTime(r.get("end"), opts.Zone); err != nil {
		return x, fmt.Errorf("end: %w", err)
	}
	if c.End.Before(c.Start) {
		return x, fmt.Errorf("change %s ends before it starts: [%s, %s)", c.ID, r.get("start"), r.get("end"))
	}
	if s := r.get("requested"); s != "" {
		if c.Requested, err = parseTime(s, opts.Zone); err != nil {
			return x, fmt.Errorf("requested: %w", err)
		}
	}
	for _, f := range []struct {
		col string
		dst *bool
	}{{"rollback", &c.Rollback}, {"tested", &c.Tested}, {"downtime", &c.Downtime}} {
		if *f.dst, err = yes(r.get(f.col)); err != nil {
			return x, fmt.Errorf("%s: %w", f.col, err)
		}
	}
	if s := r.get("users"); s != "" {
		if c.Users, err = strconv.Atoi(s); err != nil || c.Users < 0 {
			return x, fmt.Errorf("users %q: want a count", s)
		}
	}
	x.c = c
	return x, nil
}

// field returns the row's value of a change field in comparable form ("",
// when the row leaves it empty) and whether the row states it.
func (x changeRow) field(name string) (any, bool) {
	if x.raw[name] == "" {
		return nil, false
	}
	c := x.c
	switch name {
	case "type":
		return c.Type, true
	case "start":
		return c.Start.UnixNano(), true
	case "end":
		return c.End.UnixNano(), true
	case "requested":
		return c.Requested.UnixNano(), true
	case "title":
		return c.Title, true
	case "service":
		return c.Service, true
	case "assignee":
		return c.Assignee, true
	case "rollback":
		return c.Rollback, true
	case "tested":
		return c.Tested, true
	case "users":
		return c.Users, true
	case "downtime":
		return c.Downtime, true
	}
	panic("unknown change field " + name)
}

// mergeChangeRows merges the rows of one change (in file order), or says
// where they disagree.
func mergeChangeRows(rows []changeRow) (Change, error) {
	c := rows[0].c
	c.CIs = nil
	from := map[string]changeRow{} // the first row stating each field
	for _, x := range rows {
		for _, f := range changeFields {
			v, ok := x.field(f)
			if !ok {
				continue
			}
			first, seen := from[f]
			if !seen {
				from[f] = x
				continue
			}
			if w, _ := first.field(f); w != v {
				return Change{}, fmt.Errorf("change %s: its rows disagree on %s: %q on line %d, %q on line %d; all %d rows of the change are rejected",
					c.ID, f, first.raw[f], first.c.Line, x.raw[f], x.c.Line, len(rows))
			}
		}
		if !slices.Contains(c.CIs, x.c.CIs[0]) {
			c.CIs = append(c.CIs, x.c.CIs[0])
		}
	}
	// Fields the first row leaves empty come from the first row stating them.
	if x, ok := from["title"]; ok {
		c.Title = x.c.Title
	}
	if x, ok := from["service"]; ok {
		c.Service = x.c.Service
	}
	if x, ok := from["assignee"]; ok {
		c.Assignee = x.c.Assignee
	}
	if x, ok := from["requested"]; ok {
		c.Requested = x.c.Requested
	}
	if x, ok := from["rollback"]; ok {
		c.Rollback = x.c.Rollback
	}
	if x, ok := from["tested"]; ok {
		c.Tested = x.c.Tested
	}
	if x, ok := from["users"]; ok {
		c.Users = x.c.Users
	}
	if x, ok := from["downtime"]; ok {
		c.Downtime = x.c.Downtime
	}
	return c, nil
}

func yes(s string) (bool, error) {
	switch strings.ToLower(s) {
	case "yes", "y", "true", "1":
		return true, nil
	case "no", "n", "false", "0", "":
		return false, nil
	}
	return false, fmt.Errorf("%q: want yes or no", s)
}
