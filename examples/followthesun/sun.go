package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/calendar"
	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/rickb777/date/v2"
)

// Options are the command-line flags.
type Options struct {
	Week, Opened, Format string
	Desks                string // desks JSON file; "" = the embedded desks.json
	Target               time.Duration
}

// Desk is one regional service desk: its calendar is package calendar's
// Spec in JSON (zone, weekly hours, holidays by region and explicit dates).
type Desk struct {
	Name     string        `json:"name"`
	City     string        `json:"city"`
	Calendar calendar.Spec `json:"calendar"`
	// HolidayNames names explicit holiday dates (yyyy-mm-dd) for the
	// report; regions' holidays are named by package calendar/holidays.
	HolidayNames map[string]string `json:"holiday_names,omitempty"`
}

// The embedded desks: Dortmund with NRW's holidays, San Francisco with
// California's, Sydney with New South Wales', Singapore with its public
// holidays (Holidays Act, with the Monday after a Sunday holiday) and
// Bengaluru with Karnataka's, all from package calendar/holidays.
//
//go:embed desks.json
var desksJSON []byte

// LoadDesks decodes a desks file.
func LoadDesks(raw []byte) ([]Desk, error) {
	var ds []Desk
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ds); err != nil {
		return nil, err
	}
	if len(ds) == 0 {
		return nil, fmt.Errorf("no desks")
	}
	return ds, nil
}

// Build returns each desk's calendar and their union.
func Build(desks []Desk) ([]*calendar.Calendar, *calendar.Calendar, error) {
	var cals []*calendar.Calendar
	for _, d := range desks {
		c, err := calendar.New(d.Calendar)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", d.Name, err)
		}
		cals = append(cals, c)
	}
	u, err := calendar.Union(cals...)
	if err != nil {
		return nil, nil, err
	}
	return cals, u, nil
}

// Day is the coverage of one UTC day.
type Day struct {
	Date  string                   `json:"date"`
	Open  map[string]time.Duration `json:"-"`
	Union time.Duration            `json:"-"`
	Gap   time.Duration            `json:"-"`
	Notes []string                 `json:"holidays,omitempty"`
}

// Stretch is a piece of the P1 clock held by one or more desks.
type Stretch struct {
	Start, End time.Time
	Desks      []string
}

// Result is everything the program shows.
type Result struct {
	WeekStart, WeekEnd time.Time
	Days               []Day
	Gaps               []itsm.Interval
	Covered, Total     time.Duration
	Opened, Deadline   time.Time
	AloneDeadline      time.Time // the first desk's deadline on its own
	Target             time.Duration
	Stretches          []Stretch
}

