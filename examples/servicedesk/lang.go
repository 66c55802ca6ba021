package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// The report speaks English or German (-lang de). Words and sentences the
// program writes are looked up in a catalog (a missing entry stays
// English); typed cells are formatted for the language when the report is
// finished (localize): instants as "Mo 06.07.2026 15:04", money as
// "2.950,00 €", percentages and decimals with a decimal comma, days of a
// duration as "T" (Tage). JSON and CSV keep the typed values (RFC 3339,
// Go duration text, decimal numbers): only the displayed text changes.

// langs are the languages -lang accepts.
var langs = []string{"en", "de"}

// instantText is an instant's value in JSON and CSV: RFC 3339.
type instantText string

// moneyNum is an amount of money: a JSON number, shown with its currency.
type moneyNum string

// MarshalJSON writes the amount as a JSON number.
func (m moneyNum) MarshalJSON() ([]byte, error) { return []byte(m), nil }

// money shows an amount with its currency code ("2950.00 EUR").
func money(d decimal.Decimal, cur string) Cell {
	s := d.StringFixed(2)
	return Cell{s + " " + cur, moneyNum(s)}
}

// moneyText shows an amount for the report's language.
func (w *World) moneyText(d decimal.Decimal, cur string) string {
	if w.Lang == "de" {
		return deMoney(d.StringFixed(2), cur)
	}
	return d.StringFixed(2) + " " + cur
}

// numText writes the decimal points of a text's numbers for the report's
// language ("81.1 %" → "81,1 %").
func (w *World) numText(s string) string {
	if w.Lang == "de" {
		return numberRE.ReplaceAllStringFunc(s, deDecimal)
	}
	return s
}

// tr translates a program's own text into the report's language.
func (w *World) tr(s string) string {
	if w.Lang == "de" {
		if t, ok := deCatalog[s]; ok {
			return t
		}
	}
	return s
}

// f formats a translated format string.
func (w *World) f(format string, args ...any) string { return fmt.Sprintf(w.tr(format), args...) }

var deWeekdays = []string{"So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"}

// day shows a date: "Mon 06 Jul", in German "Mo 06.07.2026".
func (w *World) day(t time.Time) string {
	t = t.In(w.Loc)
	if w.Lang == "de" {
		return deWeekdays[t.Weekday()] + " " + t.Format("02.01.2006")
	}
	return t.Format("Mon 02 Jan")
}

// date shows a calendar date with its year: "2026-07-06", "06.07.2026".
func (w *World) date(t time.Time) string {
	if w.Lang == "de" {
		return t.In(w.Loc).Format("02.01.2006")
	}
	return t.In(w.Loc).Format(time.DateOnly)
}

// shortDay shows a date without its weekday: "06 Jul", "06.07.".
func (w *World) shortDay(t time.Time) string {
	t = t.In(w.Loc)
	if w.Lang == "de" {
		return t.Format("02.01.")
	}
	return t.Format("02 Jan")
}

// stamp shows an instant with its time and zone (the subtitle's "now").
func (w *World) stamp(t time.Time) string {
	t = t.In(w.Loc)
	if w.Lang == "de" {
		return deWeekdays[t.Weekday()] + " " + t.Format("02.01.2006 15:04 MST")
	}
	return t.Format("Mon 02 Jan 2006 15:04 MST")
}

var (
	daysRE   = regexp.MustCompile(`(\d+)d\b`)
	numberRE = regexp.MustCompile(`-?\d+\.\d+`)
)

