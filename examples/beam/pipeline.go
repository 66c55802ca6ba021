package main

import (
	"context"
	"fmt"
	"path"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(string, Run), func(string), error](&readFn{})
	register.DoFn4x1[context.Context, string, func(*Run) bool, func(string, Fact), error](&ticketFn{})
	register.DoFn4x1[context.Context, string, Cell, func(Row), error](&formatFn{})
	register.DoFn4x0[int, func(*Row) bool, func(string), func(string)](&filesFn{})
	register.DoFn2x0[context.Context, string](&logRejectFn{})
	register.Combiner3[Cell, Fact, Cell](&cellFn{})
	register.Emitter2[string, Run]()
	register.Emitter2[string, Fact]()
	register.Emitter1[Row]()
	register.Emitter1[string]()
	register.Iter1[*Run]()
	register.Iter1[*Row]()
	// The accumulators cross the shuffle in the library's binary encodings.
	beam.RegisterCoder(reflect.TypeOf(Cell{}), encodeCell, decodeCell)
	beam.RegisterCoder(reflect.TypeOf(Run{}), encodeRun, decodeRun)
}

// Build adds the pipeline to s: read the event logs matching glob, group
// the events per ticket, replay and evaluate each ticket, combine per
// month × priority × group, and write out+".csv" and out+".json". config
// is the configuration's JSON (see Config), shipped to the workers.
func Build(s beam.Scope, config, glob, out string) {
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, glob, fileio.MatchEmptyDisallow()))
	events, rejected := beam.ParDo2(s, &readFn{Config: config}, files)
	beam.ParDo0(s, &logRejectFn{}, rejected)
	facts := beam.ParDo(s, &ticketFn{Config: config}, beam.GroupByKey(s, events))
	cells := beam.CombinePerKey(s, &cellFn{}, facts)
	rows := beam.ParDo(s, &formatFn{Config: config}, cells)
	csvText, jsonText := beam.ParDo2(s, &filesFn{}, beam.GroupByKey(s, beam.AddFixedKey(s, rows)))
	textio.Write(s, out+".csv", csvText)
	textio.Write(s, out+".json", jsonText)
}

// worlds caches the World of each configuration per worker process.
var worlds sync.Map // config text → *World

func world(config string) (*World, error) {
	if w, ok := worlds.Load(config); ok {
		return w.(*World), nil
	}
	w, err := NewWorld([]byte(config))
	if err != nil {
		return nil, err
	}
	actual, _ := worlds.LoadOrStore(config, w)
	return actual.(*World), nil
}

// readFn reads one event log and emits its events keyed by ticket, and
// its rejected rows ("file:line: why"). Consecutive rows of one ticket go
// out as one element: logs usually keep a ticket's rows together, and the
// shuffle then moves a fraction of the elements (the runner's per-element
// cost dominates its memory).
type readFn struct {
	Config string `json:"config"`
}

func (fn *readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(string, Run), reject func(string)) error {
	w, err := world(fn.Config)
	if err != nil {
		return err
	}
	rc, err := f.Open(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	file := path.Base(f.Metadata.Path)
	var id string
	var run []Event
	flush := func() {
		if len(run) > 0 {
			emit(id, Run{File: file, Events: run})
		}
		run = nil
	}
	err = ReadEvents(file, rc, w.Loc, func(ticket string, e Event) {
		if ticket != id {
			flush()
			id = ticket
		}
		run = append(run, e)
	}, func(e *RowError) { reject(e.Error()) })
	flush()
	return err
}

var (
	rowsRejected    = beam.NewCounter("itsm", "rows_rejected")
	ticketsCounted  = beam.NewCounter("itsm", "tickets")
	ticketsFuture   = beam.NewCounter("itsm", "tickets_opened_after_now")
	ticketsRejected = beam.NewCounter("itsm", "tickets_rejected")
)

// logRejectFn counts and logs rejected rows.
type logRejectFn struct{}

func (fn *logRejectFn) ProcessElement(ctx context.Context, e string) {
	rowsRejected.Inc(ctx, 1)
	log.Warnf(ctx, "row left out: %s", e)
}

// ticketFn replays one ticket and emits its facts. A ticket the library
// rejects is logged with its ID and counted; the others are still
// computed.
type ticketFn struct {
	Config string `json:"config"`
}

func (fn *ticketFn) ProcessElement(ctx context.Context, id string, runs func(*Run) bool, emit func(string, Fact)) error {
	w, err := world(fn.Config)
	if err != nil {
		return err
	}
	var evs []Event
	var run Run
	for runs(&run) {
		evs = append(evs, run.Events...)
	}
	st, err := w.Facts(id, evs, emit)
	for _, r := range st.Rejected {
		rowsRejected.Inc(ctx, 1)
		log.Warnf(ctx, "%s:%d: %s event of %s left out (before the opening, or a second open event)", r.File, r.Line, r.Kind, id)
	}
	switch {
	case err != nil:
		ticketsRejected.Inc(ctx, 1)
		log.Warnf(ctx, "ticket left out: %v", err)
	case st.NotOpened:
		rowsRejected.Inc(ctx, int64(len(evs)))
		log.Warnf(ctx, "ticket %s has no open event: its %d rows are left out", id, len(evs))
	case st.Future:
		ticketsFuture.Inc(ctx, 1)
	default:
		ticketsCounted.Inc(ctx, 1)
	}
	return nil
}

// formatFn formats one cell.
type formatFn struct {
	Config string `json:"config"`
}

func (fn *formatFn) ProcessElement(ctx context.Context, key string, c Cell, emit func(Row)) error {
	w, err := world(fn.Config)
	if err != nil {
		return err
	}
	r, err := w.Format(key, c)
	if err != nil {
		return fmt.Errorf("cell %q: %w", strings.ReplaceAll(key, "\t", " · "), err)
	}
	emit(r)
	return nil
}

// filesFn sorts all rows and emits the CSV and the JSON document, each as
// one element (textio.Write writes it as the whole file).
type filesFn struct{}

func (fn *filesFn) ProcessElement(_ int, rows func(*Row) bool, csvOut, jsonOut func(string)) {
	var all []Row
	var r Row
	for rows(&r) {
		all = append(all, r)
	}
	slices.SortFunc(all, func(a, b Row) int { return strings.Compare(a.Key, b.Key) })
	c, j := Files(all)
	csvOut(c)
	jsonOut(j)
}
