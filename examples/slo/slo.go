package main

import (
	_ "embed"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/kpi"
)

//go:embed scenario.json
var embeddedScenario []byte

// Options are the command-line flags.
type Options struct {
	Scenario, In, Now, Format string
}

// Scenario describes synthetic traffic: requests per hour of the day (in
// Zone), a baseline error rate, and incidents with their own error rate.
// Rates are integers per million requests, so the counts are exact.
type Scenario struct {
	Service         string           `json:"service"`
	SLO             kpi.SLO          `json:"slo"`
	Policy          *kpi.AlertPolicy `json:"policy,omitempty"` // default: the SRE workbook table
	Now             time.Time        `json:"now"`
	Zone            string           `json:"zone"`
	Bucket          itsm.Duration    `json:"bucket"`
	RequestsPerHour [24]int64        `json:"requests_per_hour"`
	BaselinePPM     int64            `json:"baseline_errors_per_million"`
	Incidents       []struct {
		Name  string    `json:"name"`
		Start time.Time `json:"start"`
		End   time.Time `json:"end,omitzero"` // zero: still going on
		PPM   int64     `json:"errors_per_million"`
	} `json:"incidents"`
}

// Buckets expands the scenario into count buckets covering [from, to).
func (s *Scenario) Buckets(from, to time.Time) ([]kpi.CountBucket, error) {
	loc, err := time.LoadLocation(s.Zone)
	if err != nil {
		return nil, err
	}
	b := time.Duration(s.Bucket)
	if b <= 0 || time.Hour%b != 0 {
		return nil, fmt.Errorf("bucket %s must divide an hour", b)
	}
	perHour := int64(time.Hour / b)
	var out []kpi.CountBucket
	var carry int64 // failures carried over in millionths, so no error is lost to rounding
	for t := from; t.Before(to); t = t.Add(b) {
		total := s.RequestsPerHour[t.In(loc).Hour()] / perHour
		ppm := s.BaselinePPM
		for _, in := range s.Incidents {
			if !t.Before(in.Start) && (in.End.IsZero() || t.Before(in.End)) {
				ppm = max(ppm, in.PPM)
			}
		}
		iv, err := itsm.NewInterval(t, t.Add(b))
		if err != nil {
			return nil, err
		}
		carry += total * ppm
		bad := min(carry/1_000_000, total)
		carry -= bad * 1_000_000
		out = append(out, kpi.CountBucket{Interval: iv, Counts: kpi.Counts{Bad: bad, Total: total}})
	}
	return out, nil
}

// ReadBuckets reads start,end,bad,total rows; errors name the line.
func ReadBuckets(r io.Reader) ([]kpi.CountBucket, error) {
	cr := csv.NewReader(r)
	recs, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 || strings.ToLower(strings.Join(recs[0], ",")) != "start,end,bad,total" {
		return nil, errors.New("line 1: header must be start,end,bad,total")
	}
	var out []kpi.CountBucket
	for i, rec := range recs[1:] {
		line := i + 2
		s, err1 := time.Parse(time.RFC3339, rec[0])
		e, err2 := time.Parse(time.RFC3339, rec[1])
		bad, err3 := strconv.ParseInt(rec[2], 10, 64)
		tot, err4 := strconv.ParseInt(rec[3], 10, 64)
		if err := errors.Join(err1, err2, err3, err4); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		iv, err := itsm.NewInterval(s, e)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if bad < 0 || tot < bad {
			return nil, fmt.Errorf("line %d: bad %d of total %d", line, bad, tot)
		}
		out = append(out, kpi.CountBucket{Interval: iv, Counts: kpi.Counts{Bad: bad, Total: tot}})
	}
	// Evaluation cuts windows out by binary search: keep the buckets in order.
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out, nil
}

// Firing is a stretch during which an alert row fired (sampled hourly).
type Firing struct {
	Alert       int
	From, Until time.Time // Until zero: still firing at now
}

// Result is what the program reports.
type Result struct {
	Scenario *Scenario
	Now      time.Time
	Window   itsm.Interval
	Counts   kpi.Counts
	Budget   kpi.ErrorBudget
	Alerts   []kpi.AlertResult
	Policy   kpi.AlertPolicy
	Firings  []Firing
	Step     time.Duration
}