// deDecimal writes a decimal number with a comma and dots between
// thousands: 2950.00 → 2.950,00.
func deDecimal(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if hasFrac {
		out += "," + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// deMoney shows an amount the German way: "2.950,00 €".
func deMoney(amount, cur string) string {
	sym := map[string]string{"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}[cur]
	if sym == "" {
		sym = cur
	}
	return deDecimal(amount) + " " + sym
}

// localize formats the finished report for its language: the program's
// words through the catalog, typed cells for the language.
func (w *World) localize(r *Report) {
	if w.Lang != "de" {
		return
	}
	r.Title = w.tr(r.Title)
	for _, s := range r.Sections {
		s.Title = w.tr(s.Title)
		for i := range s.Intro {
			s.Intro[i] = w.tr(s.Intro[i])
		}
		for i := range s.Notes {
			s.Notes[i] = w.tr(s.Notes[i])
		}
		for _, c := range s.Charts {
			c.Title = w.tr(c.Title)
			c.Note = w.tr(c.Note)
			c.AxisNote = w.tr(cmp.Or(c.AxisNote, "axis starts at %s %%"))
			for i := range c.Series {
				c.Series[i].Name = w.tr(c.Series[i].Name)
			}
		}
		for _, t := range s.Tables {
			t.Title = w.tr(t.Title)
			for i := range t.Columns {
				t.Columns[i].Title = w.tr(t.Columns[i].Title)
			}
			for _, row := range t.Rows {
				for j := range row {
					row[j] = w.localCell(t, j, row[j])
				}
			}
		}
	}
}

// programWords are cell texts the program writes (not input data), which
// localCell translates.
var programWords = map[string]bool{}

func init() {
	for _, k := range []string{"yes", "NO", "met", "breached", "BREACHED", "running", "paused", "paused, BREACHED", "cancelled",
		"not_started", "no target", "ok", "none", "counted", "out_of_hours", "business", "wall", "the same", "after the stop",
		"Opened", "Resolved (of those)", "Still open", "Resolution target breached", "Resolution attainment", "Median time to resolve (wall clock)",
		"(none)", "Resolved", "Reopened", "Reassigned", "deadline (breach unless resolved or paused)", "no SLA policy configured",
		"First contact resolution", "First time fix", "Reopen rate", "Reassignment rate", "CSAT", "NPS",
		"MTTA (opened → first response)", "MTTR (opened → resolved)", "Open tickets", "Escalations", "KPIs", "Availability",
		"Changes", "SLA attainment", "Definitions", "Reconciliation", "Open tickets now"} {
		programWords[k] = true
	}
}

func (w *World) localCell(t *Table, col int, c Cell) Cell {
	switch v := c.Value.(type) {
	case instantText:
		if tm, err := time.Parse(time.RFC3339, string(v)); err == nil {
			tm = tm.In(w.Loc)
			suffix := ""
			if i := strings.Index(c.Text, " ("); i >= 0 {
				suffix = w.tr(c.Text[i:])
			}
			c.Text = deWeekdays[tm.Weekday()] + " " + tm.Format("02.01.2006 15:04") + suffix
		}
	case windowText:
		s, e, _ := strings.Cut(string(v), "/")
		st, err1 := time.Parse(time.RFC3339, s)
		en, err2 := time.Parse(time.RFC3339, e)
		if err1 == nil && err2 == nil {
			st, en = st.In(w.Loc), en.In(w.Loc)
			c.Text = deWeekdays[st.Weekday()] + " " + st.Format("02.01.2006 15:04")
			switch {
			case st.Equal(en):
				c.Text += " (Zeitpunkt)"
			case en.Sub(st) >= 24*time.Hour:
				c.Text += "–" + deWeekdays[en.Weekday()] + " " + en.Format("02.01.2006 15:04")
			default:
				c.Text += "–" + en.Format("15:04")
			}
		}
	case moneyNum:
		_, cur, _ := strings.Cut(c.Text, " ")
		c.Text = deMoney(string(v), cur)
	case durationText:
		c.Text = daysRE.ReplaceAllString(c.Text, "$1 T")
		c.Text = w.tr(c.Text)
	case json.Number:
		c.Text = numberRE.ReplaceAllStringFunc(c.Text, deDecimal)
	case string, bool:
		if t.ID == "changes" && col == 1 || t.ID == "changes" && col == 5 { // type and risk level: program words
			c.Text = w.tr(c.Text)
		}
		if programWords[c.Text] || t.ID == "summary" && col != 1 || t.ID == "rates" && col == 3 {
			c.Text = w.tr(c.Text)
		}
	}
	return c
}
