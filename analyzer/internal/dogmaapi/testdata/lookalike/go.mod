module example.test/lookalike

go 1.24

require github.com/dogmatiq/dogma v0.19.0

// The dogma this module builds with is a look-alike: it has dogma's import
// path and most of its names, but its route functions take a message value
// rather than a type parameter. dogmavet must refuse it, not half read it.
replace github.com/dogmatiq/dogma => ./dogma
