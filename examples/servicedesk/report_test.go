package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func run(t *testing.T, o Options) string {
	t.Helper()
	var out, errb bytes.Buffer
	if o.In != "" && o.MaxRejected == "" {
		o.MaxRejected = "100" // the fixtures have bad rows on purpose
	}
	require.NoError(t, Run(o, &out, &errb), "stderr: %s", errb.String())
	assert.Empty(t, errb.String(), "nothing on stderr for the embedded data")
	return out.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	p := filepath.Join("testdata", "golden", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(p)
	require.NoError(t, err, "run go test ./examples/servicedesk -run Golden -update")
	if string(want) != got {
		// Show the first differing line, not two megabytes.
		wl, gl := strings.Split(string(want), "\n"), strings.Split(got, "\n")
		for i := range min(len(wl), len(gl)) {
			if wl[i] != gl[i] {
				t.Fatalf("%s differs at line %d:\nwant %q\ngot  %q\n(run with -update if the change is intended)", name, i+1, wl[i], gl[i])
			}
		}
		t.Fatalf("%s differs in length: want %d lines, got %d", name, len(wl), len(gl))
	}
}

func TestGoldenText(t *testing.T) { golden(t, "report.txt", run(t, Options{})) }
func TestGoldenJSON(t *testing.T) { golden(t, "report.json", run(t, Options{Format: "json"})) }
func TestGoldenCSV(t *testing.T)  { golden(t, "report.csv", run(t, Options{Format: "csv"})) }

// report decodes the JSON report into tables of rows keyed by column.
type jsonReport struct {
	Inputs []struct {
		File     string `json:"file"`
		Read     int    `json:"rows_read"`
		Used     int    `json:"rows_used"`
		Rejected int    `json:"rows_rejected"`
	} `json:"inputs"`
	Sections []struct {
		ID     string   `json:"id"`
		Intro  []string `json:"intro"`
		Notes  []string `json:"notes"`
		Tables []struct {
			ID   string           `json:"id"`
			Rows []map[string]any `json:"rows"`
		} `json:"tables"`
	} `json:"sections"`
}

func (r jsonReport) table(t *testing.T, id string) []map[string]any {
	for _, s := range r.Sections {
		for _, tb := range s.Tables {
			if tb.ID == id {
				return tb.Rows
			}
		}
	}
	t.Fatalf("no table %q", id)
	return nil
}

func decodeReport(t *testing.T, o Options) jsonReport {
	o.Format = "json"
	var r jsonReport
	dec := json.NewDecoder(strings.NewReader(run(t, o)))
	dec.UseNumber()
	require.NoError(t, dec.Decode(&r))
	return r
}

// --- An independent model of the embedded data, by brute force ---------
//
// Everything below reads the CSV files with encoding/csv and recomputes
// figures by the simplest means (minute stepping over the calendar, counting),
// without the readers, the library or the report code.

var (
	berlin, _   = time.LoadLocation("Europe/Berlin")
	from        = time.Date(2026, 4, 1, 0, 0, 0, 0, berlin)
	to          = time.Date(2026, 7, 1, 0, 0, 0, 0, berlin)
	now         = time.Date(2026, 7, 6, 8, 0, 0, 0, berlin)
	nrwHolidays = []string{"2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25", "2026-06-04"}
)

func holiday(t time.Time) bool {
	return slices.Contains(nrwHolidays, t.In(berlin).Format(time.DateOnly))
}

// hoursOpen says whether minute t lies in the named service hours.
func hoursOpen(name string, t time.Time) bool {
	t = t.In(berlin)
	wd, h := t.Weekday(), t.Hour()
	switch name {
	case "always":
		return true
	case "desk":
		return wd >= time.Monday && wd <= time.Friday && !holiday(t) && h >= 7 && h < 18
	case "shift":
		return wd != time.Sunday && !holiday(t) && h >= 6 && h < 22
	}
	panic(name)
}

func readCSV(t *testing.T, name string) []map[string]string {
	f, err := os.Open(filepath.Join("data", name))
	require.NoError(t, err)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

func ts(t *testing.T, s string) time.Time {
	v, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	return v
}

type bruteTicket struct {
	opened, ack, firstResolved time.Time
	cancelled, reopened        bool
	final                      string
	impact, urgency, floor     int
	ackPrio                    int // priority when the first response came
	contact                    string
}

func bruteTickets(t *testing.T) map[string]*bruteTicket {
	out := map[string]*bruteTicket{}
	for _, r := range readCSV(t, "incidents.csv") {
		at := ts(t, r["time"])
		if at.After(now) {
			continue
		}
		tk := out[r["ticket"]]
		switch r["event"] {
		case "open":
			tk = &bruteTicket{opened: at, final: "New", floor: 9, contact: r["contact"]}
			tk.impact, _ = strconv.Atoi(r["impact"])
			tk.urgency, _ = strconv.Atoi(r["urgency"])
			out[r["ticket"]] = tk
		case "state":
			if tk.ack.IsZero() {
				tk.ack = at
				tk.ackPrio = tk.priority()
			}
			switch r["state"] {
			case "Resolved", "Closed":
				if tk.firstResolved.IsZero() {
					tk.firstResolved = at
				}
			case "Cancelled":
				tk.cancelled = true
			default:
				if tk.final == "Resolved" || tk.final == "Closed" {
					tk.reopened = true
				}
			}
			tk.final = r["state"]
		case "impact":
			tk.impact, _ = strconv.Atoi(r["impact"])
			tk.urgency, _ = strconv.Atoi(r["urgency"])
		case "priority":
			p, _ := strconv.Atoi(r["priority"])
			tk.floor = min(tk.floor, p) // VIP and major-incident overrides are floors
		}
	}
	return out
}

func (b *bruteTicket) priority() int {
	p := b.impact + b.urgency - 1 // the ServiceNow matrix
	return min(p, b.floor)
}

func TestKeyFiguresAgainstBruteForce(t *testing.T) {
	rep := decodeReport(t, Options{})
	tickets := bruteTickets(t)

	// Tickets opened in the period, open now.
	inPeriod, open := 0, 0
	byPrio := map[int]int{}
	for _, b := range tickets {
		if !b.opened.Before(from) && b.opened.Before(to) {
			inPeriod++
			byPrio[b.priority()]++
		}
		if b.final != "Resolved" && b.final != "Closed" && b.final != "Cancelled" {
			open++
		}
	}
	var intro string
	for _, s := range rep.Sections {
		if s.ID == "data" {
			intro = s.Intro[0]
		}
	}
	assert.Contains(t, intro, strconv.Itoa(inPeriod)+" opened in the period")
	assert.Contains(t, intro, strconv.Itoa(open)+" open now")
	for _, row := range rep.table(t, "summary") {
		if row["figure"] == "Open tickets" {
			assert.Equal(t, int64(open), jn(row["value"]))
		}
	}
	assert.Len(t, rep.table(t, "open_tickets"), open)
	for _, row := range rep.table(t, "priority_counts") {
		p, _ := strconv.Atoi(row["priority"].(string)[:1])
		assert.Equal(t, int64(byPrio[p]), jn(row["effective"]), "priority %d", p)
	}

	// Reopen rate and MTTA (wall clock), over non-cancelled tickets of the period.
	var resolved, reopened, acked int64
	var ackSum time.Duration
	for _, b := range tickets {
		if b.opened.Before(from) || !b.opened.Before(to) || b.cancelled {
			continue
		}
		if !b.firstResolved.IsZero() {
			resolved++
			if b.reopened {
				reopened++
			}
		}
		if !b.ack.IsZero() {
			acked++
			ackSum += b.ack.Sub(b.opened)
		}
	}
	for _, row := range rep.table(t, "rates") {
		if row["kpi"] == "Reopen rate" {
			assert.Equal(t, strconv.FormatInt(reopened, 10)+"/"+strconv.FormatInt(resolved, 10), row["fraction"])
		}
	}
	found := false
	for _, row := range rep.table(t, "times") {
		if strings.HasPrefix(row["measure"].(string), "MTTA") && row["clock"] == "wall" {
			found = true
			assert.Equal(t, int64(acked), jn(row["n"]))
			mean, err := time.ParseDuration(row["mean"].(string))
			require.NoError(t, err)
			want := ackSum / time.Duration(acked)
			assert.InDelta(t, float64(want), float64(mean), 1, "mean time to acknowledge")
		}
	}
	assert.True(t, found)

	// P2 response: met when the first response came within 30 minutes of
	// desk time (minute stepping), breached otherwise; no response yet and
	// under 30 minutes is pending. The priority that counts is the one in
	// force when the clock stopped: a later reprioritisation does not
	// reopen a response that was already given.
	var measured, met int64
	for _, b := range tickets {
		p := b.priority()
		if !b.ack.IsZero() {
			p = b.ackPrio
		}
		if b.opened.Before(from) || !b.opened.Before(to) || p != 2 {
			continue
		}
		end := b.ack
		if end.IsZero() {
			if b.cancelled {
				continue
			}
			end = now
		}
		var biz time.Duration
		for m := b.opened; m.Before(end); m = m.Add(time.Minute) {
			if hoursOpen("desk", m) {
				biz += time.Minute
			}
		}
		if b.ack.IsZero() && biz <= 30*time.Minute {
			continue // pending
		}
		measured++
		if !b.ack.IsZero() && biz <= 30*time.Minute {
			met++
		}
	}
	for _, row := range rep.table(t, "attainment") {
		if row["target"] == "P2 response" {
			assert.Equal(t, int64(measured), jn(row["measured"]))
			assert.Equal(t, int64(met), jn(row["met"]))
		}
	}
}

func TestAvailabilityAgainstMinuteStepping(t *testing.T) {
	rep := decodeReport(t, Options{})
	type iv struct{ s, e time.Time }
	outages, maint := map[string][]iv{}, map[string][]iv{}
	for _, r := range readCSV(t, "outages.csv") {
		x := iv{ts(t, r["start"]), ts(t, r["end"])}
		if r["kind"] == "maintenance" {
			maint[r["service"]] = append(maint[r["service"]], x)
		} else {
			outages[r["service"]] = append(outages[r["service"]], x)
		}
	}
	in := func(list []iv, m time.Time) bool {
		for _, x := range list {
			if !m.Before(x.s) && m.Before(x.e) {
				return true
			}
		}
		return false
	}
	hours := map[string]string{"SAP ERP": "shift", "Warehouse Scanning": "shift", "E-Mail": "always", "Network & VPN": "always",
		"Telephony": "desk", "Workplace": "desk", "Printing": "desk"}
	rows := rep.table(t, "availability")
	require.Len(t, rows, 7*3)
	for _, row := range rows {
		svc, month := row["service"].(string), row["month"].(string)
		ms, err := time.ParseInLocation("2006-01", month, berlin)
		require.NoError(t, err)
		me := ms.AddDate(0, 1, 0)
		var sched, down time.Duration
		for m := ms; m.Before(me); m = m.Add(time.Minute) {
			if !hoursOpen(hours[svc], m) || in(maint[svc], m) {
				continue
			}
			sched += time.Minute
			if in(outages[svc], m) {
				down += time.Minute
			}
		}
		gotSched, err := time.ParseDuration(row["scheduled"].(string))
		require.NoError(t, err)
		gotDown, err := time.ParseDuration(row["down"].(string))
		require.NoError(t, err)
		assert.Equal(t, sched, gotSched, "%s %s scheduled", svc, month)
		assert.Equal(t, down, gotDown, "%s %s down", svc, month)

		// The tier credit from the contract's table, computed here with
		// big.Rat: availability = (sched-down)/sched, compared exactly.
		fee := map[string]int64{"SAP ERP": 12000, "Warehouse Scanning": 6000, "E-Mail": 4000, "Network & VPN": 8000, "Telephony": 3000, "Workplace": 10000, "Printing": 2000}[svc]
		tiers := map[string][][2]string{
			"99.9": {{"99", "25"}, {"99.5", "10"}, {"99.9", "5"}},
			"99.5": {{"98", "25"}, {"99", "10"}, {"99.5", "5"}},
			"99":   {{"97", "25"}, {"98", "10"}, {"99", "5"}},
			"98":   {{"96", "10"}, {"98", "5"}},
		}[fmt.Sprint(row["target"])]
		avail := new(big.Rat).SetFrac64(int64(sched-down)*100, int64(sched))
		credit := new(big.Rat)
		for _, tr := range tiers { // lowest threshold first: the first one we are below wins
			below, _ := new(big.Rat).SetString(tr[0])
			if avail.Cmp(below) < 0 {
				pct, _ := new(big.Rat).SetString(tr[1])
				credit.Mul(pct, new(big.Rat).SetFrac64(fee, 100))
				break
			}
		}
		var breaches int64
		if r := row["credit_reason"].(string); strings.Contains(r, "P1 resolution breach") {
			_, err := fmt.Sscanf(r[strings.Index(r, "× ")-2:], "%d ×", &breaches)
			if err != nil {
				_, err = fmt.Sscanf(r, "%d ×", &breaches)
			}
			require.NoError(t, err, r)
		}
		credit.Add(credit, new(big.Rat).SetInt64(250*min(breaches, 4)))
		assert.Equal(t, credit.FloatString(2), row["credit"].(json.Number).String(), "%s %s credit", svc, month)
	}
}

func TestMalformedRowReportedThroughRun(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "in.csv")
	data := `ticket,time,event,state,team,service,impact,urgency,priority,reason,contact,csat,nps
INC1,2026-06-01T09:00:00+02:00,open,New,Service Desk,E-Mail,2,2,,,phone,,
INC1,2026-06-01T09:05:00+02:00,state,In Progress,,,,,,,,,
INC1,2026-06-01T25:00:00+02:00,state,Resolved,,,,,,,,,
INC1,2026-06-01T11:00:00+02:00,state,Resolved,,,,,,,,,
`
	require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
	o := Options{In: p, Now: "2026-06-02T08:00:00+02:00", From: "2026-06-01", To: "2026-06-02"}
	rep := decodeReport(t, o)
	require.Len(t, rep.Inputs, 1, "with -in, outages and changes only when given")
	assert.Equal(t, 4, rep.Inputs[0].Read)
	assert.Equal(t, 3, rep.Inputs[0].Used)
	assert.Equal(t, 1, rep.Inputs[0].Rejected)
	rej := rep.table(t, "rejected_rows")
	require.Len(t, rej, 1)
	assert.Equal(t, int64(4), jn(rej[0]["line"]))
	assert.Contains(t, rej[0]["error"], "2026-06-01T25:00:00+02:00")

	o.Strict = true
	var out bytes.Buffer
	err := Run(o, &out, &out)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "in.csv:4:")
}

