package main

// ChangeConfig configures the change board section.
type ChangeConfig struct{}

func (c ChangeConfig) resolve(w *World) error { return nil }

func (a *analysis) changeSection() (*Section, error) { return nil, nil }
