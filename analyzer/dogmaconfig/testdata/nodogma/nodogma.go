// Package nodogma does not use dogma; its Configure methods are no
// handlers.
package nodogma

type Configurer interface{ Identity(n, k string) }

type H struct{}

func (H) Configure(c Configurer) { c.Identity("", "") }