// Evaluate computes the budget and the alerts at now, and samples the alerts
// every step over the lookback before now.
func Evaluate(s *Scenario, buckets []kpi.CountBucket, now time.Time, lookback, step time.Duration) (*Result, error) {
	if err := s.SLO.Validate(); err != nil {
		return nil, err
	}
	pol := kpi.DefaultAlertPolicy()
	if s.Policy != nil {
		pol = *s.Policy
	}
	r := &Result{Scenario: s, Now: now, Policy: pol, Step: step}
	var err error
	if r.Window, err = s.SLO.WindowAt(now); err != nil {
		return nil, err
	}
	if r.Counts, err = kpi.CountsOver(buckets, now, r.Window.End.Sub(r.Window.Start)); err != nil {
		return nil, err
	}
	if r.Budget, err = s.SLO.Budget(r.Counts.Bad, r.Counts.Total); err != nil {
		return nil, err
	}
	if r.Alerts, err = alertsAt(s, pol, buckets, now); err != nil {
		return nil, err
	}
	open := map[int]*Firing{}
	for t := now.Add(-lookback); !t.After(now); t = t.Add(step) {
		res, err := alertsAt(s, pol, buckets, t)
		if err != nil {
			return nil, err
		}
		for i, a := range res {
			switch f := open[i]; {
			case a.Fires && f == nil:
				open[i] = &Firing{Alert: i, From: t}
			case !a.Fires && f != nil:
				f.Until = t
				r.Firings = append(r.Firings, *f)
				delete(open, i)
			}
		}
	}
	for i := range pol.Alerts {
		if f := open[i]; f != nil {
			r.Firings = append(r.Firings, *f)
		}
	}
	return r, nil
}

func alertsAt(s *Scenario, p kpi.AlertPolicy, buckets []kpi.CountBucket, at time.Time) ([]kpi.AlertResult, error) {
	// Only the buckets of the longest window matter; buckets are in time
	// order, so cut that stretch out by binary search before summing.
	var longest time.Duration
	for _, a := range p.Alerts {
		longest = max(longest, time.Duration(a.LongWindow))
	}
	lo := sort.Search(len(buckets), func(i int) bool { return !buckets[i].Start.Before(at.Add(-longest)) })
	hi := sort.Search(len(buckets), func(i int) bool { return buckets[i].End.After(at) })
	buckets = buckets[lo:max(lo, hi)]
	obs := map[time.Duration]kpi.Counts{}
	for _, a := range p.Alerts {
		for _, w := range []time.Duration{time.Duration(a.LongWindow), time.Duration(a.ShortWindow)} {
			if _, ok := obs[w]; ok {
				continue
			}
			c, err := kpi.CountsOver(buckets, at, w)
			if err != nil {
				return nil, err
			}
			obs[w] = c
		}
	}
	return s.SLO.EvaluateAlerts(p, obs)
}

// burn formats a burn rate at prec places, "–" for a window without events.
func burn(c kpi.Counts, r decimal.Decimal, prec int32) string {
	if c.Total == 0 {
		return "–"
	}
	return r.StringFixedBank(prec)
}

// Run loads the scenario (and optional counts), evaluates and writes.
func Run(o Options, w io.Writer) error {
	raw := embeddedScenario
	if o.Scenario != "" {
		b, err := os.ReadFile(o.Scenario)
		if err != nil {
			return err
		}
		raw = b
	}
	var s Scenario
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return fmt.Errorf("scenario: %w", err)
	}
	now := s.Now
	if o.Now != "" {
		t, err := time.Parse(time.RFC3339, o.Now)
		if err != nil {
			return fmt.Errorf("-now: %w", err)
		}
		now = t
	}
	win, err := s.SLO.WindowAt(now)
	if err != nil {
		return err
	}
	var buckets []kpi.CountBucket
	if o.In != "" {
		f, err := os.Open(o.In)
		if err != nil {
			return err
		}
		defer f.Close()
		if buckets, err = ReadBuckets(f); err != nil {
			return fmt.Errorf("%s: %w", o.In, err)
		}
	} else if buckets, err = s.Buckets(win.Start.Add(-4*24*time.Hour), now); err != nil {
		return err
	}
	r, err := Evaluate(&s, buckets, now, 4*24*time.Hour, time.Hour)
	if err != nil {
		return err
	}
	switch o.Format {
	case "json":
		return writeJSON(w, r)
	case "text", "":
		return writeText(w, r)
	}
	return fmt.Errorf("-format %q: want text or json", o.Format)
}