// Compute does the work for a week (starting Monday 00:00 UTC).
func Compute(desks []Desk, weekStart, opened time.Time, target time.Duration) (*Result, error) {
	cals, union, err := Build(desks)
	if err != nil {
		return nil, err
	}
	r := &Result{WeekStart: weekStart, WeekEnd: weekStart.AddDate(0, 0, 7), Opened: opened, Target: target}
	r.Total = r.WeekEnd.Sub(r.WeekStart)
	for d := weekStart; d.Before(r.WeekEnd); d = d.AddDate(0, 0, 1) {
		e := d.AddDate(0, 0, 1)
		day := Day{Date: d.Format("Mon 02 Jan"), Open: map[string]time.Duration{}}
		for i, c := range cals {
			day.Open[desks[i].Name] = c.Between(d, e)
			// The desk's local date at noon UTC names the day it works on
			// (Sydney 22:00, Berlin 14:00, San Francisco 05:00).
			local := date.NewAt(d.Add(12 * time.Hour).In(c.Location()))
			for _, ref := range desks[i].Calendar.Holidays {
				set, err := holidays.ForRegion(ref.Region)
				if err != nil {
					return nil, err
				}
				if h, ok := set.Lookup(local); ok {
					note := fmt.Sprintf("%s: %s", desks[i].Name, h.NameEN)
					if h.Estimated {
						note += " (estimated)"
					}
					day.Notes = append(day.Notes, note)
				}
			}
			for _, hd := range desks[i].Calendar.HolidayDates {
				if hd == local {
					name := desks[i].HolidayNames[hd.String()]
					if name == "" {
						name = "holiday"
					}
					day.Notes = append(day.Notes, fmt.Sprintf("%s: %s", desks[i].Name, name))
				}
			}
		}
		day.Union = union.Between(d, e)
		day.Gap = e.Sub(d) - day.Union
		r.Covered += day.Union
		r.Days = append(r.Days, day)
	}
	// Gaps: the complement of the union's spans within the week.
	cur := weekStart
	for s := range union.Spans(weekStart, r.WeekEnd) {
		if s.Start.After(cur) {
			r.Gaps = append(r.Gaps, itsm.Interval{Start: cur, End: s.Start})
		}
		cur = s.End
	}
	if cur.Before(r.WeekEnd) {
		r.Gaps = append(r.Gaps, itsm.Interval{Start: cur, End: r.WeekEnd})
	}
	if r.Deadline, err = union.Add(opened, target); err != nil {
		return nil, err
	}
	if r.AloneDeadline, err = cals[0].Add(opened, target); err != nil {
		return nil, err
	}
	// Who holds the clock: split the union's counted spans at every desk
	// opening and closing.
	for s := range union.Spans(opened, r.Deadline) {
		cuts := []time.Time{s.Start, s.End}
		for _, c := range cals {
			for ds := range c.Spans(s.Start, s.End) {
				cuts = append(cuts, ds.Start, ds.End)
			}
		}
		cuts = sortUnique(cuts)
		for i := 0; i+1 < len(cuts); i++ {
			st := Stretch{Start: cuts[i], End: cuts[i+1]}
			for j, c := range cals {
				if c.IsOpen(cuts[i]) {
					st.Desks = append(st.Desks, desks[j].Name)
				}
			}
			if n := len(r.Stretches); n > 0 && r.Stretches[n-1].End.Equal(st.Start) && strings.Join(r.Stretches[n-1].Desks, "+") == strings.Join(st.Desks, "+") {
				r.Stretches[n-1].End = st.End
				continue
			}
			r.Stretches = append(r.Stretches, st)
		}
	}
	return r, nil
}

func sortUnique(ts []time.Time) []time.Time {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].Before(ts[j-1]); j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
	out := ts[:0]
	for _, t := range ts {
		if len(out) == 0 || !out[len(out)-1].Equal(t) {
			out = append(out, t)
		}
	}
	return out
}

func hm(d time.Duration) string {
	d = d.Round(time.Minute)
	return fmt.Sprintf("%dh%02d", d/time.Hour, (d%time.Hour)/time.Minute)
}

// Run parses the options, computes and writes the result.
func Run(o Options, w io.Writer) error {
	week, err := date.ParseISO(o.Week)
	if err != nil {
		return fmt.Errorf("-week: %w", err)
	}
	if week.Weekday() != time.Monday {
		return fmt.Errorf("-week %s is a %s, not a Monday", o.Week, week.Weekday())
	}
	opened, err := time.Parse(time.RFC3339, o.Opened)
	if err != nil {
		return fmt.Errorf("-opened: %w", err)
	}
	if o.Target <= 0 {
		return fmt.Errorf("-target %s: must be positive", o.Target)
	}
	raw := desksJSON
	if o.Desks != "" {
		if raw, err = os.ReadFile(o.Desks); err != nil {
			return err
		}
	}
	desks, err := LoadDesks(raw)
	if err != nil {
		return fmt.Errorf("desks: %w", err)
	}
	r, err := Compute(desks, week.MidnightIn(time.UTC), opened, o.Target)
	if err != nil {
		return err
	}
	switch o.Format {
	case "json":
		return writeJSON(w, r)
	case "text", "":
		return writeText(w, desks, r)
	}
	return fmt.Errorf("-format %q: want text or json", o.Format)
}