func TestServiceNowAndJiraThroughRun(t *testing.T) {
	for _, c := range []struct{ file, format string }{{"servicenow_sample.csv", "servicenow"}, {"jira_sample.csv", "jira"}} {
		t.Run(c.format, func(t *testing.T) {
			rep := decodeReport(t, Options{ConfigFile: "config.json", In: filepath.Join("testdata", c.file), Now: "2026-06-10T12:00:00+02:00", From: "2026-06-01", To: "2026-06-10"})
			require.Len(t, rep.Inputs, 1)
			assert.Equal(t, rep.Inputs[0].Read, rep.Inputs[0].Used+rep.Inputs[0].Rejected)
			assert.NotEmpty(t, rep.table(t, "attainment"))
			assert.Len(t, rep.table(t, "rejected_rows"), rep.Inputs[0].Rejected)
			if c.format == "servicenow" {
				// INC0000045 (P3, met across the Fronleichnam holiday) and
				// INC0000047 (P1, breached after a reopening) agree with
				// ServiceNow's own made_sla.
				rec := rep.table(t, "reconciliation")
				require.Len(t, rec, 1)
				assert.Equal(t, "made_sla", rec[0]["field"])
				assert.Equal(t, int64(2), jn(rec[0]["compared"]))
				assert.Equal(t, int64(2), jn(rec[0]["agree"]))
			}
		})
	}
}

