package main

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"time"
)

// DefaultSeed is the seed of the committed data set.
const DefaultSeed = 20260706

// File is one generated file.
type File struct {
	Name string
	Data []byte
}

// The company's world. These facts are the generator's own, written out
// independently of the itsmkit calendar packages, so that the example's tests
// can compare the library's answers with a second source.
var (
	berlin = mustZone("Europe/Berlin")
	// PeriodStart and PeriodEnd bound the reporting quarter (Q2 2026): it
	// holds six NRW public holidays, including the regional Fronleichnam.
	PeriodStart = time.Date(2026, 4, 1, 0, 0, 0, 0, berlin)
	PeriodEnd   = time.Date(2026, 7, 1, 0, 0, 0, 0, berlin)
	// Now is the "Monday morning" of the report: nothing after it is known.
	Now = time.Date(2026, 7, 6, 8, 0, 0, 0, berlin)
	// nrwHolidays are the public holidays of Nordrhein-Westfalen between
	// PeriodStart and Now (Karfreitag, Ostermontag, Tag der Arbeit, Christi
	// Himmelfahrt, Pfingstmontag, Fronleichnam).
	nrwHolidays = []string{"2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25", "2026-06-04"}
)

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

func isHoliday(t time.Time) bool {
	return slices.Contains(nrwHolidays, t.Format("2006-01-02"))
}

// workday reports whether t's civil day is a working day of the desk.
func workday(t time.Time) bool {
	wd := t.Weekday()
	return wd != time.Saturday && wd != time.Sunday && !isHoliday(t)
}

// The desk works Mon–Fri 07:00–18:00 local time, NRW holidays off.
const openHour, closeHour = 7, 18

// deskOpen reports whether the desk is working at t.
func deskOpen(t time.Time) bool {
	t = t.In(berlin)
	return workday(t) && t.Hour() >= openHour && t.Hour() < closeHour
}

// addBiz returns the instant d of desk business time after t.
func addBiz(t time.Time, d time.Duration) time.Time {
	t = t.In(berlin)
	for {
		day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, berlin)
		if workday(day) {
			open := day.Add(openHour * time.Hour)
			close := day.Add(closeHour * time.Hour)
			if t.Before(open) {
				t = open
			}
			if t.Before(close) {
				if left := close.Sub(t); d <= left {
					return t.Add(d)
				} else {
					d -= left
				}
			}
		}
		t = time.Date(t.Year(), t.Month(), t.Day()+1, 0, 0, 0, 0, berlin)
	}
}

// Services, their owning team and their share of the incident volume.
type service struct {
	Name, Team string
	Weight     int
	VendorP    float64 // probability a specialist ticket goes to the vendor
}

var services = []service{
	{"Workplace", "Workplace", 30, 0.06},
	{"SAP ERP", "SAP Basis", 20, 0.08},
	{"E-Mail", "Workplace", 15, 0.05},
	{"Network & VPN", "Network", 12, 0.15},
	{"Printing", "Workplace", 10, 0.10},
	{"Warehouse Scanning", "SAP Basis", 7, 0.10},
	{"Telephony", "Network", 6, 0.18},
}

var specialistTeams = []string{"Network", "Workplace", "SAP Basis"}

// hourlyRate is the mean number of incidents opened per hour on a working day.
var hourlyRate = [24]float64{
	0.2, 0.15, 0.1, 0.1, 0.15, 0.3, 0.8, 2.5, 6.5, 6.5, 5.5, 4.5,
	3.0, 5.0, 5.0, 4.5, 3.2, 2.0, 1.0, 0.7, 0.5, 0.4, 0.3, 0.25,
}

const offDayRate = 0.25 // per hour at weekends and on holidays

type event struct {
	At                                  time.Time
	Kind, State, Team, Service, Contact string
	Impact, Urgency, Priority           int
	Reason                              string
	CSAT, NPS                           int
	order                               int
}

type ticket struct {
	ID     string
	Opened time.Time
	Events []event
}

func (tk *ticket) add(e event) {
	e.order = len(tk.Events)
	tk.Events = append(tk.Events, e)
}

type outage struct {
	Service    string
	Start, End time.Time
	Kind       string
	Note       string
	Ticket     *ticket // the major incident it raised, if any
}

