// Command duedate answers the first question of every service desk: a P2
// ticket is opened on Friday at 16:30 in Dortmund with a target of 8 business
// hours, Mon–Fri 08:00–17:00, public holidays of Nordrhein-Westfalen — when is
// it due, and how much of the target is used at a given moment?
//
//	go run ./examples/duedate
//	go run ./examples/duedate -opened 2026-12-23T16:30 -target 8h
//
// Times are read and printed in Europe/Berlin.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/itsmkit/itsm/calendar"
)

func main() {
	opened := flag.String("opened", "2026-05-22T16:30", "when the ticket was opened (local time, 2006-01-02T15:04)")
	target := flag.Duration("target", 8*time.Hour, "business-hours target")
	at := flag.String("at", "", "also report elapsed and remaining business time at this local time (2006-01-02T15:04)")
	flag.Parse()
	if err := run(os.Stdout, *opened, *target, *at); err != nil {
		fmt.Fprintln(os.Stderr, "duedate:", err)
		os.Exit(1)
	}
}

const layout = "2006-01-02T15:04"

func run(w io.Writer, openedText string, target time.Duration, atText string) error {
	office, err := calendar.ForRegion("DE-NW", "Europe/Berlin", "Mon-Fri 08:00-17:00")
	if err != nil {
		return err
	}
	loc := office.Location()
	opened, err := time.ParseInLocation(layout, openedText, loc)
	if err != nil {
		return fmt.Errorf("-opened %q: %w", openedText, err)
	}
	if target <= 0 {
		return fmt.Errorf("-target %s: must be positive", target)
	}
	due, err := office.Add(opened, target)
	if err != nil {
		return err
	}
	const show = "Mon 02 Jan 2006 15:04 MST"
	fmt.Fprintf(w, "Calendar: Mon-Fri 08:00-17:00 Europe/Berlin, public holidays DE-NW\n")
	fmt.Fprintf(w, "Opened:   %s\n", opened.Format(show))
	fmt.Fprintf(w, "Target:   %s of business time\n", target)
	fmt.Fprintf(w, "Due:      %s (%s of wall-clock time later)\n", due.Format(show), due.Sub(opened))
	fmt.Fprintln(w, "Counted:")
	for s := range office.Spans(opened, due) {
		fmt.Fprintf(w, "  %s – %s  %s\n", s.Start.Format(show), s.End.Format("15:04"), s.Duration())
	}
	if atText != "" {
		at, err := time.ParseInLocation(layout, atText, loc)
		if err != nil {
			return fmt.Errorf("-at %q: %w", atText, err)
		}
		used := office.Between(opened, at)
		fmt.Fprintf(w, "At %s: %s used, %s left (wall clock %s)\n", at.Format(show), used, target-used, at.Sub(opened))
	}
	return nil
}