func TestHTMLIsSelfContained(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.html")
	run(t, Options{HTML: p})
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	page := string(b)
	assert.GreaterOrEqual(t, strings.Count(page, "<svg"), 5, "charts are drawn")
	for _, bad := range []string{"<script", "src=", "href=\"http", "href=\"//", "url(", "@import", "<link", "<img"} {
		assert.NotContains(t, page, bad)
	}
	assert.Contains(t, page, "CHG0030109")
}

func TestPrintConfigRoundTrips(t *testing.T) {
	out := run(t, Options{PrintConfig: true})
	p := filepath.Join(t.TempDir(), "c.json")
	require.NoError(t, os.WriteFile(p, []byte(out), 0o644))
	dropSource := func(s string) string { // the subtitle names the configuration's source
		return regexp.MustCompile(`configuration: [^\n]*`).ReplaceAllString(s, "")
	}
	assert.Equal(t, dropSource(run(t, Options{})), dropSource(run(t, Options{ConfigFile: p})), "the printed config gives the same report")
}

func TestTableSelection(t *testing.T) {
	out := run(t, Options{Format: "csv", Table: "changes"})
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, "change", recs[0][0])
	assert.Len(t, recs, 13)
	var b bytes.Buffer
	err = Run(Options{Format: "csv", Table: "nope"}, &b, &b)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "open_tickets")
}

