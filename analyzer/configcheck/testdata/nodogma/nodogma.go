// Package nodogma does not use dogma: its look-alike Configure methods are
// not handlers, and nothing is reported.
package nodogma

type Configurer interface {
	Identity(n, k string)
	Routes(...any)
}

type H struct{}

func (H) Configure(c Configurer) {
	c.Identity("", "")
	c.Identity("", "")
	c.Routes(nil, nil)
}
