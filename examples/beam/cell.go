package main

import (
	"encoding"
	"encoding/binary"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/itsmkit/itsm/kpi"
)

// backlogBuckets are the age buckets of the backlog: [0, 1d), [1d, 3d),
// [3d, 7d), [7d, 14d), [14d, 30d), [30d, ∞) in wall time, as in
// examples/servicedesk.
var backlogBuckets = []time.Duration{24 * time.Hour, 72 * time.Hour, 7 * 24 * time.Hour, 14 * 24 * time.Hour, 30 * 24 * time.Hour}

// Cell is the accumulator of one month × priority × assignment group: the
// library's accumulators side by side. The zero Cell is not ready: use
// newCell.
type Cell struct {
	Response, Resolution               kpi.Attainment
	ResponsePending, ResolutionPending int64
	MTTABusiness, MTTAWall             kpi.TimeTo
	MTTRBusiness, MTTRWall             kpi.TimeTo
	MTTRSketch                         kpi.Sketch // completed business MTTR, for its percentiles
	CSAT                               kpi.CSAT
	NPS                                kpi.NPS
	Backlog                            kpi.Backlog
}

// newCell returns an empty cell.
func newCell() Cell {
	csat, err := kpi.NewCSAT(kpi.DefaultCSAT())
	if err != nil {
		panic(err) // the library's default is valid
	}
	return Cell{
		MTTABusiness: kpi.TimeTo{Measure: kpi.MTTA, Clock: kpi.Business},
		MTTAWall:     kpi.TimeTo{Measure: kpi.MTTA, Clock: kpi.Wall},
		MTTRBusiness: kpi.TimeTo{Measure: kpi.MTTResolve, Clock: kpi.Business},
		MTTRWall:     kpi.TimeTo{Measure: kpi.MTTResolve, Clock: kpi.Wall},
		CSAT:         csat,
	}
}

// Add adds one fact.
func (c *Cell) Add(f Fact) error {
	if !f.Opened {
		b, err := kpi.NewBacklog(time.Unix(0, f.BacklogAt).UTC(), backlogBuckets, nil, kpi.Wall)
		if err != nil {
			return err
		}
		if err := b.Add(kpi.Ticket{Opened: time.Unix(0, f.BacklogOpened)}); err != nil {
			return err
		}
		return c.Backlog.Merge(b)
	}
	for _, x := range []struct {
		att     *kpi.Attainment
		pending *int64
		out     int64
	}{{&c.Response, &c.ResponsePending, f.Response}, {&c.Resolution, &c.ResolutionPending, f.Resolution}} {
		switch x.out {
		case outMet, outBreached:
			x.att.Add(x.out == outMet)
		case outPending:
			*x.pending++
		}
	}
	if !f.Timed {
		return nil
	}
	for _, x := range []struct {
		t    *kpi.TimeTo
		d    int64
		open bool
	}{{&c.MTTABusiness, f.MTTABusiness, f.MTTAOpen}, {&c.MTTAWall, f.MTTAWall, f.MTTAOpen},
		{&c.MTTRBusiness, f.MTTRBusiness, f.MTTROpen}, {&c.MTTRWall, f.MTTRWall, f.MTTROpen}} {
		add := x.t.Add
		if x.open {
			add = x.t.AddOpen
		}
		if err := add(time.Duration(x.d)); err != nil {
			return err
		}
	}
	if !f.MTTROpen {
		if err := c.MTTRSketch.Add(time.Duration(f.MTTRBusiness)); err != nil {
			return err
		}
	}
	if f.CSAT > 0 {
		if err := c.CSAT.Add(int(f.CSAT)); err != nil {
			return err
		}
	}
	if f.NPS >= 0 {
		if err := c.NPS.Add(int(f.NPS)); err != nil {
			return err
		}
	}
	return nil
}

// Merge adds o into c.
func (c *Cell) Merge(o Cell) error {
	c.Response.Merge(o.Response)
	c.Resolution.Merge(o.Resolution)
	c.ResponsePending += o.ResponsePending
	c.ResolutionPending += o.ResolutionPending
	c.NPS.Merge(o.NPS)
	return errors.Join(c.MTTABusiness.Merge(o.MTTABusiness), c.MTTAWall.Merge(o.MTTAWall),
		c.MTTRBusiness.Merge(o.MTTRBusiness), c.MTTRWall.Merge(o.MTTRWall),
		c.MTTRSketch.Merge(&o.MTTRSketch), c.CSAT.Merge(o.CSAT), c.Backlog.Merge(&o.Backlog))
}

// parts returns the cell's library accumulators in encoding order.
func (c *Cell) parts() []interface {
	encoding.BinaryMarshaler
	encoding.BinaryUnmarshaler
} {
	return []interface {
		encoding.BinaryMarshaler
		encoding.BinaryUnmarshaler
	}{&c.Response, &c.Resolution, &c.MTTABusiness, &c.MTTAWall, &c.MTTRBusiness, &c.MTTRWall,
		&c.MTTRSketch, &c.CSAT, &c.NPS, &c.Backlog}
}

// cellVersion is the first byte of a cell's encoding.
const cellVersion = 1

// cellDecodes counts decoded cells: the test checks that the runner
// shuffled accumulators through the coder.
var cellDecodes atomic.Int64

// encodeCell is the Beam coder's encoder of a Cell: a version byte, the
// two pending counts as varints, then each library accumulator's binary
// encoding (kpi's MarshalBinary) behind its length as a varint.
func encodeCell(c Cell) ([]byte, error) {
	out := []byte{cellVersion}
	out = binary.AppendUvarint(out, uint64(c.ResponsePending))
	out = binary.AppendUvarint(out, uint64(c.ResolutionPending))
	for _, p := range c.parts() {
		b, err := p.MarshalBinary()
		if err != nil {
			return nil, err
		}
		out = binary.AppendUvarint(out, uint64(len(b)))
		out = append(out, b...)
	}
	return out, nil
}

// decodeCell is the Beam coder's decoder of a Cell.
func decodeCell(b []byte) (Cell, error) {
	cellDecodes.Add(1)
	if len(b) == 0 || b[0] != cellVersion {
		return Cell{}, fmt.Errorf("cell encoding: version %v, want %d", b[:min(1, len(b))], cellVersion)
	}
	b = b[1:]
	c := Cell{}
	for _, p := range []*int64{&c.ResponsePending, &c.ResolutionPending} {
		v, n := binary.Uvarint(b)
		if n <= 0 || v > 1<<62 {
			return Cell{}, errors.New("cell encoding: bad pending count")
		}
		*p, b = int64(v), b[n:]
	}
	for _, p := range c.parts() {
		l, n := binary.Uvarint(b)
		if n <= 0 || l > uint64(len(b)-n) {
			return Cell{}, errors.New("cell encoding: truncated")
		}
		if err := p.UnmarshalBinary(b[n : n+int(l)]); err != nil {
			return Cell{}, err
		}
		b = b[n+int(l):]
	}
	if len(b) > 0 {
		return Cell{}, errors.New("cell encoding: trailing bytes")
	}
	return c, nil
}

// cellFn is the CombineFn of the cells.
type cellFn struct{}

func (cellFn) CreateAccumulator() Cell { return newCell() }

func (cellFn) AddInput(c Cell, f Fact) (Cell, error) {
	err := c.Add(f)
	return c, err
}

func (cellFn) MergeAccumulators(a, b Cell) (Cell, error) {
	err := a.Merge(b)
	return a, err
}

func (cellFn) ExtractOutput(c Cell) Cell { return c }
