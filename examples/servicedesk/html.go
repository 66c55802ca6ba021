package main

import (
	"cmp"
	"fmt"
	"html"
	"html/template"
	"io"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// The HTML page is self-contained: inline CSS, charts drawn here as inline
// SVG, no JavaScript, no fonts or scripts from the network. A charting
// module would add a dependency (and usually JavaScript) for a handful of bar
// charts; a hundred lines of SVG keep the example dependency-free and the
// page readable offline, in mail and in a ticket attachment.

// Chart is a simple chart for the HTML page.
type Chart struct {
	Title string
	// Horizontal bars, one per item, on a scale from Min to Max; an item's
	// Target (if HasTarget) is drawn as a marker line.
	Bars     []Bar
	Min, Max float64
	// Stacked columns: one column per category, one layer per series.
	Categories []string
	Series     []Series
	// Grouped draws the series of a category side by side instead of
	// stacked.
	Grouped bool
	Note    string
	// AxisNote says where a bar axis that does not start at zero starts
	// ("axis starts at %s %%"); it is shown when Min is not 0.
	AxisNote string
}

// Bar is one item of a bar chart.
type Bar struct {
	Label     string
	Value     float64
	Text      string // the value as shown
	Target    float64
	HasTarget bool
	Bad       bool // drawn in the warning colour
}

// Series is one layer of a stacked column chart.
type Series struct {
	Name   string
	Values []float64
	Color  string
}

var palette = []string{"#b2182b", "#ef8a62", "#e6b422", "#67a9cf", "#2166ac", "#999999"}

func esc(s string) string { return html.EscapeString(s) }

// SVG renders the chart.
func (c *Chart) SVG() string {
	if len(c.Series) > 0 {
		return c.columnsSVG()
	}
	return c.barsSVG()
}

// svgOpen starts a chart scaled to its container: a viewBox and no fixed
// size, so it shrinks to a 390 px phone or an A4 column; max-width keeps
// it from growing past its drawn size on a wide screen. Charts are drawn
// about 520 units wide, so that on a phone their 12-unit text is still
// 8 to 9 px; the title and note are HTML around the SVG, where they wrap.
func svgOpen(b *strings.Builder, w, h int, title string) {
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" style="max-width:%dpx" preserveAspectRatio="xMinYMin meet" role="img" aria-label="%s">`, w, h, w, esc(title))
}

func (c *Chart) barsSVG() string {
	const labelW, plotW, valueW, rowH, top = 200, 232, 88, 24, 8
	w := labelW + plotW + valueW
	h := top + rowH*len(c.Bars) + 46
	var b strings.Builder
	svgOpen(&b, w, h, c.Title)
	span := c.Max - c.Min
	if span <= 0 {
		span = 1
	}
	x := func(v float64) float64 {
		v = math.Max(c.Min, math.Min(c.Max, v))
		return labelW + (v-c.Min)/span*plotW
	}
	// grid at round values (1, 2 or 5 × 10^k) inside [Min, Max]
	step := niceStep(span, 4)
	first := math.Ceil(c.Min/step-1e-9) * step
	bottom := top + rowH*len(c.Bars)
	for i := 0; first+float64(i)*step <= c.Max+step*1e-9; i++ {
		v := first + float64(i)*step
		gx := x(v)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" class="grid"/>`, gx, top-4, gx, bottom)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" class="tick" text-anchor="middle">%s</text>`, gx, bottom+16, esc(trimFloat(v)))
	}
	if c.Min != 0 {
		// The axis does not start at zero: a break mark on it, and words.
		fmt.Fprintf(&b, `<path d="M%d %d l-5 6 l10 0 z" class="brk"/>`, labelW, bottom+2)
		note := cmp.Or(c.AxisNote, "axis starts at %s %%")
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="tick">%s</text>`, labelW, bottom+34, esc(fmt.Sprintf(note, trimFloat(c.Min))))
	}
	for i, bar := range c.Bars {
		y := top + i*rowH
		fill := "#2166ac"
		if bar.Bad {
			fill = "#b2182b"
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="lbl" text-anchor="end">%s</text>`, labelW-8, y+17, esc(bar.Label))
		bw := x(bar.Value) - labelW
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>`, labelW, y+5, math.Max(bw, 2), rowH-10, fill)
		if bar.HasTarget {
			tx := x(bar.Target)
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" class="target"/>`, tx, y+1, tx, y+rowH-1)
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="val">%s</text>`, labelW+plotW+8, y+17, esc(bar.Text))
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// minVisible is the least height (px) of a non-zero part of a column, so
// that a week's three P1 tickets show beside three hundred others.
const minVisible = 3.0

func (c *Chart) columnsSVG() string {
	const left, plotH, top, legendH = 40, 200, 10, 22
	n := len(c.Categories)
	// Room below the plot for the category labels, written at 45°.
	longest := 0
	for _, cat := range c.Categories {
		longest = max(longest, utf8.RuneCountInString(cat))
	}
	bottom := 30 + longest*5
	per := 1
	if c.Grouped {
		per = len(c.Series)
	}
	colW := 34 * per
	if n > 0 && n*colW > 470 {
		colW = max(470/n, 8)
	}
	w := max(left+n*colW+10, 360)
	legendRows := (len(c.Series) + 2) / 3
	h := top + plotH + bottom + legendH*legendRows
	totals := make([]float64, n)
	maxT := 0.0
	for _, s := range c.Series {
		for i, v := range s.Values {
			if c.Grouped {
				maxT = math.Max(maxT, v)
			} else {
				totals[i] += v
			}
		}
	}
	for _, t := range totals {
		maxT = math.Max(maxT, t)
	}
	step := niceStep(maxT, 4)
	scaleMax := math.Max(math.Ceil(maxT/step-1e-9), 1) * step
	var b strings.Builder
	svgOpen(&b, w, h, c.Title)
	y := func(v float64) float64 { return top + plotH - v/scaleMax*plotH }
	for i := 0; float64(i)*step <= scaleMax+step*1e-9; i++ {
		v := float64(i) * step
		fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" class="grid"/>`, left, y(v), left+n*colW, y(v))
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" class="tick" text-anchor="end">%s</text>`, left-6, y(v)+4, trimFloat(v))
	}
	color := func(si int) string {
		if c.Series[si].Color != "" {
			return c.Series[si].Color
		}
		return palette[si%len(palette)]
	}
	for i := range n {
		base := top + plotH + 0.0 // the bottom of the next part
		for si, s := range c.Series {
			v := s.Values[i]
			if v <= 0 {
				continue
			}
			hgt := math.Max(plotH*v/scaleMax, minVisible)
			x, bw := left+i*colW+2, colW-4
			if c.Grouped {
				bw = (colW - 4) / per
				x += si * bw
				base = top + plotH
			}
			fmt.Fprintf(&b, `<rect x="%d" y="%.1f" width="%d" height="%.1f" fill="%s"><title>%s %s: %s</title></rect>`,
				x, base-hgt, max(bw-1, 1), hgt, color(si), esc(c.Categories[i]), esc(s.Name), trimFloat(v))
			if !c.Grouped {
				base -= hgt
			}
		}
		// every label when they fit, else every other one
		if colW >= 30 || i%2 == 0 {
			cx := left + i*colW + colW/2
			fmt.Fprintf(&b, `<text x="%d" y="%d" class="tick" text-anchor="end" transform="rotate(-45 %d %d)">%s</text>`, cx+4, top+plotH+14, cx+4, top+plotH+14, esc(c.Categories[i]))
		}
	}
	// The legend goes below the plot, three to a row, so the chart keeps
	// its width on a phone.
	ly := top + plotH + bottom
	for si, s := range c.Series {
		lx := left + (si%3)*((w-left)/3)
		row := ly + (si/3)*legendH
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="12" height="12" fill="%s"/><text x="%d" y="%d" class="lbl">%s</text>`, lx, row, color(si), lx+18, row+11, esc(s.Name))
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// niceStep returns a round axis step (1, 2 or 5 × 10^k) that divides span
// into at most about n intervals.
func niceStep(span float64, n int) float64 {
	if span <= 0 || math.IsNaN(span) || math.IsInf(span, 0) {
		return 1
	}
	raw := span / float64(n)
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5} {
		if m*p >= raw {
			return m * p
		}
	}
	return 10 * p
}

func trimFloat(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s
}

// htmlRow is one table row as the page shows it: its cells in the order
// of the narrow-screen layout (Table.NarrowOrder), each with its column.
type htmlCell struct {
	Cell
	Col   Column
	Class string
	Order int
}

// cardsFrom is the column count from which a table turns into one card
// per row on a narrow screen (smaller tables fit as they are).
const cardsFrom = 3

var pageTmpl = template.Must(template.New("page").Funcs(template.FuncMap{
	"svg":   func(c *Chart) template.HTML { return template.HTML(c.SVG()) },
	"long":  func(t *Table) bool { return len(t.Rows) > 25 && !t.Expand },
	"cards": func(t *Table) bool { return len(t.Columns)-len(t.PhoneHide) >= cardsFrom },
	"ph":    func(t *Table, c Column) bool { return slices.Contains(t.PhoneHide, c.Key) },
	"right": func(c Column) string {
		if c.Right {
			return "r"
		}
		return ""
	},
	"cells": func(t *Table, row []Cell) []htmlCell {
		order := map[string]int{}
		for i, k := range t.NarrowOrder {
			order[k] = i + 1
		}
		out := make([]htmlCell, len(row))
		for i, c := range row {
			col := t.Columns[i]
			cl := ""
			switch {
			case col.Right:
				cl = "r"
			case utf8.RuneCountInString(c.Text) > 24:
				cl = "w" // long prose wraps; short values never do
			}
			if i == 0 {
				cl += " k" // the row's key: the card's heading on a phone
			}
			o, ok := order[col.Key]
			if !ok {
				o = len(t.NarrowOrder) + 1 + i
			}
			if i == 0 {
				o = 0
			}
			if slices.Contains(t.PhoneHide, col.Key) {
				cl += " ph"
			}
			out[i] = htmlCell{Cell: c, Col: col, Class: strings.TrimSpace(cl), Order: o}
		}
		return out
	},
}).Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:20px auto;max-width:1500px;padding:0 20px;color:#222;line-height:1.4}
h1{font-size:1.6em;margin-bottom:0}
.sub{color:#555;margin-top:4px;overflow-wrap:anywhere}
h2{border-bottom:2px solid #2166ac;padding-bottom:4px;margin:36px 0 8px}
table{border-collapse:collapse;margin:10px 0 16px;font-size:12.5px}
th,td{padding:3px 7px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top;max-width:26em}
td{white-space:nowrap}
td.w{white-space:normal;min-width:11em}
th{white-space:nowrap;background:#f0f4f8}
.tw{overflow-x:auto;max-width:100%}
td.r,th.r{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
caption{text-align:left;font-weight:600;padding:4px 0}
.charts{display:flex;flex-wrap:wrap;gap:24px;margin:12px 0}
.chart{flex:0 1 540px;min-width:0}
svg{display:block;width:100%;height:auto;background:#fff;border:1px solid #e4e4e4;box-sizing:border-box;padding:6px}
.chart h3{font-size:14px;margin:0 0 4px}
.chart p{font-size:12px;color:#555;margin:4px 0 0}
svg .lbl{font-size:12px;fill:#222}
svg .val{font-size:12px;fill:#222;font-variant-numeric:tabular-nums}
svg .tick{font-size:11.5px;fill:#444}
svg .grid{stroke:#e0e0e0;stroke-width:1}
svg .target{stroke:#111;stroke-width:2.5}
svg .brk{fill:#555}
.note{color:#444;font-size:13px}
.intro{margin:6px 0}
details summary{cursor:pointer;color:#2166ac;margin:6px 0}
nav{margin:10px 0 0;font-size:13px;line-height:1.8}
nav a{color:#2166ac;text-decoration:none;margin-right:14px;display:inline-block}
footer{margin:40px 0 10px;color:#777;font-size:12px;border-top:1px solid #ddd;padding-top:8px}
.printonly{display:none}
@media (max-width:700px){
 body{padding:0 10px;margin:10px auto}
 h1{font-size:1.3em}
 h2{font-size:1.15em;margin-top:26px}
 nav a{margin-right:10px}
 .chart{flex-basis:100%}
 .ph{display:none}
 table.cards,table.cards tbody,table.cards tr,table.cards td{display:block}
 table.cards{width:100%}
 table.cards caption{display:block}
 table{max-width:100%}
 th,td{white-space:normal;max-width:none}
 table.cards thead{position:absolute;left:-9999px}
 table.cards tr{display:flex;flex-wrap:wrap;border:1px solid #d8dee6;border-radius:4px;margin:0 0 8px;padding:4px 6px}
 table.cards td{border:0;padding:1px 6px 1px 0;white-space:normal;max-width:none;min-width:0;flex:1 1 30%;text-align:left}
 table.cards td::before{content:attr(data-label);display:block;color:#666;font-size:10.5px}
 table.cards td.k{flex-basis:100%;font-weight:600}
 table.cards td.k::before{display:none}
 table.cards td:empty{display:none}
 .tw{overflow-x:visible}
}
@page{size:A4;margin:12mm 10mm}
@media print{
 body{max-width:none;margin:0;padding:0;font-size:10pt}
 nav,footer{display:none}
 .screenonly{display:none}
 .printonly{display:block}
 h2{margin-top:18px;break-after:avoid}
 .head{break-inside:avoid;break-after:avoid}
 caption{break-after:avoid}
 .tw{overflow:visible}
 table{width:auto;max-width:100%;font-size:7.5pt;margin:4px 0 10px}
 th,td{padding:1px 3px;max-width:none;white-space:normal}
 td.r,th.r{white-space:nowrap}
 th{white-space:normal}
 tr,.chart,svg{break-inside:avoid}
 thead{display:table-header-group}
 .charts{display:block}
 .chart{max-width:170mm;margin:0 0 8px}
}
</style></head><body>
<h1>{{.Title}}</h1>
<p class="sub">{{.Subtitle}}</p>
<nav>{{range .Sections}}<a href="#{{.ID}}">{{.Title}}</a> {{end}}</nav>
{{range .Sections}}<section id="{{.ID}}">
<div class="head"><h2>{{.Title}}</h2>
{{range .Intro}}<p class="intro">{{.}}</p>
{{end}}</div>{{if .Charts}}<div class="charts">{{range .Charts}}<div class="chart"><h3>{{.Title}}</h3>{{svg .}}{{if .Note}}<p>{{.Note}}</p>{{end}}</div>{{end}}</div>
{{end}}{{range .Tables}}{{if long .}}<details class="screenonly"><summary>{{if .Title}}{{.Title}}{{else}}{{$.Labels.Table}}{{end}} ({{len .Rows}} {{$.Labels.Rows}})</summary>{{template "table" .}}</details>
<div class="printonly">{{template "table" .}}</div>{{else}}{{template "table" .}}{{end}}
{{end}}{{range .Notes}}<p class="note">{{.}}</p>
{{end}}</section>
{{end}}
<footer>{{.Labels.Footer}}</footer>
</body></html>
{{define "table"}}{{$t := .}}<div class="tw"><table{{if cards .}} class="cards"{{end}}>{{if .Title}}<caption>{{.Title}}</caption>{{end}}
<thead><tr>{{range .Columns}}<th class="{{right .}}{{if ph $t .}} ph{{end}}">{{.Title}}</th>{{end}}</tr></thead>
<tbody>{{range .Rows}}<tr>{{range cells $t .}}<td class="{{.Class}}" data-label="{{.Col.Title}}"{{if cards $t}} style="order:{{.Order}}"{{end}}>{{.Text}}</td>{{end}}</tr>
{{end}}</tbody></table></div>{{end}}
`))

// pageLabels are the page's own words.
type pageLabels struct{ Table, Rows, Footer string }

// WriteHTML writes the report as a self-contained HTML page.
func WriteHTML(w io.Writer, r *Report) error {
	lang := r.Lang
	if lang == "" {
		lang = "en"
	}
	l := pageLabels{"Table", "rows", "Drawn by itsmkit's examples/servicedesk: one self-contained file, no scripts, nothing loaded from the network."}
	if lang == "de" {
		l = pageLabels{"Tabelle", "Zeilen", "Erstellt mit examples/servicedesk von itsmkit: eine eigenständige Datei, keine Skripte, nichts aus dem Netz geladen."}
	}
	return pageTmpl.Execute(w, struct {
		*Report
		Lang   string
		Labels pageLabels
	}{r, lang, l})
}
