package main

import (
	"bufio"
	"encoding/csv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/itsmkit/itsm/kpi"
)

func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// The demo data and configuration of examples/servicedesk.
const (
	demoData   = "../servicedesk/data/incidents.csv"
	demoConfig = "../servicedesk/config.json"
	// demoGolden is the single-process report's CSV for that data.
	demoGolden = "../servicedesk/testdata/golden/report.csv"
)

// splitByTime writes the lines of a CSV file into one file per calendar
// month of the "time" column (each with the header), as logs are split in
// practice: events of one ticket land in different files, and events with
// the same timestamp in the same file, in their order.
func splitByTime(t *testing.T, src, dir string) int {
	t.Helper()
	f, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	if !sc.Scan() {
		t.Fatal("empty file")
	}
	header := sc.Text()
	timeCol := slices.Index(strings.Split(header, ","), "time")
	files := map[string]*os.File{}
	for sc.Scan() {
		line := sc.Text()
		rec, err := csv.NewReader(strings.NewReader(line)).Read()
		if err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		month := rec[timeCol][:7] // 2026-04
		out := files[month]
		if out == nil {
			if out, err = os.Create(filepath.Join(dir, "events-"+month+".csv")); err != nil {
				t.Fatal(err)
			}
			defer out.Close()
			files[month] = out
			if _, err := out.WriteString(header + "\n"); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := out.WriteString(line + "\n"); err != nil {
			t.Fatal(err)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return len(files)
}

// readAll reads every file and groups the events per ticket.
func readAll(t *testing.T, w *World, files ...string) map[string][]Event {
	t.Helper()
	byTicket := map[string][]Event{}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		err = ReadEvents(filepath.Base(name), f, w.Loc, func(id string, e Event) {
			byTicket[id] = append(byTicket[id], e)
		}, func(e *RowError) { t.Errorf("row rejected: %v", e) })
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	return byTicket
}

// allFacts replays every ticket and returns the facts per cell key.
func allFacts(t *testing.T, w *World, byTicket map[string][]Event) map[string][]Fact {
	t.Helper()
	facts := map[string][]Fact{}
	for id, evs := range byTicket {
		if _, err := w.Facts(id, evs, func(key string, f Fact) { facts[key] = append(facts[key], f) }); err != nil {
			t.Fatal(err)
		}
	}
	return facts
}

// singleProcess computes the cells without Beam: read every file, group
// the events per ticket in a map, replay each ticket, and add its facts to
// one accumulator per cell (no encoding, no merging).
func singleProcess(t *testing.T, w *World, files ...string) (map[string]*Cell, []Row) {
	t.Helper()
	cells := map[string]*Cell{}
	var rows []Row
	for key, fs := range allFacts(t, w, readAll(t, w, files...)) {
		c := newCell()
		for _, f := range fs {
			if err := c.Add(f); err != nil {
				t.Fatal(err)
			}
		}
		cells[key] = &c
		r, err := w.Format(key, c)
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(a, b Row) int { return strings.Compare(a.Key, b.Key) })
	return cells, rows
}

// demoWorld loads the demo configuration.
func demoWorld(t *testing.T) ([]byte, *World) {
	t.Helper()
	raw, err := os.ReadFile(demoConfig)
	if err != nil {
		t.Fatal(err)
	}
	w, err := NewWorld(raw)
	if err != nil {
		t.Fatal(err)
	}
	return raw, w
}

// The CombineFn as a runner uses it with combiner lifting: each cell's
// facts split at random into partial accumulators (CreateAccumulator,
// AddInput), each sent through the coder (the library's binary
// encodings), merged in a random order (MergeAccumulators) and extracted,
// give exactly the single-process cell. Prism ran the demo data in one
// bundle per stage, so this is where merging decoded partials is checked.
func TestCombineFnMergesDecodedPartials(t *testing.T) {
	_, w := demoWorld(t)
	facts := allFacts(t, w, readAll(t, w, demoData))
	want, _ := singleProcess(t, w, demoData)
	rng := rand.New(rand.NewPCG(18, 1))
	var fn cellFn
	merges := 0
	for round := range 4 {
		for key, fs := range facts {
			parts := make([][]Fact, 1+rng.IntN(4))
			for _, k := range rng.Perm(len(fs)) {
				p := rng.IntN(len(parts))
				parts[p] = append(parts[p], fs[k])
			}
			var accs []Cell
			for _, part := range parts {
				acc := fn.CreateAccumulator()
				for _, f := range part {
					var err error
					if acc, err = fn.AddInput(acc, f); err != nil {
						t.Fatal(err)
					}
				}
				b, err := encodeCell(acc)
				if err != nil {
					t.Fatal(err)
				}
				if acc, err = decodeCell(b); err != nil {
					t.Fatal(err)
				}
				accs = append(accs, acc)
			}
			merged := fn.CreateAccumulator()
			for _, k := range rng.Perm(len(accs)) {
				var err error
				if merged, err = fn.MergeAccumulators(merged, accs[k]); err != nil {
					t.Fatal(err)
				}
				merges++
			}
			got, err := encodeCell(fn.ExtractOutput(merged))
			if err != nil {
				t.Fatal(err)
			}
			exp, err := encodeCell(*want[key])
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(exp) {
				t.Fatalf("round %d, cell %q: merged partials differ from the single-process cell", round, key)
			}
		}
	}
	if merges < 2*len(facts) {
		t.Errorf("only %d merges over %d cells", merges, len(facts))
	}
}

// The pipeline on Prism, over the demo data split into one file per month,
// gives exactly the figures of the single-process computation over the
// unsplit file: the same CSV and JSON, byte for byte. The accumulators
// crossed the shuffle through their binary encodings (the coder ran).
func TestPipelineEqualsSingleProcess(t *testing.T) {
	raw, w := demoWorld(t)
	dir := t.TempDir()
	if n := splitByTime(t, demoData, dir); n < 3 {
		t.Fatalf("the demo data spans %d months; want several files", n)
	}
	out := filepath.Join(t.TempDir(), "cells")
	decodes := cellDecodes.Load()
	p, s := beam.NewPipelineWithRoot()
	Build(s, string(raw), filepath.Join(dir, "events-*.csv"), out)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	if cellDecodes.Load() == decodes {
		t.Error("no accumulator was decoded: the cells did not go through their coder")
	}
	gotCSV, err := os.ReadFile(out + ".csv")
	if err != nil {
		t.Fatal(err)
	}
	gotJSON, err := os.ReadFile(out + ".json")
	if err != nil {
		t.Fatal(err)
	}
	_, rows := singleProcess(t, w, demoData)
	wantCSV, wantJSON := Files(rows)
	if len(rows) < 50 {
		t.Fatalf("only %d cells: the demo data should give many", len(rows))
	}
	if string(gotCSV) != wantCSV+"\n" {
		t.Errorf("CSV differs from the single-process computation:\n%s", lineDiff(wantCSV+"\n", string(gotCSV)))
	}
	if string(gotJSON) != wantJSON+"\n" {
		t.Errorf("JSON differs from the single-process computation:\n%s", lineDiff(wantJSON+"\n", string(gotJSON)))
	}
}

// lineDiff lists the first lines that differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	n := 0
	for k := range max(len(w), len(g)) {
		var a, c string
		if k < len(w) {
			a = w[k]
		}
		if k < len(g) {
			c = g[k]
		}
		if a != c {
			b.WriteString("line " + strconv.Itoa(k+1) + "\n  want " + a + "\n  got  " + c + "\n")
			if n++; n == 5 {
				break
			}
		}
	}
	return b.String()
}

// The cells add up to the single-process servicedesk report's figures
// for its period (tickets opened April to June 2026): attainment per
// target, MTTA and MTTR counts and means in business and wall time, the
// CSAT fraction and the backlog by age at now. Those come from
// examples/servicedesk's golden report, computed by its own code.
func TestCellsAddUpToServicedeskReport(t *testing.T) {
	_, w := demoWorld(t)
	cells, _ := singleProcess(t, w, demoData)
	golden := readGolden(t)

	period := newCell()
	atNow := newCell()
	for key, c := range cells {
		month, _, _ := splitKey(key)
		if month >= "2026-04" && month <= "2026-06" {
			// Merging cells of different backlog instants would be a
			// mismatch: the period's figures leave the backlog out.
			c := *c
			c.Backlog = kpi.Backlog{}
			if err := period.Merge(c); err != nil {
				t.Fatal(err)
			}
		}
		if month == w.monthOf(w.Now) {
			if err := atNow.Backlog.Merge(&c.Backlog); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Attainment: the report lists per target; the cells per metric and
	// priority.
	byPrio := map[string][2]kpi.Attainment{}
	pending := map[string][2]int64{}
	for key, c := range cells {
		month, prio, _ := splitKey(key)
		if month < "2026-04" || month > "2026-06" {
			continue
		}
		a := byPrio[prio]
		a[0].Merge(c.Response)
		a[1].Merge(c.Resolution)
		byPrio[prio] = a
		p := pending[prio]
		p[0] += c.ResponsePending
		p[1] += c.ResolutionPending
		pending[prio] = p
	}
	checked := 0
	for _, row := range golden["attainment"] {
		// attainment,P1 response,15m business (always),35,33,2,0,94.3,true
		prio, metric, _ := strings.Cut(row[1], " ")
		k := map[string]int{"response": 0, "resolution": 1}[metric]
		got := byPrio[prio][k]
		want := [3]string{row[3], row[4], row[6]}
		have := [3]string{strconv.FormatInt(got.Total, 10), strconv.FormatInt(got.Met, 10), strconv.FormatInt(pending[prio][k], 10)}
		if want != have {
			t.Errorf("%s: measured, met, pending = %v, report says %v", row[1], have, want)
		}
		checked++
	}
	if checked != 10 {
		t.Errorf("%d attainment rows in the golden report, want 10", checked)
	}
	for _, row := range golden["times"] {
		// times,MTTA (opened → first response),business,3283,53m46.695095949s,11m0s,2h41m0s,0,
		var tt kpi.TimeTo
		switch {
		case strings.HasPrefix(row[1], "MTTA") && row[2] == "business":
			tt = period.MTTABusiness
		case strings.HasPrefix(row[1], "MTTA"):
			tt = period.MTTAWall
		case row[2] == "business":
			tt = period.MTTRBusiness
		default:
			tt = period.MTTRWall
		}
		mean, _ := tt.Completed.Mean()
		wantMean, err := time.ParseDuration(row[4])
		if err != nil {
			t.Fatal(err)
		}
		if strconv.FormatInt(tt.Completed.Count(), 10) != row[3] || mean != wantMean || strconv.FormatInt(tt.Censored.Count(), 10) != row[7] {
			t.Errorf("%s %s: n=%d mean=%s open=%d, report says n=%s mean=%s open=%s", row[1], row[2],
				tt.Completed.Count(), mean, tt.Censored.Count(), row[3], row[4], row[7])
		}
	}
	if len(golden["times"]) != 4 {
		t.Errorf("%d times rows in the golden report, want 4", len(golden["times"]))
	}
	for _, row := range golden["rates"] {
		if row[1] == "CSAT" {
			if got := period.CSAT.Score().String(); got != row[3] {
				t.Errorf("CSAT %s, report says %s", got, row[3])
			}
		}
	}
	dist := atNow.Backlog.Distribution()
	if len(dist) != len(golden["backlog_age"]) {
		t.Fatalf("backlog at now: %d buckets, report has %d", len(dist), len(golden["backlog_age"]))
	}
	for k, row := range golden["backlog_age"] {
		if strconv.FormatInt(dist[k].Count, 10) != row[2] {
			t.Errorf("backlog at now, %s: %d, report says %s", row[1], dist[k].Count, row[2])
		}
	}
}

// readGolden reads the golden report's CSV tables by name.
func readGolden(t *testing.T) map[string][][]string {
	t.Helper()
	f, err := os.Open(demoGolden)
	if err != nil {
		t.Fatalf("the servicedesk report's golden figures: %v", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][][]string{}
	for _, rec := range recs {
		if len(rec) > 1 && rec[0] != "table" {
			out[rec[0]] = append(out[rec[0]], rec)
		}
	}
	return out
}

// The coder of a run of events (the elements the shuffle moves) gives
// back every field, and refuses truncated input.
func TestRunCoderRoundTrip(t *testing.T) {
	_, w := demoWorld(t)
	cuts := 0
	for id, evs := range readAll(t, w, demoData) {
		r := Run{File: evs[0].File, Events: evs}
		b := encodeRun(r)
		back, err := decodeRun(b)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		if !slices.Equal(r.Events, back.Events) || back.File != r.File {
			t.Fatalf("%s: %+v became %+v", id, r, back)
		}
		if cuts++; cuts > 20 {
			continue
		}
		for k := range len(b) {
			if _, err := decodeRun(b[:k]); err == nil {
				t.Fatalf("%s: %x cut at %d decodes", id, b, k)
			}
		}
	}
}
