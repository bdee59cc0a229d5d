// Package app is an application written against the look-alike dogma.
package app

import "github.com/dogmatiq/dogma"

// App registers nothing; only its dogma package matters to the test.
type App struct{}

func (App) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("lookalike", "0c4e8a2f-6b1d-4f3a-9e75-d8b2c6a0f419")
}