func writeText(w io.Writer, r *Result) error {
	loc, err := time.LoadLocation(r.Scenario.Zone)
	if err != nil {
		return err
	}
	s, b := r.Scenario, r.Budget
	length := s.SLO.Length.String()
	if l := time.Duration(s.SLO.Length); l > 0 && l%(24*time.Hour) == 0 {
		length = fmt.Sprintf("%d days", l/(24*time.Hour))
	}
	fmt.Fprintf(w, "SLO %q for %s: %s %% good requests, %s window of %s\n", s.SLO.Name, s.Service, s.SLO.Target, s.SLO.Window, length)
	fmt.Fprintf(w, "Now %s; window %s – %s\n\n", r.Now.In(loc).Format("Mon 02 Jan 2006 15:04 MST"), r.Window.Start.In(loc).Format("02 Jan 15:04"), r.Window.End.In(loc).Format("02 Jan 15:04"))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "Requests\t%d\n", r.Counts.Total)
	fmt.Fprintf(tw, "Failed\t%d\n", r.Counts.Bad)
	fmt.Fprintf(tw, "Error budget (allowed failures)\t%s\n", b.Allowed.String())
	if c, ok := b.ConsumedPercent(1); ok {
		fmt.Fprintf(tw, "Budget consumed\t%s %%\n", c)
	}
	fmt.Fprintf(tw, "Budget remaining\t%s requests\n", b.Remaining.String())
	if b.Total > 0 {
		fmt.Fprintf(tw, "Burn rate over the window\t%s (1 spends exactly the budget)\n", b.BurnRate.RoundBank(2))
	}
	fmt.Fprintf(tw, "Exhausted\t%v\n", b.Exhausted)
	if d, err := kpi.AllowedDowntime(s.SLO.Target, time.Duration(s.SLO.Length)); err == nil {
		fmt.Fprintf(tw, "Same target as downtime\t%s per %s\n", d, length)
	}
	tw.Flush()

	fmt.Fprintln(w, "\nBurn-rate alerts now (fire when both windows burn faster than the threshold):")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Severity\tLong\tShort\tThreshold\tBudget\tLong burn\tShort burn\tFires\t")
	for _, a := range r.Alerts {
		fire := "no"
		if a.Fires {
			fire = "YES"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s %%\t%s\t%s\t%s\t\n", a.Alert.Severity, a.Alert.LongWindow, a.Alert.ShortWindow, a.Alert.BurnRate,
			a.Alert.BudgetPercent, burn(a.Long, a.LongBurn, 2), burn(a.Short, a.ShortBurn, 2), fire)
	}
	tw.Flush()

	fmt.Fprintf(w, "\nAlerts over the last 4 days (sampled every %s):\n", itsm.Duration(r.Step))
	if len(r.Firings) == 0 {
		fmt.Fprintln(w, "  none fired")
	}
	for _, f := range r.Firings {
		a := r.Policy.Alerts[f.Alert]
		until := "still firing"
		if !f.Until.IsZero() {
			until = "until " + f.Until.In(loc).Format("Mon 02 Jan 15:04")
		}
		fmt.Fprintf(w, "  %-6s %s/%s > %s: from %s %s\n", a.Severity, a.LongWindow, a.ShortWindow, a.BurnRate, f.From.In(loc).Format("Mon 02 Jan 15:04"), until)
	}
	fmt.Fprintln(w, "\nIncidents in the scenario:")
	for _, in := range s.Incidents {
		end := "ongoing"
		if !in.End.IsZero() {
			end = in.End.In(loc).Format("Mon 02 Jan 15:04")
		}
		fmt.Fprintf(w, "  %s – %-16s %6.2f %% errors  %s\n", in.Start.In(loc).Format("Mon 02 Jan 15:04"), end, float64(in.PPM)/10000, in.Name)
	}
	return nil
}

func writeJSON(w io.Writer, r *Result) error {
	type alert struct {
		kpi.BurnRateAlert
		LongBurn  string `json:"long_burn"`
		ShortBurn string `json:"short_burn"`
		Fires     bool   `json:"fires"`
	}
	type firing struct {
		Alert int       `json:"alert"`
		From  time.Time `json:"from"`
		Until time.Time `json:"until,omitzero"`
	}
	out := struct {
		SLO      kpi.SLO       `json:"slo"`
		Now      time.Time     `json:"now"`
		Window   itsm.Interval `json:"window"`
		Total    int64         `json:"total"`
		Bad      int64         `json:"bad"`
		Allowed  string        `json:"allowed"`
		Consumed string        `json:"consumed"`
		Remain   string        `json:"remaining"`
		Burn     string        `json:"burn_rate"`
		Alerts   []alert       `json:"alerts"`
		Firings  []firing      `json:"firings"`
	}{SLO: r.Scenario.SLO, Now: r.Now, Window: r.Window, Total: r.Counts.Total, Bad: r.Counts.Bad,
		Allowed: r.Budget.Allowed.String(), Remain: r.Budget.Remaining.String(), Burn: burn(r.Counts, r.Budget.BurnRate, 6)}
	out.Consumed = out.Burn // the share of the budget spent equals the burn rate
	for _, a := range r.Alerts {
		out.Alerts = append(out.Alerts, alert{a.Alert, burn(a.Long, a.LongBurn, 6), burn(a.Short, a.ShortBurn, 6), a.Fires})
	}
	for _, f := range r.Firings {
		out.Firings = append(out.Firings, firing(f))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