type gen struct {
	r       *rand.Rand
	tickets []*ticket
	outages []outage
}

func (g *gen) uniform(a, b float64) float64 { return a + (b-a)*g.r.Float64() }

// lognormal draws a duration with the given median and log-sd.
func (g *gen) lognormal(median time.Duration, sigma float64) time.Duration {
	return time.Duration(float64(median) * math.Exp(sigma*g.r.NormFloat64())).Round(time.Minute)
}

func (g *gen) exp(mean time.Duration) time.Duration {
	return time.Duration(float64(mean) * g.r.ExpFloat64()).Round(time.Minute)
}

func (g *gen) poisson(lambda float64) int {
	l, k, p := math.Exp(-lambda), 0, 1.0
	for {
		p *= g.r.Float64()
		if p <= l {
			return k
		}
		k++
	}
}

// pick returns an index drawn with the given weights.
func (g *gen) pick(weights ...float64) int {
	var sum float64
	for _, w := range weights {
		sum += w
	}
	x := g.r.Float64() * sum
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

func (g *gen) pickService() service {
	ws := make([]float64, len(services))
	for i, s := range services {
		ws[i] = float64(s.Weight)
	}
	return services[g.pick(ws...)]
}

func (g *gen) contact() string {
	return []string{"phone", "email", "portal", "chat"}[g.pick(40, 25, 30, 5)]
}

// Generate produces the three data files for seed.
func Generate(seed uint64) ([]File, error) {
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	g.outagesAndMaintenance()
	g.arrivals()
	g.majorIncidents()

	slices.SortStableFunc(g.tickets, func(a, b *ticket) int { return a.Opened.Compare(b.Opened) })
	for i, tk := range g.tickets {
		tk.ID = fmt.Sprintf("INC%07d", 10001+i)
	}
	inc, err := g.incidentsCSV()
	if err != nil {
		return nil, err
	}
	out, err := g.outagesCSV()
	if err != nil {
		return nil, err
	}
	chg, err := changesCSV()
	if err != nil {
		return nil, err
	}
	return []File{{"incidents.csv", inc}, {"outages.csv", out}, {"changes.csv", chg}}, nil
}

// arrivals draws the everyday incidents hour by hour.
func (g *gen) arrivals() {
	for h := PeriodStart; h.Before(Now); h = h.Add(time.Hour) {
		rate := offDayRate
		if workday(h) {
			rate = hourlyRate[h.In(berlin).Hour()]
		}
		for range g.poisson(rate) {
			opened := h.Add(time.Duration(g.r.IntN(3600)) * time.Second).Truncate(time.Minute)
			g.incident(opened)
		}
	}
}

func priorityOf(impact, urgency int) int { return impact + urgency - 1 } // the ITIL 3×3 matrix

// incident simulates one ordinary ticket's life.
func (g *gen) incident(opened time.Time) {
	svc := g.pickService()
	impact := 1 + g.pick(6, 25, 69)
	urgency := 1 + g.pick(12, 38, 50)
	tk := &ticket{Opened: opened}
	g.tickets = append(g.tickets, tk)
	contact := g.contact()
	tk.add(event{At: opened, Kind: "open", State: "New", Team: "Service Desk", Service: svc.Name,
		Impact: impact, Urgency: urgency, Contact: contact})
	prio := priorityOf(impact, urgency)

	// A VIP caller's ticket is raised to priority 2 by hand: an override.
	if prio > 2 && g.r.Float64() < 0.02 {
		tk.add(event{At: opened.Add(time.Minute), Kind: "priority", Priority: 2, Reason: "VIP caller"})
		prio = 2
	}

	// Acknowledgement: P1 on call around the clock, others in desk hours.
	var ack time.Time
	ackMean := []time.Duration{0, 6 * time.Minute, 12 * time.Minute, 35 * time.Minute, 80 * time.Minute, 140 * time.Minute}[prio]
	if prio == 1 {
		ack = opened.Add(time.Minute + g.exp(ackMean))
	} else if (contact == "phone" || contact == "chat") && deskOpen(opened) {
		ack = opened.Add(time.Duration(1+g.r.IntN(3)) * time.Minute) // the call is the first contact
	} else {
		ack = addBiz(opened, time.Minute+g.exp(ackMean))
	}
	tk.add(event{At: ack, Kind: "state", State: "In Progress"})
	biz := func(t time.Time, d time.Duration) time.Time {
		if prio == 1 {
			return t.Add(d)
		}
		return addBiz(t, d)
	}

	// Duplicates are cancelled.
	if g.r.Float64() < 0.015 {
		tk.add(event{At: biz(ack, g.exp(30*time.Minute)+5*time.Minute), Kind: "state", State: "Cancelled"})
		return
	}
	// Occasionally the urgency is raised after a call-back.
	if urgency > 1 && g.r.Float64() < 0.03 {
		urgency--
		tk.add(event{At: biz(ack, g.exp(45*time.Minute)+2*time.Minute), Kind: "impact", Impact: impact, Urgency: urgency})
		prio = min(prio, priorityOf(impact, urgency))
	}

	var resolved time.Time
	team := "Service Desk"
	fcr := []float64{0, 0, 0.1, 0.35, 0.5, 0.55}[prio]
	if contact == "phone" || contact == "chat" {
		fcr += 0.25 // talking to the user solves more at once
	}
	if g.r.Float64() < fcr {
		resolved = biz(ack, 5*time.Minute+g.exp(20*time.Minute))
	} else {
		t := biz(ack, 2*time.Minute+g.exp(10*time.Minute))
		team = svc.Team
		if g.r.Float64() < 0.12 { // misrouted first
			wrong := specialistTeams[g.r.IntN(len(specialistTeams))]
			if wrong == team {
				wrong = "Service Desk"
			}
			tk.add(event{At: t, Kind: "assign", Team: wrong})
			t = biz(t, 30*time.Minute+g.lognormal(2*time.Hour, 0.8))
		}
		tk.add(event{At: t, Kind: "assign", Team: team})
		median := []time.Duration{0, 90 * time.Minute, 3 * time.Hour, 7 * time.Hour, 16 * time.Hour, 30 * time.Hour}[prio]
		effort := g.lognormal(median, 0.7)
		if g.r.Float64() < 0.025 { // stuck: waiting on a part, forgotten in a queue
			effort *= 5
		}
		first := time.Duration(float64(effort) * g.uniform(0.2, 0.7)).Round(time.Minute)
		t = biz(t, first)
		effort -= first
		if prio > 1 && g.r.Float64() < 0.18 {
			tk.add(event{At: t, Kind: "state", State: "Awaiting User Info"})
			t = addBiz(t, g.lognormal(5*time.Hour, 1.0))
			tk.add(event{At: t, Kind: "state", State: "In Progress"})
		}
		if prio > 1 && g.r.Float64() < svc.VendorP {
			tk.add(event{At: t, Kind: "assign", Team: "Vendor"})
			tk.add(event{At: t, Kind: "state", State: "Awaiting Vendor"})
			wait := g.lognormal(14*time.Hour, 0.9)
			if g.r.Float64() < 0.08 { // a supplier that takes weeks
				wait = g.lognormal(120*time.Hour, 0.5)
			}
			t = addBiz(t, wait)
			tk.add(event{At: t, Kind: "assign", Team: team})
			tk.add(event{At: t, Kind: "state", State: "In Progress"})
		}
		resolved = biz(t, effort+time.Minute)
	}
	tk.add(event{At: resolved, Kind: "state", State: "Resolved"})
	g.afterResolution(tk, resolved, team, 0)
}

// afterResolution adds a possible reopening, the survey and the closure.
func (g *gen) afterResolution(tk *ticket, resolved time.Time, team string, reopenP float64) {
	reopened := false
	if reopenP == 0 {
		reopenP = 0.05
	}
	if g.r.Float64() < reopenP {
		reopened = true
		at := addBiz(resolved, 30*time.Minute+g.lognormal(4*time.Hour, 1))
		tk.add(event{At: at, Kind: "state", State: "In Progress", Reason: "reopened by user"})
		if team == "Service Desk" && g.r.Float64() < 0.5 {
			team = "Workplace"
			tk.add(event{At: at.Add(5 * time.Minute), Kind: "assign", Team: team})
		}
		resolved = addBiz(at, 10*time.Minute+g.lognormal(3*time.Hour, 0.8))
		tk.add(event{At: resolved, Kind: "state", State: "Resolved"})
	}
	if g.r.Float64() < 0.32 {
		w := []float64{5, 5, 10, 30, 50} // CSAT 1..5
		if reopened {
			w = []float64{15, 15, 20, 30, 20}
		}
		csat := 1 + g.pick(w...)
		nps := -1
		if g.r.Float64() < 0.6 {
			lo, hi := []int{0, 0, 0, 4, 6, 8}[csat], []int{0, 4, 6, 8, 10, 10}[csat]
			nps = lo + g.r.IntN(hi-lo+1)
		}
		tk.add(event{At: resolved.Add(time.Hour + time.Duration(g.r.IntN(30*60))*time.Minute), Kind: "survey", CSAT: csat, NPS: nps})
	}
	tk.add(event{At: addBiz(resolved, 33*time.Hour), Kind: "state", State: "Closed"})
}

// Service hours in which an outage is noticed by users (and raises a major incident).
func staffed(t time.Time) bool {
	t = t.In(berlin)
	return t.Weekday() != time.Sunday && !isHoliday(t) && t.Hour() >= 6 && t.Hour() < 20
}

// outagesAndMaintenance draws the monitoring record of each service.
func (g *gen) outagesAndMaintenance() {
	span := Now.Sub(PeriodStart)
	for _, s := range services {
		for range 1 + g.r.IntN(4) {
			start := PeriodStart.Add(time.Duration(g.r.Int64N(int64(span)))).Truncate(time.Minute)
			d := min(g.lognormal(40*time.Minute, 0.8), 6*time.Hour)
			g.outages = append(g.outages, outage{s.Name, start, start.Add(d), "outage", "unplanned", nil})
		}
	}
	// The quarter's big one: SAP ERP down for over five hours on a Tuesday.
	sapStart := time.Date(2026, 5, 19, 9, 40, 0, 0, berlin)
	g.outages = append(g.outages, outage{"SAP ERP", sapStart, sapStart.Add(5*time.Hour + 15*time.Minute), "outage", "database storage full", nil})

	// Planned maintenance, monthly on the second Saturday (SAP, scanning),
	// the third Thursday (E-Mail) and the second Saturday night (network).
	for m := time.April; m <= time.June; m++ {
		sat := nthWeekday(2026, m, time.Saturday, 2)
		thu := nthWeekday(2026, m, time.Thursday, 3)
		ms := []outage{
			{"SAP ERP", sat.Add(18 * time.Hour), sat.Add(22 * time.Hour), "maintenance", "monthly SAP maintenance", nil},
			{"Warehouse Scanning", sat.Add(18 * time.Hour), sat.Add(22 * time.Hour), "maintenance", "monthly SAP maintenance", nil},
			{"E-Mail", thu.Add(22 * time.Hour), thu.Add(23 * time.Hour), "maintenance", "monthly patch window", nil},
			{"Network & VPN", sat.Add(22 * time.Hour), sat.Add(26 * time.Hour), "maintenance", "monthly network maintenance", nil},
		}
		g.outages = append(g.outages, ms...)
		// Monitoring records the planned downtime too: it must be excluded.
		g.outages = append(g.outages,
			outage{"SAP ERP", sat.Add(18*time.Hour + 10*time.Minute), sat.Add(21*time.Hour + time.Duration(g.r.IntN(40))*time.Minute), "outage", "planned downtime (maintenance)", nil},
			outage{"Warehouse Scanning", sat.Add(18*time.Hour + 10*time.Minute), sat.Add(21*time.Hour + time.Duration(g.r.IntN(40))*time.Minute), "outage", "planned downtime (maintenance)", nil},
		)
	}
	// A network maintenance that overran its window by 70 minutes: only
	// the overrun counts against availability.
	junSat := nthWeekday(2026, time.June, time.Saturday, 2)
	g.outages = append(g.outages, outage{"Network & VPN", junSat.Add(23*time.Hour + 30*time.Minute), junSat.Add(27*time.Hour + 10*time.Minute), "outage", "core switch upgrade overran", nil})

	slices.SortStableFunc(g.outages, func(a, b outage) int {
		return cmp.Or(a.Start.Compare(b.Start), cmp.Compare(a.Service, b.Service), cmp.Compare(a.Kind, b.Kind))
	})
}

func nthWeekday(y int, m time.Month, wd time.Weekday, n int) time.Time {
	t := time.Date(y, m, 1, 0, 0, 0, 0, berlin)
	for t.Weekday() != wd {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7*(n-1))
}

// majorIncidents raises a major incident and a burst of user calls for
// every unplanned outage noticed during staffed hours.
func (g *gen) majorIncidents() {
	for i, o := range g.outages {
		if o.Kind != "outage" || o.Note != "unplanned" && o.Note != "database storage full" || !staffed(o.Start) || o.End.Sub(o.Start) < 20*time.Minute {
			continue
		}
		team := ""
		for _, s := range services {
			if s.Name == o.Service {
				team = s.Team
			}
		}
		opened := o.Start.Add(time.Duration(4+g.r.IntN(9)) * time.Minute)
		mi := &ticket{Opened: opened}
		g.tickets = append(g.tickets, mi)
		impact := 1 + g.r.IntN(2)
		mi.add(event{At: opened, Kind: "open", State: "New", Team: "Service Desk", Service: o.Service, Impact: impact, Urgency: 1, Contact: "monitoring"})
		mi.add(event{At: opened.Add(time.Minute), Kind: "priority", Priority: 1, Reason: "major incident"})
		mi.add(event{At: opened.Add(time.Duration(2+g.r.IntN(5)) * time.Minute), Kind: "state", State: "In Progress"})
		mi.add(event{At: opened.Add(time.Duration(8+g.r.IntN(5)) * time.Minute), Kind: "assign", Team: team})
		res := o.End.Add(time.Duration(5+g.r.IntN(16)) * time.Minute)
		if res.Before(Now) {
			mi.add(event{At: res, Kind: "state", State: "Resolved"})
			g.afterResolution(mi, res, team, 0.001)
		}
		g.outages[i].Ticket = mi

		// Users call while it is down.
		n := min(g.poisson(o.End.Sub(o.Start).Minutes()/8), 25)
		for range n {
			at := o.Start.Add(time.Duration(g.r.Int64N(int64(o.End.Sub(o.Start))))).Truncate(time.Minute)
			u := &ticket{Opened: at}
			g.tickets = append(g.tickets, u)
			u.add(event{At: at, Kind: "open", State: "New", Team: "Service Desk", Service: o.Service, Impact: 3, Urgency: 2, Contact: []string{"phone", "email", "portal", "chat"}[g.pick(60, 15, 15, 10)]})
			ack := at.Add(time.Duration(1+g.r.IntN(20)) * time.Minute)
			u.add(event{At: ack, Kind: "state", State: "In Progress"})
			done := later(res, ack).Add(time.Duration(5+g.r.IntN(50)) * time.Minute)
			if done.Before(Now) {
				u.add(event{At: done, Kind: "state", State: "Resolved"})
				g.afterResolution(u, done, "Service Desk", 0.001)
			}
		}
	}
}

func ts(t time.Time) string { return t.In(berlin).Format(time.RFC3339) }

func itoa0(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// incidentsCSV writes the neutral incident event log, events after Now cut off.
func (g *gen) incidentsCSV() ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"ticket", "time", "event", "state", "team", "service", "impact", "urgency", "priority", "reason", "contact", "csat", "nps"})
	for _, tk := range g.tickets {
		evs := slices.Clone(tk.Events)
		slices.SortStableFunc(evs, func(a, b event) int { return cmp.Or(a.At.Compare(b.At), cmp.Compare(a.order, b.order)) })
		for _, e := range evs {
			if !e.At.Before(Now) {
				break
			}
			nps := ""
			if e.Kind == "survey" && e.NPS >= 0 {
				nps = strconv.Itoa(e.NPS)
			}
			w.Write([]string{tk.ID, ts(e.At), e.Kind, e.State, e.Team, e.Service, itoa0(e.Impact), itoa0(e.Urgency),
				itoa0(e.Priority), e.Reason, e.Contact, itoa0(e.CSAT), nps})
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

func (g *gen) outagesCSV() ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"service", "start", "end", "kind", "ticket", "note"})
	for _, o := range g.outages {
		if !o.Start.Before(Now) {
			continue
		}
		ref := ""
		if o.Ticket != nil {
			ref = o.Ticket.ID
		}
		w.Write([]string{o.Service, ts(o.Start), ts(earlier(o.End, Now)), o.Kind, ref, o.Note})
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
