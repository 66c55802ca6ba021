// Command slo computes the error budget of a service level objective and
// evaluates the SRE workbook's multi-window, multi-burn-rate alerts over
// request counts, with package kpi.
//
// With no arguments it runs on an embedded scenario (scenario.json): a
// checkout API with a 99.9 % availability SLO over a rolling 30 days, a
// daily traffic curve, a baseline error rate and three incidents — a sharp
// outage three weeks ago, a slow error leak since a release on Friday, and a
// database failover loop that started 25 minutes before "now" (Monday 6 July
// 2026 08:00 Berlin). The program expands the scenario into 5-minute buckets
// of good and bad requests and prints the budget, the alert table as of now,
// and when each alert fired over the last four days.
//
//	go run ./examples/slo
//	go run ./examples/slo -format json
//	go run ./examples/slo -in buckets.csv -now 2026-07-06T08:00:00Z   # start,end,bad,total per row
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	var o Options
	flag.StringVar(&o.Scenario, "scenario", "", "scenario JSON to use instead of the embedded one")
	flag.StringVar(&o.In, "in", "", "request counts as CSV (start,end,bad,total; RFC 3339) instead of the scenario's traffic")
	flag.StringVar(&o.Now, "now", "", "evaluate at this instant (RFC 3339); default: the scenario's")
	flag.StringVar(&o.Format, "format", "text", "text or json")
	flag.Parse()
	if err := Run(o, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "slo:", err)
		os.Exit(1)
	}
}