func writeText(w io.Writer, desks []Desk, r *Result) error {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	fmt.Fprintf(w, "Follow-the-sun coverage, week %s – %s (UTC)\n\n", r.WeekStart.Format("Mon 02 Jan 2006"), r.WeekEnd.AddDate(0, 0, -1).Format("Mon 02 Jan 2006"))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "Desk\tCity\tZone\tLocal hours\tHolidays")
	for _, d := range desks {
		var h []string
		for _, ref := range d.Calendar.Holidays {
			h = append(h, ref.Region)
		}
		if n := len(d.Calendar.HolidayDates); n > 0 {
			h = append(h, fmt.Sprintf("%d dates", n))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", d.Name, d.City, d.Calendar.Zone, d.Calendar.Week, strings.Join(h, ", "))
	}
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "Day (UTC)\t")
	for _, d := range desks {
		fmt.Fprintf(tw, "%s\t", d.Name)
	}
	fmt.Fprintln(tw, "Union\tNo desk\t")
	for _, day := range r.Days {
		fmt.Fprintf(tw, "%s\t", day.Date)
		for _, d := range desks {
			fmt.Fprintf(tw, "%s\t", hm(day.Open[d.Name]))
		}
		fmt.Fprintf(tw, "%s\t%s\t  %s\n", hm(day.Union), hm(day.Gap), strings.Join(day.Notes, "; "))
	}
	tw.Flush()
	fmt.Fprintf(w, "\nCovered %s of %s; gaps with no desk open (UTC / Berlin):\n", hm(r.Covered), hm(r.Total))
	for _, g := range r.Gaps {
		fmt.Fprintf(w, "  %s – %s  (%s – %s Berlin)  %s\n", g.Start.UTC().Format("Mon 15:04"), g.End.UTC().Format("Mon 15:04"),
			g.Start.In(berlin).Format("Mon 15:04"), g.End.In(berlin).Format("Mon 15:04"), hm(g.End.Sub(g.Start)))
	}
	fmt.Fprintf(w, "\nP1 opened %s (%s UTC), resolution target %s of desk time:\n", r.Opened.Format("Mon 02 Jan 15:04 MST"), r.Opened.UTC().Format("Mon 15:04"), hm(r.Target))
	fmt.Fprintf(w, "  follow the sun: due %s (%s Berlin)\n", r.Deadline.UTC().Format("Mon 02 Jan 15:04 UTC"), r.Deadline.In(berlin).Format("Mon 15:04"))
	fmt.Fprintf(w, "  %-15s due %s (%s Berlin)\n", desks[0].Name+" alone:", r.AloneDeadline.UTC().Format("Mon 02 Jan 15:04 UTC"), r.AloneDeadline.In(berlin).Format("Mon 15:04"))
	fmt.Fprintln(w, "  who holds the clock:")
	for _, s := range r.Stretches {
		fmt.Fprintf(w, "    %s – %s UTC  %-6s %s\n", s.Start.UTC().Format("Mon 02 Jan 15:04"), s.End.UTC().Format("Mon 15:04"), hm(s.End.Sub(s.Start)), strings.Join(s.Desks, " + "))
	}
	return nil
}

func writeJSON(w io.Writer, r *Result) error {
	type day struct {
		Date     string            `json:"date"`
		Open     map[string]string `json:"open"`
		Union    string            `json:"union"`
		Gap      string            `json:"gap"`
		Holidays []string          `json:"holidays,omitempty"`
	}
	type stretch struct {
		Start time.Time `json:"start"`
		End   time.Time `json:"end"`
		Desks []string  `json:"desks"`
	}
	out := struct {
		WeekStart     time.Time       `json:"week_start"`
		Days          []day           `json:"days"`
		Gaps          []itsm.Interval `json:"gaps"`
		Covered       string          `json:"covered"`
		Opened        time.Time       `json:"opened"`
		Target        string          `json:"target"`
		Deadline      time.Time       `json:"deadline"`
		AloneDeadline time.Time       `json:"deadline_first_desk_alone"`
		Stretches     []stretch       `json:"stretches"`
	}{WeekStart: r.WeekStart, Gaps: r.Gaps, Covered: r.Covered.String(), Opened: r.Opened, Target: r.Target.String(),
		Deadline: r.Deadline.UTC(), AloneDeadline: r.AloneDeadline.UTC()}
	for _, d := range r.Days {
		x := day{Date: d.Date, Open: map[string]string{}, Union: d.Union.String(), Gap: d.Gap.String(), Holidays: d.Notes}
		for k, v := range d.Open {
			x.Open[k] = v.String()
		}
		out.Days = append(out.Days, x)
	}
	for _, s := range r.Stretches {
		out.Stretches = append(out.Stretches, stretch{s.Start.UTC(), s.End.UTC(), s.Desks})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
