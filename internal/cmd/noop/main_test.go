package main

import "testing"

func TestVetGCPercent(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	for _, c := range []struct {
		name string
		args []string
		env  func(string) string
		want int
		ok   bool
	}{
		{"vet unit", []string{"noop", "-nonce=1", "/tmp/vet.cfg"}, env("NOOP_VET_GCPERCENT", "400"), 400, true},
		{"standalone", []string{"noop", "./..."}, env("NOOP_VET_GCPERCENT", "400"), 0, false},
		{"GOGC wins", []string{"noop", "x.cfg"}, env("NOOP_VET_GCPERCENT", "400", "GOGC", "100"), 0, false},
		{"unset", []string{"noop", "x.cfg"}, env(), 0, false},
		{"not a number", []string{"noop", "x.cfg"}, env("NOOP_VET_GCPERCENT", "lots"), 0, false},
		{"no arguments", []string{"noop"}, env("NOOP_VET_GCPERCENT", "400"), 0, false},
	} {
		got, ok := vetGCPercent(c.args, c.env)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: vetGCPercent = %d, %v; want %d, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}
