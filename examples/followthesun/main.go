// Command followthesun shows a follow-the-sun support desk: five service
// desks (Dortmund, San Francisco, Sydney, Singapore, Bengaluru), each with its
// own time zone, working hours and public holidays from package
// calendar/holidays (DE-NW, US-CA, AU-NSW, SG, IN-KA), combined with
// calendar.Union into one calendar that is open whenever any desk is.
//
// It prints, for one week, each desk's hours in UTC, the coverage of the
// union day by day, the gaps where no desk is open, and the resolution
// deadline of a P1 incident on the union calendar — with the desks that hold
// each stretch of the clock — next to what the deadline would be if the
// first desk (Dortmund) worked alone.
//
// The desks are configuration (desks.json: package calendar's Spec JSON per
// desk, holidays by region or as explicit dates); -desks replaces them.
//
// The default week, 25–31 May 2026, is chosen because the desks' holidays
// differ: Monday is Pfingstmontag in NRW and Memorial Day in California, so
// only Sydney, Singapore and Bengaluru work; Wednesday is Hari Raya Haji in
// Singapore and Thursday Bakrid in Karnataka. A holiday whose date is a
// forecast rather than an announcement is marked "(estimated)".
//
//	go run ./examples/followthesun
//	go run ./examples/followthesun -week 2026-03-09 -opened 2026-03-13T16:30:00+01:00
//	go run ./examples/followthesun -format json
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	var o Options
	flag.StringVar(&o.Week, "week", "2026-05-25", "Monday of the week to show (yyyy-mm-dd, in UTC)")
	flag.StringVar(&o.Opened, "opened", "2026-05-22T20:00:00+02:00", "when the P1 incident is opened (RFC 3339)")
	flag.DurationVar(&o.Target, "target", 8*3600e9, "P1 resolution target in business time of the union calendar")
	flag.StringVar(&o.Format, "format", "text", "text or json")
	flag.StringVar(&o.Desks, "desks", "", "desks JSON (name, city, calendar spec per desk); default: the embedded desks.json")
	flag.Parse()
	if err := Run(o, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "followthesun:", err)
		os.Exit(1)
	}
}
