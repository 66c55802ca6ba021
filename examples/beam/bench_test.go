package main

import (
	"bufio"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

var benchTickets = flag.Int("bench.tickets", 1_000_000, "tickets BenchmarkPipeline generates (10 events each)")

// generate writes n synthetic tickets of 10 events each, opened between
// January and early July 2026, into one neutral CSV file per month of the
// events, and returns the number of events.
func generate(tb testing.TB, dir string, n int) int {
	tb.Helper()
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		tb.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(18, 2026))
	first := time.Date(2026, 1, 1, 0, 0, 0, 0, loc)
	span := time.Date(2026, 7, 5, 0, 0, 0, 0, loc).Sub(first)
	services := []string{"SAP ERP", "Warehouse Scanning", "E-Mail", "Network & VPN", "Telephony", "Workplace", "Printing"}
	teams := []string{"Network", "SAP Basis", "Workplace", "Messaging", "Vendor", "Telephony", "Field Service"}
	contacts := []string{"phone", "chat", "portal", "mail"}
	type out struct {
		f *os.File
		w *bufio.Writer
	}
	files := map[string]out{}
	write := func(at time.Time, row string) {
		month := at.Format("2006-01")
		o, ok := files[month]
		if !ok {
			f, err := os.Create(filepath.Join(dir, "events-"+month+".csv"))
			if err != nil {
				tb.Fatal(err)
			}
			o = out{f, bufio.NewWriterSize(f, 1<<20)}
			o.w.WriteString("ticket,time,event,state,team,service,impact,urgency,priority,reason,contact,csat,nps\n")
			files[month] = o
		}
		o.w.WriteString(row)
	}
	minutes := func(lo, hi int) time.Duration { return time.Duration(lo+rng.IntN(hi-lo+1)) * time.Minute }
	events := 0
	for k := range n {
		id := "T" + strconv.Itoa(1_000_000+k)
		at := first.Add(time.Duration(rng.Int64N(int64(span)))).Truncate(time.Minute)
		// row writes ticket,time,event,state,team,service,impact,urgency,priority,reason,contact,csat,nps
		row := func(kind, state, team, service, impact, urgency, contact, csat, nps string) {
			write(at, id+","+at.Format(time.RFC3339)+","+kind+","+state+","+team+","+service+","+impact+","+urgency+",,,"+contact+","+csat+","+nps+"\n")
			events++
		}
		lvl := func() string { return strconv.Itoa(1 + rng.IntN(3)) }
		row("open", "New", "Service Desk", services[rng.IntN(len(services))], lvl(), lvl(), contacts[rng.IntN(len(contacts))], "", "")
		at = at.Add(minutes(1, 240))
		row("state", "In Progress", "", "", "", "", "", "", "")
		at = at.Add(minutes(1, 60))
		row("assign", "", teams[rng.IntN(len(teams))], "", "", "", "", "", "")
		at = at.Add(minutes(10, 1440))
		row("state", "Awaiting User Info", "", "", "", "", "", "", "")
		at = at.Add(minutes(10, 2880))
		row("state", "In Progress", "", "", "", "", "", "", "")
		at = at.Add(minutes(1, 600))
		row("assign", "", teams[rng.IntN(len(teams))], "", "", "", "", "", "")
		at = at.Add(minutes(1, 600))
		row("impact", "", "", "", lvl(), lvl(), "", "", "")
		at = at.Add(minutes(1, 4000))
		row("state", "Resolved", "", "", "", "", "", "", "")
		at = at.Add(minutes(60, 4320))
		row("state", "Closed", "", "", "", "", "", "", "")
		at = at.Add(minutes(1, 1440))
		row("survey", "", "", "", "", "", "", strconv.Itoa(1+rng.IntN(5)), strconv.Itoa(rng.IntN(11)))
	}
	for _, o := range files {
		if err := o.w.Flush(); err != nil {
			tb.Fatal(err)
		}
		if err := o.f.Close(); err != nil {
			tb.Fatal(err)
		}
	}
	return events
}

// BenchmarkPipeline runs the pipeline on Prism over -bench.tickets
// generated tickets (1 M by default: 10 M events, about 0.9 GB of CSV) and
// reports the throughput. Prism keeps every element in memory: 1 M tickets
// need about 9 GB. It is not part of CI:
//
//	go -C examples/beam test -run '^$' -bench Pipeline -benchtime 1x -timeout 0
func BenchmarkPipeline(b *testing.B) {
	raw, err := os.ReadFile(demoConfig)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	start := time.Now()
	events := generate(b, dir, *benchTickets)
	b.Logf("generated %d tickets, %d events in %s", *benchTickets, events, time.Since(start).Round(time.Second))
	out := filepath.Join(b.TempDir(), "cells")
	runs := 0
	for b.Loop() {
		p, s := beam.NewPipelineWithRoot()
		Build(s, string(raw), filepath.Join(dir, "events-*.csv"), out)
		if err := ptest.Run(p); err != nil {
			b.Fatal(err)
		}
		runs++
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(events*runs)/sec, "events/s")
	b.ReportMetric(float64(*benchTickets*runs)/sec, "tickets/s")
}

// BenchmarkSingleProcess is the same work without Beam, for comparison:
// read, group per ticket in a map, replay, add to one cell per key.
func BenchmarkSingleProcess(b *testing.B) {
	raw, err := os.ReadFile(demoConfig)
	if err != nil {
		b.Fatal(err)
	}
	w, err := NewWorld(raw)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	events := generate(b, dir, *benchTickets)
	files, err := filepath.Glob(filepath.Join(dir, "events-*.csv"))
	if err != nil {
		b.Fatal(err)
	}
	runs := 0
	for b.Loop() {
		byTicket := map[string][]Event{}
		for _, name := range files {
			f, err := os.Open(name)
			if err != nil {
				b.Fatal(err)
			}
			err = ReadEvents(filepath.Base(name), f, w.Loc, func(id string, e Event) {
				byTicket[id] = append(byTicket[id], e)
			}, func(e *RowError) { b.Fatal(e) })
			f.Close()
			if err != nil {
				b.Fatal(err)
			}
		}
		cells := map[string]*Cell{}
		for id, evs := range byTicket {
			_, err := w.Facts(id, evs, func(key string, f Fact) {
				c := cells[key]
				if c == nil {
					nc := newCell()
					c = &nc
					cells[key] = c
				}
				if err := c.Add(f); err != nil {
					b.Fatal(err)
				}
			})
			if err != nil {
				b.Fatal(err)
			}
		}
		runs++
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(events*runs)/sec, "events/s")
	b.ReportMetric(float64(*benchTickets*runs)/sec, "tickets/s")
}
