package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/kpi"
)

// csvHeader is the header of the CSV output, one row per cell.
var csvHeader = []string{"month", "priority", "group",
	"response_measured", "response_met", "response_pending", "response_attainment",
	"resolution_measured", "resolution_met", "resolution_pending", "resolution_attainment",
	"mtta_completed", "mtta_mean_business", "mtta_mean_wall", "mtta_open",
	"mttr_completed", "mttr_mean_business", "mttr_p50_business", "mttr_p90_business", "mttr_mean_wall", "mttr_open",
	"csat_answers", "csat", "nps_answers", "nps",
	"backlog_at", "backlog", "backlog_mean_age",
	"backlog_under_1d", "backlog_1d_3d", "backlog_3d_7d", "backlog_7d_14d", "backlog_14d_30d", "backlog_30d_plus"}

// Row is one cell formatted: its key (for sorting), its CSV line and its
// JSON object.
type Row struct {
	Key, CSV, JSON string
}

// cellJSON is the JSON object of a cell: the figures and the library's
// accumulators in their JSON forms, so that results of several runs can be
// merged later.
type cellJSON struct {
	Month             string         `json:"month"`
	Priority          string         `json:"priority"`
	Group             string         `json:"group"`
	Response          kpi.Attainment `json:"response"`
	ResponsePending   int64          `json:"response_pending"`
	Resolution        kpi.Attainment `json:"resolution"`
	ResolutionPending int64          `json:"resolution_pending"`
	MTTABusiness      kpi.TimeTo     `json:"mtta_business"`
	MTTAWall          kpi.TimeTo     `json:"mtta_wall"`
	MTTRBusiness      kpi.TimeTo     `json:"mttr_business"`
	MTTRWall          kpi.TimeTo     `json:"mttr_wall"`
	MTTRP50Business   *itsm.Duration `json:"mttr_p50_business"` // nearest rank, from the sketch (within 0.39 %)
	MTTRP90Business   *itsm.Duration `json:"mttr_p90_business"`
	MTTRSketch        kpi.Sketch     `json:"mttr_sketch"`
	CSAT              kpi.CSAT       `json:"csat"`
	NPS               kpi.NPS        `json:"nps"`
	BacklogAt         time.Time      `json:"backlog_at"`
	Backlog           *kpi.Backlog   `json:"backlog,omitempty"` // none: no ticket open at backlog_at
}

var fifty, ninety = decimal.NewFromInt(50), decimal.NewFromInt(90)

// Format formats one cell.
func (w *World) Format(key string, c Cell) (Row, error) {
	month, prio, group := splitKey(key)
	at, err := w.monthEnd(month)
	if err != nil {
		return Row{}, err
	}
	pct := func(r itsm.Ratio) string {
		if p, ok := r.Percent(1); ok {
			return p.StringFixed(1)
		}
		return ""
	}
	num := func(n int64) string { return strconv.FormatInt(n, 10) }
	mean := func(t kpi.TimeTo) string {
		if m, ok := t.Completed.Mean(); ok {
			return itsm.Duration(m).String()
		}
		return ""
	}
	p50, err := percentile(&c.MTTRSketch, fifty)
	if err != nil {
		return Row{}, err
	}
	p90, err := percentile(&c.MTTRSketch, ninety)
	if err != nil {
		return Row{}, err
	}
	text := func(d *itsm.Duration) string {
		if d == nil {
			return ""
		}
		return d.String()
	}
	ages := c.Backlog.Ages()
	meanAge := ""
	if m, ok := ages.Mean(); ok {
		meanAge = itsm.Duration(m).String()
	}
	rec := []string{month, prio, group,
		num(c.Response.Total), num(c.Response.Met), num(c.ResponsePending), pct(c.Response.Ratio()),
		num(c.Resolution.Total), num(c.Resolution.Met), num(c.ResolutionPending), pct(c.Resolution.Ratio()),
		num(c.MTTABusiness.Completed.Count()), mean(c.MTTABusiness), mean(c.MTTAWall), num(c.MTTABusiness.Censored.Count()),
		num(c.MTTRBusiness.Completed.Count()), mean(c.MTTRBusiness), text(p50), text(p90), mean(c.MTTRWall), num(c.MTTRBusiness.Censored.Count()),
		num(c.CSAT.Total), pct(c.CSAT.Score()), num(c.NPS.Ratio().Den), "",
		at.Format(time.RFC3339), num(ages.Count()), meanAge}
	if p, ok := c.NPS.Ratio().Percent(0); ok {
		rec[24] = p.String()
	}
	dist := c.Backlog.Distribution()
	for k := range len(backlogBuckets) + 1 {
		var n int64
		if len(dist) == len(backlogBuckets)+1 { // else no ticket: the zero Backlog has one bucket
			n = dist[k].Count
		}
		rec = append(rec, num(n))
	}
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	if err := cw.Write(rec); err != nil {
		return Row{}, err
	}
	cw.Flush()
	var backlog *kpi.Backlog
	if ages.Count() > 0 {
		backlog = &c.Backlog
	}
	js, err := json.Marshal(cellJSON{Month: month, Priority: prio, Group: group,
		Response: c.Response, ResponsePending: c.ResponsePending, Resolution: c.Resolution, ResolutionPending: c.ResolutionPending,
		MTTABusiness: c.MTTABusiness, MTTAWall: c.MTTAWall, MTTRBusiness: c.MTTRBusiness, MTTRWall: c.MTTRWall,
		MTTRP50Business: p50, MTTRP90Business: p90, MTTRSketch: c.MTTRSketch,
		CSAT: c.CSAT, NPS: c.NPS, BacklogAt: at, Backlog: backlog})
	if err != nil {
		return Row{}, err
	}
	return Row{Key: key, CSV: strings.TrimSuffix(buf.String(), "\n"), JSON: string(js)}, nil
}

// percentile returns the sketch's nearest-rank percentile, nil when empty.
func percentile(s *kpi.Sketch, p decimal.Decimal) (*itsm.Duration, error) {
	d, ok, err := s.Percentile(p)
	if err != nil || !ok {
		return nil, err
	}
	v := itsm.Duration(d)
	return &v, nil
}

// Files returns the CSV and the JSON document of sorted rows.
func Files(rows []Row) (csvText, jsonText string) {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	_ = cw.Write(csvHeader) // a bytes.Buffer does not fail
	cw.Flush()
	var js strings.Builder
	js.WriteString("[")
	for k, r := range rows {
		buf.WriteString(r.CSV)
		buf.WriteByte('\n')
		if k > 0 {
			js.WriteString(",")
		}
		js.WriteString("\n")
		js.WriteString(r.JSON)
	}
	js.WriteString("\n]")
	return strings.TrimSuffix(buf.String(), "\n"), js.String()
}
