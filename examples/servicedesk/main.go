//go:generate go run ./gen -seed 20260706 -out data

package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	var o Options
	flag.StringVar(&o.ConfigFile, "config", "", "JSON configuration (calendars, matrix, SLA policy, services, penalty schedule, change rules); default: the embedded one (see -print-config)")
	flag.BoolVar(&o.PrintConfig, "print-config", false, "print the configuration in effect as JSON and exit")
	flag.StringVar(&o.In, "in", "", "incident export to read instead of the embedded data (CSV: neutral, ServiceNow event log or Jira)")
	flag.StringVar(&o.InFormat, "in-format", "auto", "format of -in: auto, neutral, servicenow or jira")
	flag.StringVar(&o.Outages, "outages", "", "outage and maintenance log (neutral CSV); with -in, none unless given")
	flag.StringVar(&o.Changes, "changes", "", "planned changes (neutral CSV); with -in, none unless given")
	flag.StringVar(&o.Zone, "tz", "", "time zone of timestamps without an offset (default: the configuration's zone)")
	flag.StringVar(&o.Now, "now", "", `the report's "now" (RFC 3339, or "wall" for the wall clock); default: the configuration's (Monday 6 July 2026 08:00 for the embedded data), or with -in the last event of the export`)
	flag.StringVar(&o.From, "from", "", "first day of the reporting period (yyyy-mm-dd); default: the configuration's, or with -in the day of the first opening")
	flag.StringVar(&o.To, "to", "", "day after the reporting period (yyyy-mm-dd); default: the configuration's, or with -in the day after now")
	flag.StringVar(&o.Format, "format", "text", "output: text, json or csv")
	flag.StringVar(&o.Table, "table", "", "with -format csv: write only this table, as a plain CSV")
	flag.StringVar(&o.HTML, "html", "", "also write a self-contained HTML page with charts to this file")
	flag.StringVar(&o.MaxRejected, "max-rejected", "", "fail when more than this percentage of an input's rows is rejected (default: the configuration's import.max_rejected_percent, 5)")
	flag.StringVar(&o.Lang, "lang", "en", "language of the report: en or de (German labels, dates and money)")
	flag.IntVar(&o.Width, "width", 100, "text output: the line width tables are fitted to (columns that do not fit are left out and named)")
	flag.BoolVar(&o.Strict, "strict", false, "stop at the first bad input row instead of skipping it")
	flag.BoolVar(&o.Progress, "progress", false, "show progress on stderr even for small inputs or when stderr is not a terminal")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "servicedesk: unexpected argument %q (see -help)\n", flag.Arg(0))
		os.Exit(2)
	}
	if err := Run(o, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "servicedesk:", escapeControls(err.Error())) // errors quote input data
		os.Exit(1)
	}
}
