package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxDepth is the deepest nesting of arrays and objects that [Decode]
// accepts (encoding/json's limit: deeper input is refused with its
// "exceeded max depth" error). The checks before decoding stop there, so
// their memory stays bounded by the depth.
const MaxDepth = 10000

// ErrDuplicateKey reports an object with the same key twice. encoding/json
// would keep only the last value ({"pause":[…],"pause":[]} would mean "no
// pause"), and it matches keys case-insensitively, so "Pause" and "pause"
// in one object are duplicates too.
var ErrDuplicateKey = errors.New("duplicate key")

// prewalk checks data, token by token, before it is decoded: no object has
// two keys that are equal under encoding/json's case folding, nesting is at
// most MaxDepth (else the walk stops and leaves the error to the decoder), every number literal passes the bounds of [ParseDecimal],
// and no string value starts with more than MaxDecimalLen characters of
// number text (decimal.Decimal parses numeric strings too, in quadratic
// time, up to the first character that is not a digit). The walk is linear
// in len(data) and covers the first JSON value only. A syntax error
// anywhere in that value ends it without an error, even after a problem was
// found: the decoder then reports the syntax error in its own words, and it
// refuses syntactically invalid input before it decodes (and so before any
// decimal is parsed).
func prewalk(data []byte) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var stack []frame
	var first error // the first problem found; reported once the value is known to be valid JSON
	for {
		tok, err := d.Token()
		if err != nil {
			return nil // syntax error or empty input: the decoder reports it
		}
		var top *frame
		if len(stack) > 0 {
			top = &stack[len(stack)-1]
		}
		if delim, ok := tok.(json.Delim); ok && (delim == '}' || delim == ']') {
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				return first
			}
			stack[len(stack)-1].haveKey = false // the container was its value
			continue
		}
		if top != nil && top.obj && !top.haveKey {
			key, _ := tok.(string) // Token returns only strings here
			if prev, dup := top.addKey(key); dup && first == nil {
				how := ""
				if prev != key {
					how = fmt.Sprintf(" (matches %s; keys match case-insensitively)", Quote(prev))
				}
				first = fmt.Errorf("%w %s in the object at %s%s", ErrDuplicateKey, Quote(key), path(stack[:len(stack)-1]), how)
			}
			continue
		}
		// tok begins a value: an element of an array, a member's value,
		// or the top-level value.
		if top != nil && !top.obj {
			top.index++
		}
		switch tok := tok.(type) {
		case json.Delim: // '{' or '['
			if len(stack) >= MaxDepth {
				return nil // the decoder refuses it: "exceeded max depth"
			}
			stack = append(stack, frame{obj: tok == '{', index: -1})
			continue
		case json.Number:
			if err := checkDecimalBounds(string(tok)); err != nil && first == nil {
				first = fmt.Errorf("number at %s: %w", path(stack), err)
			}
		case string:
			if err := checkNumericString(tok); err != nil && first == nil {
				first = fmt.Errorf("string at %s: %w", path(stack), err)
			}
		}
		if top == nil {
			return first // a scalar top-level value
		}
		top.haveKey = false
	}
}

// checkNumericString refuses a string value that starts with more than
// MaxDecimalLen characters of number text, or that is entirely number text
// with an exponent beyond MaxDecimalExponent.
func checkNumericString(s string) error {
	n := 0
	for n < len(s) {
		switch c := s[n]; {
		case '0' <= c && c <= '9', c == '+', c == '-', c == '.', c == 'e', c == 'E':
			n++
			continue
		case strings.HasPrefix(s[n:], "\u2212"): // the decimal package reads U+2212 as '-'
			n += len("\u2212")
			continue
		}
		break
	}
	if n > MaxDecimalLen {
		return fmt.Errorf("%w: %s starts with more than %d characters of number text", ErrDecimalBound, Quote(s), MaxDecimalLen)
	}
	if n == len(s) {
		return checkDecimalBounds(s)
	}
	return nil
}

// frame is an array or object being walked.
type frame struct {
	obj     bool
	haveKey bool              // object: a key was read, its value is pending
	key     string            // object: the current key
	index   int               // array: index of the current element, -1 before the first
	keys    []string          // object: its keys so far, while there are at most smallObject
	seen    map[string]string // object: folded key → key as written, once there are more
}

// smallObject is how many keys an object's keys are compared pairwise
// (no allocation for the fold) before they go into a map.
const smallObject = 16

// addKey records key, the next key of an object, and reports whether the
// object already has it, and as what (possibly in another case).
func (f *frame) addKey(key string) (prev string, dup bool) {
	f.haveKey, f.key = true, key
	if f.seen == nil {
		for _, k := range f.keys {
			if foldEqual(k, key) {
				return k, true
			}
		}
		if len(f.keys) < smallObject {
			f.keys = append(f.keys, key)
			return "", false
		}
		f.seen = make(map[string]string, 2*smallObject)
		for _, k := range f.keys {
			f.seen[foldKey(k)] = k
		}
		f.keys = nil
	}
	folded := foldKey(key)
	if prev, dup = f.seen[folded]; !dup {
		f.seen[folded] = key
	}
	return prev, dup
}

// path renders the location of the value being read, as
// $.rules[2].targets["odd key"]: every frame in stack is inside a value
// (an object after a key, an array after its first element began).
func path(stack []frame) string {
	var b strings.Builder
	b.WriteString("$")
	for i := range stack {
		f := &stack[i]
		switch {
		case !f.obj:
			b.WriteString("[" + strconv.Itoa(f.index) + "]")
		case isIdent(f.key):
			b.WriteString("." + f.key)
		default:
			b.WriteString("[" + Quote(f.key) + "]")
		}
	}
	return b.String()
}

func isIdent(s string) bool {
	if s == "" || len(s) > quoteMax {
		return false
	}
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}

// foldKey folds key as encoding/json does when it matches object keys to
// struct fields: ASCII letters to upper case, other runes to
// unicode.ToUpper(unicode.ToLower(r)), so the Kelvin sign matches "K".
func foldKey(key string) string {
	if isASCII(key) {
		return strings.ToUpper(key)
	}
	b := make([]byte, 0, len(key))
	for _, r := range key {
		b = utf8.AppendRune(b, unicode.ToUpper(unicode.ToLower(r)))
	}
	return string(b)
}

// foldEqual reports whether foldKey(a) == foldKey(b), without allocating
// for ASCII keys.
func foldEqual(a, b string) bool {
	if isASCII(a) && isASCII(b) {
		if len(a) != len(b) {
			return false
		}
		for i := 0; i < len(a); i++ {
			x, y := a[i], b[i]
			if 'a' <= x && x <= 'z' {
				x -= 'a' - 'A'
			}
			if 'a' <= y && y <= 'z' {
				y -= 'a' - 'A'
			}
			if x != y {
				return false
			}
		}
		return true
	}
	return foldKey(a) == foldKey(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
