module github.com/itsmkit/itsm/bench

go 1.24

require github.com/itsmkit/itsm v0.0.0

require (
	github.com/govalues/decimal v0.1.36 // indirect
	github.com/rickar/cal/v2 v2.1.13
	github.com/rickb777/date/v2 v2.1.8
	github.com/rickb777/period v1.0.9 // indirect
	github.com/rickb777/plural v1.4.2 // indirect
	github.com/shopspring/decimal v1.6.0 // indirect
)

replace github.com/itsmkit/itsm => ../
