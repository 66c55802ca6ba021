package holidays

import (
	"slices"
	"strings"
	"sync"

	"github.com/rickb777/date/v2"
)

// RegionInfo names a region known to [ForRegion].
type RegionInfo struct {
	Code   string `json:"code"`    // ISO 3166-1 alpha-2 or ISO 3166-2 code, or a documented extension like "DE-BY-AUGSBURG"
	Name   string `json:"name"`    // local name
	NameEN string `json:"name_en"` // English name
}

// String renders the region as "DE-NW Nordrhein-Westfalen (North
// Rhine-Westphalia)".
func (ri RegionInfo) String() string {
	if ri.NameEN == "" || ri.NameEN == ri.Name {
		return ri.Code + " " + ri.Name
	}
	return ri.Code + " " + ri.Name + " (" + ri.NameEN + ")"
}

// Regions lists every region code accepted by [ForRegion], sorted by code.
// The slice is the caller's. Only current ISO 3166-2 codes are listed;
// [ForRegion] also accepts a region's former code where ISO 3166-2 changed
// it after this package published the region (IN-TG for Telangana, now
// IN-TS), and returns the region under its current code.
func Regions() []RegionInfo {
	return slices.Clone(registry().infos)
}

// country is the data of one country: its regions and its rules.
type country struct {
	code, name, nameEN string
	obsLocal, obsEN    string // suffixes for substitute-day names
	regions            []regionDef
	// formerCodes maps a former ISO 3166-2 code to the current code of the
	// same region (e.g. "IN-TG" → "IN-TS"): ForRegion accepts it for that
	// region, whose RegionInfo keeps the current code; Regions lists only
	// the current one.
	formerCodes map[string]string
	rules       []*rule
	// weekend is the country's weekend; nil means Saturday and Sunday.
	weekend weekend
	// regionWeekend overrides the weekend for some regions (and their
	// descendants), by code.
	regionWeekend map[string]weekend
	// post, when set, adjusts the expansion of a region-year before it is
	// restricted to year y: days that depend on the other holidays, such
	// as Japan's citizen's holiday between two national holidays. hs holds
	// the holidays of y-1 … y+1 (of y alone for rules without substitutes).
	post func(r *region, y int, hs []Holiday) []Holiday
}

// regionDef is a subdivision; parent "" means the country itself.
type regionDef struct {
	code, name, nameEN, parent string
}

// region is a compiled region: the rules that apply to it, in table order.
type region struct {
	info    RegionInfo
	country *country
	rules   []*rule
	weekend weekend
}

func (r *region) expand(y int) []Holiday {
	hs, _ := r.expandAll(y)
	return hs
}

// expandAll returns the holidays and the extra working days of year y.
func (r *region) expandAll(y int) ([]Holiday, []date.Date) {
	c := r.country
	if c.post == nil {
		hs, work := expandWith(r.rules, c.obsLocal, c.obsEN, r.weekend, y)
		return slices.Clip(hs), work
	}
	hs, work := expandWith(r.rules, c.obsLocal, c.obsEN, r.weekend, y)
	return sortedUnique(c.post(r, y, hs), nil, 0), work
}

type regionRegistry struct {
	byCode map[string]*region
	infos  []RegionInfo
}

// countries lists the data tables; each function builds fresh immutable data.
func countries() []func() *country {
	return []func() *country{
		germany,
		unitedKingdom,
		unitedStates,
		austria,
		france,
		netherlands,
		belgium,
		luxembourg,
		italy,
		spain,
		poland,
		czechia,
		denmark,
		norway,
		sweden,
		ireland,
		switzerland,
		canada,
		australia,
		newZealand,
		mexico,
		brazil,
		argentina,
		chile,
		colombia,
		portugal,
		romania,
		hungary,
		slovakia,
		slovenia,
		croatia,
		bulgaria,
		greece,
		finland,
		estonia,
		latvia,
		lithuania,
		iceland,
		malta,
		cyprus,
		serbia,
		ukraine,
		southAfrica,
	}
}

// registry is built once and shared; it is never modified afterwards.
var registry = sync.OnceValue(func() *regionRegistry {
	rr := &regionRegistry{byCode: map[string]*region{}}
	for _, mk := range append(countries(), announcedCountries()...) {
		c := mk()
		parent := map[string]string{}
		defs := append([]regionDef{{code: c.code, name: c.name, nameEN: c.nameEN}}, c.regions...)
		for _, d := range c.regions {
			p := d.parent
			if p == "" {
				p = c.code
			}
			parent[d.code] = p
		}
		for _, d := range defs {
			var chain []string
			for code := d.code; code != ""; code = parent[code] {
				chain = append(chain, code)
			}
			reg := &region{info: RegionInfo{Code: d.code, Name: d.name, NameEN: d.nameEN}, country: c, weekend: c.weekend}
			if reg.weekend == nil {
				reg.weekend = satSun
			}
			for i := len(chain) - 1; i >= 0; i-- { // the nearest ancestor's override wins
				if w, ok := c.regionWeekend[chain[i]]; ok {
					reg.weekend = w
				}
			}
			for _, r := range c.rules {
				if r.appliesTo(chain) {
					reg.rules = append(reg.rules, r)
				}
			}
			if _, dup := rr.byCode[d.code]; dup || d.code != strings.ToUpper(d.code) {
				panic("holidays: bad region table entry " + d.code) // a data bug caught by every test
			}
			rr.byCode[d.code] = reg
			rr.infos = append(rr.infos, reg.info)
		}
		for old, cur := range c.formerCodes {
			reg, ok := rr.byCode[cur]
			if _, dup := rr.byCode[old]; dup || !ok || old != strings.ToUpper(old) {
				panic("holidays: bad former region code " + old) // a data bug caught by every test
			}
			rr.byCode[old] = reg
		}
	}
	slices.SortFunc(rr.infos, func(a, b RegionInfo) int { return strings.Compare(a.Code, b.Code) })
	return rr
})