// jn reads a JSON number decoded with UseNumber.
func jn(v any) int64 {
	n, ok := v.(json.Number)
	if !ok {
		return -1
	}
	i, err := n.Int64()
	if err != nil {
		return -1
	}
	return i
}

func TestProgressGoesToStderrOnly(t *testing.T) {
	var out, errb bytes.Buffer
	require.NoError(t, Run(Options{Progress: true}, &out, &errb))
	assert.Contains(t, errb.String(), "rows read")
	assert.Contains(t, errb.String(), "embedded incidents.csv: 5000 rows read")
	assert.Equal(t, run(t, Options{}), out.String(), "stdout is the same report with or without progress")
}

// P1 resolution runs 24×7 for 4 h: replay each P1 ticket's states minute by
// minute — the clock runs in New and In Progress, pauses in Awaiting …,
// stops at Resolved/Closed and continues after a reopening (the time spent
// resolved counts as paused) — and compare met/breached counts.
func TestP1ResolutionAgainstReplay(t *testing.T) {
	rep := decodeReport(t, Options{})
	type ev struct {
		at    time.Time
		state string
	}
	logs := map[string][]ev{}
	for _, r := range readCSV(t, "incidents.csv") {
		at := ts(t, r["time"])
		if at.After(now) || (r["event"] != "open" && r["event"] != "state") {
			continue
		}
		logs[r["ticket"]] = append(logs[r["ticket"]], ev{at, r["state"]})
	}
	tickets := bruteTickets(t)
	var met, breached, pending int64
	for id, b := range tickets {
		if b.opened.Before(from) || !b.opened.Before(to) || b.priority() != 1 || b.cancelled {
			continue
		}
		evs := logs[id]
		var elapsed time.Duration
		state, i, isBreached := "New", 0, false
		for m := b.opened; m.Before(now); m = m.Add(time.Minute) {
			for i < len(evs) && !evs[i].at.After(m) {
				state = evs[i].state
				i++
			}
			if state == "New" || state == "In Progress" {
				if elapsed >= 4*time.Hour {
					isBreached = true
					break
				}
				elapsed += time.Minute
			}
			if i == len(evs) && (state == "Resolved" || state == "Closed") {
				break
			}
		}
		switch {
		case isBreached:
			breached++
		case state == "Resolved" || state == "Closed":
			met++
		default:
			pending++
		}
	}
	for _, row := range rep.table(t, "attainment") {
		if row["target"] == "P1 resolution" {
			assert.Equal(t, met, jn(row["met"]), "met")
			assert.Equal(t, breached, jn(row["breached"]), "breached")
			assert.Equal(t, pending, jn(row["pending"]), "pending")
		}
	}
}

