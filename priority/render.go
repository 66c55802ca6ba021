package priority

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// table renders an aligned text table: header row, a rule, then rows.
// Widths count runes, which is right for the Latin, Greek and Cyrillic
// labels vendors ship (not for double-width CJK).
func table(rows [][]string) string {
	var widths []int
	for _, r := range rows {
		for k, c := range r {
			if k >= len(widths) {
				widths = append(widths, 0)
			}
			widths[k] = max(widths[k], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	line := func(r []string) {
		for k, c := range r {
			if k > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(c)
			if k < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[k]-utf8.RuneCountInString(c)))
			}
		}
		b.WriteString("\n")
	}
	for n, r := range rows {
		line(r)
		if n == 0 {
			for k, w := range widths {
				if k > 0 {
					b.WriteString("-+-")
				}
				b.WriteString(strings.Repeat("-", w))
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func axisLabel(s *Scale, fallback string) string {
	if s.Name() != "" {
		return s.Name()
	}
	return fallback
}

// String renders the matrix as an aligned text table for documentation and
// teaching, rows by impact and columns by urgency in number order, cells
// with the priority's number and name, e.g.
//
//	impact \ urgency | 1 High     | 2 Medium   | 3 Low
//	-----------------+------------+------------+-----------
//	1 High           | 1 Critical | 2 High     | 3 Moderate
//
// The scale directions are stated below the table. A model built by
// [NewAdditive] renders as a table of priority and score per cell, with the
// weights in the headers and the bands below, like BMC's published table:
//
//	impact \ urgency | 1 Critical (20) | 2 High (15) | …
//	-----------------+-----------------+-------------+-
//	1 Extensive (9)  | 1 Critical 29   | 1 Critical 24 | …
//
// A nil or zero matrix renders as "<invalid matrix>".
func (m *Matrix) String() string {
	if !m.valid() {
		return "<invalid matrix>"
	}
	if m.add != nil {
		return m.additiveString()
	}
	head := []string{axisLabel(m.impact, "impact") + ` \ ` + axisLabel(m.urgency, "urgency")}
	for _, u := range m.urgency.All() {
		head = append(head, u.String())
	}
	rows := [][]string{head}
	nu := m.urgency.len()
	for i, il := range m.impact.All() {
		r := []string{il.String()}
		for u := range nu {
			r = append(r, Level{s: m.priority, i: m.cells[i*nu+u]}.String())
		}
		rows = append(rows, r)
	}
	return table(rows) + directions(m.impact, m.urgency, m.priority)
}

func directions(impact, urgency, priority *Scale) string {
	d := func(axis string, s *Scale) string {
		return axisLabel(s, axis) + " " + s.Direction().String() + " (highest " + strconv.Quote(s.highest().String()) + ")"
	}
	return d("impact", impact) + "; " + d("urgency", urgency) + "; " + d("priority", priority) + "\n"
}

// additiveString renders an additive model (see Matrix.String).
func (m *Matrix) additiveString() string {
	a := m.add
	head := []string{axisLabel(m.impact, "impact") + ` \ ` + axisLabel(m.urgency, "urgency")}
	for _, u := range m.urgency.All() {
		head = append(head, u.String()+" ("+strconv.Itoa(a.uw[u.i])+")")
	}
	rows := [][]string{head}
	for _, il := range m.impact.All() {
		r := []string{il.String() + " (" + strconv.Itoa(a.iw[il.i]) + ")"}
		for _, ul := range m.urgency.All() {
			s := a.iw[il.i] + a.uw[ul.i]
			b, _ := a.bandOf(s)
			r = append(r, b.Priority.String()+" "+strconv.Itoa(s))
		}
		rows = append(rows, r)
	}
	var bands strings.Builder
	bands.WriteString("bands:")
	for k, b := range a.bands {
		if k > 0 {
			bands.WriteString(",")
		}
		bands.WriteString(" " + b.String())
	}
	return table(rows) + bands.String() + "\n" + directions(m.impact, m.urgency, m.priority)
}
