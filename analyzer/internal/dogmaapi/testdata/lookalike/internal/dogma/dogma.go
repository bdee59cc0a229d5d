// Package dogma is a package of the application that happens to be called
// dogma, with a handler-like interface. It is not the Dogma API at all.
package dogma

// ApplicationConfigurer configures this application's plug-ins.
type ApplicationConfigurer interface {
	Identity(name, key string)
}
