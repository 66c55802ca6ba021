package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// escapeControls makes board text safe to print on a terminal: C0 and C1
// control characters, DEL, bidirectional formatting characters (which
// reorder what the reader sees, as in "Trojan Source", CVE-2021-42574),
// line and paragraph separators, and bytes that are not UTF-8 are written
// as strconv.Quote writes them (\x1b, \n, \u202e, \xff). Other text is
// unchanged. (The same function as in examples/servicedesk: each example
// is a self-contained program.)
func escapeControls(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || unsafeRune(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unsafeRune(r):
			q := strconv.QuoteRune(r) // '\x1b', '\u202e', '\n'
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true // bidirectional formatting
	case r == 0x2028, r == 0x2029:
		return true
	}
	return false
}
