package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/shopspring/decimal"
)

// checkRejections fails the run when an input file has no usable row or
// rejects more than the configured share of its rows, after writing the
// reasons with their counts (and a first line of each) to stderr. A report
// built on what is left of such a file would look calm and be wrong.
func (w *World) checkRejections(d *Data, stderr io.Writer) error {
	limit := w.Cfg.Import.MaxRejectedPercent
	var bad []string
	for i, st := range d.Stats {
		if st.Read == 0 {
			if i == 0 {
				// The incident export: a header alone is no report.
				return fmt.Errorf("input rejected, no report written: %s: no data rows, only a header", st.File)
			}
			continue // an empty outage or change log: nothing lost
		}
		share := decimal.NewFromInt(int64(st.Rejected)).Mul(decimal.NewFromInt(100)).Div(decimal.NewFromInt(int64(st.Read)))
		var why string
		switch {
		case st.Used == 0:
			why = fmt.Sprintf("no usable row: all %d rows rejected", st.Read)
		case share.GreaterThan(limit):
			why = fmt.Sprintf("%d of %d rows rejected (%s %%), more than the %s %% allowed (import.max_rejected_percent)",
				st.Rejected, st.Read, share.StringFixed(1), limit)
		default:
			continue
		}
		fmt.Fprintf(stderr, "servicedesk: %s: %s; reasons:\n", escapeControls(st.File), why)
		for _, rc := range st.Reasons() {
			first := ""
			for _, e := range st.Errors {
				if e.Reason() == rc.Reason {
					first = e.Error()
					break
				}
			}
			fmt.Fprintf(stderr, "  %6d  %s  (first: %s)\n", rc.Rows, escapeControls(rc.Reason), escapeControls(first))
		}
		bad = append(bad, fmt.Sprintf("%s: %s", st.File, why))
	}
	if len(bad) > 0 {
		return fmt.Errorf("input rejected, no report written: %s", strings.Join(bad, "; "))
	}
	return nil
}
