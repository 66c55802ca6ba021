// Command changeboard prepares a change advisory board (CAB) meeting with
// package change: a week of change requests (embedded in board.json) is
// risk-assessed by three models combined ServiceNow-style by taking the
// highest (a BMC-style weighted questionnaire, a likelihood × impact matrix,
// and red-flag rules), routed for approval (peer review, change manager,
// CAB, ECAB), checked against each CI's maintenance window, the inventory
// freeze and the lead-time policy, and checked for conflicts on the same CI,
// on related CIs (a switch and the devices behind it) and for the same
// engineer. For a change that does not fit its window the next free slot is
// proposed. The output ends with the meeting's agenda.
//
// One bad request does not cancel the meeting: a request that cannot be
// assessed (an unknown maintenance window, a duplicate id, a window that
// ends before it starts) is listed under "Not assessed" with the reason,
// and the others are assessed as usual. A CI the graph lacks is a finding,
// not an error: the request is still checked for conflicts on that CI. A
// zero-length change (start = end) is an instant: it conflicts with the
// changes whose windows contain it, its schedule is checked at its instant,
// and no proposed slot contains it.
//
//	go run ./examples/changeboard
//	go run ./examples/changeboard -board my-week.json
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	board := flag.String("board", "", "board JSON (configuration and changes); default: the embedded board.json")
	flag.Parse()
	if err := Run(*board, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "changeboard:", escapeControls(err.Error())) // errors quote board data
		os.Exit(1)
	}
}
