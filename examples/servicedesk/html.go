package main

import (
	"fmt"
	"html"
	"html/template"
	"io"
	"math"
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
	Note       string
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

func (c *Chart) barsSVG() string {
	const labelW, plotW, valueW, rowH, top = 190, 440, 120, 26, 34
	w := labelW + plotW + valueW
	h := top + rowH*len(c.Bars) + 28
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-label="%s">`, w, h, w, h, esc(c.Title))
	fmt.Fprintf(&b, `<text x="0" y="18" class="ct">%s</text>`, esc(c.Title))
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
	for i := 0; first+float64(i)*step <= c.Max+step*1e-9; i++ {
		v := first + float64(i)*step
		gx := x(v)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" class="grid"/>`, gx, top-4, gx, top+rowH*len(c.Bars))
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" class="tick" text-anchor="middle">%s</text>`, gx, top+rowH*len(c.Bars)+16, esc(trimFloat(v)))
	}
	for i, bar := range c.Bars {
		y := top + i*rowH
		fill := "#2166ac"
		if bar.Bad {
			fill = "#b2182b"
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="lbl" text-anchor="end">%s</text>`, labelW-8, y+17, esc(bar.Label))
		bw := x(bar.Value) - labelW
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>`, labelW, y+5, math.Max(bw, 1), rowH-10, fill)
		if bar.HasTarget {
			tx := x(bar.Target)
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" class="target"/>`, tx, y+1, tx, y+rowH-1)
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="val">%s</text>`, labelW+plotW+8, y+17, esc(bar.Text))
	}
	b.WriteString(`</svg>`)
	return b.String()
}

func (c *Chart) columnsSVG() string {
	const left, plotH, top, bottom = 48, 220, 34, 58
	n := len(c.Categories)
	colW := 36
	if n > 0 && n*colW > 760 {
		colW = max(760/n, 8)
	}
	legendW := 150
	w := left + n*colW + 16 + legendW
	h := top + plotH + bottom
	totals := make([]float64, n)
	for _, s := range c.Series {
		for i, v := range s.Values {
			totals[i] += v
		}
	}
	maxT := 0.0
	for _, t := range totals {
		maxT = math.Max(maxT, t)
	}
	step := niceStep(maxT, 4)
	scaleMax := math.Max(math.Ceil(maxT/step-1e-9), 1) * step
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-label="%s">`, w, h, w, h, esc(c.Title))
	fmt.Fprintf(&b, `<text x="0" y="18" class="ct">%s</text>`, esc(c.Title))
	y := func(v float64) float64 { return top + plotH - v/scaleMax*plotH }
	for i := 0; float64(i)*step <= scaleMax+step*1e-9; i++ {
		v := float64(i) * step
		fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" class="grid"/>`, left, y(v), left+n*colW, y(v))
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" class="tick" text-anchor="end">%s</text>`, left-6, y(v)+4, trimFloat(v))
	}
	for i := range n {
		base := 0.0
		for si, s := range c.Series {
			v := s.Values[i]
			if v <= 0 {
				continue
			}
			color := s.Color
			if color == "" {
				color = palette[si%len(palette)]
			}
			fmt.Fprintf(&b, `<rect x="%d" y="%.1f" width="%d" height="%.1f" fill="%s"><title>%s %s: %s</title></rect>`,
				left+i*colW+2, y(base+v), colW-4, y(base)-y(base+v), color, esc(c.Categories[i]), esc(s.Name), trimFloat(v))
			base += v
		}
		// every label when they fit, else every other one
		if colW >= 30 || i%2 == 0 {
			cx := left + i*colW + colW/2
			fmt.Fprintf(&b, `<text x="%d" y="%d" class="tick" text-anchor="end" transform="rotate(-45 %d %d)">%s</text>`, cx+4, top+plotH+14, cx+4, top+plotH+14, esc(c.Categories[i]))
		}
	}
	lx := left + n*colW + 16
	for si, s := range c.Series {
		color := s.Color
		if color == "" {
			color = palette[si%len(palette)]
		}
		ly := top + si*20
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="12" height="12" fill="%s"/><text x="%d" y="%d" class="lbl">%s</text>`, lx, ly, color, lx+18, ly+11, esc(s.Name))
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

var pageTmpl = template.Must(template.New("page").Funcs(template.FuncMap{
	"svg":  func(c *Chart) template.HTML { return template.HTML(c.SVG()) },
	"long": func(t *Table) bool { return len(t.Rows) > 25 },
	"right": func(c Column) string {
		if c.Right {
			return "r"
		}
		return ""
	},
	"cellclass": func(t *Table, i int, c Cell) string {
		switch {
		case t.Columns[i].Right:
			return "r"
		case utf8.RuneCountInString(c.Text) > 24:
			return "w" // long prose wraps; short values never do
		}
		return ""
	},
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:20px auto;max-width:1500px;padding:0 20px;color:#222;line-height:1.4}
h1{font-size:1.6em;margin-bottom:0}
.sub{color:#555;margin-top:4px}
h2{border-bottom:2px solid #2166ac;padding-bottom:4px;margin-top:36px}
table{border-collapse:collapse;margin:10px 0 16px;font-size:12.5px}
th,td{padding:3px 7px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top;max-width:26em}
td{white-space:nowrap}
td.w{white-space:normal;min-width:11em}
th{white-space:nowrap}
.tw{overflow-x:auto;max-width:100%}
th{background:#f0f4f8}
td.r,th.r{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
caption{text-align:left;font-weight:600;padding:4px 0}
.charts{display:flex;flex-wrap:wrap;gap:24px;margin:12px 0}
svg{background:#fff;border:1px solid #e4e4e4;padding:8px;overflow:visible}
svg .ct{font-size:14px;font-weight:600;fill:#222}
svg .lbl{font-size:12px;fill:#222}
svg .val{font-size:12px;fill:#222;font-variant-numeric:tabular-nums}
svg .tick{font-size:11px;fill:#555}
svg .grid{stroke:#e0e0e0;stroke-width:1}
svg .target{stroke:#111;stroke-width:2.5}
.note{color:#444;font-size:13px}
.intro{margin:6px 0}
details summary{cursor:pointer;color:#2166ac;margin:6px 0}
nav{margin:10px 0 0;font-size:13px;line-height:1.8}
nav a{color:#2166ac;text-decoration:none;margin-right:14px;white-space:nowrap}
footer{margin:40px 0 10px;color:#777;font-size:12px;border-top:1px solid #ddd;padding-top:8px}
</style></head><body>
<h1>{{.Title}}</h1>
<p class="sub">{{.Subtitle}}</p>
<nav>{{range .Sections}}<a href="#{{.ID}}">{{.Title}}</a> {{end}}</nav>
{{range .Sections}}<section id="{{.ID}}">
<h2>{{.Title}}</h2>
{{range .Intro}}<p class="intro">{{.}}</p>
{{end}}{{if .Charts}}<div class="charts">{{range .Charts}}{{svg .}}{{end}}</div>
{{end}}{{range .Tables}}{{$t := .}}{{if long .}}<details{{if .Expand}} open{{end}}><summary>{{if .Title}}{{.Title}}{{else}}Table{{end}} ({{len .Rows}} rows)</summary>{{end}}
<div class="tw"><table>{{if .Title}}<caption>{{.Title}}</caption>{{end}}
<thead><tr>{{range .Columns}}<th class="{{right .}}">{{.Title}}</th>{{end}}</tr></thead>
<tbody>{{range .Rows}}<tr>{{range $i, $c := .}}<td class="{{cellclass $t $i $c}}">{{$c.Text}}</td>{{end}}</tr>
{{end}}</tbody></table></div>{{if long .}}</details>{{end}}
{{end}}{{range .Notes}}<p class="note">{{.}}</p>
{{end}}</section>
{{end}}
<footer>Drawn by itsmkit's examples/servicedesk: one self-contained file, no scripts, nothing loaded from the network.</footer>
</body></html>
`))

// WriteHTML writes the report as a self-contained HTML page.
func WriteHTML(w io.Writer, r *Report) error { return pageTmpl.Execute(w, r) }