// The embedded configuration's desk calendar: NRW holidays by region, and
// Heiligabend/Silvester as half days closing at noon.
func TestDefaultDeskCalendar(t *testing.T) {
	cfg, _, err := LoadConfig("", true)
	require.NoError(t, err)
	w, err := cfg.Resolve()
	require.NoError(t, err)
	desk := w.Calendars["desk"]
	at := func(m time.Month, d, h int) time.Time { return time.Date(2026, m, d, h, 0, 0, 0, berlin) }
	for _, c := range []struct {
		t    time.Time
		open bool
	}{
		{at(6, 3, 10), true},   // Wednesday
		{at(6, 4, 10), false},  // Fronleichnam, a holiday in NRW (not in all Länder)
		{at(6, 5, 10), true},   // Friday
		{at(6, 6, 10), false},  // Saturday
		{at(12, 24, 11), true}, // Heiligabend morning
		{at(12, 24, 13), false},
		{at(12, 31, 11), true}, // Silvester morning
		{at(12, 31, 12), false},
		{at(10, 3, 10), false}, // Tag der Deutschen Einheit (a Saturday anyway)
		{at(11, 2, 10), true},  // Monday after Allerheiligen (Sunday, no substitute in Germany)
	} {
		assert.Equal(t, c.open, desk.IsOpen(c.t), c.t.Format(time.RFC1123))
	}
}

// A Jira Service Management project with its own 4 × 4 impact × urgency
// matrix and five priorities, configured as a custom matrix.
func TestJiraWithCustomMatrix(t *testing.T) {
	rep := decodeReport(t, Options{ConfigFile: "testdata/jira_config.json", In: "testdata/jira_jsm_sample.csv", Now: "2026-06-10T12:00:00+02:00"})
	assert.Equal(t, 5, rep.Inputs[0].Read)
	assert.Equal(t, 1, rep.Inputs[0].Rejected, "impact \"High\" is not a level of the JSM impact scale")
	got := map[string][3]int64{}
	for _, row := range rep.table(t, "attainment") {
		got[row["target"].(string)] = [3]int64{jn(row["met"]), jn(row["breached"]), jn(row["pending"])}
	}
	// ITSM-202: Highest, 07:45 → 13:10 is 5h25m of a 4 h (24×7) target.
	assert.Equal(t, [3]int64{0, 1, 0}, got["Time to resolution (Highest)"])
	// ITSM-201: Medium (Moderate × High), Wed 3 Jun 09:12 → Fri 5 Jun 10:00; the
	// deadline, end of the second working day, is Mon 8 Jun 18:00 (4 Jun is Fronleichnam).
	assert.Equal(t, [3]int64{1, 0, 0}, got["Time to resolution (Medium)"])
	assert.Equal(t, [3]int64{0, 0, 1}, got["Time to resolution (Low)"])
	assert.Equal(t, [3]int64{0, 0, 1}, got["Time to resolution (Lowest)"])
}
